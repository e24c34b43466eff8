-- BizCenter schema 9: personal data kept no longer than needed (PIPL art. 19; docs/personal-data.md).
-- A receipt remembers when its command was decided, so that its answer (a copy of the case, personal data and all) can
-- be dropped after the idempotency window; the row stays as a tombstone with a null answer, so that the same command id
-- sent again is refused as expired, never decided twice. A receipt written before this schema takes its time from its
-- command's audit entry; one with none keeps a null time and is pruned by the first run.
-- Erasure rewrites a case's receipts (found by case), and retention prunes receipts and delivered notices by time.

ALTER TABLE bc_receipt ADD COLUMN recorded_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE bc_receipt ALTER COLUMN answer DROP NOT NULL;

UPDATE bc_receipt SET recorded_at = (
    SELECT MIN(e.decided_at)
    FROM bc_event e
    WHERE e.center_id = bc_receipt.center_id
      AND e.procedure_name = bc_receipt.procedure_name
      AND e.case_id = bc_receipt.case_id
      AND e.command_id = bc_receipt.command_id);

CREATE INDEX bc_receipt_by_case ON bc_receipt (center_id, procedure_name, case_id);
CREATE INDEX bc_receipt_by_time ON bc_receipt (center_id, recorded_at);
CREATE INDEX bc_notice_by_time ON bc_notice (center_id, created_at);
