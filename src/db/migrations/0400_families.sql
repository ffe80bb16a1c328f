-- Families (issue 10): the guardian's consent (PIPL Art. 31), applications with up to three ranked choices, offers
-- with a deadline, temporary / hourly bookings by the hour, class fees per mode, monthly fee statements, and the
-- entry health exam the admission rule reads. Free places are always computed from placements and bookings (the
-- functions below), never kept in a counter; the last place is decided under a row lock on the class.

-- ── consent ────────────────────────────────────────────────────────────────────────────────────────────────────
-- Who agreed to what wording (version) and when; a withdrawal closes the row, a new consent is a new row.
CREATE TABLE consents (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  child_id         uuid NOT NULL REFERENCES children(id) ON DELETE CASCADE,
  guardian_id      uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  purpose          text NOT NULL CHECK (purpose IN ('child_record')),
  wording_version  text NOT NULL CHECK (length(wording_version) BETWEEN 1 AND 60),
  given_at         timestamptz NOT NULL DEFAULT now(),
  withdrawn_at     timestamptz,
  synthetic        boolean NOT NULL DEFAULT false,
  CHECK (withdrawn_at IS NULL OR withdrawn_at >= given_at)
);
CREATE UNIQUE INDEX consents_one_open ON consents (child_id, guardian_id, purpose) WHERE withdrawn_at IS NULL;

-- ── applications (full-day / half-day) ─────────────────────────────────────────────────────────────────────────
-- `open` while waiting or offered; `placed` once an offer was accepted; `withdrawn` by the family (or with consent).
-- The family's situation is what the family declared (the waiting-list policy reads it).
CREATE TABLE applications (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  child_id       uuid NOT NULL REFERENCES children(id) ON DELETE CASCADE,
  mode           text NOT NULL CHECK (mode IN ('full_day', 'half_day')),
  start_date     date NOT NULL,
  status         text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'placed', 'withdrawn')),
  dual_working   boolean NOT NULL DEFAULT false,
  single_parent  boolean NOT NULL DEFAULT false,
  applied_on     date NOT NULL DEFAULT current_date,
  created_by     uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  decided_at     timestamptz,
  synthetic      boolean NOT NULL DEFAULT false
);
-- One open application per child and mode.
CREATE UNIQUE INDEX applications_one_open ON applications (child_id, mode) WHERE status = 'open';
CREATE INDEX applications_child ON applications (child_id);

-- Up to three ranked choices. Walking metres and residence are taken when the family applies (from the home on
-- record), so the waiting-list order can be reproduced from the rows and the policy version.
CREATE TABLE application_choices (
  application_id  uuid NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
  rank            smallint NOT NULL CHECK (rank BETWEEN 1 AND 3),
  facility_id     uuid NOT NULL REFERENCES facilities(id),
  walk_meters     double precision CHECK (walk_meters >= 0),
  resident        boolean NOT NULL DEFAULT false,
  status          text NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'offered', 'declined', 'withdrawn', 'placed')),
  PRIMARY KEY (application_id, rank),
  UNIQUE (application_id, facility_id)
);
CREATE INDEX application_choices_facility ON application_choices (facility_id) WHERE status IN ('waiting', 'offered');

-- ── offers ─────────────────────────────────────────────────────────────────────────────────────────────────────
-- A place in a class offered to one application (made by a director, or automatically to the next family); at most
-- one open offer per application. An offer does not hold the place: accepting decides, under the class row lock.
CREATE TABLE offers (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  application_id  uuid NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
  facility_id     uuid NOT NULL,
  class_id        uuid NOT NULL,
  mode            text NOT NULL CHECK (mode IN ('full_day', 'half_day')),
  start_date      date NOT NULL,
  monthly_fee     numeric(10, 2) NOT NULL CHECK (monthly_fee >= 0),
  expires_at      timestamptz NOT NULL,
  status          text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'declined', 'expired', 'withdrawn')),
  made_by         uuid REFERENCES users(id) ON DELETE SET NULL,   -- null: offered on automatically
  policy_id       text NOT NULL,
  placement_id    uuid REFERENCES placements(id) ON DELETE SET NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  decided_at      timestamptz,
  synthetic       boolean NOT NULL DEFAULT false,
  FOREIGN KEY (class_id, facility_id) REFERENCES classes (id, facility_id),
  FOREIGN KEY (application_id, facility_id) REFERENCES application_choices (application_id, facility_id) ON DELETE CASCADE,
  CHECK (status <> 'open' OR decided_at IS NULL)
);
CREATE UNIQUE INDEX offers_one_open ON offers (application_id) WHERE status = 'open';
CREATE INDEX offers_class_open ON offers (class_id) WHERE status = 'open';
CREATE INDEX offers_expiring ON offers (expires_at) WHERE status = 'open';

