-- BizCenter schema 1 for PostgreSQL 14 and newer: complaint handling (CP) and the bookkeeping every procedure shares.
-- Every primary key and index starts with center_id (the shard key), except the outbox's, which the relay reads
-- across centers. Columns that queries filter or sort on are real columns; the rest of a case is its document.

CREATE TABLE bc_complaint (
    center_id        VARCHAR(64)              NOT NULL,
    case_id          VARCHAR(64)              NOT NULL,
    version          BIGINT                   NOT NULL,
    state            VARCHAR(64)              NOT NULL,
    state_entered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_seq       BIGINT GENERATED ALWAYS AS IDENTITY,
    document         TEXT                     NOT NULL,
    PRIMARY KEY (center_id, case_id)
);
CREATE INDEX bc_complaint_by_opening ON bc_complaint (center_id, opened_seq);
CREATE INDEX bc_complaint_by_state ON bc_complaint (center_id, state, state_entered_at);

-- the audit trail (GS-6): one row per accepted decision
CREATE TABLE bc_event (
    center_id        VARCHAR(64)              NOT NULL,
    procedure_name   VARCHAR(32)              NOT NULL,
    case_id          VARCHAR(64)              NOT NULL,
    version          BIGINT                   NOT NULL,
    seq              BIGINT GENERATED ALWAYS AS IDENTITY,
    command_id       VARCHAR(100)             NOT NULL,
    staff_id         VARCHAR(64)              NOT NULL,
    actor_role       VARCHAR(64)              NOT NULL,
    actor_department VARCHAR(64)              NOT NULL,
    decided_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    action           VARCHAR(64)              NOT NULL,
    clause           VARCHAR(16)              NOT NULL,
    policy           VARCHAR(64)              NOT NULL,
    from_state       VARCHAR(64),
    to_state         VARCHAR(64)              NOT NULL,
    events           TEXT                     NOT NULL,
    PRIMARY KEY (center_id, procedure_name, case_id, version)
);

-- the outbox: the written notices of each decision, until the vendor's notifier takes them
CREATE TABLE bc_notice (
    center_id      VARCHAR(64)              NOT NULL,
    notice_id      VARCHAR(64)              NOT NULL,
    seq            BIGINT GENERATED ALWAYS AS IDENTITY,
    procedure_name VARCHAR(32)              NOT NULL,
    case_id        VARCHAR(64)              NOT NULL,
    case_version   BIGINT                   NOT NULL,
    recipient      VARCHAR(64)              NOT NULL,
    code           VARCHAR(64)              NOT NULL,
    clause         VARCHAR(16)              NOT NULL,
    arguments      TEXT                     NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts       INTEGER DEFAULT 0        NOT NULL,
    due_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at   TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (center_id, notice_id)
);
CREATE UNIQUE INDEX bc_notice_by_id ON bc_notice (notice_id);
CREATE INDEX bc_notice_by_case ON bc_notice (center_id, procedure_name, case_id, case_version);
CREATE INDEX bc_notice_pending ON bc_notice (seq) WHERE delivered_at IS NULL;

-- the first answer to every accepted command (idempotency)
CREATE TABLE bc_receipt (
    center_id      VARCHAR(64)            NOT NULL,
    command_id     VARCHAR(100)           NOT NULL,
    procedure_name VARCHAR(32)            NOT NULL,
    case_id        VARCHAR(64)            NOT NULL,
    action         VARCHAR(64)            NOT NULL,
    answer         TEXT                   NOT NULL,
    PRIMARY KEY (center_id, command_id)
);

-- what each case owes, to which department, by when (GS-7)
CREATE TABLE bc_agenda (
    center_id      VARCHAR(64)              NOT NULL,
    procedure_name VARCHAR(32)              NOT NULL,
    case_id        VARCHAR(64)              NOT NULL,
    item_no        INTEGER                  NOT NULL,
    department     VARCHAR(64),
    actor_role     VARCHAR(64),
    state          VARCHAR(64)              NOT NULL,
    actions        TEXT                     NOT NULL,
    available_from TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    clause         VARCHAR(16)              NOT NULL,
    PRIMARY KEY (center_id, procedure_name, case_id, item_no)
);
CREATE INDEX bc_agenda_due ON bc_agenda (center_id, department, due_at);

-- exclusive sections: a unit of work holds a row here (FOR UPDATE) while it checks a rule spanning several cases
CREATE TABLE bc_lock (
    center_id VARCHAR(64)  NOT NULL,
    resource  VARCHAR(200) NOT NULL,
    PRIMARY KEY (center_id, resource)
);
