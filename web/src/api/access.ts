/**
 * Walking accessibility endpoints (/api/access/*, public and aggregate): the loaded street network, its roads as
 * GeoJSON, 15-minute coverage of children 0–3 and walking isochrones. Shapes mirror src/api/access/routes.ts.
 * Every call answers 503 (`ApiError` with code `unavailable`) when the server runs without a street network.
 */
import { request } from './client.ts';
import type { FeatureCollection } from './types.ts';

/** GET /api/access/status */
export interface AccessStatus {
  loaded: boolean;
  nodes: number;
  edges: number;
  components: number;
  /** Credit line of the street data: "© OpenStreetMap contributors (ODbL)", or a note that the streets are synthetic. */
  attribution: string;
  /** Generated sample streets (the demo city): credit them as such, in the UI's language. */
  synthetic: boolean;
}

/** Properties of one road line in /api/access/roads.geojson (OSM tags, as far as present). */
export interface RoadProps {
  highway?: string;
  name?: string;
  /** "private" marks a gated compound's inner road (小区内部道路): walkable for residents. */
  access?: string;
  waterway?: string;
  railway?: string;
  bridge?: string;
}

export interface CoverageQuery {
  /** Walking minutes (> 0, ≤ 60). */
  minutes: number;
  /** Walking speed in km/h (default 4: a carer with a toddler). */
  speedKmh: number;
  /** Count only facilities with a free place. */
  free: boolean;
}

export interface DivisionCoverage {
  divisionId: string;
  name: string;
  /** Children 0–3 living in the division. */
  children: number;
  /** Of them, within the walk of a facility. */
  covered: number;
  /** covered / children, 0…1 */
  share: number;
}

/** GET /api/access/coverage */
export interface CoverageReport {
  params: CoverageQuery;
  summary: { children: number; covered: number; share: number; demandPoints: number; facilities: number };
  divisions: DivisionCoverage[];
  distribution: unknown;
  attribution: string;
  /** Generated sample streets (the demo city): credit them as such, in the UI's language. */
  synthetic: boolean;
}

/** One ring of /api/access/isochrones: the area reachable within `minutes` (each ring contains the smaller ones). */
export interface IsochroneProps {
  /** The facility id, or "point" for a clicked location. */
  facility: string;
  minutes: number;
  areaM2: number;
}

export interface PolygonGeometry {
  type: 'Polygon';
  coordinates: [number, number][][];
}
export interface MultiPolygonGeometry {
  type: 'MultiPolygon';
  coordinates: [number, number][][][];
}
export type AreaGeometry = PolygonGeometry | MultiPolygonGeometry;
export type Isochrones = FeatureCollection<IsochroneProps, AreaGeometry>;

/** Where to draw isochrones from: a facility (by id) or a WGS-84 point. */
export type IsochroneOrigin = { facility: string } | { lng: number; lat: number };

/** The URL of the roads layer, for MapLibre to fetch and parse in its worker (gzip-compressed by the server). */
export const ROADS_URL = '/api/access/roads.geojson';

export const accessApi = {
  status: (signal?: AbortSignal) => request<AccessStatus>('GET', '/access/status', { signal }),

  coverage: (q: CoverageQuery, signal?: AbortSignal) =>
    request<CoverageReport>('GET', '/access/coverage', { query: { minutes: q.minutes, speedKmh: q.speedKmh, free: q.free ? 'true' : 'false' }, signal }),

  /**
   * Isochrones around a facility or a point.
   * @param origin - a facility id or a WGS-84 lng/lat
   * @param minutes - ring limits, e.g. [5, 10, 15]
   * @param speedKmh - walking speed
   */
  isochrones: (origin: IsochroneOrigin, minutes: readonly number[], speedKmh: number, signal?: AbortSignal) =>
    request<Isochrones>('GET', '/access/isochrones', { query: { ...origin, minutes: minutes.join(','), speedKmh }, signal }),
};
