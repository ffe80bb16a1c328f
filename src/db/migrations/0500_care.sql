-- Smart daily care (issue 11): the day's records of each child (append-only entries with versions, replayed to
-- parents by `seq`), attendance kept from check-in/check-out, absences reported ahead, the people allowed to collect
-- a child, staff clocking in and out of a class, alerts and tasks raised by the care rules (src/care), weekly menus,
-- photos kept outside the rows, and per-facility care settings. Forward-only.

-- A facility's choices within the care policy (src/care/daily-policy.ts; no row: the policy's defaults).
CREATE TABLE care_settings (
  facility_id        uuid PRIMARY KEY REFERENCES facilities(id) ON DELETE CASCADE,
  policy_id          text NOT NULL,
  publish_meals_naps text NOT NULL DEFAULT 'live' CHECK (publish_meals_naps IN ('live', 'end_of_day')),
  publish_at         time NOT NULL DEFAULT '17:00',     -- end-of-day publishing of meals and naps
  absence_deadline   time NOT NULL DEFAULT '09:30',     -- no check-in and no notice by then → follow-up
  updated_at         timestamptz NOT NULL DEFAULT now(),
  updated_by         uuid REFERENCES users(id) ON DELETE SET NULL
);

-- Who is expected in a class on a day: placements now; temporary bookings (issue 10) join this view with CREATE OR
-- REPLACE VIEW (same columns: `days` the dates covered, `hours` the booked hours or NULL for whole days).
CREATE VIEW care_roster_sources AS
  SELECT p.child_id, p.facility_id, p.class_id, 'placement'::text AS kind, p.mode, p.during AS days, NULL::tstzrange AS hours
  FROM placements p;

-- Photos: the bytes live in files (DIR/photos/<sha256[0:2]>/<sha256>), the row names them. A photo belongs to a child
-- (a day's photo, a pickup person's photo) or to a staff member (their profile photo).
CREATE TABLE care_photos (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  facility_id  uuid REFERENCES facilities(id) ON DELETE CASCADE,
  child_id     uuid REFERENCES children(id) ON DELETE CASCADE,
  staff_id     uuid REFERENCES staff_profiles(id) ON DELETE CASCADE,
  purpose      text NOT NULL CHECK (purpose IN ('entry', 'pickup_person', 'staff')),
  sha256       text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  bytes        integer NOT NULL CHECK (bytes > 0 AND bytes <= 8388608),
  mime         text NOT NULL CHECK (mime IN ('image/jpeg', 'image/png')),
  width        integer CHECK (width > 0),
  height       integer CHECK (height > 0),
  uploaded_by  uuid REFERENCES users(id) ON DELETE SET NULL,
  uploaded_at  timestamptz NOT NULL DEFAULT now(),
  CHECK ((child_id IS NOT NULL) <> (staff_id IS NOT NULL))
);
CREATE INDEX care_photos_child ON care_photos (child_id);
CREATE TABLE staff_profile_photos (
  staff_id  uuid PRIMARY KEY REFERENCES staff_profiles(id) ON DELETE CASCADE,
  photo_id  uuid NOT NULL REFERENCES care_photos(id) ON DELETE CASCADE
);

-- The adults allowed to drop off and collect a child (接送人), with a photo the carer compares at the door.
CREATE TABLE pickup_persons (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  child_id      uuid NOT NULL REFERENCES children(id) ON DELETE CASCADE,
  user_id       uuid REFERENCES users(id) ON DELETE SET NULL,           -- a guardian with an account
  display_name  text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 40),
  relationship  text NOT NULL CHECK (relationship IN ('mother', 'father', 'grandmother', 'grandfather', 'relative', 'nanny', 'other')),
  phone_tail    text CHECK (phone_tail ~ '^[0-9]{4}$'),                  -- last four digits, to confirm by phone
  photo_id      uuid REFERENCES care_photos(id) ON DELETE SET NULL,
  added_by      uuid REFERENCES users(id) ON DELETE SET NULL,
  added_at      timestamptz NOT NULL DEFAULT now(),
  revoked_at    timestamptz,
  revoked_by    uuid REFERENCES users(id) ON DELETE SET NULL,
  synthetic     boolean NOT NULL DEFAULT false
);
CREATE INDEX pickup_persons_child ON pickup_persons (child_id);

