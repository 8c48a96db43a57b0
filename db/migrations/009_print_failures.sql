-- 009: print failures are kept with the ticket. A ticket whose printer was down before
-- printing used to get no print job at all, and the alert lived only in a browser's memory;
-- now every attempt is a row: which kiosk it was for (device_id may be its print agent),
-- what the printer said, and whether the kiosk showed the ticket on screen instead. Staff
-- list the open tickets whose latest attempt failed and reprint them.
ALTER TABLE print_jobs ADD COLUMN kiosk_id INTEGER REFERENCES devices(id);
ALTER TABLE print_jobs ADD COLUMN printer_state TEXT;
ALTER TABLE print_jobs ADD COLUMN shown_on_screen INTEGER NOT NULL DEFAULT 0 CHECK (shown_on_screen IN (0, 1));
UPDATE print_jobs SET kiosk_id = (SELECT t.issued_by_device_id FROM tickets t WHERE t.id = print_jobs.ticket_id);
CREATE INDEX print_jobs_failed ON print_jobs(ticket_id) WHERE status IN ('failed', 'uncertain');
