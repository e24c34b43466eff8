-- BizCenter schema 11: the reports a manager asks for read range questions the stores did not ask before. Lost keys and
-- since when (key custody) walk the keys by state and the time they entered it; room use per week walks every room's
-- meetings by start. Complaints and service orders already have their (center, state, time) index from schemas 1 and 5.
CREATE INDEX bc_key_by_state ON bc_key (center_id, state, state_entered_at);
CREATE INDEX bc_meeting_by_start ON bc_meeting (center_id, starts_at);
