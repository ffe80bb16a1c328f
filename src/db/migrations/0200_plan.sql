-- Site planning (选址规划): candidate sites for new childcare places and saved planning scenarios.
--
-- candidate_sites holds candidates that are not derived from other tables: uploads (GeoJSON points, owned by the
-- official who uploaded them) and, later, sites entered by hand. The demo city's candidates (vacant community service
-- rooms and kindergartens with spare rooms) are derived from residential_compounds by the plan repository
-- (src/db/repos/plan.ts), so the demo generator's golden digests stay as they are.

CREATE TABLE candidate_sites (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  kind         text NOT NULL CHECK (kind IN ('community_room', 'kindergarten', 'uploaded', 'other')),
  division_id  text NOT NULL REFERENCES divisions(id),                 -- county-level division
  lng          double precision NOT NULL CHECK (lng BETWEEN -180 AND 180),
  lat          double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
  places       integer NOT NULL DEFAULT 20 CHECK (places >= 0 AND places <= 1000),   -- 托位 if opened
  synthetic    boolean NOT NULL DEFAULT false,
  source       text NOT NULL DEFAULT 'upload',                          -- provenance: upload file name, 'manual', …
  owner_id     uuid REFERENCES users(id) ON DELETE CASCADE,             -- the uploader (null: shared)
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX candidate_sites_division ON candidate_sites(division_id);
CREATE INDEX candidate_sites_owner ON candidate_sites(owner_id);

CREATE TABLE plan_scenarios (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  owner_id     uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  division_id  text REFERENCES divisions(id),                           -- scope: null = the whole city
  request      jsonb NOT NULL,
  result       jsonb NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX plan_scenarios_division ON plan_scenarios(division_id);
CREATE INDEX plan_scenarios_created ON plan_scenarios(created_at DESC);
