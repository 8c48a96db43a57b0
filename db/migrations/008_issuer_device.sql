-- 008: which device issued a ticket, as a field. `issued_by` keeps the actor's label for the
-- record ("device:3", "user:7"), but code needing the kiosk (reprint on the kiosk that issued
-- it, failures told to that kiosk on reconnect) no longer parses it back out of the text.
ALTER TABLE tickets ADD COLUMN issued_by_device_id INTEGER REFERENCES devices(id);
UPDATE tickets SET issued_by_device_id = CAST(substr(issued_by, 8) AS INTEGER)
 WHERE issued_by LIKE 'device:%' AND CAST(substr(issued_by, 8) AS INTEGER) IN (SELECT id FROM devices);
CREATE INDEX tickets_issuer_device ON tickets(issued_by_device_id) WHERE issued_by_device_id IS NOT NULL;
