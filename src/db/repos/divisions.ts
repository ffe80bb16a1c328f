/**
 * Administrative divisions (city → 区/县 → 街道/乡镇 → 社区) with the planning figures the bureau watches:
 * facilities, places (托位) and places per 1,000 residents. Public information.
 */
import { AppError } from '../../shared/errors.ts';
import { sql } from 'kysely';
import type { Db, Kx } from '../pool.ts';

export interface DivisionView {
  id: string;
  name: string;
  nameEn: string | null;
  level: 'city' | 'county' | 'street' | 'community';
  parentId: string | null;
  population: number | null;
  children0to3: number | null;
  centroid: { lng: number; lat: number } | null;
  facilities: number;
  places: number;
  placesPer1000: number | null;
  synthetic: boolean;
}

interface Row {
  id: string;
  name: string;
  name_en: string | null;
  level: string;
  parent_id: string | null;
  population: number | null;
  children_0_3: number | null;
  lng: number | null;
  lat: number | null;
  synthetic: boolean;
  facilities: number;
  places: number;
  boundary?: unknown;
}

/** Divisions with their facilities and places (live classes) counted; a city counts everything below it. */
function selectDivisions(k: Kx) {
  return k
    .with('fac', (db) =>
      db
        .selectFrom('facilities as f')
        .select(['f.id', 'f.division_id', 'f.street_id'])
        .select(sql<number>`COALESCE((SELECT sum(c.capacity) FROM classes c WHERE c.facility_id = f.id AND c.archived_at IS NULL), 0)::int`.as('places'))
        .where('f.archived_at', 'is', null),
    )
    .selectFrom('divisions as d')
    .select(['d.id', 'd.name', 'd.name_en', 'd.level', 'd.parent_id', 'd.population', 'd.children_0_3', 'd.lng', 'd.lat', 'd.synthetic'])
    .select(sql<number>`(SELECT count(*)::int FROM fac WHERE d.level = 'city' OR fac.division_id = d.id OR fac.street_id = d.id)`.as('facilities'))
    .select(sql<number>`(SELECT COALESCE(sum(places), 0)::int FROM fac WHERE d.level = 'city' OR fac.division_id = d.id OR fac.street_id = d.id)`.as('places'));
}

function view(r: Row): DivisionView {
  return {
    id: r.id,
    name: r.name,
    nameEn: r.name_en,
    level: r.level as DivisionView['level'],
    parentId: r.parent_id,
    population: r.population,
    children0to3: r.children_0_3,
    centroid: r.lng === null || r.lat === null ? null : { lng: r.lng, lat: r.lat },
    facilities: r.facilities,
    places: r.places,
    placesPer1000: r.population ? Math.round((r.places / r.population) * 1000 * 100) / 100 : null,
    synthetic: r.synthetic,
  };
}

/** Divisions, public. */
export class DivisionRepo {
  readonly #db: Db;
  constructor(db: Db) {
    this.#db = db;
  }

  /**
   * A page of divisions by code, with the total.
   * @param filter - level and/or parent
   * @param page - 1-based
   * @param pageSize - rows per page
   */
  async list(filter: { level?: string; parent?: string } = {}, page = 1, pageSize = 200): Promise<{ items: DivisionView[]; total: number }> {
    let q = selectDivisions(this.#db.k);
    if (filter.level) q = q.where('d.level', '=', filter.level);
    if (filter.parent) q = q.where('d.parent_id', '=', filter.parent);
    const rows = await q.select(sql<number>`count(*) OVER ()::int`.as('total')).orderBy('d.id').limit(pageSize).offset((page - 1) * pageSize).execute();
    let total = rows[0]?.total ?? 0;
    if (rows.length === 0 && page > 1) {
      let c = this.#db.k.selectFrom('divisions as d').select(sql<number>`count(*)::int`.as('n'));
      if (filter.level) c = c.where('d.level', '=', filter.level);
      if (filter.parent) c = c.where('d.parent_id', '=', filter.parent);
      total = (await c.executeTakeFirstOrThrow()).n;
    }
    return { items: rows.map(view), total };
  }

  async get(id: string): Promise<DivisionView> {
    const r = await selectDivisions(this.#db.k).where('d.id', '=', id).executeTakeFirst();
    if (!r) throw new AppError('not_found', `division ${id} not found`, { field: 'id' });
    return view(r);
  }

  /** Divisions of a level as GeoJSON: the boundary polygon when known, else the centroid point. */
  async geojson(level: string = 'county'): Promise<{ type: 'FeatureCollection'; features: DivisionFeature[] }> {
    const rows = await selectDivisions(this.#db.k).select('d.boundary').where('d.level', '=', level).orderBy('d.id').execute();
    return {
      type: 'FeatureCollection',
      features: rows
        .filter((r) => r.boundary || (r.lng !== null && r.lat !== null))
        .map((r) => ({
          type: 'Feature' as const,
          id: r.id,
          geometry: (r.boundary as DivisionFeature['geometry'] | null) ?? { type: 'Point' as const, coordinates: [r.lng!, r.lat!] as [number, number] },
          properties: view(r),
        })),
    };
  }
}

/** A division on the map: its boundary (Polygon/MultiPolygon, WGS-84) or its centroid. */
export interface DivisionFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] } | { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };
  properties: DivisionView;
}
