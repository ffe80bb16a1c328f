/**
 * Inputs of the walking-accessibility measures: facilities as supply points (places, free places) and residential
 * compounds / villages as demand points (children 0–3). Both are aggregates — no child's record is read — so they
 * are public at this level, like the registry.
 */
import { sql } from 'kysely';
import type { Db, Kx } from '../pool.ts';

export interface SupplyPoint {
  id: string;
  name: string;
  divisionId: string;
  lng: number;
  lat: number;
  places: number;
  free: number;
}

export interface DemandPoint {
  id: string;
  name: string;
  divisionId: string;
  streetId: string | null;
  lng: number;
  lat: number;
  children: number;
  residents: number;
}

export class AccessInputs {
  readonly #db: Db;
  constructor(db: Db) {
    this.#db = db;
  }

  /**
   * Live facilities with their places and free places.
   * @param divisionId - only this county-level division (default: the whole city)
   * @param k - a transaction to read in (default: the pool)
   */
  async supply(divisionId: string | null = null, k: Kx = this.#db.k): Promise<SupplyPoint[]> {
    let q = k
      .selectFrom('facilities as f')
      .leftJoin('classes as c', (j) => j.onRef('c.facility_id', '=', 'f.id').on('c.archived_at', 'is', null))
      .select(['f.id', 'f.name', 'f.division_id as divisionId', 'f.lng', 'f.lat'])
      .select(sql<number>`COALESCE(sum(c.capacity), 0)::int`.as('places'))
      .select(sql<number>`COALESCE(sum(GREATEST(c.capacity - (SELECT count(*) FROM placements p WHERE p.class_id = c.id AND p.during @> current_date), 0)), 0)::int`.as('free'))
      .where('f.archived_at', 'is', null);
    if (divisionId) q = q.where('f.division_id', '=', divisionId);
    return q.groupBy('f.id').orderBy('f.id').execute();
  }

  /**
   * Compounds and villages with children 0–3 (empty when the city has no compound data).
   * @param divisionId - only this county-level division (default: the whole city)
   * @param k - a transaction to read in (default: the pool)
   */
  async demand(divisionId: string | null = null, k: Kx = this.#db.k): Promise<DemandPoint[]> {
    let q = k
      .selectFrom('residential_compounds')
      .select(['id', 'name', 'division_id as divisionId', 'street_id as streetId', 'lng', 'lat', 'residents'])
      .select(sql<number>`children_age0 + children_age1 + children_age2`.as('children'))
      .where(sql<boolean>`children_age0 + children_age1 + children_age2 > 0`);
    if (divisionId) q = q.where('division_id', '=', divisionId);
    return q.orderBy('id').execute();
  }

  /** A value that changes whenever supply changes (for caching results). */
  async version(): Promise<string> {
    const r = await sql<{ v: string }>`
      SELECT concat_ws('/', (SELECT count(*) FROM facilities WHERE archived_at IS NULL), (SELECT max(updated_at) FROM facilities),
                       (SELECT count(*) FROM classes), (SELECT count(*) FROM placements WHERE during @> current_date),
                       (SELECT max(created_at) FROM placements), current_date) AS v`.execute(this.#db.k);
    return r.rows[0]?.v ?? '';
  }

  /** Division names for reports. */
  async divisionNames(): Promise<Map<string, string>> {
    return new Map((await this.#db.k.selectFrom('divisions').select(['id', 'name']).execute()).map((d) => [d.id, d.name]));
  }
}
