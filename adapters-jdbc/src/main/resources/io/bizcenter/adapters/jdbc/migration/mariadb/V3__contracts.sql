-- BizCenter schema 3 for MariaDB 10.11 and newer and MySQL 8.0 and newer: contract signing (CS).
-- Like every case table: the primary key and every index start with center_id (the shard key), the columns queries
-- filter or sort on are real columns, and the rest of a contract is its document. lease_id is the lease a parking or
-- phone-line agreement belongs to (CS-5.1), read by the payment notice and the tenant file.
-- As in schema 1, each generated sequence number also leads a key of its own, which InnoDB wants for AUTO_INCREMENT.

CREATE TABLE bc_contract (
    center_id        VARCHAR(64)  NOT NULL,
    case_id          VARCHAR(64)  NOT NULL,
    version          BIGINT       NOT NULL,
    state            VARCHAR(64)  NOT NULL,
    state_entered_at DATETIME(6)  NOT NULL,
    opened_seq       BIGINT       NOT NULL AUTO_INCREMENT,
    lease_id         VARCHAR(64),
    document         LONGTEXT     NOT NULL CHECK (JSON_VALID(document)),
    PRIMARY KEY (center_id, case_id),
    KEY bc_contract_seq (opened_seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX bc_contract_by_opening ON bc_contract (center_id, opened_seq);
CREATE INDEX bc_contract_by_state ON bc_contract (center_id, state, state_entered_at);
CREATE INDEX bc_contract_by_lease ON bc_contract (center_id, lease_id, opened_seq);
