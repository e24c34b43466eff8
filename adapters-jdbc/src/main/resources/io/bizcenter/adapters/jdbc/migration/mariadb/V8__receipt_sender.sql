-- BizCenter schema 8 for MariaDB 10.11 and newer and MySQL 8.0 and newer: a receipt remembers who sent its command
-- (staff id, role, department), so that a command id sent again by anyone else is refused instead of answered with the
-- first sender's case (GS-2, GS-5).
-- A receipt written before this schema takes its sender from the command's own audit entry, written in the same
-- transaction: same center, procedure, case and command id (the join follows bc_event's primary key). A receipt with
-- no audit entry keeps no sender and answers nobody.

ALTER TABLE bc_receipt
    ADD COLUMN staff_id VARCHAR(64),
    ADD COLUMN actor_role VARCHAR(64),
    ADD COLUMN actor_department VARCHAR(64);

UPDATE bc_receipt r
JOIN bc_event e
  ON e.center_id = r.center_id
 AND e.procedure_name = r.procedure_name
 AND e.case_id = r.case_id
 AND e.command_id = r.command_id
SET r.staff_id = e.staff_id, r.actor_role = e.actor_role, r.actor_department = e.actor_department;
