-- The monthly operating-subsidy claim run (运营补贴, issue 13): each facility's claim for a month, computed from
-- placements and attendance by the pure engine (src/care/subsidy), confirmed by the facility's director, approved
-- (or returned) by the district, paid by the city. The states and who moved them are decided here: a transition
-- table, a trigger that refuses any other step and writes the claim's history, and lines that change only while the
-- claim is still open to recomputation. Forward-only.

-- Attendance (出勤) is daily care's table (migration 0500): one row per child and attended day.

CREATE TABLE subsidy_claim_transitions (
  action      text NOT NULL,
  from_state  text NOT NULL,
  to_state    text NOT NULL,
  PRIMARY KEY (from_state, to_state)
);
INSERT INTO subsidy_claim_transitions (action, from_state, to_state) VALUES
  ('recompute', 'computed', 'computed'),
  ('recompute', 'returned', 'computed'),
  ('confirm', 'computed', 'confirmed'),
  ('approve', 'confirmed', 'approved'),
  ('return', 'confirmed', 'returned'),
  ('pay', 'approved', 'paid');

CREATE TABLE subsidy_claims (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  facility_id        uuid NOT NULL REFERENCES facilities(id),
  month              date NOT NULL CHECK (extract(day FROM month) = 1),
  state              text NOT NULL DEFAULT 'computed' CHECK (state IN ('computed', 'confirmed', 'approved', 'returned', 'paid')),
  subsidy_policy_id  text,
  fee_cap_policy_id  text NOT NULL,
  over_cap           boolean NOT NULL,
  children           integer NOT NULL CHECK (children >= 0),
  eligible_children  integer NOT NULL CHECK (eligible_children BETWEEN 0 AND children),
  total_fen          bigint NOT NULL CHECK (total_fen >= 0),
  computed_at        timestamptz NOT NULL DEFAULT now(),
  note               text CHECK (note IS NULL OR length(note) <= 500),
  version            integer NOT NULL DEFAULT 1,
  UNIQUE (facility_id, month)
);
CREATE INDEX subsidy_claims_month ON subsidy_claims (month, state);

-- One child-month of a claim: what it earns and why (the unit every figure traces to).
CREATE TABLE subsidy_claim_lines (
  claim_id         uuid NOT NULL REFERENCES subsidy_claims(id) ON DELETE CASCADE,
  child_id         uuid NOT NULL REFERENCES children(id),
  working_days     integer NOT NULL CHECK (working_days BETWEEN 0 AND 31),
  placed_days      integer NOT NULL CHECK (placed_days BETWEEN 0 AND working_days),
  attended_days    integer NOT NULL CHECK (attended_days BETWEEN 0 AND placed_days),
  monthly_fee_fen  bigint NOT NULL CHECK (monthly_fee_fen >= 0),
  band             text NOT NULL,
  rate_fen         bigint NOT NULL CHECK (rate_fen >= 0),
  cap_fen          bigint,
  amount_fen       bigint NOT NULL CHECK (amount_fen >= 0),
  eligible         boolean NOT NULL,
  reasons          text[] NOT NULL DEFAULT '{}',
  PRIMARY KEY (claim_id, child_id),
  CHECK (eligible = (cardinality(reasons) = 0)),
  CHECK (eligible OR amount_fen = 0)
);

-- Who moved a claim, when, from which state to which (written by the trigger below for every path).
CREATE TABLE subsidy_claim_events (
  id          bigserial PRIMARY KEY,
  claim_id    uuid NOT NULL REFERENCES subsidy_claims(id) ON DELETE CASCADE,
  at          timestamptz NOT NULL DEFAULT now(),
  action      text NOT NULL,
  from_state  text,
  to_state    text NOT NULL,
  total_fen   bigint NOT NULL,
  note        text,
  actor_id    uuid REFERENCES users(id),
  actor_role  text NOT NULL
);
CREATE INDEX subsidy_claim_events_claim ON subsidy_claim_events (claim_id, at, id);

