-- BizCenter schema 3 for H2 2.x: contract signing (CS).
-- Like every case table: the primary key and every index start with center_id (the shard key), the columns queries
-- filter or sort on are real columns, and the rest of a contract is its document. lease_id is the lease a parking or
-- phone-line agreement belongs to (CS-5.1), read by the payment notice and the tenant file.
-- Identifiers a command carries (center, lease) are checked in code points; H2 counts UTF-16 units, where an astral
-- character takes two, so those columns are twice as wide here as on PostgreSQL (as in schema 1).

CREATE TABLE bc_contract (
    center_id        VARCHAR(128)             NOT NULL,
    case_id          VARCHAR(64)              NOT NULL,
    version          BIGINT                   NOT NULL,
    state            VARCHAR(64)              NOT NULL,
    state_entered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_seq       BIGINT GENERATED ALWAYS AS IDENTITY,
    lease_id         VARCHAR(128),
    document         CHARACTER LARGE OBJECT   NOT NULL,
    PRIMARY KEY (center_id, case_id)
);
CREATE INDEX bc_contract_by_opening ON bc_contract (center_id, opened_seq);
CREATE INDEX bc_contract_by_state ON bc_contract (center_id, state, state_entered_at);
CREATE INDEX bc_contract_by_lease ON bc_contract (center_id, lease_id, opened_seq);
