-- BizCenter schema 1 for MariaDB 10.11 and newer and MySQL 8.0 and newer: complaint handling (CP) and the bookkeeping
-- every procedure shares. Every primary key and index starts with center_id (the shard key), except the outbox's, which
-- the relay reads across centers, and one per generated sequence number: InnoDB wants an AUTO_INCREMENT column to lead
-- an index. Columns that queries filter or sort on are real columns; the rest of a case is its document.
-- InnoDB for transactions and crash recovery, whatever the server's default engine. utf8mb4 keeps every character
-- (MariaDB's utf8 is three bytes at most: no emoji, no CJK extension B); VARCHAR counts characters, as PostgreSQL does.
-- utf8mb4_bin compares ids byte for byte, as the other databases do: a case-insensitive collation would make "a" and
-- "A" one id. Instants are DATETIME(6) in UTC (neither database has a timestamp with time zone; MariaDB's TIMESTAMP
-- ends in 2038). Documents are JSON text, checked: MariaDB's JSON type is the same LONGTEXT with the same check, and
-- MySQL's binary JSON would rewrite the text.

CREATE TABLE bc_complaint (
    center_id        VARCHAR(64)  NOT NULL,
    case_id          VARCHAR(64)  NOT NULL,
    version          BIGINT       NOT NULL,
    state            VARCHAR(64)  NOT NULL,
    state_entered_at DATETIME(6)  NOT NULL,
    opened_seq       BIGINT       NOT NULL AUTO_INCREMENT,
    document         LONGTEXT     NOT NULL CHECK (JSON_VALID(document)),
    PRIMARY KEY (center_id, case_id),
    KEY bc_complaint_seq (opened_seq),
    KEY bc_complaint_by_opening (center_id, opened_seq),
    KEY bc_complaint_by_state (center_id, state, state_entered_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- the audit trail (GS-6): one row per accepted decision
CREATE TABLE bc_event (
    center_id        VARCHAR(64)  NOT NULL,
    procedure_name   VARCHAR(32)  NOT NULL,
    case_id          VARCHAR(64)  NOT NULL,
    version          BIGINT       NOT NULL,
    seq              BIGINT       NOT NULL AUTO_INCREMENT,
    command_id       VARCHAR(100) NOT NULL,
    staff_id         VARCHAR(64)  NOT NULL,
    actor_role       VARCHAR(64)  NOT NULL,
    actor_department VARCHAR(64)  NOT NULL,
    decided_at       DATETIME(6)  NOT NULL,
    action           VARCHAR(64)  NOT NULL,
    clause           VARCHAR(16)  NOT NULL,
    policy           VARCHAR(64)  NOT NULL,
    from_state       VARCHAR(64),
    to_state         VARCHAR(64)  NOT NULL,
    events           LONGTEXT     NOT NULL CHECK (JSON_VALID(events)),
    PRIMARY KEY (center_id, procedure_name, case_id, version),
    KEY bc_event_seq (seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- the outbox: the written notices of each decision, until the vendor's notifier takes them
CREATE TABLE bc_notice (
    center_id      VARCHAR(64)  NOT NULL,
    notice_id      VARCHAR(64)  NOT NULL,
    seq            BIGINT       NOT NULL AUTO_INCREMENT,
    procedure_name VARCHAR(32)  NOT NULL,
    case_id        VARCHAR(64)  NOT NULL,
    case_version   BIGINT       NOT NULL,
    recipient      VARCHAR(64)  NOT NULL,
    code           VARCHAR(64)  NOT NULL,
    clause         VARCHAR(16)  NOT NULL,
    arguments      LONGTEXT     NOT NULL CHECK (JSON_VALID(arguments)),
    created_at     DATETIME(6)  NOT NULL,
    attempts       INT          NOT NULL DEFAULT 0,
    due_at         DATETIME(6)  NOT NULL,
    delivered_at   DATETIME(6),
    PRIMARY KEY (center_id, notice_id),
    UNIQUE KEY bc_notice_by_id (notice_id),
    KEY bc_notice_seq (seq),
    KEY bc_notice_by_case (center_id, procedure_name, case_id, case_version),
    -- no partial indexes here: the undelivered notices are the NULL range of (delivered_at, seq), in order
    KEY bc_notice_pending (delivered_at, seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- the first answer to every accepted command (idempotency)
CREATE TABLE bc_receipt (
    center_id      VARCHAR(64)  NOT NULL,
    command_id     VARCHAR(100) NOT NULL,
    procedure_name VARCHAR(32)  NOT NULL,
    case_id        VARCHAR(64)  NOT NULL,
    action         VARCHAR(64)  NOT NULL,
    answer         LONGTEXT     NOT NULL CHECK (JSON_VALID(answer)),
    PRIMARY KEY (center_id, command_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- what each case owes, to which department, by when (GS-7)
CREATE TABLE bc_agenda (
    center_id      VARCHAR(64)  NOT NULL,
    procedure_name VARCHAR(32)  NOT NULL,
    case_id        VARCHAR(64)  NOT NULL,
    item_no        INT          NOT NULL,
    department     VARCHAR(64),
    actor_role     VARCHAR(64),
    state          VARCHAR(64)  NOT NULL,
    actions        LONGTEXT     NOT NULL CHECK (JSON_VALID(actions)),
    available_from DATETIME(6)  NOT NULL,
    due_at         DATETIME(6)  NOT NULL,
    clause         VARCHAR(16)  NOT NULL,
    PRIMARY KEY (center_id, procedure_name, case_id, item_no),
    KEY bc_agenda_due (center_id, department, due_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- exclusive sections: a unit of work holds a row here (FOR UPDATE) while it checks a rule spanning several cases
CREATE TABLE bc_lock (
    center_id VARCHAR(64)  NOT NULL,
    resource  VARCHAR(200) NOT NULL,
    PRIMARY KEY (center_id, resource)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
