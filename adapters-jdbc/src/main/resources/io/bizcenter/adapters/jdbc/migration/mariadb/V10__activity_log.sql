-- BizCenter schema 10: the activity log reads one center's audit trail by decision time, newest or oldest first, a page
-- at a time after the last entry shown (keyset paging on decided_at, then seq). Filters by procedure, staff, department
-- or clause narrow the same walk; a center's entries in a time range are few enough that no index per filter is kept.
CREATE INDEX bc_event_by_time ON bc_event (center_id, decided_at, seq);
