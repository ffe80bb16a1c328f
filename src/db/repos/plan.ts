/**
 * Site planning data (选址规划), scoped to the caller: candidate sites, the demand (children 0–3 in compounds and
 * villages), the supply (existing facilities, kept open) and divisions with residents. Plan runs and saved scenarios
 * have their own repositories (plan-runs.ts, plan-scenarios.ts).
 *
 * Access (the `plan` rows of src/db/access/policy.ts): city officials and admins plan the whole city, district
 * officials their county-level division, everyone else gets 403 (anonymous: 401). Candidates, demand and supply are
 * filtered by the division anchor; uploads are their uploader's.
 */
import { sql } from 'kysely';
import { AppError, invalid } from '../../shared/errors.ts';
import type { Db, Kx } from '../pool.ts';
import { col, val, type Access } from '../access/scope.ts';
import { AccessInputs } from './access-inputs.ts';
import type { Page } from './children.ts';
import { candidatesCte, type CandidateKind } from './plan-candidates.ts';

export { CANDIDATE_KINDS, type CandidateKind } from './plan-candidates.ts';

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

/** Filter of candidate queries. */
export interface CandidateFilter {
  kinds?: readonly CandidateKind[];
  /** County-level division (within the caller's scope). */
  divisionId?: string;
  ids?: readonly string[];
}

/** The points of a plan. */
export interface PlanInputs {
  demand: PlanDemand[];
  facilities: PlanFacility[];
  candidates: CandidateSite[];
  divisions: PlanDivision[];
}

