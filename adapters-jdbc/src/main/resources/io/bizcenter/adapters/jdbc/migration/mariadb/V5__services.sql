-- BizCenter schema 5 for MariaDB 10.11 and newer and MySQL 8.0 and newer: business-center services (SV): the equipment
-- register, clients' service orders and internal uses of the equipment. Like every table, keys and indexes start with
-- center_id. Orders and internal uses keep the device they book and the booked slot as real columns, so "who holds
-- this device between these times" is an index range read (center, device, start), not a scan.
-- As in schema 1, each generated sequence number also leads a key of its own, which InnoDB wants for AUTO_INCREMENT.

CREATE TABLE bc_device (
    center_id        VARCHAR(64)  NOT NULL,
    case_id          VARCHAR(64)  NOT NULL,
    version          BIGINT       NOT NULL,
    state            VARCHAR(64)  NOT NULL,
    state_entered_at DATETIME(6)  NOT NULL,
    opened_seq       BIGINT       NOT NULL AUTO_INCREMENT,
    document         LONGTEXT     NOT NULL CHECK (JSON_VALID(document)),
    PRIMARY KEY (center_id, case_id),
    KEY bc_device_seq (opened_seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX bc_device_by_opening ON bc_device (center_id, opened_seq);
CREATE INDEX bc_device_by_state ON bc_device (center_id, state, state_entered_at);

-- device, starts_at and ends_at are written in the same transaction as the row (after it, by the adapter)
CREATE TABLE bc_service_order (
    center_id        VARCHAR(64)  NOT NULL,
    case_id          VARCHAR(64)  NOT NULL,
    version          BIGINT       NOT NULL,
    state            VARCHAR(64)  NOT NULL,
    state_entered_at DATETIME(6)  NOT NULL,
    opened_seq       BIGINT       NOT NULL AUTO_INCREMENT,
    document         LONGTEXT     NOT NULL CHECK (JSON_VALID(document)),
    device_id        VARCHAR(64),
    starts_at        DATETIME(6),
    ends_at          DATETIME(6),
    PRIMARY KEY (center_id, case_id),
    KEY bc_service_order_seq (opened_seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX bc_service_order_by_opening ON bc_service_order (center_id, opened_seq);
CREATE INDEX bc_service_order_by_state ON bc_service_order (center_id, state, state_entered_at);
CREATE INDEX bc_service_order_by_device ON bc_service_order (center_id, device_id, starts_at, ends_at);

CREATE TABLE bc_internal_use (
    center_id        VARCHAR(64)  NOT NULL,
    case_id          VARCHAR(64)  NOT NULL,
    version          BIGINT       NOT NULL,
    state            VARCHAR(64)  NOT NULL,
    state_entered_at DATETIME(6)  NOT NULL,
    opened_seq       BIGINT       NOT NULL AUTO_INCREMENT,
    document         LONGTEXT     NOT NULL CHECK (JSON_VALID(document)),
    device_id        VARCHAR(64),
    starts_at        DATETIME(6),
    ends_at          DATETIME(6),
    PRIMARY KEY (center_id, case_id),
    KEY bc_internal_use_seq (opened_seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX bc_internal_use_by_opening ON bc_internal_use (center_id, opened_seq);
CREATE INDEX bc_internal_use_by_state ON bc_internal_use (center_id, state, state_entered_at);
CREATE INDEX bc_internal_use_by_device ON bc_internal_use (center_id, device_id, starts_at, ends_at);
