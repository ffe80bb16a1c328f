/**
 * Site planning data (选址规划), scoped to the caller: candidate sites, the demand (children 0–3 in compounds and
 * villages), the supply (existing facilities, kept open), divisions with residents, and saved scenarios.
 *
 * Access policy (in the data layer, not in handlers):
 * | role                        | sees and plans                                                        |
 * |-----------------------------|-----------------------------------------------------------------------|
 * | city_official, admin, system | the whole city; every scenario                                       |
 * | district_official           | only their county-level division: candidates, demand, supply, scenarios |
 * | anyone else                 | 403 (anonymous: 401)                                                  |
 *
 * Candidates come from two places:
 * - `candidate_sites` rows: uploads (kind `uploaded`, visible to their owner) and shared rows (owner null);
 * - derived candidates of the synthetic demo city, computed from `residential_compounds` (never from real data, where
 *   they would be invented): one vacant community service room (社区用房) per community with children 0–3 (at its
 *   compound with the most children; 20 places) and one kindergarten with spare rooms (幼儿园空余教室) per street (at
 *   the street's most populous compound, 30 places). Their ids are stable (md5 of the compound id), so saved scenarios
 *   keep pointing at them. They are derived here rather than written by the demo generator so that the generator's
 *   golden digests do not change.
 */
import { AppError, invalid } from '../../shared/errors.ts';
import { rawQueryable, type Db } from '../pool.ts';
import type { Access } from '../access/scope.ts';
import { AccessInputs } from './access-inputs.ts';
import { isUuid } from './ids.ts';

/** Kinds of candidate site. */
export const CANDIDATE_KINDS = ['community_room', 'kindergarten', 'uploaded', 'other'] as const;
export type CandidateKind = (typeof CANDIDATE_KINDS)[number];

/** A place where new childcare places could open. */
export interface CandidateSite {
  id: string;
  name: string;
  kind: CandidateKind;
  divisionId: string;
  lng: number;
  lat: number;
  /** Places (托位) if opened. */
  places: number;
  synthetic: boolean;
  /** Provenance: `derived:residential_compounds`, the uploaded file's name, … */
  source: string;
}

/** An existing facility (supply; fixed open in plans). */
export interface PlanFacility {
  id: string;
  name: string;
  divisionId: string;
  lng: number;
  lat: number;
  places: number;
}

/** A demand point: a compound or village with children 0–3. */
export interface PlanDemand {
  id: string;
  name: string;
  divisionId: string;
  lng: number;
  lat: number;
  children: number;
  residents: number;
}

/** A county-level division with its residents (for places per 1,000 residents). */
export interface PlanDivision {
  id: string;
  name: string;
  nameEn: string | null;
  population: number;
}

/** A saved scenario. */
export interface ScenarioRecord {
  id: string;
  name: string;
  ownerId: string;
  ownerName: string;
  divisionId: string | null;
  request: unknown;
  result: unknown;
  createdAt: string;
}

/** A scenario in lists (without the result body). */
export type ScenarioSummary = Omit<ScenarioRecord, 'result' | 'request'> & { objective: string | null; p: number | null; minutes: number | null; coveredAfter: number | null; coveredBefore: number | null };

/** Filter of candidate queries. */
export interface CandidateFilter {
  kinds?: readonly CandidateKind[];
  /** County-level division (within the caller's scope). */
  divisionId?: string;
  ids?: readonly string[];
}

/** A point to store as an uploaded candidate. */
export interface CandidateUpload {
  name: string;
  lng: number;
  lat: number;
  places?: number;
  divisionId?: string;
}