-- ── temporary (临时托) and hourly (计时托) care ────────────────────────────────────────────────────────────────
-- A booking holds a place in one class for its hours only. A child never has two bookings at once (EXCLUDE);
-- the per-hour capacity is checked under the class row lock in the booking's transaction.
CREATE TABLE bookings (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  child_id      uuid NOT NULL REFERENCES children(id) ON DELETE CASCADE,
  facility_id   uuid NOT NULL,
  class_id      uuid NOT NULL,
  mode          text NOT NULL CHECK (mode IN ('temporary', 'hourly')),
  day           date NOT NULL,
  during        tstzrange NOT NULL CHECK (NOT isempty(during) AND NOT lower_inf(during) AND NOT upper_inf(during)),
  hours         smallint NOT NULL CHECK (hours BETWEEN 1 AND 24),
  price         numeric(10, 2) NOT NULL CHECK (price >= 0),
  status        text NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'cancelled', 'attended', 'no_show')),
  -- what the family pays for it: the price, or a late cancellation / no-show charge, or 0 when cancelled in time
  charged       numeric(10, 2) NOT NULL CHECK (charged >= 0),
  policy_id     text NOT NULL,
  created_by    uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  cancelled_at  timestamptz,
  synthetic     boolean NOT NULL DEFAULT false,
  FOREIGN KEY (class_id, facility_id) REFERENCES classes (id, facility_id),
  CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL)),
  CONSTRAINT bookings_child_no_overlap EXCLUDE USING gist (child_id WITH =, during WITH &&) WHERE (status <> 'cancelled')
);
CREATE INDEX bookings_class_during ON bookings USING gist (class_id, during) WHERE status <> 'cancelled';
CREATE INDEX bookings_facility_day ON bookings (facility_id, day);
CREATE INDEX bookings_child ON bookings (child_id, day);

-- ── fees ───────────────────────────────────────────────────────────────────────────────────────────────────────
-- A class's own monthly fee for a mode (history); without one, the facility's listed price for the mode applies.
CREATE TABLE class_fees (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  class_id     uuid NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
  mode         text NOT NULL CHECK (mode IN ('full_day', 'half_day')),
  monthly_fee  numeric(10, 2) NOT NULL CHECK (monthly_fee >= 0),
  during       daterange NOT NULL CHECK (NOT isempty(during) AND NOT lower_inf(during)),
  policy_id    text NOT NULL,
  set_by       uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  synthetic    boolean NOT NULL DEFAULT false,
  CONSTRAINT class_fees_no_overlap EXCLUDE USING gist (class_id WITH =, mode WITH =, during WITH &&)
);

-- The monthly statement of one child at one facility. Accounting records must be kept (会计档案管理办法), so a child
-- with statements cannot be deleted outright (RESTRICT): a deletion request keeps them and says so.
CREATE TABLE fee_statements (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  child_id       uuid NOT NULL REFERENCES children(id) ON DELETE RESTRICT,
  facility_id    uuid NOT NULL REFERENCES facilities(id),
  month          date NOT NULL CHECK (extract(day FROM month) = 1),
  mode           text CHECK (mode IN ('full_day', 'half_day')),
  monthly_fee    numeric(10, 2) NOT NULL DEFAULT 0 CHECK (monthly_fee >= 0),
  working_days   smallint NOT NULL CHECK (working_days >= 0),
  placed_days    smallint NOT NULL CHECK (placed_days >= 0),
  attended_days  smallint NOT NULL CHECK (attended_days >= 0),
  fee            numeric(10, 2) NOT NULL CHECK (fee >= 0),
  subsidy        numeric(10, 2) NOT NULL DEFAULT 0 CHECK (subsidy >= 0),
  hourly_care    numeric(10, 2) NOT NULL DEFAULT 0 CHECK (hourly_care >= 0),
  amount_due     numeric(10, 2) NOT NULL CHECK (amount_due >= 0),
  policy_id      text NOT NULL,
  issued_at      timestamptz NOT NULL DEFAULT now(),
  paid_at        timestamptz,
  synthetic      boolean NOT NULL DEFAULT false,
  UNIQUE (child_id, facility_id, month),
  CHECK (placed_days <= working_days)
);
CREATE INDEX fee_statements_facility_month ON fee_statements (facility_id, month);

-- ── the entry health exam (入托体检) ─────────────────────────────────────────────────────────────────────────────
-- Until the health feature records full exams, an entry exam is a recorded yes/no with a date. The admission check
-- reads the view child_entry_exams, which the health feature may redefine over its own records (same columns).
CREATE TABLE entry_exams (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  child_id     uuid NOT NULL REFERENCES children(id) ON DELETE CASCADE,
  examined_on  date NOT NULL,
  passed       boolean NOT NULL,
  recorded_by  uuid REFERENCES users(id) ON DELETE SET NULL,
  note         text CHECK (length(note) <= 500),
  recorded_at  timestamptz NOT NULL DEFAULT now(),
  synthetic    boolean NOT NULL DEFAULT false
);
CREATE INDEX entry_exams_child ON entry_exams (child_id, examined_on DESC);

-- valid_until: the admission policy's default validity of an entry exam (3 months, src/care/admission.ts);
-- the admission check compares it with the placement's first day.
CREATE VIEW child_entry_exams AS
  SELECT e.child_id, e.examined_on, e.passed, (e.examined_on + interval '3 months')::date AS valid_until
  FROM entry_exams e;

