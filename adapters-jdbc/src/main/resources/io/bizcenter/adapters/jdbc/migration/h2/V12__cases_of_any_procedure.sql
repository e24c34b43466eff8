-- BizCenter schema 12 for H2 2.x: the cases of a procedure without a table of its own (a procedure added by a vendor,
-- described by its core descriptor alone), all in one table keyed by center, procedure and case. The columns are those
-- every case table has; its questions are the generic ones (find, save, all oldest first). Every key and index starts
-- with center_id, the shard key.

CREATE TABLE bc_case (
    center_id        VARCHAR(128)             NOT NULL,
    procedure_name   VARCHAR(32)              NOT NULL,
    case_id          VARCHAR(64)              NOT NULL,
    version          BIGINT                   NOT NULL,
    state            VARCHAR(64)              NOT NULL,
    state_entered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_seq       BIGINT GENERATED ALWAYS AS IDENTITY,
    document         CHARACTER LARGE OBJECT   NOT NULL,
    PRIMARY KEY (center_id, procedure_name, case_id)
);
CREATE INDEX bc_case_by_opening ON bc_case (center_id, procedure_name, opened_seq);
CREATE INDEX bc_case_by_state ON bc_case (center_id, procedure_name, state, state_entered_at);