const DERIVED = `
  WITH kids AS (
    SELECT rc.*, (rc.children_age0 + rc.children_age1 + rc.children_age2) AS children FROM residential_compounds rc WHERE rc.synthetic
  ),
  rooms AS (
    SELECT DISTINCT ON (k.community_id)
      md5('room:' || k.id::text)::uuid::text AS id,
      coalesce(cd.name, '') || CASE WHEN cd.name LIKE '%村' THEN '委会闲置用房' WHEN k.kind = 'village' THEN '村委会闲置用房'
        WHEN cd.name LIKE '%社区' THEN '服务用房' ELSE '社区服务用房' END || '（' || k.name || '）' AS name,
      'community_room'::text AS kind, k.division_id AS "divisionId", k.lng + 0.00025 AS lng, k.lat + 0.00018 AS lat,
      20 AS places, true AS synthetic, 'derived:residential_compounds'::text AS source
    FROM kids k LEFT JOIN divisions cd ON cd.id = k.community_id
    WHERE k.community_id IS NOT NULL AND k.children > 0
    ORDER BY k.community_id, k.children DESC, k.id
  ),
  kgs AS (
    SELECT DISTINCT ON (k.street_id)
      md5('kg:' || k.id::text)::uuid::text AS id,
      coalesce(sd.name, '') || '中心幼儿园（空余教室）' AS name,
      'kindergarten'::text AS kind, k.division_id AS "divisionId", k.lng - 0.0004 AS lng, k.lat - 0.0003 AS lat,
      30 AS places, true AS synthetic, 'derived:residential_compounds'::text AS source
    FROM kids k LEFT JOIN divisions sd ON sd.id = k.street_id
    WHERE k.street_id IS NOT NULL
    ORDER BY k.street_id, k.residents DESC, k.id
  )
  SELECT * FROM rooms UNION ALL SELECT * FROM kgs`;

/** The plan repository bound to one caller. */
export class PlanRepo {
  readonly #db: Db;
  readonly #access: Access;

  constructor(db: Db, access: Access) {
    this.#db = db;
    this.#access = access;
  }

  /**
   * The caller's planning scope: null = the whole city, else one county-level division. Throws 401/403 for callers
   * who may not plan.
   */
  scope(): string | null {
    const s = this.#access.scope('plan', 'read');
    if (s === 'all') return null;
    const c = this.#access.caller;
    if (s === 'own_division' && c.kind === 'user' && c.divisionId) return c.divisionId;
    throw this.#access.refusal('plan', 'read');
  }

