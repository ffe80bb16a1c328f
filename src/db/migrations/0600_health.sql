-- Health (医育融合, issue 12): medical agreements kept per service so that no two agreements of a facility cover the
-- same service on the same day (EXCLUDE), the signed document as a file, expiry reminders, visiting-doctor logs,
-- health checks (the entry exam, the twice-yearly checks of 1–3-year-olds, the 0–6 child-health visits) with their
-- flags and follow-up tasks, the free services (pediatric massage, early-development guidance, parent classes) with
-- capacity-bound registrations, and staff training courses whose completions are staff_training rows — from which
-- the hours on staff_profiles are computed, never written by hand.

-- ── Agreements ────────────────────────────────────────────────────────────────────────────────────────────────────
-- The period as one range (both ends inclusive, open-ended when valid_to is null), so services can copy it.
ALTER TABLE medical_agreements
  ADD COLUMN valid        daterange GENERATED ALWAYS AS (daterange(valid_from, valid_to, '[]')) STORED,
  ADD COLUMN signed_on    date,
  ADD COLUMN note         text CHECK (length(note) <= 2000),
  ADD COLUMN ended_reason text CHECK (length(ended_reason) <= 500),
  ADD COLUMN created_by   uuid REFERENCES users(id) ON DELETE SET NULL,
  ADD COLUMN created_at   timestamptz NOT NULL DEFAULT now(),
  ADD CONSTRAINT medical_agreements_period_key UNIQUE (id, facility_id, valid);
CREATE INDEX medical_agreements_institution ON medical_agreements (institution_id);

-- One row per service of an agreement. The composite foreign key copies the agreement's facility and period (ON
-- UPDATE CASCADE: ending or extending the agreement moves its services along, and the EXCLUDE re-checks them), so
-- "no overlapping agreements for the same facility and service" is kept by PostgreSQL, not by the application.
CREATE TABLE medical_agreement_services (
  agreement_id  uuid NOT NULL,
  facility_id   uuid NOT NULL,
  valid         daterange NOT NULL,
  service       text NOT NULL CHECK (service IN ('health_check', 'growth_assessment', 'development_guidance', 'tcm_massage', 'parent_class', 'visiting_doctor', 'staff_training')),
  PRIMARY KEY (agreement_id, service),
  FOREIGN KEY (agreement_id, facility_id, valid) REFERENCES medical_agreements (id, facility_id, valid) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT medical_agreement_services_no_overlap EXCLUDE USING gist (facility_id WITH =, service WITH =, valid WITH &&)
);

-- Carry the jsonb lists over. Where two existing agreements of a facility overlap on a service, the later-signed one
-- keeps it (ON CONFLICT DO NOTHING skips the conflicting rows of the same statement, in this order).
INSERT INTO medical_agreement_services (agreement_id, facility_id, valid, service)
SELECT a.id, a.facility_id, a.valid, CASE s.service WHEN 'pediatric_massage' THEN 'tcm_massage' ELSE s.service END
FROM medical_agreements a CROSS JOIN LATERAL jsonb_array_elements_text(a.services) AS s(service)
WHERE (CASE s.service WHEN 'pediatric_massage' THEN 'tcm_massage' ELSE s.service END) IN ('health_check', 'growth_assessment', 'development_guidance', 'tcm_massage', 'parent_class', 'visiting_doctor', 'staff_training')
ORDER BY a.valid_from DESC, a.id
ON CONFLICT DO NOTHING;
ALTER TABLE medical_agreements DROP COLUMN services;

-- Same columns as in 0300; "in force today" is now the range.
CREATE OR REPLACE VIEW signed_facilities AS
  SELECT DISTINCT a.facility_id, a.institution_id
  FROM medical_agreements a
  WHERE a.valid @> current_date;