-- Whether each placement's child may attend today (the rule of src/care/admission.ts checkAdmission, for SQL
-- readers such as daily care's check-in): the latest entry exam on record by today passed, and examined at most the
-- validity before the placement's first day.
CREATE VIEW placement_admission AS
  SELECT p.id AS placement_id, p.child_id, lower(p.during) AS first_day, e.examined_on, e.passed,
         COALESCE(e.passed AND e.valid_until >= lower(p.during), false) AS cleared
  FROM placements p
  LEFT JOIN LATERAL (
    SELECT x.examined_on, x.passed, x.valid_until FROM child_entry_exams x
    WHERE x.child_id = p.child_id AND x.examined_on <= current_date
    ORDER BY x.examined_on DESC LIMIT 1
  ) e ON true;

-- ── computed places ────────────────────────────────────────────────────────────────────────────────────────────
-- The most children placed in a class on any day from `p_from` on (a placement from that day holds the place on
-- every later day, so the highest occupancy after it decides). Placements change occupancy only where they begin,
-- so the days to look at are p_from and the later first days.
CREATE FUNCTION class_occupancy_from(p_class uuid, p_from date) RETURNS integer
LANGUAGE sql STABLE AS $$
  SELECT COALESCE(max(n), 0)::int FROM (
    SELECT (SELECT count(*) FROM placements p WHERE p.class_id = p_class AND p.during @> pt.d) AS n
    FROM (SELECT p_from AS d
          UNION SELECT lower(p.during) FROM placements p WHERE p.class_id = p_class AND lower(p.during) > p_from) pt
  ) s
$$;

-- The monthly fee of a class for a mode on a day: the class's own fee then, else the facility's listed monthly price
-- for the mode (null: not offered). Placements carried over from before fees were recorded read it.
CREATE FUNCTION class_monthly_fee(p_class uuid, p_mode text, p_on date) RETURNS numeric
LANGUAGE sql STABLE AS $$
  SELECT COALESCE(
    (SELECT cf.monthly_fee FROM class_fees cf WHERE cf.class_id = p_class AND cf.mode = p_mode AND cf.during @> p_on),
    (SELECT (s->>'price')::numeric FROM classes c JOIN facilities f ON f.id = c.facility_id, jsonb_array_elements(f.services) s
     WHERE c.id = p_class AND s->>'mode' = p_mode AND s->>'unit' = 'month' LIMIT 1))
$$;

-- Carers rostered in a class for a period: until daily care's staff shifts exist, the carers assigned to the class
-- (class_staff) on the period's day. Daily care may redefine it over its shifts (same signature).
CREATE FUNCTION rostered_carers(p_class uuid, p_during tstzrange) RETURNS integer
LANGUAGE sql STABLE AS $$
  SELECT count(*)::int
  FROM class_staff cs JOIN staff_profiles sp ON sp.id = cs.staff_id
  WHERE cs.class_id = p_class AND sp.role = 'carer' AND cs.during @> (lower(p_during))::date
$$;

-- Days a child attended in a month (at one facility, or any): until daily care's attendance table exists, the
-- facility's opening days covered by the child's placements, up to today. Daily care redefines it over attendance
-- (same signature); statements read only this function.
CREATE FUNCTION attended_days(p_child uuid, p_month date, p_facility uuid DEFAULT NULL) RETURNS integer
LANGUAGE sql STABLE AS $$
  SELECT count(DISTINCT g.d)::int
  FROM placements p
  JOIN facilities f ON f.id = p.facility_id
  CROSS JOIN LATERAL generate_series(date_trunc('month', p_month)::date,
                                     (date_trunc('month', p_month) + interval '1 month - 1 day')::date,
                                     interval '1 day') AS g(d)
  WHERE p.child_id = p_child
    AND (p_facility IS NULL OR p.facility_id = p_facility)
    AND p.during @> g.d::date
    AND g.d::date <= current_date
    AND (f.opening_hours IS NULL OR f.opening_hours->'days' @> to_jsonb(extract(isodow FROM g.d)::int))
$$;

-- ── relations the access policy reads ──────────────────────────────────────────────────────────────────────────
-- A child is also linked to a facility while an open application names it (its director decides on it) and while
-- it holds a booking there from today on (the facility expects the child). Health workers still read only
-- placements (kind = 'placement').
CREATE OR REPLACE VIEW child_facility_links AS
  SELECT p.child_id, p.facility_id, p.class_id, 'placement'::text AS kind
  FROM placements p
  WHERE upper_inf(p.during) OR upper(p.during) > current_date
  UNION ALL
  SELECT a.child_id, c.facility_id, NULL::uuid AS class_id, 'application'::text AS kind
  FROM applications a JOIN application_choices c ON c.application_id = a.id
  WHERE a.status = 'open' AND c.status IN ('waiting', 'offered')
  UNION ALL
  SELECT b.child_id, b.facility_id, b.class_id, 'booking'::text AS kind
  FROM bookings b
  WHERE b.status <> 'cancelled' AND b.day >= current_date;

-- Placements record the offer they came from (null: entered directly, or carried over).
ALTER TABLE placements ADD COLUMN offer_id uuid REFERENCES offers(id) ON DELETE SET NULL;
