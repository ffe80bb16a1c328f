-- Plan runs (规划运行): every solve is kept in PostgreSQL, owned by the planner who ran it and scoped to the plan's
-- division, for a day. Any replica can then answer a what-if on it (the packed what-if state, src/plan/state.ts, is
-- stored with it), and one planner's runs never push out another's. Expired runs are deleted by the next solve
-- (src/db/repos/plan-runs.ts); a planner keeps at most a few dozen at a time.
--
-- Saved scenarios keep the state of the run they were saved from, so what-ifs and exports of a scenario need no
-- rebuild either. Scenarios saved before this migration have no state and are rebuilt from live data on demand.

CREATE TABLE plan_runs (
  id           uuid PRIMARY KEY,
  owner_id     uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  division_id  text REFERENCES divisions(id),        -- the plan's county-level division; null = the whole city
  request      jsonb NOT NULL,                       -- the solve request (PlanSolveRequest)
  result       jsonb NOT NULL,                       -- the planner's answer (PlanSolveResponse)
  engine       jsonb NOT NULL,                       -- the engine's figures the XLSX export states (objective, bound, …)
  state        bytea NOT NULL,                       -- the packed what-if state
  created_at   timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL,
  CONSTRAINT plan_runs_expiry_check CHECK (expires_at > created_at)
);
-- The state is packed typed arrays and UUIDs: out of line, without trying to compress it on every write.
ALTER TABLE plan_runs ALTER COLUMN state SET STORAGE EXTERNAL;
CREATE INDEX plan_runs_expires ON plan_runs (expires_at);
CREATE INDEX plan_runs_owner ON plan_runs (owner_id, created_at DESC);
COMMENT ON TABLE plan_runs IS 'Solved plans kept for a day (what-if, save as scenario): owner-scoped, expiring, shared by every replica.';

ALTER TABLE plan_scenarios
  ADD COLUMN run_id uuid,                            -- the run it was saved from (runs expire; no reference)
  ADD COLUMN engine jsonb,
  ADD COLUMN state bytea;
ALTER TABLE plan_scenarios ALTER COLUMN state SET STORAGE EXTERNAL;
CREATE INDEX plan_scenarios_owner ON plan_scenarios (owner_id);