/** A point to store as an uploaded candidate. */
export interface CandidateUpload {
  name: string;
  lng: number;
  lat: number;
  places?: number;
  divisionId?: string;
}

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

  #candidates(k: Kx, filter: CandidateFilter) {
    const division = this.#division(filter.divisionId);
    let q = candidatesCte(k, this.#ownerId())
      .selectFrom('c')
      .selectAll('c')
      .where(this.#access.where('plan', 'read', { division: col('c.divisionId') }));
    if (division) q = q.where('c.divisionId', '=', division);
    if (filter.kinds && filter.kinds.length > 0) q = q.where('c.kind', 'in', [...filter.kinds]);
    if (filter.ids && filter.ids.length > 0) q = q.where('c.id', 'in', [...filter.ids]);
    return q;
  }

  /**
   * A page of the candidate sites in scope, ordered by id, with the total.
   * @param filter - kinds, division
   * @param page - 1-based page
   * @param pageSize - rows per page
   */
  async candidatePage(filter: CandidateFilter, page: number, pageSize: number): Promise<Page<CandidateSite>> {
    const rows = await this.#candidates(this.#db.k, filter)
      .select(sql<number>`count(*) OVER ()`.as('total'))
      .orderBy('c.id')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute();
    let total = rows[0]?.total ?? 0;
    if (rows.length === 0 && page > 1) {
      const n = await this.#candidates(this.#db.k, filter).clearSelect().select(sql<number>`count(*)`.as('n')).executeTakeFirst();
      total = n?.n ?? 0;
    }
    return { items: rows.map(({ total: _t, ...c }) => c), total, page, pageSize };
  }

  /**
   * Stores uploaded points as candidates of kind `uploaded`, owned by the caller, in one transaction. A point's
   * division is its `divisionId` when given, else the division of the nearest compound (else the nearest county
   * centre); district officials may only add points in their division (403 naming the point).
   * @param points - validated points (WGS-84)
   * @param source - provenance (the file's name)
   */
  async upload(points: readonly CandidateUpload[], source: string): Promise<CandidateSite[]> {
    this.scope();
    if (points.length === 0) throw invalid('features', 'the upload holds no points', 'too_few', { minimum: 1 });
    const owner = this.#ownerId();
    return this.#db.tx(async (trx) => {
      const out: CandidateSite[] = [];
      for (const [i, p] of points.entries()) {
        let division = p.divisionId ?? null;
        const distance = sql`(lng - ${p.lng}) ^ 2 + (lat - ${p.lat}) ^ 2`;
        if (division) {
          const d = await trx.selectFrom('divisions').select('level').where('id', '=', division).executeTakeFirst();
          if (!d || d.level !== 'county') throw invalid(`features.${i}.properties.divisionId`, `unknown county-level division "${division}"`, 'unknown_division', { id: division });
        } else {
          const near =
            (await trx.selectFrom('residential_compounds').select('division_id as id').orderBy(distance).limit(1).executeTakeFirst()) ??
            (await trx.selectFrom('divisions').select('id').where('level', '=', 'county').where('lng', 'is not', null).orderBy(distance).limit(1).executeTakeFirst());
          if (!near) throw invalid(`features.${i}.geometry`, 'no county-level division is known to place this point in', 'unknown_division');
          division = near.id;
        }
        if (!(await this.#access.allows(trx, 'plan', 'create', { division: val(division) })))
          throw new AppError('forbidden', `point ${i + 1} ("${p.name}") lies in division ${division}, outside your scope`, { field: `features.${i}`, code: 'outside_your_division', params: { division } });
        const row = await trx
          .insertInto('candidate_sites')
          .values({ name: p.name, kind: 'uploaded', division_id: division, lng: p.lng, lat: p.lat, places: p.places ?? 20, synthetic: false, source, owner_id: owner })
          .returning([sql<string>`id::text`.as('id'), 'name', sql<CandidateKind>`kind`.as('kind'), 'division_id as divisionId', 'lng', 'lat', 'places', 'synthetic', 'source'])
          .executeTakeFirstOrThrow();
        out.push(row);
      }
      return out;
    });
  }

  /**
   * Deletes an uploaded candidate: the uploader's own, or any in scope for a city-wide planner (404 otherwise;
   * derived candidates cannot be deleted).
   * @param id - candidate id
   */
  async deleteCandidate(id: string): Promise<void> {
    this.scope();
    const owner = this.#ownerId();
    const everyone = this.#access.scope('plan', 'delete') === 'all';
    const rows = await this.#db.k
      .deleteFrom('candidate_sites')
      .where(sql<string>`id::text`, '=', id)
      .where(this.#access.where('plan', 'delete', { division: col('division_id') }))
      .where((eb) => (everyone ? eb.lit(true) : eb('owner_id', '=', owner)))
      .returning('id')
      .execute();
    if (rows.length === 0) throw new AppError('not_found', `candidate ${id} not found (derived candidates cannot be deleted)`);
  }

  /**
   * Everything a plan is built from, in scope and from one snapshot (one read-only repeatable-read transaction, so
   * demand, supply and candidates agree, and a solve holds one connection of the pool, not four): compounds and
   * villages with children 0–3, facilities with their places (classes' capacity), candidate sites by id, and the
   * county-level divisions with residents (the division's population, else the sum of its compounds').
   * @param filter - division (within scope), candidate kinds or ids
   */
  async inputs(filter: CandidateFilter = {}): Promise<PlanInputs> {
    const division = this.#division(filter.divisionId);
    const source = new AccessInputs(this.#db);
    return this.#db.tx(async (trx) => {
      await sql`SET TRANSACTION READ ONLY`.execute(trx);
      const demand = (await source.demand(division, trx)).map(({ id, name, divisionId: d, lng, lat, children, residents }) => ({ id, name, divisionId: d, lng, lat, children, residents }));
      const facilities = (await source.supply(division, trx)).map(({ id, name, divisionId: d, lng, lat, places }) => ({ id, name, divisionId: d, lng, lat, places }));
      const candidates = await this.#candidates(trx, filter).orderBy('c.id').execute();
      let q = trx
        .selectFrom('divisions as d')
        .select(['d.id', 'd.name', 'd.name_en as nameEn'])
        .select(sql<number>`COALESCE(NULLIF(d.population, 0), (SELECT sum(rc.residents) FROM residential_compounds rc WHERE rc.division_id = d.id), 0)::int`.as('population'))
        .where('d.level', '=', 'county')
        .where(this.#access.where('plan', 'read', { division: col('d.id') }));
      if (division) q = q.where('d.id', '=', division);
      const divisions = await q.orderBy('d.id').execute();
      return { demand, facilities, candidates, divisions };
    }, 'repeatable read');
  }
}
