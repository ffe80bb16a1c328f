-- Tables for what the platform schema has no columns for yet, filled by the demo city (synthetic = true) and usable
-- by real data later: residential compounds (小区) and villages with residents and children 0–3 by age, staff
-- profiles (qualification, training hours, health certificate), training records, the waiting list, kindergartens
-- and employers; and demo_meta, which marks a database as holding the synthetic demo city (seed, generator version).

CREATE TABLE demo_meta (
  id                 boolean PRIMARY KEY DEFAULT true CHECK (id),   -- a single row
  seed               bigint NOT NULL,
  generator_version  text NOT NULL,
  as_of              date NOT NULL,
  osm_sha256         text,
  note               text NOT NULL,
  seeded_at          timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE residential_compounds (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name            text NOT NULL,
  kind            text NOT NULL CHECK (kind IN ('compound', 'block', 'village')),   -- 小区 / open block / 村
  division_id     text NOT NULL REFERENCES divisions(id),                           -- county-level division
  street_id       text REFERENCES divisions(id),
  community_id    text REFERENCES divisions(id),
  lng             double precision NOT NULL,
  lat             double precision NOT NULL,
  osm_node_id     bigint,                                                          -- its centre on the street network
  gates           integer NOT NULL DEFAULT 0 CHECK (gates >= 0),
  area_m2         integer CHECK (area_m2 >= 0),
  residents       integer NOT NULL CHECK (residents >= 0),
  children_age0   integer NOT NULL DEFAULT 0 CHECK (children_age0 >= 0),           -- 0–11 months
  children_age1   integer NOT NULL DEFAULT 0 CHECK (children_age1 >= 0),           -- 12–23 months
  children_age2   integer NOT NULL DEFAULT 0 CHECK (children_age2 >= 0),           -- 24–35 months
  urban_core      boolean NOT NULL DEFAULT false,
  synthetic       boolean NOT NULL DEFAULT false
);
CREATE INDEX residential_compounds_division ON residential_compounds(division_id);
CREATE INDEX residential_compounds_community ON residential_compounds(community_id);

CREATE TABLE staff_profiles (
  id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  facility_id            uuid NOT NULL REFERENCES facilities(id) ON DELETE CASCADE,
  user_id                uuid REFERENCES users(id) ON DELETE SET NULL,
  family_name            text NOT NULL,
  given_name             text NOT NULL,
  role                   text NOT NULL CHECK (role IN ('director', 'carer', 'health')),
  qualification          text NOT NULL,                                  -- e.g. 保育师（四级）, 护士执业证书
  training_pre_hours     numeric(6, 1) NOT NULL DEFAULT 0 CHECK (training_pre_hours >= 0),     -- 职前
  training_in_hours      numeric(6, 1) NOT NULL DEFAULT 0 CHECK (training_in_hours >= 0),      -- 职后
  training_safety_hours  numeric(6, 1) NOT NULL DEFAULT 0 CHECK (training_safety_hours >= 0),  -- 安全
  health_cert_valid_to   date,                                           -- yearly staff health certificate
  hired_on               date,
  synthetic              boolean NOT NULL DEFAULT false
);
CREATE INDEX staff_profiles_facility ON staff_profiles(facility_id);
CREATE INDEX staff_profiles_user ON staff_profiles(user_id);

CREATE TABLE staff_training (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  staff_id   uuid NOT NULL REFERENCES staff_profiles(id) ON DELETE CASCADE,
  kind       text NOT NULL CHECK (kind IN ('pre_service', 'in_service', 'safety')),
  title      text NOT NULL,
  hours      numeric(6, 1) NOT NULL CHECK (hours > 0),
  held_on    date NOT NULL,
  synthetic  boolean NOT NULL DEFAULT false
);
CREATE INDEX staff_training_staff ON staff_training(staff_id);

CREATE TABLE waiting_list (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  child_id     uuid NOT NULL REFERENCES children(id) ON DELETE CASCADE,
  facility_id  uuid NOT NULL REFERENCES facilities(id) ON DELETE CASCADE,
  band         text NOT NULL CHECK (band IN ('infant', 'toddler_small', 'toddler_large', 'mixed')),
  applied_on   date NOT NULL,
  priority     integer NOT NULL CHECK (priority >= 1),
  synthetic    boolean NOT NULL DEFAULT false,
  UNIQUE (facility_id, child_id)
);
CREATE INDEX waiting_list_facility ON waiting_list(facility_id, priority);

-- Kindergartens (幼儿园) and employers (用人单位): hosts of toddler classes and employer-run points, or candidate
-- sites for new ones.
CREATE TABLE local_places (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind          text NOT NULL CHECK (kind IN ('kindergarten', 'employer')),
  name          text NOT NULL,
  division_id   text NOT NULL REFERENCES divisions(id),
  street_id     text REFERENCES divisions(id),
  lng           double precision NOT NULL,
  lat           double precision NOT NULL,
  osm_node_id   bigint,
  size          integer CHECK (size >= 0),                         -- pupils or employees
  facility_id   uuid REFERENCES facilities(id) ON DELETE SET NULL, -- the childcare it runs, if any
  synthetic     boolean NOT NULL DEFAULT false
);
CREATE INDEX local_places_division ON local_places(division_id, kind);
