-- Core checks identifiers in code points (a center or staff id up to 64, a command id up to 100); H2 measures
-- VARCHAR in UTF-16 units, so an id of astral characters (emoji, CJK extension B) took up to twice its length and
-- failed to store. Twice the limit holds every id the checks admit. PostgreSQL counts code points: no change there.
ALTER TABLE bc_complaint ALTER COLUMN center_id SET DATA TYPE VARCHAR(128);
ALTER TABLE bc_event ALTER COLUMN center_id SET DATA TYPE VARCHAR(128);
ALTER TABLE bc_event ALTER COLUMN command_id SET DATA TYPE VARCHAR(200);
ALTER TABLE bc_event ALTER COLUMN staff_id SET DATA TYPE VARCHAR(128);
ALTER TABLE bc_notice ALTER COLUMN center_id SET DATA TYPE VARCHAR(128);
ALTER TABLE bc_receipt ALTER COLUMN center_id SET DATA TYPE VARCHAR(128);
ALTER TABLE bc_receipt ALTER COLUMN command_id SET DATA TYPE VARCHAR(200);
ALTER TABLE bc_agenda ALTER COLUMN center_id SET DATA TYPE VARCHAR(128);