-- The state machine: BEFORE UPDATE refuses any step the transition table lacks (and figures changing outside a
-- recomputation) and bumps the version; AFTER INSERT OR UPDATE writes the history row.
CREATE FUNCTION subsidy_claim_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_action text;
BEGIN
  SELECT action INTO v_action FROM subsidy_claim_transitions WHERE from_state = OLD.state AND to_state = NEW.state;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'a claim cannot go from % to %', OLD.state, NEW.state USING ERRCODE = '23514', CONSTRAINT = 'subsidy_claims_transition';
  END IF;
  IF v_action <> 'recompute' AND (NEW.total_fen, NEW.children, NEW.eligible_children, NEW.over_cap) IS DISTINCT FROM (OLD.total_fen, OLD.children, OLD.eligible_children, OLD.over_cap) THEN
    RAISE EXCEPTION 'only a recomputation changes a claim''s figures' USING ERRCODE = '23514', CONSTRAINT = 'subsidy_claims_transition';
  END IF;
  NEW.version := OLD.version + 1;
  RETURN NEW;
END $$;
CREATE FUNCTION subsidy_claim_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' AND NEW.state <> 'computed' THEN
    RAISE EXCEPTION 'a claim starts computed, not %', NEW.state USING ERRCODE = '23514', CONSTRAINT = 'subsidy_claims_transition';
  END IF;
  INSERT INTO subsidy_claim_events (claim_id, action, from_state, to_state, total_fen, note, actor_id, actor_role)
  VALUES (
    NEW.id,
    CASE WHEN TG_OP = 'INSERT' THEN 'compute' ELSE (SELECT action FROM subsidy_claim_transitions WHERE from_state = OLD.state AND to_state = NEW.state) END,
    CASE WHEN TG_OP = 'UPDATE' THEN OLD.state END, NEW.state, NEW.total_fen,
    nullif(current_setting('carecircle.note', true), ''),
    nullif(current_setting('carecircle.actor_id', true), '')::uuid,
    COALESCE(nullif(current_setting('carecircle.actor_role', true), ''), 'system')
  );
  RETURN NEW;
END $$;

CREATE TRIGGER subsidy_claims_guard BEFORE UPDATE ON subsidy_claims FOR EACH ROW EXECUTE FUNCTION subsidy_claim_guard();
CREATE TRIGGER subsidy_claims_history AFTER INSERT OR UPDATE ON subsidy_claims FOR EACH ROW EXECUTE FUNCTION subsidy_claim_history();

-- Lines change only while their claim is computed (a recomputation replaces them); never after it is confirmed.
CREATE FUNCTION subsidy_claim_lines_open() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_state text;
BEGIN
  SELECT state INTO v_state FROM subsidy_claims WHERE id = COALESCE(NEW.claim_id, OLD.claim_id);
  IF FOUND AND v_state NOT IN ('computed', 'returned') THEN
    RAISE EXCEPTION 'the lines of a % claim cannot change', v_state USING ERRCODE = '23514', CONSTRAINT = 'subsidy_claim_lines_open';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER subsidy_claim_lines_open BEFORE INSERT OR UPDATE OR DELETE ON subsidy_claim_lines
  FOR EACH ROW EXECUTE FUNCTION subsidy_claim_lines_open();

-- ── Monthly snapshots of the desk's figures ────────────────────────────────────────────────────────────────────────
-- The dashboard's trends read these (taken once a month, kept; never recomputed from scratch): one row per month and
-- unit (the city, a division or a facility), the figures as numbers by key.
CREATE TABLE desk_snapshots (
  month        date NOT NULL CHECK (extract(day FROM month) = 1),
  level        text NOT NULL CHECK (level IN ('city', 'division', 'facility')),
  unit_id      text NOT NULL,
  division_id  text REFERENCES divisions(id),
  figures      jsonb NOT NULL CHECK (jsonb_typeof(figures) = 'object'),
  taken_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (month, level, unit_id)
);
CREATE INDEX desk_snapshots_unit ON desk_snapshots (level, unit_id, month);
