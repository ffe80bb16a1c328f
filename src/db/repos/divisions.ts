/**
 * Administrative divisions (city → 区/县 → 街道/乡镇 → 社区) with the planning figures the bureau watches:
 * facilities, places (托位) and places per 1,000 residents. Public information.
 */
import { AppError } from '../../shared/errors.ts';
import type { Db } from '../pool.ts';

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
  level: DivisionView['level'];
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

const SELECT = `
  WITH fac AS (
    SELECT f.id, f.division_id, f.street_id,
           COALESCE((SELECT sum(c.capacity) FROM classes c WHERE c.facility_id = f.id AND c.archived_at IS NULL), 0) AS places
    FROM facilities f WHERE f.archived_at IS NULL)
  SELECT d.id, d.name, d.name_en, d.level, d.parent_id, d.population, d.children_0_3, d.lng, d.lat, d.synthetic,
         (SELECT count(*) FROM fac WHERE d.level = 'city' OR fac.division_id = d.id OR fac.street_id = d.id) AS facilities,
         (SELECT COALESCE(sum(places), 0) FROM fac WHERE d.level = 'city' OR fac.division_id = d.id OR fac.street_id = d.id) AS places
         BOUNDARY
  FROM divisions d`;

function view(r: Row): DivisionView {
  return {
    id: r.id,
    name: r.name,
    nameEn: r.name_en,
    level: r.level,
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

  async list(filter: { level?: string; parent?: string } = {}): Promise<DivisionView[]> {
    const params: unknown[] = [];
    const w: string[] = [];
    if (filter.level) {
      params.push(filter.level);
      w.push(`d.level = $${params.length}`);
    }
    if (filter.parent) {
      params.push(filter.parent);
      w.push(`d.parent_id = $${params.length}`);
    }
    const rows = await this.#db.query<Row>(`${SELECT.replace('BOUNDARY', '')} ${w.length ? `WHERE ${w.join(' AND ')}` : ''} ORDER BY d.id`, params);
    return rows.map(view);
  }

  async get(id: string): Promise<DivisionView> {
    const [r] = await this.#db.query<Row>(`${SELECT.replace('BOUNDARY', '')} WHERE d.id = $1`, [id]);
    if (!r) throw new AppError('not_found', `division ${id} not found`);
    return view(r);
  }

  /** County-level divisions as GeoJSON: the boundary polygon when known, else the centroid point. */
  async geojson(level: string = 'county'): Promise<{ type: 'FeatureCollection'; features: unknown[] }> {
    const rows = await this.#db.query<Row>(`${SELECT.replace('BOUNDARY', ', d.boundary')} WHERE d.level = $1 ORDER BY d.id`, [level]);
    return {
      type: 'FeatureCollection',
      features: rows
        .filter((r) => r.boundary || (r.lng !== null && r.lat !== null))
        .map((r) => ({
          type: 'Feature',
          id: r.id,
          geometry: r.boundary ?? { type: 'Point', coordinates: [r.lng, r.lat] },
          properties: view(r),
        })),
    };
  }
}
