-- BizCenter schema 4 for PostgreSQL 14 and newer: meeting reception (MR).
-- The room and the slot are real columns: the room's calendar (no two bookings of a room overlap, MR-0.1) reads
-- the (center, room, start) index. The tasks and their timeline live in the document; the agenda rows they owe are
-- in bc_agenda, written in the same transaction.

CREATE TABLE bc_meeting (
    center_id        VARCHAR(64)              NOT NULL,
    case_id          VARCHAR(64)              NOT NULL,
    version          BIGINT                   NOT NULL,
    state            VARCHAR(64)              NOT NULL,
    state_entered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_seq       BIGINT GENERATED ALWAYS AS IDENTITY,
    room_id          VARCHAR(64)              NOT NULL,
    starts_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    document         TEXT                     NOT NULL,
    PRIMARY KEY (center_id, case_id)
);
CREATE INDEX bc_meeting_by_opening ON bc_meeting (center_id, opened_seq);
CREATE INDEX bc_meeting_by_room ON bc_meeting (center_id, room_id, starts_at);
