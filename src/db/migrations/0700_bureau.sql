-- The bureaus' desk (issue 13): the filing (备案) history of every facility, the supervision rule of the 1+12+N tree
-- kept by the database, quality assessments (WS/T 821-2023 style), and the key that turns a child's id into the
-- pseudonymous reference the audit page shows. Forward-only.

-- ── Filing history ─────────────────────────────────────────────────────────────────────────────────────────────────
-- Every change of a facility's filing status or number, whoever made it and however (the workflow, an edit of the
-- registration fields, an import, the first registration): written by a trigger, so no path can skip it. The acting
-- user, role, path and note come from transaction-local settings the repositories set (carecircle.actor_id, …);
-- without them the row says 'system'.
CREATE TABLE facility_filings (
  id           bigserial PRIMARY KEY,
  facility_id  uuid NOT NULL REFERENCES facilities(id) ON DELETE CASCADE,
  at           timestamptz NOT NULL DEFAULT now(),
  from_status  text CHECK (from_status IN ('unfiled', 'pending', 'filed', 'revoked')),
  to_status    text NOT NULL CHECK (to_status IN ('unfiled', 'pending', 'filed', 'revoked')),
  filing_number text,
  via          text NOT NULL CHECK (via IN ('create', 'workflow', 'edit', 'import', 'migration')),
  action       text CHECK (action IN ('submit', 'approve', 'return', 'revoke')),
  note         text CHECK (note IS NULL OR length(note) <= 500),
  actor_id     uuid REFERENCES users(id),
  actor_role   text NOT NULL,
  CHECK ((via = 'workflow') = (action IS NOT NULL))
);
CREATE INDEX facility_filings_facility ON facility_filings (facility_id, at, id);

CREATE FUNCTION facility_filing_history() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_via text := nullif(current_setting('carecircle.via', true), '');
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.filing_status IS NOT DISTINCT FROM OLD.filing_status AND NEW.filing_number IS NOT DISTINCT FROM OLD.filing_number THEN
    RETURN NEW;
  END IF;
  IF v_via IS NULL OR (v_via = 'workflow' AND TG_OP = 'INSERT') THEN
    v_via := CASE WHEN TG_OP = 'INSERT' THEN 'create' ELSE 'edit' END;
  END IF;
  INSERT INTO facility_filings (facility_id, from_status, to_status, filing_number, via, action, note, actor_id, actor_role)
  VALUES (
    NEW.id,
    CASE WHEN TG_OP = 'UPDATE' THEN OLD.filing_status END,
    NEW.filing_status,
    NEW.filing_number,
    v_via,
    CASE WHEN v_via = 'workflow' THEN nullif(current_setting('carecircle.filing_action', true), '') END,
    nullif(current_setting('carecircle.note', true), ''),
    nullif(current_setting('carecircle.actor_id', true), '')::uuid,
    COALESCE(nullif(current_setting('carecircle.actor_role', true), ''), 'system')
  );
  RETURN NEW;
END $$;

CREATE TRIGGER facilities_filing_history AFTER INSERT OR UPDATE OF filing_status, filing_number ON facilities
  FOR EACH ROW EXECUTE FUNCTION facility_filing_history();

-- The facilities registered before this history existed start it with their status as it stands.
INSERT INTO facility_filings (facility_id, at, from_status, to_status, filing_number, via, actor_role)
SELECT id, created_at, NULL, filing_status, filing_number, 'migration', 'system' FROM facilities;

-- ── Supervision in the 1+12+N tree ─────────────────────────────────────────────────────────────────────────────────
-- A county centre supervises only facilities of its own division (the repositories say so first, naming the field;
-- this keeps it true for every path, and when a county centre itself moves).
CREATE FUNCTION facility_supervisor_division() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  s record;
BEGIN
  IF NEW.supervisor_id IS NOT NULL THEN
    SELECT tier, division_id INTO s FROM facilities WHERE id = NEW.supervisor_id;
    IF FOUND AND s.tier = 'county_centre' AND s.division_id <> NEW.division_id THEN
      RAISE EXCEPTION 'the supervising county centre (division %) must be in the facility''s own division (%)', s.division_id, NEW.division_id
        USING ERRCODE = '23514', CONSTRAINT = 'facilities_supervisor_division';
    END IF;
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.tier = 'county_centre' AND NEW.division_id IS DISTINCT FROM OLD.division_id
     AND EXISTS (SELECT 1 FROM facilities f WHERE f.supervisor_id = NEW.id AND f.division_id <> NEW.division_id AND f.archived_at IS NULL) THEN
    RAISE EXCEPTION 'the county centre still supervises facilities of division %', OLD.division_id
      USING ERRCODE = '23514', CONSTRAINT = 'facilities_supervisor_division';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER facilities_supervisor_division BEFORE INSERT OR UPDATE OF supervisor_id, division_id, tier ON facilities
  FOR EACH ROW EXECUTE FUNCTION facility_supervisor_division();

-- ── Quality assessments ────────────────────────────────────────────────────────────────────────────────────────────
-- A district assessor scores a facility against a versioned standard (src/care/quality). A draft may change; a final
-- assessment never does (a new one supersedes it). The grade and points are the engine's, stored for lists and the
-- public facility card. One draft per facility at a time.
CREATE TABLE quality_assessments (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  facility_id    uuid NOT NULL REFERENCES facilities(id),
  standard_id    text NOT NULL,
  assessed_on    date NOT NULL,
  status         text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final')),
  scores         jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(scores) = 'object'),
  vetoes         text[] NOT NULL DEFAULT '{}',
  total_points   integer NOT NULL CHECK (total_points >= 0),
  grade          text NOT NULL CHECK (grade IN ('A', 'B', 'C', 'D')),
  complete       boolean NOT NULL,
  notes          text CHECK (notes IS NULL OR length(notes) <= 2000),
  assessor_id    uuid REFERENCES users(id),
  assessor_role  text NOT NULL,
  version        integer NOT NULL DEFAULT 1,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  finalized_at   timestamptz,
  CHECK ((status = 'final') = (finalized_at IS NOT NULL)),
  CHECK (status = 'draft' OR complete)
);
CREATE INDEX quality_assessments_facility ON quality_assessments (facility_id, assessed_on DESC);
CREATE UNIQUE INDEX quality_assessments_one_draft ON quality_assessments (facility_id) WHERE status = 'draft';

CREATE FUNCTION quality_assessment_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'final' THEN
    RAISE EXCEPTION 'a final assessment cannot be changed' USING ERRCODE = '23514', CONSTRAINT = 'quality_assessments_final';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER quality_assessments_final BEFORE UPDATE OR DELETE ON quality_assessments
  FOR EACH ROW EXECUTE FUNCTION quality_assessment_final();

-- ── Pseudonymous child references ──────────────────────────────────────────────────────────────────────────────────
-- The audit page names a child by the first 8 hex digits of HMAC-SHA256(key, child id), never by name. The key is
-- made here from the server's cryptographic random source and never leaves the database and the server.
CREATE TABLE app_secrets (
  name        text PRIMARY KEY,
  value       bytea NOT NULL CHECK (length(value) >= 16),
  created_at  timestamptz NOT NULL DEFAULT now()
);
INSERT INTO app_secrets (name, value)
VALUES ('audit_child_ref', decode(replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', ''), 'hex'));
