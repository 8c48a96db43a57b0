-- 010: booking a time online and checking in at the kiosk (docs/booking.md).

-- Per-office rules; no row = the defaults of contracts/src/booking.ts.
CREATE TABLE booking_settings (
  branch_id INTEGER PRIMARY KEY REFERENCES branches(id),
  check_in_before_minutes INTEGER NOT NULL DEFAULT 15 CHECK (check_in_before_minutes BETWEEN 0 AND 120),
  check_in_after_minutes INTEGER NOT NULL DEFAULT 10 CHECK (check_in_after_minutes BETWEEN 0 AND 120),
  retention_days INTEGER NOT NULL DEFAULT 30 CHECK (retention_days BETWEEN 1 AND 365),
  days_ahead INTEGER NOT NULL DEFAULT 14 CHECK (days_ahead BETWEEN 0 AND 90),
  max_per_contact_per_day INTEGER NOT NULL DEFAULT 2 CHECK (max_per_contact_per_day BETWEEN 1 AND 20)
);

-- Share (percent) of a service's window capacity offered for booking; no row = 0 = not bookable.
CREATE TABLE service_booking (
  service_id INTEGER PRIMARY KEY REFERENCES services(id),
  share_percent INTEGER NOT NULL CHECK (share_percent BETWEEN 0 AND 100)
);

-- One row per booking. A slot of a service has `capacity` places numbered 0…capacity−1; the
-- partial unique index makes the database itself refuse a second live booking of the same
-- place, whatever the code above it does. Cancelled and no-show bookings leave the index, so
-- their place is free again. Name and contact are nullable: the retention job clears them.
CREATE TABLE bookings (
  id INTEGER PRIMARY KEY,
  branch_id INTEGER NOT NULL REFERENCES branches(id),
  service_id INTEGER NOT NULL REFERENCES services(id),
  -- office-local day (YYYY-MM-DD) and the slot's start (ISO UTC)
  service_day TEXT NOT NULL,
  starts_at TEXT NOT NULL,
  place INTEGER NOT NULL CHECK (place >= 0),
  code TEXT NOT NULL UNIQUE,
  status TEXT NOT NULL CHECK (status IN ('booked', 'checked_in', 'cancelled', 'no_show')),
  name TEXT,
  phone TEXT,
  email TEXT,
  language TEXT NOT NULL DEFAULT 'uk',
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  checked_in_at TEXT,
  -- checked in after the window closed: the ticket joined the normal queue
  late INTEGER NOT NULL DEFAULT 0,
  ticket_id INTEGER REFERENCES tickets(id),
  cancelled_at TEXT,
  -- the reminder event was put out (once per booking)
  reminder_at TEXT,
  -- when name and contact were cleared (retention)
  personal_data_removed_at TEXT
);
CREATE UNIQUE INDEX bookings_live_place ON bookings(service_id, starts_at, place) WHERE status IN ('booked', 'checked_in');
CREATE INDEX bookings_day ON bookings(branch_id, service_day);
CREATE INDEX bookings_phone ON bookings(phone, service_day) WHERE phone IS NOT NULL;
CREATE INDEX bookings_email ON bookings(email, service_day) WHERE email IS NOT NULL;
-- the queue asks "which waiting tickets are booked, and for when" on every call
CREATE UNIQUE INDEX bookings_ticket ON bookings(ticket_id) WHERE ticket_id IS NOT NULL;
