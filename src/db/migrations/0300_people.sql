-- The people side of the platform: placements as history (not columns on the child), teachers' classes, accounts
-- (sign-up codes, the notification outbox), a login throttle that counts and checks in one statement, and the
-- relations the access policy reads (src/db/access). Forward-only: later features add their own numbered files.

CREATE EXTENSION IF NOT EXISTS btree_gist;

-- Tables first created in 0100 for the demo city are platform tables: real cities fill them from their own lists.
COMMENT ON TABLE residential_compounds IS 'Residential compounds (小区), open blocks and villages with residents and children 0–3: demand points of the walking measures. Platform data; the demo city fills it with synthetic rows.';
COMMENT ON TABLE local_places IS 'Kindergartens (幼儿园) and employers (用人单位): hosts of toddler classes and employer-run points, or candidate sites. Platform data.';
COMMENT ON TABLE staff_profiles IS 'Facility staff (director, carers, health staff): qualification, training hours, yearly health certificate. Platform data.';
COMMENT ON TABLE staff_training IS 'Training records of staff (职前 / 职后 / 安全). Platform data.';
COMMENT ON TABLE waiting_list IS 'Waiting-list entries imported from before the application workflow (kept for history). Platform data.';
COMMENT ON TABLE demo_meta IS 'Marks a database as holding the synthetic demo city (the only demo-only table).';

-- A class is identified together with its facility, so rows that name both cannot disagree.
ALTER TABLE classes ADD CONSTRAINT classes_id_facility UNIQUE (id, facility_id);

-- Placements (入托): which child is in which class, in which mode, for which days. History, never overwritten: a
-- placement that ends gets an upper bound. A child is in at most one class on any day (EXCLUDE).
CREATE TABLE placements (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  child_id     uuid NOT NULL REFERENCES children(id) ON DELETE CASCADE,
  facility_id  uuid NOT NULL,
  class_id     uuid NOT NULL,
  mode         text NOT NULL CHECK (mode IN ('full_day', 'half_day')),
  during       daterange NOT NULL CHECK (NOT isempty(during) AND NOT lower_inf(during)),
  monthly_fee  numeric(10, 2) CHECK (monthly_fee >= 0),
  ended_reason text,
  synthetic    boolean NOT NULL DEFAULT false,
  created_at   timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (class_id, facility_id) REFERENCES classes (id, facility_id),
  CONSTRAINT placements_one_class_a_day EXCLUDE USING gist (child_id WITH =, during WITH &&)
);
CREATE INDEX placements_class ON placements USING gist (class_id, during);
CREATE INDEX placements_facility ON placements (facility_id);

-- Carry the enrolments kept on the child row until now over into placements, then drop those columns.
INSERT INTO placements (child_id, facility_id, class_id, mode, during, synthetic, created_at)
SELECT ch.id, ch.facility_id, ch.class_id,
       CASE WHEN ch.service_mode = 'half_day' THEN 'half_day' ELSE 'full_day' END,
       daterange(COALESCE(ch.enrolled_from, ch.created_at::date), NULL), ch.synthetic, ch.created_at
FROM children ch
WHERE ch.status = 'enrolled' AND ch.class_id IS NOT NULL AND ch.facility_id IS NOT NULL;

DROP INDEX IF EXISTS children_facility;
DROP INDEX IF EXISTS children_class;
ALTER TABLE children DROP COLUMN facility_id, DROP COLUMN class_id, DROP COLUMN service_mode, DROP COLUMN status, DROP COLUMN enrolled_from;

