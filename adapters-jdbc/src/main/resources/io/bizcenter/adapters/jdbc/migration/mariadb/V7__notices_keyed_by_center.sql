-- BizCenter schema 7: a notice is known by its center and its id, like every case. Ids are unique within a center
-- only, so the unique index on notice_id alone let one center's notice hide another's with the same id; the primary
-- key (center_id, notice_id) stays and is the only uniqueness the outbox needs.
DROP INDEX bc_notice_by_id ON bc_notice;