-- The signed document (a scan or PDF). Re-uploads are kept; the latest is the agreement's document.
CREATE TABLE medical_agreement_documents (
  id            bigserial PRIMARY KEY,
  agreement_id  uuid NOT NULL REFERENCES medical_agreements(id) ON DELETE CASCADE,
  file_name     text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
  content_type  text NOT NULL CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg')),
  bytes         bytea NOT NULL CHECK (octet_length(bytes) BETWEEN 1 AND 10485760),
  sha256        text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  uploaded_by   uuid REFERENCES users(id) ON DELETE SET NULL,
  uploaded_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX medical_agreement_documents_agreement ON medical_agreement_documents (agreement_id, id DESC);

-- Expiry reminders already queued: one per agreement, end date and stage (days before the end), so a sweep run by
-- several replicas, or twice, queues each reminder once; an agreement extended to a new end is reminded again.
CREATE TABLE medical_agreement_reminders (
  agreement_id  uuid NOT NULL REFERENCES medical_agreements(id) ON DELETE CASCADE,
  valid_to      date NOT NULL,
  stage         smallint NOT NULL CHECK (stage IN (60, 30, 7)),
  queued_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (agreement_id, valid_to, stage)
);

-- Visiting-doctor logs (巡诊记录): a doctor of the institution at the facility on a day.
CREATE TABLE visiting_doctor_visits (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  facility_id     uuid NOT NULL REFERENCES facilities(id) ON DELETE CASCADE,
  institution_id  uuid NOT NULL REFERENCES medical_institutions(id),
  doctor_id       uuid REFERENCES users(id) ON DELETE SET NULL,
  doctor_name     text NOT NULL CHECK (length(doctor_name) BETWEEN 1 AND 100),
  visited_on      date NOT NULL,
  minutes         integer CHECK (minutes BETWEEN 1 AND 720),
  activities      text[] NOT NULL DEFAULT '{}' CHECK (activities <@ ARRAY['health_check', 'growth_assessment', 'development_guidance', 'tcm_massage', 'parent_class', 'hygiene_inspection', 'staff_training', 'consultation']::text[]),
  children_seen   integer NOT NULL DEFAULT 0 CHECK (children_seen BETWEEN 0 AND 1000),
  notes           text CHECK (length(notes) <= 2000),
  synthetic       boolean NOT NULL DEFAULT false,
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX visiting_doctor_visits_facility ON visiting_doctor_visits (facility_id, visited_on DESC);
CREATE INDEX visiting_doctor_visits_institution ON visiting_doctor_visits (institution_id, visited_on DESC);

-- ── Health checks ─────────────────────────────────────────────────────────────────────────────────────────────────
-- One examination of one child: the entry exam (入托体检; passed + valid until), a periodic check (1–3 years, twice a
-- year) or a child-health visit (0–6岁儿童健康管理). Measured values with their units and physical ranges; z-scores
-- are not stored (the WHO engine scores the raw values on read, so a corrected engine corrects every chart).
-- The id is made by the client (a tablet may send a check twice).
CREATE TABLE health_checks (
  id               uuid PRIMARY KEY,
  child_id         uuid NOT NULL REFERENCES children(id) ON DELETE CASCADE,
  facility_id      uuid REFERENCES facilities(id) ON DELETE SET NULL,        -- where the child was placed that day
  institution_id   uuid REFERENCES medical_institutions(id),                 -- who examined (null: the facility's own staff)
  kind             text NOT NULL CHECK (kind IN ('entry', 'periodic', 'child_health_visit')),
  examined_on      date NOT NULL,
  age_days         integer NOT NULL CHECK (age_days BETWEEN 0 AND 2600),
  weight_kg        numeric(5, 2) CHECK (weight_kg > 0.3 AND weight_kg <= 60),
  length_cm        numeric(5, 1) CHECK (length_cm BETWEEN 30 AND 140),
  position         text CHECK (position IN ('l', 'h')),                      -- l lying (卧位), h standing (立位)
  head_cm          numeric(4, 1) CHECK (head_cm BETWEEN 25 AND 60),
  haemoglobin_g_l  numeric(5, 1) CHECK (haemoglobin_g_l BETWEEN 30 AND 250),
  hearing          text CHECK (hearing IN ('pass', 'refer')),
  vision           text CHECK (vision IN ('normal', 'abnormal')),
  oral             text CHECK (oral IN ('healthy', 'caries', 'other')),
  caries_teeth     smallint CHECK (caries_teeth BETWEEN 0 AND 20),
  development      text CHECK (development IN ('normal', 'suspect', 'abnormal')),
  conclusion       text CHECK (length(conclusion) <= 2000),
  passed           boolean,                                                  -- entry exam: fit for admission
  valid_until      date,                                                     -- entry exam: admission allowed until
  recorded_by      uuid REFERENCES users(id) ON DELETE SET NULL,
  recorded_at      timestamptz NOT NULL DEFAULT now(),
  synthetic        boolean NOT NULL DEFAULT false,
  CONSTRAINT health_checks_position_check2 CHECK ((length_cm IS NULL) = (position IS NULL)),
  CONSTRAINT health_checks_entry_check CHECK ((kind = 'entry') = (passed IS NOT NULL) AND (valid_until IS NULL OR (kind = 'entry' AND passed AND valid_until >= examined_on))),
  CONSTRAINT health_checks_caries_check2 CHECK (caries_teeth IS NULL OR oral = 'caries')
);
CREATE INDEX health_checks_child ON health_checks (child_id, examined_on);
CREATE INDEX health_checks_facility ON health_checks (facility_id, examined_on);
-- The entry exams the admission rule reads. Once the families migration's child_entry_exams view is on main, a later
-- health migration redefines it over these rows (and carries its entry_exams rows over as kind 'entry'):
--   CREATE OR REPLACE VIEW child_entry_exams AS
--     SELECT h.child_id, h.examined_on, h.passed, COALESCE(h.valid_until + 1, (h.examined_on + interval '3 months')::date) AS valid_until
--     FROM health_checks h WHERE h.kind = 'entry';
-- (valid_until here is the last valid day; the families view counts examined_on + 3 months, one day later.)
CREATE INDEX health_checks_entry ON health_checks (child_id, examined_on DESC) WHERE kind = 'entry';

-- A flag raised by a check (underweight, stunting, wasting, overweight, anaemia) is also its follow-up task: due by a
-- date, done once by someone with an outcome. One flag per check and kind.
CREATE TABLE health_flags (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  check_id      uuid NOT NULL REFERENCES health_checks(id) ON DELETE CASCADE,
  child_id      uuid NOT NULL REFERENCES children(id) ON DELETE CASCADE,
  kind          text NOT NULL CHECK (kind IN ('underweight', 'stunting', 'wasting', 'overweight', 'anaemia')),
  severity      text NOT NULL CHECK (severity IN ('mild', 'moderate', 'severe')),
  value         numeric(6, 2) NOT NULL,                                      -- the z-score, or haemoglobin in g/L
  due_on        date NOT NULL,
  done_at       timestamptz,
  done_by       uuid REFERENCES users(id) ON DELETE SET NULL,
  outcome       text CHECK (length(outcome) <= 2000),
  synthetic     boolean NOT NULL DEFAULT false,
  created_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (check_id, kind),
  CHECK (done_at IS NULL OR outcome IS NOT NULL)
);
CREATE INDEX health_flags_child ON health_flags (child_id);
CREATE INDEX health_flags_open ON health_flags (due_on) WHERE done_at IS NULL;

-- ── Services: pediatric massage (中医推拿), early-development guidance, parent classes (家长课堂) ───────────────────────
CREATE TABLE service_sessions (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind             text NOT NULL CHECK (kind IN ('tcm_massage', 'development_guidance', 'parent_class')),
  title            text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  facility_id      uuid NOT NULL REFERENCES facilities(id) ON DELETE CASCADE,  -- held at / for this facility
  institution_id   uuid REFERENCES medical_institutions(id),                  -- run by (null: the facility)
  starts_at        timestamptz NOT NULL,
  ends_at          timestamptz NOT NULL,
  capacity         integer NOT NULL CHECK (capacity BETWEEN 1 AND 500),
  age_from_months  smallint CHECK (age_from_months BETWEEN 0 AND 72),
  age_to_months    smallint CHECK (age_to_months BETWEEN 0 AND 72),
  location         text CHECK (length(location) <= 200),
  description      text CHECK (length(description) <= 2000),
  created_by       uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at       timestamptz NOT NULL DEFAULT now(),
  cancelled_at     timestamptz,
  synthetic        boolean NOT NULL DEFAULT false,
  CHECK (ends_at > starts_at AND ends_at <= starts_at + interval '1 day'),
  CHECK (age_to_months IS NULL OR age_from_months IS NULL OR age_to_months >= age_from_months)
);
CREATE INDEX service_sessions_facility ON service_sessions (facility_id, starts_at);

-- A child registered for a session (by a guardian). The last place is decided under a lock on the session row.
CREATE TABLE service_registrations (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  session_id     uuid NOT NULL REFERENCES service_sessions(id) ON DELETE CASCADE,
  child_id       uuid NOT NULL REFERENCES children(id) ON DELETE CASCADE,
  registered_by  uuid REFERENCES users(id) ON DELETE SET NULL,
  registered_at  timestamptz NOT NULL DEFAULT now(),
  cancelled_at   timestamptz,
  attended       boolean,                                                    -- null until attendance is taken
  attendance_by  uuid REFERENCES users(id) ON DELETE SET NULL,
  attendance_at  timestamptz,
  synthetic      boolean NOT NULL DEFAULT false,
  CHECK (cancelled_at IS NULL OR attended IS NULL)
);
CREATE UNIQUE INDEX service_registrations_once ON service_registrations (session_id, child_id) WHERE cancelled_at IS NULL;
CREATE INDEX service_registrations_child ON service_registrations (child_id);

-- ── Staff training (职前 / 职后 / 安全) ─────────────────────────────────────────────────────────────────────────────
-- Courses run by the municipal centre (or another facility) or by a hospital.
CREATE TABLE training_courses (
  id                        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind                      text NOT NULL CHECK (kind IN ('pre_service', 'in_service', 'safety')),
  title                     text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  provider_facility_id      uuid REFERENCES facilities(id) ON DELETE CASCADE,
  provider_institution_id   uuid REFERENCES medical_institutions(id) ON DELETE CASCADE,
  starts_on                 date NOT NULL,
  ends_on                   date NOT NULL,
  hours                     numeric(5, 1) NOT NULL CHECK (hours > 0 AND hours <= 500),
  capacity                  integer NOT NULL CHECK (capacity BETWEEN 1 AND 1000),
  certificate_valid_months  smallint CHECK (certificate_valid_months BETWEEN 1 AND 120),  -- null: no certificate
  location                  text CHECK (length(location) <= 200),
  created_by                uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at                timestamptz NOT NULL DEFAULT now(),
  cancelled_at              timestamptz,
  synthetic                 boolean NOT NULL DEFAULT false,
  CHECK (num_nonnulls(provider_facility_id, provider_institution_id) = 1),
  CHECK (ends_on >= starts_on)
);
CREATE INDEX training_courses_starts ON training_courses (starts_on);

CREATE TABLE training_registrations (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  course_id      uuid NOT NULL REFERENCES training_courses(id) ON DELETE CASCADE,
  staff_id       uuid NOT NULL REFERENCES staff_profiles(id) ON DELETE CASCADE,
  registered_by  uuid REFERENCES users(id) ON DELETE SET NULL,
  registered_at  timestamptz NOT NULL DEFAULT now(),
  cancelled_at   timestamptz,
  synthetic      boolean NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX training_registrations_once ON training_registrations (course_id, staff_id) WHERE cancelled_at IS NULL;
CREATE INDEX training_registrations_staff ON training_registrations (staff_id);

-- A completed course is a training record (the source of every hour), with its certificate.
ALTER TABLE staff_training
  ADD COLUMN course_id             uuid REFERENCES training_courses(id) ON DELETE SET NULL,
  ADD COLUMN provider              text CHECK (length(provider) <= 200),
  ADD COLUMN certificate_no        text CHECK (length(certificate_no) <= 100),
  ADD COLUMN certificate_valid_to  date,
  ADD CONSTRAINT staff_training_certificate_check CHECK (certificate_valid_to IS NULL OR certificate_valid_to >= held_on);
CREATE UNIQUE INDEX staff_training_course_once ON staff_training (staff_id, course_id) WHERE course_id IS NOT NULL;

-- Training hours per staff member, computed from the records.
CREATE VIEW staff_training_hours AS
  SELECT sp.id AS staff_id,
         COALESCE(sum(t.hours) FILTER (WHERE t.kind = 'pre_service'), 0)::numeric(7, 1) AS pre_service_hours,
         COALESCE(sum(t.hours) FILTER (WHERE t.kind = 'in_service'), 0)::numeric(7, 1) AS in_service_hours,
         COALESCE(sum(t.hours) FILTER (WHERE t.kind = 'safety'), 0)::numeric(7, 1) AS safety_hours,
         COALESCE(sum(t.hours), 0)::numeric(7, 1) AS total_hours
  FROM staff_profiles sp LEFT JOIN staff_training t ON t.staff_id = sp.id
  GROUP BY sp.id;

-- Hours on a profile that no record explains (entered before records were kept) become one record per kind, so the
-- computation below loses nothing.
INSERT INTO staff_training (staff_id, kind, title, hours, held_on, synthetic)
SELECT sp.id, k.kind, '既往培训（迁移前登记）', k.missing, COALESCE(sp.hired_on, current_date), sp.synthetic
FROM staff_profiles sp
JOIN staff_training_hours h ON h.staff_id = sp.id
CROSS JOIN LATERAL (VALUES ('pre_service', sp.training_pre_hours - h.pre_service_hours),
                           ('in_service', sp.training_in_hours - h.in_service_hours),
                           ('safety', sp.training_safety_hours - h.safety_hours)) AS k(kind, missing)
WHERE k.missing > 0;

-- The profile's hours are computed: whatever is written into them, a trigger puts the sums of staff_training there,
-- and every change to staff_training recomputes the profiles it touches (statement-level, so bulk loads stay fast).
CREATE FUNCTION staff_profiles_computed_hours() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT h.pre_service_hours, h.in_service_hours, h.safety_hours
    INTO NEW.training_pre_hours, NEW.training_in_hours, NEW.training_safety_hours
    FROM (SELECT COALESCE(sum(t.hours) FILTER (WHERE t.kind = 'pre_service'), 0) AS pre_service_hours,
                 COALESCE(sum(t.hours) FILTER (WHERE t.kind = 'in_service'), 0) AS in_service_hours,
                 COALESCE(sum(t.hours) FILTER (WHERE t.kind = 'safety'), 0) AS safety_hours
          FROM staff_training t WHERE t.staff_id = NEW.id) h;
  RETURN NEW;
END $$;
CREATE TRIGGER staff_profiles_computed_hours BEFORE INSERT OR UPDATE ON staff_profiles
  FOR EACH ROW EXECUTE FUNCTION staff_profiles_computed_hours();

CREATE FUNCTION staff_training_touch_profiles() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE staff_profiles sp SET training_pre_hours = 0 WHERE sp.id IN (SELECT n.staff_id FROM new_rows n);
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    UPDATE staff_profiles sp SET training_pre_hours = 0 WHERE sp.id IN (SELECT o.staff_id FROM old_rows o);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER staff_training_touch_profiles_ins AFTER INSERT ON staff_training REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION staff_training_touch_profiles();
CREATE TRIGGER staff_training_touch_profiles_upd AFTER UPDATE ON staff_training REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION staff_training_touch_profiles();
CREATE TRIGGER staff_training_touch_profiles_del AFTER DELETE ON staff_training REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION staff_training_touch_profiles();

UPDATE staff_profiles SET training_pre_hours = training_pre_hours;

COMMENT ON COLUMN staff_profiles.training_pre_hours IS 'Computed: the sum of staff_training (pre_service) — write staff_training rows, not this column.';
COMMENT ON COLUMN staff_profiles.training_in_hours IS 'Computed: the sum of staff_training (in_service) — write staff_training rows, not this column.';
COMMENT ON COLUMN staff_profiles.training_safety_hours IS 'Computed: the sum of staff_training (safety) — write staff_training rows, not this column.';
