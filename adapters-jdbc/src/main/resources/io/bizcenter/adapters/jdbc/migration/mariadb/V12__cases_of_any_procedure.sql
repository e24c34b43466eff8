-- BizCenter schema 12 for MariaDB and MySQL (InnoDB): the cases of a procedure without a table of its own (a procedure
-- added by a vendor, described by its core descriptor alone), all in one table keyed by center, procedure and case.
-- The columns are those every case table has; its questions are the generic ones (find, save, all oldest first). Every
-- primary key and index starts with center_id, the shard key, but for the key AUTO_INCREMENT needs on opened_seq.

CREATE TABLE bc_case (
    center_id        VARCHAR(64)  NOT NULL,
    procedure_name   VARCHAR(32)  NOT NULL,
    case_id          VARCHAR(64)  NOT NULL,
    version          BIGINT       NOT NULL,
    state            VARCHAR(64)  NOT NULL,
    state_entered_at DATETIME(6)  NOT NULL,
    opened_seq       BIGINT       NOT NULL AUTO_INCREMENT,
    document         LONGTEXT     NOT NULL CHECK (JSON_VALID(document)),
    PRIMARY KEY (center_id, procedure_name, case_id),
    KEY bc_case_seq (opened_seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX bc_case_by_opening ON bc_case (center_id, procedure_name, opened_seq);
CREATE INDEX bc_case_by_state ON bc_case (center_id, procedure_name, state, state_entered_at);