-- Which staff work in which class (a teacher's "own class" in the access policy).
CREATE TABLE class_staff (
  class_id  uuid NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
  staff_id  uuid NOT NULL REFERENCES staff_profiles(id) ON DELETE CASCADE,
  lead      boolean NOT NULL DEFAULT false,
  during    daterange NOT NULL DEFAULT daterange(current_date, NULL) CHECK (NOT isempty(during)),
  CONSTRAINT class_staff_no_overlap EXCLUDE USING gist (class_id WITH =, staff_id WITH =, during WITH &&)
);
CREATE INDEX class_staff_staff ON class_staff (staff_id);

-- Relations the access policy evaluates (src/db/access/scope.ts). Later migrations widen child_facility_links
-- (applications, bookings) with CREATE OR REPLACE VIEW, keeping the columns.
-- A child is linked to a facility (and class) while placed there now or from a future date.
CREATE VIEW child_facility_links AS
  SELECT p.child_id, p.facility_id, p.class_id, 'placement'::text AS kind
  FROM placements p
  WHERE upper_inf(p.during) OR upper(p.during) > current_date;

-- A facility is signed with a medical institution while an agreement is in force today.
CREATE VIEW signed_facilities AS
  SELECT DISTINCT a.facility_id, a.institution_id
  FROM medical_agreements a
  WHERE a.valid_from <= current_date AND (a.valid_to IS NULL OR a.valid_to >= current_date);

-- The classes a user works in today (teachers, directors who also teach).
CREATE VIEW user_classes AS
  SELECT sp.user_id, cs.class_id, sp.facility_id
  FROM class_staff cs JOIN staff_profiles sp ON sp.id = cs.staff_id
  WHERE sp.user_id IS NOT NULL AND cs.during @> current_date;

-- Accounts: who made them, when they were disabled, a verified mobile number (guardians sign up with it), an
-- optional TOTP second factor (officials, administrators).
ALTER TABLE users
  ADD COLUMN created_by           uuid REFERENCES users(id),
  ADD COLUMN disabled_at          timestamptz,
  ADD COLUMN disabled_by          uuid REFERENCES users(id),
  ADD COLUMN phone_verified_at    timestamptz,
  ADD COLUMN password_changed_at  timestamptz,
  ADD COLUMN totp_secret          text,
  ADD COLUMN totp_enabled_at      timestamptz,
  ADD COLUMN totp_last_step       bigint,                               -- last accepted 30-second step (no replay)
  ADD COLUMN totp_recovery        text[] NOT NULL DEFAULT '{}',
  ADD CONSTRAINT users_phone_format CHECK (phone IS NULL OR phone ~ '^1[3-9][0-9]{9}$');
UPDATE users SET phone = NULL WHERE phone IS NOT NULL AND phone !~ '^1[3-9][0-9]{9}$';
CREATE UNIQUE INDEX users_phone ON users (phone) WHERE phone IS NOT NULL;

-- One-time codes (sign-up, password reset): only a hash is kept; a code is tried at most a few times.
CREATE TABLE one_time_codes (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  purpose      text NOT NULL CHECK (purpose IN ('signup', 'password_reset')),
  phone        text NOT NULL CHECK (phone ~ '^1[3-9][0-9]{9}$'),
  code_hash    text NOT NULL,
  attempts     integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  created_at   timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL,
  consumed_at  timestamptz
);
CREATE INDEX one_time_codes_phone ON one_time_codes (phone, purpose, created_at DESC);

-- Messages to send by SMS or WeChat (a sender drains the table) and in-app notices. A code lives in `params` only
-- for as long as the sender needs it; logs never print params.
CREATE TABLE notifications_outbox (
  id            bigserial PRIMARY KEY,
  user_id       uuid REFERENCES users(id) ON DELETE CASCADE,
  phone         text,
  channel       text NOT NULL CHECK (channel IN ('sms', 'wechat', 'in_app')),
  template      text NOT NULL,
  params        jsonb NOT NULL DEFAULT '{}',
  created_at    timestamptz NOT NULL DEFAULT now(),
  not_before    timestamptz NOT NULL DEFAULT now(),
  sent_at       timestamptz,
  read_at       timestamptz,
  attempts      integer NOT NULL DEFAULT 0,
  last_error    text,
  CHECK (user_id IS NOT NULL OR phone IS NOT NULL)
);
CREATE INDEX notifications_outbox_pending ON notifications_outbox (not_before) WHERE sent_at IS NULL AND channel <> 'in_app';
CREATE INDEX notifications_outbox_user ON notifications_outbox (user_id, created_at DESC);

-- Login throttle: one row per key ('acct:<name>|<address>', 'addr:<address>', 'acct:<name>'), counted and checked
-- in one statement (INSERT … ON CONFLICT … RETURNING), so concurrent guesses cannot all pass the check.
DROP TABLE login_attempts;
CREATE TABLE login_throttle (
  key           text PRIMARY KEY,
  failures      integer NOT NULL DEFAULT 0,
  window_start  timestamptz NOT NULL DEFAULT now(),
  blocked_until timestamptz,
  last_granted  boolean NOT NULL DEFAULT true     -- whether the latest attempt was let through to the password check
);

-- The audit trail also records why a record was read, and refusals (logins, access).
ALTER TABLE audit_log ADD COLUMN purpose text;
ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_check CHECK (action IN
  ('read', 'list', 'create', 'update', 'archive', 'delete', 'export', 'import', 'refuse', 'login', 'disable', 'enable', 'restore'));
CREATE INDEX audit_log_at ON audit_log (at);
