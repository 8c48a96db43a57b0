-- 007: the board's recent calls (on every board connect and snapshot) read the newest
-- 'called'/'recalled' events of a branch. Without this partial index SQLite walked the
-- branch's whole event history (ticket_events_branch_at) and sorted it: at a city's year of
-- events, a snapshot cost grew with every day the server had run.
CREATE INDEX ticket_events_calls ON ticket_events(branch_id, id) WHERE type IN ('called', 'recalled');
