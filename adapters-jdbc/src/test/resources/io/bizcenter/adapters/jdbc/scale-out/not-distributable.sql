-- A schema that cannot be distributed by center: ScaleOutReadinessTest shows that the check refuses each of these.
CREATE TABLE bc_tag (
    tag_id   VARCHAR(64) PRIMARY KEY,
    label    VARCHAR(64) NOT NULL
);

CREATE TABLE bc_visit (
    center_id  VARCHAR(64) NOT NULL,
    case_id    VARCHAR(64) NOT NULL,
    visitor_no VARCHAR(64) NOT NULL,
    badge      VARCHAR(64) NOT NULL,
    PRIMARY KEY (case_id, center_id),
    UNIQUE (visitor_no)
);
CREATE UNIQUE INDEX bc_visit_by_badge ON bc_visit (badge);
-- an index dropped later is not counted
CREATE UNIQUE INDEX bc_visit_by_number ON bc_visit (visitor_no);
DROP INDEX bc_visit_by_number;
-- keyed by the center first: fine
CREATE UNIQUE INDEX bc_visit_by_center_badge ON bc_visit (center_id, badge);
