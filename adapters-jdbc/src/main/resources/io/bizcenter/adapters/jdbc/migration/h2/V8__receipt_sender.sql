-- BizCenter schema 8 for H2: a receipt remembers who sent its command (staff id, role, department), so that a command id
-- sent again by anyone else is refused instead of answered with the first sender's case (GS-2, GS-5).
-- A receipt written before this schema takes its sender from the command's own audit entry, written in the same
-- transaction: same center, procedure, case and command id (the lookup follows bc_event's primary key). A receipt with
-- no audit entry keeps no sender and answers nobody.

ALTER TABLE bc_receipt ADD COLUMN staff_id VARCHAR(128);
ALTER TABLE bc_receipt ADD COLUMN actor_role VARCHAR(64);
ALTER TABLE bc_receipt ADD COLUMN actor_department VARCHAR(64);

UPDATE bc_receipt r SET (staff_id, actor_role, actor_department) = (
    SELECT e.staff_id, e.actor_role, e.actor_department
    FROM bc_event e
    WHERE e.center_id = r.center_id
      AND e.procedure_name = r.procedure_name
      AND e.case_id = r.case_id
      AND e.command_id = r.command_id
    ORDER BY e.version
    FETCH FIRST 1 ROW ONLY);