-- The day's records (一日生活记录). Append-only: a correction is the next version of the same id, never an edit.
-- `seq` orders the feed (it is the SSE event id); rows of one child get their seq under a per-child lock, so one
-- child's rows become visible in seq order and a replay "after seq N" misses nothing. Entries a facility publishes at
-- the end of the day (meals, naps) wait with published_at NULL and get a new seq when published.
CREATE TABLE daily_entries (
  id             uuid NOT NULL,                           -- made by the client (the tablet), idempotent
  version        integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  seq            bigserial NOT NULL,
  child_id       uuid NOT NULL REFERENCES children(id) ON DELETE CASCADE,
  facility_id    uuid NOT NULL,
  class_id       uuid NOT NULL,
  kind           text NOT NULL CHECK (kind IN ('check_in', 'check_out', 'morning_check', 'noon_check', 'temperature', 'meal', 'water', 'nap_start', 'nap_end', 'diaper', 'activity', 'outdoor', 'note', 'photo')),
  at             timestamptz NOT NULL,
  day            date NOT NULL,                           -- the facility's local date of `at`
  payload        jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(payload) = 'object'),
  retracted      boolean NOT NULL DEFAULT false,          -- a correction that withdraws the entry
  reason         text CHECK (length(reason) <= 200),      -- why a correction was made
  recorded_by    uuid REFERENCES users(id) ON DELETE SET NULL,
  recorded_at    timestamptz NOT NULL DEFAULT now(),
  source         text NOT NULL DEFAULT 'api' CHECK (source IN ('api', 'bulk', 'system', 'demo')),
  batch_id       uuid,
  published_at   timestamptz,
  publish_after  timestamptz,
  PRIMARY KEY (id, version),
  FOREIGN KEY (class_id, facility_id) REFERENCES classes (id, facility_id),
  CONSTRAINT daily_entries_temperature CHECK (kind <> 'temperature' OR ((payload->>'temperatureC')::numeric BETWEEN 34 AND 43 AND payload->>'site' IN ('forehead', 'axillary', 'ear'))),
  CONSTRAINT daily_entries_note CHECK (kind <> 'note' OR retracted OR length(payload->>'text') BETWEEN 1 AND 1000),
  CONSTRAINT daily_entries_published CHECK (published_at IS NOT NULL OR publish_after IS NOT NULL)
);
CREATE INDEX daily_entries_child_seq ON daily_entries (child_id, seq);
CREATE INDEX daily_entries_class_day ON daily_entries (class_id, day);
CREATE INDEX daily_entries_pending ON daily_entries (publish_after) WHERE published_at IS NULL;

-- The current version of every entry.
CREATE VIEW daily_entries_current AS
  SELECT e.* FROM daily_entries e
  WHERE NOT EXISTS (SELECT 1 FROM daily_entries n WHERE n.id = e.id AND n.version > e.version);

-- How a member of staff is named to parents: family name and role, never the full name (domain.md §3).
CREATE FUNCTION care_staff_title(p_user uuid) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT sp.family_name || CASE sp.role WHEN 'director' THEN '园长' WHEN 'health' THEN '保健医' ELSE '老师' END
  FROM staff_profiles sp WHERE sp.user_id = p_user ORDER BY sp.id LIMIT 1
$$;

