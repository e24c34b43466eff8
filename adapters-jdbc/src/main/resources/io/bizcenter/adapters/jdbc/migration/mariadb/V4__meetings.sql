-- BizCenter schema 4 for MariaDB 10.11 and newer and MySQL 8.0 and newer: meeting reception (MR).
-- The room and the slot are real columns: the room's calendar (no two bookings of a room overlap, MR-0.1) reads
-- the (center, room, start) index. The tasks and their timeline live in the document; the agenda rows they owe are
-- in bc_agenda, written in the same transaction.
-- As in schema 1, each generated sequence number also leads a key of its own, which InnoDB wants for AUTO_INCREMENT.

CREATE TABLE bc_meeting (
    center_id        VARCHAR(64)  NOT NULL,
    case_id          VARCHAR(64)  NOT NULL,
    version          BIGINT       NOT NULL,
    state            VARCHAR(64)  NOT NULL,
    state_entered_at DATETIME(6)  NOT NULL,
    opened_seq       BIGINT       NOT NULL AUTO_INCREMENT,
    room_id          VARCHAR(64)  NOT NULL,
    starts_at        DATETIME(6)  NOT NULL,
    ends_at          DATETIME(6)  NOT NULL,
    document         LONGTEXT     NOT NULL CHECK (JSON_VALID(document)),
    PRIMARY KEY (center_id, case_id),
    KEY bc_meeting_seq (opened_seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX bc_meeting_by_opening ON bc_meeting (center_id, opened_seq);
CREATE INDEX bc_meeting_by_room ON bc_meeting (center_id, room_id, starts_at);
