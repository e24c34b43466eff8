-- BizCenter schema 6 for PostgreSQL 14 and newer: tenant move-in (MI), the lease watch and move-out (MO).
-- Besides the columns every case table has, the questions tenancy asks across cases filter on real columns: the tenant
-- (what the key register may know of it, KY-2.1), the freight elevator booking (no two bookings overlap, MI-6.1), the
-- move-in a lease watch or a move-out belongs to. A move-in's units have a row each (who holds this unit, MI-1.1),
-- written with the new case. Every index starts with center_id, the shard key.

CREATE TABLE bc_move_in (
    center_id        VARCHAR(64)              NOT NULL,
    case_id          VARCHAR(64)              NOT NULL,
    version          BIGINT                   NOT NULL,
    state            VARCHAR(64)              NOT NULL,
    state_entered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_seq       BIGINT GENERATED ALWAYS AS IDENTITY,
    tenant_id        VARCHAR(64)              NOT NULL,
    elevator         VARCHAR(64),
    move_starts_at   TIMESTAMP WITH TIME ZONE,
    move_ends_at     TIMESTAMP WITH TIME ZONE,
    document         TEXT                     NOT NULL,
    PRIMARY KEY (center_id, case_id)
);
CREATE INDEX bc_move_in_by_opening ON bc_move_in (center_id, opened_seq);
CREATE INDEX bc_move_in_by_tenant ON bc_move_in (center_id, tenant_id, opened_seq);
CREATE INDEX bc_move_in_by_elevator ON bc_move_in (center_id, elevator, move_starts_at);

CREATE TABLE bc_move_in_unit (
    center_id VARCHAR(64) NOT NULL,
    room_id   VARCHAR(64) NOT NULL,
    case_id   VARCHAR(64) NOT NULL,
    PRIMARY KEY (center_id, room_id, case_id)
);

CREATE TABLE bc_renewal_visit (
    center_id        VARCHAR(64)              NOT NULL,
    case_id          VARCHAR(64)              NOT NULL,
    version          BIGINT                   NOT NULL,
    state            VARCHAR(64)              NOT NULL,
    state_entered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_seq       BIGINT GENERATED ALWAYS AS IDENTITY,
    move_in_id       VARCHAR(64)              NOT NULL,
    tenant_id        VARCHAR(64)              NOT NULL,
    document         TEXT                     NOT NULL,
    PRIMARY KEY (center_id, case_id)
);
CREATE INDEX bc_renewal_visit_by_opening ON bc_renewal_visit (center_id, opened_seq);
CREATE INDEX bc_renewal_visit_by_move_in ON bc_renewal_visit (center_id, move_in_id, opened_seq);
CREATE INDEX bc_renewal_visit_by_tenant ON bc_renewal_visit (center_id, tenant_id, opened_seq);

CREATE TABLE bc_move_out (
    center_id        VARCHAR(64)              NOT NULL,
    case_id          VARCHAR(64)              NOT NULL,
    version          BIGINT                   NOT NULL,
    state            VARCHAR(64)              NOT NULL,
    state_entered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_seq       BIGINT GENERATED ALWAYS AS IDENTITY,
    move_in_id       VARCHAR(64)              NOT NULL,
    tenant_id        VARCHAR(64)              NOT NULL,
    document         TEXT                     NOT NULL,
    PRIMARY KEY (center_id, case_id)
);
CREATE INDEX bc_move_out_by_opening ON bc_move_out (center_id, opened_seq);
CREATE INDEX bc_move_out_by_move_in ON bc_move_out (center_id, move_in_id, opened_seq);
CREATE INDEX bc_move_out_by_tenant ON bc_move_out (center_id, tenant_id, opened_seq);