-- One entry as the API and the feed show it: the common fields plus the kind's own (payload) fields.
CREATE FUNCTION care_entry_json(e daily_entries) RETURNS jsonb LANGUAGE sql STABLE AS $$
  SELECT e.payload || jsonb_build_object(
    'id', e.id, 'version', e.version, 'seq', e.seq, 'childId', e.child_id, 'classId', e.class_id, 'kind', e.kind,
    'at', to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'day', e.day,
    'corrected', e.version > 1, 'retracted', e.retracted, 'reason', e.reason,
    'recordedBy', care_staff_title(e.recorded_by),
    'recordedAt', to_char(e.recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
$$;

-- Fan-out to every server process: one NOTIFY per published entry, delivered at commit (in commit order). The
-- payload carries the entry when it fits PostgreSQL's 8000-byte limit; otherwise listeners read it by seq.
CREATE FUNCTION daily_entries_notify() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  msg text;
BEGIN
  msg := json_build_object('seq', NEW.seq, 'child', NEW.child_id, 'entry', care_entry_json(NEW))::text;
  IF octet_length(msg) > 7900 THEN
    msg := json_build_object('seq', NEW.seq, 'child', NEW.child_id)::text;
  END IF;
  PERFORM pg_notify('care_entries', msg);
  RETURN NULL;
END
$$;
CREATE TRIGGER daily_entries_notify_insert AFTER INSERT ON daily_entries
  FOR EACH ROW WHEN (NEW.published_at IS NOT NULL AND NEW.source <> 'demo') EXECUTE FUNCTION daily_entries_notify();
CREATE TRIGGER daily_entries_notify_publish AFTER UPDATE OF published_at ON daily_entries
  FOR EACH ROW WHEN (OLD.published_at IS NULL AND NEW.published_at IS NOT NULL) EXECUTE FUNCTION daily_entries_notify();

-- Attendance (出勤): one row per child and day, kept from the check-in and check-out entries in their transaction.
CREATE TABLE attendance (
  child_id          uuid NOT NULL REFERENCES children(id) ON DELETE CASCADE,
  day               date NOT NULL,
  facility_id       uuid NOT NULL,
  class_id          uuid NOT NULL,
  check_in_at       timestamptz,
  check_out_at      timestamptz,
  dropped_by        uuid REFERENCES pickup_persons(id) ON DELETE SET NULL,
  collected_by      uuid REFERENCES pickup_persons(id) ON DELETE SET NULL,
  check_in_entry    uuid,
  check_out_entry   uuid,
  sent_home         boolean NOT NULL DEFAULT false,
  PRIMARY KEY (child_id, day),
  FOREIGN KEY (class_id, facility_id) REFERENCES classes (id, facility_id),
  CONSTRAINT attendance_out_after_in CHECK (check_out_at IS NULL OR (check_in_at IS NOT NULL AND check_out_at >= check_in_at))
);
CREATE INDEX attendance_class_day ON attendance (class_id, day);
CREATE INDEX attendance_facility_day ON attendance (facility_id, day);
COMMENT ON TABLE attendance IS 'One row per child and attended day (unique child, day): check-in/out times and who dropped off and collected. Days attended in a month: count(*) WHERE check_in_at IS NOT NULL AND day in the month.';

-- Absences reported ahead (请假): sick (with symptoms, for the outbreak rule) or leave. Cancelling keeps the row.
CREATE TABLE absence_reports (
  id            uuid PRIMARY KEY,                                       -- client-made, idempotent
  child_id      uuid NOT NULL REFERENCES children(id) ON DELETE CASCADE,
  days          daterange NOT NULL CHECK (NOT isempty(days) AND NOT lower_inf(days) AND NOT upper_inf(days)),
  reason        text NOT NULL CHECK (reason IN ('sick', 'leave')),
  symptoms      text[] NOT NULL DEFAULT '{}',
  note          text CHECK (length(note) <= 500),
  reported_by   uuid REFERENCES users(id) ON DELETE SET NULL,
  reported_at   timestamptz NOT NULL DEFAULT now(),
  cancelled_at  timestamptz,
  synthetic     boolean NOT NULL DEFAULT false,
  CHECK (reason = 'sick' OR cardinality(symptoms) = 0),
  CONSTRAINT absence_reports_no_overlap EXCLUDE USING gist (child_id WITH =, days WITH &&) WHERE (cancelled_at IS NULL)
);

-- Staff clocked in to a class (考勤): the live ratio counts carers whose shift contains now.
CREATE TABLE staff_shifts (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  staff_id     uuid NOT NULL REFERENCES staff_profiles(id) ON DELETE CASCADE,
  facility_id  uuid NOT NULL,
  class_id     uuid NOT NULL,
  during       tstzrange NOT NULL CHECK (NOT isempty(during) AND NOT lower_inf(during)),
  synthetic    boolean NOT NULL DEFAULT false,
  FOREIGN KEY (class_id, facility_id) REFERENCES classes (id, facility_id),
  CONSTRAINT staff_shifts_no_overlap EXCLUDE USING gist (staff_id WITH =, during WITH &&)
);
CREATE INDEX staff_shifts_class ON staff_shifts USING gist (class_id, during);

-- Alerts and tasks the care rules raise (fever recheck, send home, absence follow-up, outbreak, outdoor time, ratio,
-- unauthorized pickup, not collected). One open alert per dedupe key, so the rules may run in every server process.
CREATE TABLE care_alerts (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind         text NOT NULL CHECK (kind IN ('fever_recheck', 'send_home', 'absence_followup', 'outbreak', 'outdoor_short', 'ratio_break', 'unauthorized_pickup', 'not_collected')),
  facility_id  uuid NOT NULL,
  class_id     uuid NOT NULL,
  child_id     uuid REFERENCES children(id) ON DELETE CASCADE,
  day          date NOT NULL,
  dedupe_key   text NOT NULL,
  status       text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dismissed')),
  opened_at    timestamptz NOT NULL DEFAULT now(),
  due_at       timestamptz,                              -- a recheck's time, an outbreak report's deadline
  closed_at    timestamptz,
  closed_by    uuid REFERENCES users(id) ON DELETE SET NULL,
  resolution   text CHECK (length(resolution) <= 500),
  details      jsonb NOT NULL DEFAULT '{}',
  policy_id    text NOT NULL,
  synthetic    boolean NOT NULL DEFAULT false,
  FOREIGN KEY (class_id, facility_id) REFERENCES classes (id, facility_id),
  CHECK ((status = 'open') = (closed_at IS NULL))
);
CREATE UNIQUE INDEX care_alerts_open_key ON care_alerts (dedupe_key) WHERE status = 'open';
CREATE INDEX care_alerts_key ON care_alerts (dedupe_key);
CREATE INDEX care_alerts_facility ON care_alerts (facility_id, status, opened_at DESC);

-- The weekly menu (每周食谱), one row per facility, day and meal.
CREATE TABLE menu_items (
  facility_id  uuid NOT NULL REFERENCES facilities(id) ON DELETE CASCADE,
  day          date NOT NULL,
  meal         text NOT NULL CHECK (meal IN ('breakfast', 'morning_snack', 'lunch', 'afternoon_snack', 'dinner')),
  dishes       text[] NOT NULL CHECK (cardinality(dishes) BETWEEN 1 AND 8),
  allergens    text[] NOT NULL DEFAULT '{}',
  updated_at   timestamptz NOT NULL DEFAULT now(),
  updated_by   uuid REFERENCES users(id) ON DELETE SET NULL,
  PRIMARY KEY (facility_id, day, meal)
);