  /** The division to query: the requested one within scope, or the scope itself. */
  #division(requested: string | undefined, field = 'divisionId'): string | null {
    const scope = this.scope();
    if (!requested) return scope;
    if (scope !== null && requested !== scope) throw new AppError('forbidden', `division ${requested} is outside your scope (${scope})`, { field, code: 'outside_your_division', params: { division: requested } });
    return requested;
  }

  #ownerId(): string | null {
    const c = this.#access.caller;
    return c.kind === 'user' ? c.userId : null;
  }

  /**
   * Candidate sites in scope (derived + stored), ordered by id.
   * @param filter - kinds, division, ids
   */
  async candidates(filter: CandidateFilter = {}): Promise<CandidateSite[]> {
    const division = this.#division(filter.divisionId);
    const params: unknown[] = [this.#ownerId()];
    const where: string[] = [];
    if (division) {
      params.push(division);
      where.push(`c."divisionId" = $${params.length}`);
    }
    if (filter.kinds && filter.kinds.length > 0) {
      params.push(filter.kinds);
      where.push(`c.kind = ANY($${params.length}::text[])`);
    }
    if (filter.ids && filter.ids.length > 0) {
      params.push(filter.ids);
      where.push(`c.id = ANY($${params.length}::text[])`);
    }
    return this.#db.query<CandidateSite>(
      `WITH derived AS (${DERIVED}),
            stored AS (
              SELECT id::text, name, kind, division_id AS "divisionId", lng, lat, places, synthetic, source FROM candidate_sites
              WHERE owner_id IS NULL OR owner_id = $1
            ),
            c AS (SELECT * FROM derived UNION ALL SELECT * FROM stored)
       SELECT * FROM c ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY c.id`,
      params,
    );
  }

  /**
   * Stores uploaded points as candidates of kind `uploaded`, owned by the caller, in one transaction. A point's
   * division is its `divisionId` when given, else the division of the nearest compound (else the nearest county
   * centre); district officials may only add points in their division.
   * @param points - validated points (WGS-84)
   * @param source - provenance (the file's name)
   */
  async upload(points: readonly CandidateUpload[], source: string): Promise<CandidateSite[]> {
    const scope = this.scope();
    if (points.length === 0) throw invalid('features', 'the upload holds no points', 'too_few', { minimum: 1 });
    const owner = this.#ownerId();
    return this.#db.tx(async (trx) => {
      const q = rawQueryable(trx);
      const out: CandidateSite[] = [];
      for (const [i, p] of points.entries()) {
        let division = p.divisionId ?? null;
        if (division) {
          const [d] = await q.query<{ level: string }>(`SELECT level FROM divisions WHERE id = $1`, [division]);
          if (!d || d.level !== 'county') throw invalid(`features.${i}.properties.divisionId`, `unknown county-level division "${division}"`, 'unknown_division', { id: division });
        } else {
          const [near] = await q.query<{ id: string }>(
            `SELECT division_id AS id FROM residential_compounds ORDER BY (lng - $1) ^ 2 + (lat - $2) ^ 2 LIMIT 1`,
            [p.lng, p.lat],
          );
          const [centre] = near ? [near] : await q.query<{ id: string }>(`SELECT id FROM divisions WHERE level = 'county' AND lng IS NOT NULL ORDER BY (lng - $1) ^ 2 + (lat - $2) ^ 2 LIMIT 1`, [p.lng, p.lat]);
          if (!centre) throw invalid(`features.${i}.geometry`, 'no county-level division is known to place this point in', 'unknown_division');
          division = centre.id;
        }
        if (scope !== null && division !== scope) throw new AppError('forbidden', `point ${i + 1} ("${p.name}") lies in division ${division}, outside your scope (${scope})`, { field: `features.${i}`, code: 'outside_your_division', params: { division } });
        const [row] = await q.query<CandidateSite>(
          `INSERT INTO candidate_sites (name, kind, division_id, lng, lat, places, synthetic, source, owner_id) VALUES ($1, 'uploaded', $2, $3, $4, $5, false, $6, $7)
           RETURNING id::text, name, kind, division_id AS "divisionId", lng, lat, places, synthetic, source`,
          [p.name, division, p.lng, p.lat, p.places ?? 20, source, owner],
        );
        out.push(row!);
      }
      return out;
    });
  }

  /**
   * Deletes an uploaded candidate the caller owns (city officials and admins: any in scope).
   * @param id - candidate id
   */
  async deleteCandidate(id: string): Promise<void> {
    const scope = this.scope();
    const owner = this.#ownerId();
    const admin = scope === null;
    const rows = await this.#db.query<{ id: string }>(
      `DELETE FROM candidate_sites WHERE id::text = $1 AND ($2::boolean OR owner_id = $3) AND ($4::text IS NULL OR division_id = $4) RETURNING id`,
      [id, admin, owner, scope],
    );
    if (rows.length === 0) throw new AppError('not_found', `candidate ${id} not found (derived candidates cannot be deleted)`);
  }

  /**
   * Existing facilities in scope with their places (classes' capacity).
   * @param divisionId - narrow to one division within scope
   */
  async facilities(divisionId?: string): Promise<PlanFacility[]> {
    return (await new AccessInputs(this.#db).supply(this.#division(divisionId))).map(({ id, name, divisionId: d, lng, lat, places }) => ({ id, name, divisionId: d, lng, lat, places }));
  }

  /**
   * Compounds and villages with children 0–3 in scope.
   * @param divisionId - narrow to one division within scope
   */
  async demand(divisionId?: string): Promise<PlanDemand[]> {
    return (await new AccessInputs(this.#db).demand(this.#division(divisionId))).map(({ id, name, divisionId: d, lng, lat, children, residents }) => ({ id, name, divisionId: d, lng, lat, children, residents }));
  }

  /**
   * County-level divisions in scope with residents (the division's population, else the sum of its compounds').
   */
  async divisions(): Promise<PlanDivision[]> {
    const division = this.scope();
    return this.#db.query<PlanDivision>(
      `SELECT d.id, d.name, d.name_en AS "nameEn",
              COALESCE(NULLIF(d.population, 0), (SELECT sum(residents) FROM residential_compounds rc WHERE rc.division_id = d.id), 0)::int AS population
       FROM divisions d WHERE d.level = 'county' AND ($1::text IS NULL OR d.id = $1) ORDER BY d.id`,
      [division],
    );
  }

  /**
   * Saves a scenario (owner = the caller; scope = the caller's division, or the request's division for city-wide
   * planners).
   * @param name - a name for the list
   * @param divisionId - the division the plan was restricted to (null: whole city)
   * @param request - the solve request (JSON)
   * @param result - the solve result (JSON)
   */
  async saveScenario(name: string, divisionId: string | null, request: unknown, result: unknown): Promise<ScenarioRecord> {
    const scope = this.scope();
    const owner = this.#ownerId();
    if (!owner) throw new AppError('forbidden', 'scenarios belong to a user');
    const division = scope ?? divisionId;
    const [row] = await this.#db.query<{ id: string }>(
      `INSERT INTO plan_scenarios (name, owner_id, division_id, request, result) VALUES ($1, $2, $3, $4::jsonb, $5::jsonb) RETURNING id::text`,
      [name, owner, division, JSON.stringify(request), JSON.stringify(result)],
    );
    return this.getScenario(row!.id);
  }

  /** Scenarios in scope, newest first. */
  async listScenarios(): Promise<ScenarioSummary[]> {
    const scope = this.scope();
    return this.#db.query<ScenarioSummary>(
      `SELECT s.id::text, s.name, s.owner_id::text AS "ownerId", u.display_name AS "ownerName", s.division_id AS "divisionId",
              to_char(s.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "createdAt",
              s.request->>'objective' AS objective, (s.request->>'p')::int AS p, (s.request->>'minutes')::float8 AS minutes,
              (s.result->'coverage'->'after'->>'covered')::float8 AS "coveredAfter", (s.result->'coverage'->'before'->>'covered')::float8 AS "coveredBefore"
       FROM plan_scenarios s JOIN users u ON u.id = s.owner_id
       WHERE $1::text IS NULL OR s.division_id = $1
       ORDER BY s.created_at DESC, s.id LIMIT 200`,
      [scope],
    );
  }

  /**
   * One scenario (404 when absent or outside the caller's scope).
   * @param id - scenario id
   */
  async getScenario(id: string): Promise<ScenarioRecord> {
    const scope = this.scope();
    const rows = isUuid(id)
      ? await this.#db.query<ScenarioRecord>(
          `SELECT s.id::text, s.name, s.owner_id::text AS "ownerId", u.display_name AS "ownerName", s.division_id AS "divisionId", s.request, s.result,
                  to_char(s.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "createdAt"
           FROM plan_scenarios s JOIN users u ON u.id = s.owner_id
           WHERE s.id = $1::uuid AND ($2::text IS NULL OR s.division_id = $2)`,
          [id, scope],
        )
      : [];
    if (!rows[0]) throw new AppError('not_found', `scenario ${id} not found`);
    return rows[0];
  }

  /**
   * Renames a scenario (its owner, or a city-wide planner).
   * @param id - scenario id
   * @param name - new name
   */
  async renameScenario(id: string, name: string): Promise<ScenarioRecord> {
    const s = await this.getScenario(id);
    this.#mayChange(s);
    await this.#db.query(`UPDATE plan_scenarios SET name = $2 WHERE id = $1::uuid`, [id, name]);
    return this.getScenario(id);
  }

  /**
   * Deletes a scenario (its owner, or a city-wide planner).
   * @param id - scenario id
   */
  async deleteScenario(id: string): Promise<void> {
    const s = await this.getScenario(id);
    this.#mayChange(s);
    await this.#db.query(`DELETE FROM plan_scenarios WHERE id = $1::uuid`, [id]);
  }

  #mayChange(s: ScenarioRecord): void {
    if (this.scope() === null) return;
    if (s.ownerId !== this.#ownerId()) throw new AppError('forbidden', 'only the scenario’s owner may change it');
  }
}
