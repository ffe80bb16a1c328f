-- CareCircle platform schema: registry of the 1+12+N network, users and sessions, the audit trail.
-- Forward-only: never edit a migration that has shipped; add a new numbered file.

CREATE TABLE divisions (
  id            text PRIMARY KEY,                 -- administrative code, e.g. 140403 (潞州区)
  name          text NOT NULL,
  name_en       text,
  level         text NOT NULL CHECK (level IN ('city', 'county', 'street', 'community')),
  parent_id     text REFERENCES divisions(id),
  population    integer CHECK (population >= 0),
  children_0_3  integer CHECK (children_0_3 >= 0),
  lng           double precision,
  lat           double precision,
  boundary      jsonb,                            -- GeoJSON Polygon/MultiPolygon (WGS-84), optional
  synthetic     boolean NOT NULL DEFAULT false,
  CHECK ((level = 'city') = (parent_id IS NULL))
);
CREATE INDEX divisions_parent ON divisions(parent_id);

CREATE TABLE medical_institutions (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name         text NOT NULL UNIQUE,
  kind         text NOT NULL CHECK (kind IN ('maternal_child_hospital', 'general_hospital', 'community_health_centre', 'township_health_centre', 'clinic')),
  division_id  text NOT NULL REFERENCES divisions(id),
  address      text,
  lng          double precision,
  lat          double precision
);

CREATE TABLE facilities (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name            text NOT NULL,
  tier            text NOT NULL CHECK (tier IN ('municipal_centre', 'county_centre', 'community', 'family_point', 'kindergarten_class', 'employer', 'private')),
  ownership       text NOT NULL CHECK (ownership IN ('public', 'affordable', 'market')),
  filing_status   text NOT NULL DEFAULT 'unfiled' CHECK (filing_status IN ('unfiled', 'pending', 'filed', 'revoked')),
  filing_number   text,
  division_id     text NOT NULL REFERENCES divisions(id),   -- the county-level division (区/县)
  street_id       text REFERENCES divisions(id),            -- 街道 / 乡镇, optional
  address         text NOT NULL,
  lng             double precision NOT NULL CHECK (lng BETWEEN -180 AND 180),
  lat             double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
  opening_hours   jsonb,
  services        jsonb NOT NULL DEFAULT '[]',
  floor_area_m2   numeric(10, 1),
  outdoor_area_m2 numeric(10, 1),
  contact         jsonb,
  supervisor_id   uuid REFERENCES facilities(id),
  policy_id       text NOT NULL,                            -- the care policy version its classes were checked against
  synthetic       boolean NOT NULL DEFAULT false,
  version         integer NOT NULL DEFAULT 1,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  archived_at     timestamptz,
  CHECK (filing_status <> 'filed' OR filing_number IS NOT NULL)
);
CREATE INDEX facilities_division ON facilities(division_id) WHERE archived_at IS NULL;
CREATE INDEX facilities_supervisor ON facilities(supervisor_id);
CREATE UNIQUE INDEX facilities_name_division ON facilities(division_id, name) WHERE archived_at IS NULL;
-- Exactly one municipal centre, at most one county centre per division (the "1+12").
CREATE UNIQUE INDEX facilities_one_municipal ON facilities((tier)) WHERE tier = 'municipal_centre' AND archived_at IS NULL;
CREATE UNIQUE INDEX facilities_one_county_centre ON facilities(division_id) WHERE tier = 'county_centre' AND archived_at IS NULL;

CREATE TABLE classes (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  facility_id  uuid NOT NULL REFERENCES facilities(id) ON DELETE CASCADE,
  name         text NOT NULL,
  band         text NOT NULL CHECK (band IN ('infant', 'toddler_small', 'toddler_large', 'mixed')),
  capacity     integer NOT NULL CHECK (capacity BETWEEN 1 AND 100),
  archived_at  timestamptz,
  UNIQUE (facility_id, name)
);
CREATE INDEX classes_facility ON classes(facility_id);

-- Medical–childcare integration (医育融合): who is signed with whom, from when to when.
CREATE TABLE medical_agreements (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  facility_id     uuid NOT NULL REFERENCES facilities(id) ON DELETE CASCADE,
  institution_id  uuid NOT NULL REFERENCES medical_institutions(id),
  valid_from      date NOT NULL,
  valid_to        date,
  services        jsonb NOT NULL DEFAULT '[]',
  CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX medical_agreements_facility ON medical_agreements(facility_id);

CREATE TABLE users (
  id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  username                text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9_.@-]{3,64}$'),
  password_hash           text NOT NULL,
  display_name            text NOT NULL,
  role                    text NOT NULL CHECK (role IN ('guardian', 'teacher', 'director', 'health_worker', 'district_official', 'city_official', 'admin')),
  facility_id             uuid REFERENCES facilities(id),          -- teacher, director
  division_id             text REFERENCES divisions(id),           -- district official
  medical_institution_id  uuid REFERENCES medical_institutions(id),-- health worker
  phone                   text,
  disabled                boolean NOT NULL DEFAULT false,
  created_at              timestamptz NOT NULL DEFAULT now(),
  CHECK (role NOT IN ('teacher', 'director') OR facility_id IS NOT NULL),
  CHECK (role <> 'district_official' OR division_id IS NOT NULL),
  CHECK (role <> 'health_worker' OR medical_institution_id IS NOT NULL)
);

CREATE TABLE sessions (
  token_hash   text PRIMARY KEY,                  -- sha256 of the cookie value; the raw token is never stored
  user_id      uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  csrf_token   text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);

-- Login rate limit, shared by every API replica (no in-process state).
CREATE TABLE login_attempts (
  key          text NOT NULL,                     -- 'user:<name>' or 'ip:<addr>'
  at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_attempts_key_at ON login_attempts(key, at);

CREATE TABLE children (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  family_name    text NOT NULL,
  given_name     text NOT NULL,
  sex            text NOT NULL CHECK (sex IN ('M', 'F')),
  birth_date     date NOT NULL,
  facility_id    uuid REFERENCES facilities(id),
  class_id       uuid REFERENCES classes(id),
  service_mode   text CHECK (service_mode IN ('full_day', 'half_day', 'hourly', 'temporary')),
  status         text NOT NULL DEFAULT 'enrolled' CHECK (status IN ('applied', 'waiting', 'enrolled', 'left')),
  enrolled_from  date,
  home_lng       double precision,
  home_lat       double precision,
  synthetic      boolean NOT NULL DEFAULT false,
  created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX children_facility ON children(facility_id);
CREATE INDEX children_class ON children(class_id) WHERE status = 'enrolled';

CREATE TABLE child_guardians (
  child_id      uuid NOT NULL REFERENCES children(id) ON DELETE CASCADE,
  user_id       uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  relationship  text NOT NULL DEFAULT 'parent',
  PRIMARY KEY (child_id, user_id)
);
CREATE INDEX child_guardians_user ON child_guardians(user_id);

-- Who read or changed which child's record (PIPL). Append-only.
CREATE TABLE audit_log (
  id          bigserial PRIMARY KEY,
  at          timestamptz NOT NULL DEFAULT now(),
  actor_id    uuid REFERENCES users(id),
  actor_role  text NOT NULL,
  action      text NOT NULL CHECK (action IN ('read', 'list', 'create', 'update', 'archive', 'delete', 'export', 'import')),
  entity      text NOT NULL,
  entity_id   text,
  child_id    uuid,
  detail      jsonb
);
CREATE INDEX audit_log_child ON audit_log(child_id, at);
CREATE INDEX audit_log_actor ON audit_log(actor_id, at);
