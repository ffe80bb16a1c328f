/**
 * Inputs of the walking-accessibility measures: facilities as supply points (places, free places) and residential
 * compounds / villages as demand points (children 0–3). Both are aggregates — no child's record is read — so they
 * are public at this level, like the registry.
 */
import type { Db } from '../pool.ts';

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
   */
  async supply(divisionId: string | null = null): Promise<SupplyPoint[]> {
    return this.#db.query<SupplyPoint>(`
      SELECT f.id, f.name, f.division_id AS "divisionId", f.lng, f.lat,
             COALESCE(sum(c.capacity), 0)::int AS places,
             COALESCE(sum(GREATEST(c.capacity - (SELECT count(*) FROM children ch WHERE ch.class_id = c.id AND ch.status = 'enrolled'), 0)), 0)::int AS free
      FROM facilities f LEFT JOIN classes c ON c.facility_id = f.id AND c.archived_at IS NULL
      WHERE f.archived_at IS NULL AND ($1::text IS NULL OR f.division_id = $1)
      GROUP BY f.id ORDER BY f.id`,
      [divisionId],
    );
  }

  /**
   * Compounds and villages with children 0–3 (empty when the city has no compound data).
   * @param divisionId - only this county-level division (default: the whole city)
   */
  async demand(divisionId: string | null = null): Promise<DemandPoint[]> {
    const [t] = await this.#db.query<{ present: boolean }>(`SELECT to_regclass('residential_compounds') IS NOT NULL AS present`);
    if (!t?.present) return [];
    return this.#db.query<DemandPoint>(`
      SELECT id, name, division_id AS "divisionId", street_id AS "streetId", lng, lat, (children_age0 + children_age1 + children_age2) AS children, residents
      FROM residential_compounds
      WHERE children_age0 + children_age1 + children_age2 > 0 AND ($1::text IS NULL OR division_id = $1)
      ORDER BY id`,
      [divisionId],
    );
  }

  /** A value that changes whenever supply changes (for caching results). */
  async version(): Promise<string> {
    const [r] = await this.#db.query<{ v: string }>(`
      SELECT concat_ws('/', (SELECT count(*) FROM facilities WHERE archived_at IS NULL), (SELECT max(updated_at) FROM facilities),
                       (SELECT count(*) FROM classes), (SELECT count(*) FROM children WHERE status = 'enrolled')) AS v`);
    return r?.v ?? '';
  }

  /** Division names for reports. */
  async divisionNames(): Promise<Map<string, string>> {
    return new Map((await this.#db.query<{ id: string; name: string }>(`SELECT id, name FROM divisions`)).map((d) => [d.id, d.name]));
  }
}
