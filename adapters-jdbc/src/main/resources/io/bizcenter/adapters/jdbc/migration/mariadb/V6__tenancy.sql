-- BizCenter schema 6 for MariaDB 10.11 and newer and MySQL 8.0 and newer: tenant move-in (MI), the lease watch and
-- move-out (MO).
-- Besides the columns every case table has, the questions tenancy asks across cases filter on real columns: the tenant
-- (what the key register may know of it, KY-2.1), the freight elevator booking (no two bookings overlap, MI-6.1), the
-- move-in a lease watch or a move-out belongs to. A move-in's units have a row each (who holds this unit, MI-1.1),
-- written with the new case. Every index starts with center_id, the shard key.
-- As in schema 1, each generated sequence number also leads a key of its own, which InnoDB wants for AUTO_INCREMENT.

CREATE TABLE bc_move_in (
    center_id        VARCHAR(64)  NOT NULL,
    case_id          VARCHAR(64)  NOT NULL,
    version          BIGINT       NOT NULL,
    state            VARCHAR(64)  NOT NULL,
    state_entered_at DATETIME(6)  NOT NULL,
    opened_seq       BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id        VARCHAR(64)  NOT NULL,
    elevator         VARCHAR(64),
    move_starts_at   DATETIME(6),
    move_ends_at     DATETIME(6),
    document         LONGTEXT     NOT NULL CHECK (JSON_VALID(document)),
    PRIMARY KEY (center_id, case_id),
    KEY bc_move_in_seq (opened_seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX bc_move_in_by_opening ON bc_move_in (center_id, opened_seq);
CREATE INDEX bc_move_in_by_tenant ON bc_move_in (center_id, tenant_id, opened_seq);
CREATE INDEX bc_move_in_by_elevator ON bc_move_in (center_id, elevator, move_starts_at);

CREATE TABLE bc_move_in_unit (
    center_id        VARCHAR(64)  NOT NULL,
    room_id          VARCHAR(64)  NOT NULL,
    case_id          VARCHAR(64)  NOT NULL,
    PRIMARY KEY (center_id, room_id, case_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE bc_renewal_visit (
    center_id        VARCHAR(64)  NOT NULL,
    case_id          VARCHAR(64)  NOT NULL,
    version          BIGINT       NOT NULL,
    state            VARCHAR(64)  NOT NULL,
    state_entered_at DATETIME(6)  NOT NULL,
    opened_seq       BIGINT       NOT NULL AUTO_INCREMENT,
    move_in_id       VARCHAR(64)  NOT NULL,
    tenant_id        VARCHAR(64)  NOT NULL,
    document         LONGTEXT     NOT NULL CHECK (JSON_VALID(document)),
    PRIMARY KEY (center_id, case_id),
    KEY bc_renewal_visit_seq (opened_seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX bc_renewal_visit_by_opening ON bc_renewal_visit (center_id, opened_seq);
CREATE INDEX bc_renewal_visit_by_move_in ON bc_renewal_visit (center_id, move_in_id, opened_seq);
CREATE INDEX bc_renewal_visit_by_tenant ON bc_renewal_visit (center_id, tenant_id, opened_seq);

CREATE TABLE bc_move_out (
    center_id        VARCHAR(64)  NOT NULL,
    case_id          VARCHAR(64)  NOT NULL,
    version          BIGINT       NOT NULL,
    state            VARCHAR(64)  NOT NULL,
    state_entered_at DATETIME(6)  NOT NULL,
    opened_seq       BIGINT       NOT NULL AUTO_INCREMENT,
    move_in_id       VARCHAR(64)  NOT NULL,
    tenant_id        VARCHAR(64)  NOT NULL,
    document         LONGTEXT     NOT NULL CHECK (JSON_VALID(document)),
    PRIMARY KEY (center_id, case_id),
    KEY bc_move_out_seq (opened_seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX bc_move_out_by_opening ON bc_move_out (center_id, opened_seq);
CREATE INDEX bc_move_out_by_move_in ON bc_move_out (center_id, move_in_id, opened_seq);
CREATE INDEX bc_move_out_by_tenant ON bc_move_out (center_id, tenant_id, opened_seq);
