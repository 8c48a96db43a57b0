-- 002: counting who waits for one service must not scan the whole branch's queue.
CREATE INDEX tickets_waiting_service ON tickets(service_id, priority_category_id) WHERE status = 'waiting';
