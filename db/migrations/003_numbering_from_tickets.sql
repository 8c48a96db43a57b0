-- 003: the next number is derived from the tickets themselves (max seq within the service's
-- range), not from a counter per letter: two services that share a letter with separate
-- ranges (Ф 1–499, Ф 500–999) no longer push each other out of range. The UNIQUE index on
-- (branch_id, service_day, prefix, seq) makes that lookup an index seek and forbids doubles.
DROP TABLE ticket_counters;
