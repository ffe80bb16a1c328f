/**
 * Walking accessibility (/api/access/*, public and aggregate): the loaded street network, 15-minute coverage of
 * children 0–3 and walking isochrones, through the typed client. Every call answers 503 (ApiError `unavailable`)
 * when the server runs without a street network.
 */
import { keepPreviousData } from '@tanstack/react-query';
import { data, http } from './http.ts';

type Signal = { signal: AbortSignal };

/** The URL of the roads layer, for MapLibre to fetch and parse in its worker (gzip-compressed by the server). */
export const ROADS_URL = '/api/access/roads.geojson';

/** Where to draw isochrones from: a facility (by id) or a WGS-84 point. */
export type IsochroneOrigin = { facility: string } | { lng: number; lat: number };

export const accessStatusQuery = () => ({
  queryKey: ['access.status'] as const,
  queryFn: ({ signal }: Signal) => data(http.GET('/api/access/status', { signal })),
  staleTime: 5 * 60_000,
  retry: 1,
});

/** Coverage of children 0–3 within `minutes` (of a facility with a free place when `free`). */
export const coverageQuery = (minutes: number, speedKmh: number, free: boolean) => ({
  queryKey: ['access.coverage', minutes, speedKmh, free] as const,
  queryFn: ({ signal }: Signal) => data(http.GET('/api/access/coverage', { params: { query: { minutes, speedKmh, free: free ? 'true' : 'false' } }, signal })),
  placeholderData: keepPreviousData,
  staleTime: 60_000,
});

/**
 * Isochrones around a facility or a point.
 * @param origin - a facility id or a WGS-84 lng/lat
 * @param minutes - ring limits, e.g. [5, 10, 15]
 * @param speedKmh - walking speed
 */
export function isochrones(origin: IsochroneOrigin, minutes: readonly number[], speedKmh: number, signal?: AbortSignal) {
  return data(http.GET('/api/access/isochrones', { params: { query: { ...origin, minutes: minutes.join(','), speedKmh } }, signal }));
}

/** The streets as GeoJSON (the planner draws them itself; the map page lets MapLibre fetch ROADS_URL). */
export const roadsQuery = () => ({
  queryKey: ['access.roads'] as const,
  queryFn: ({ signal }: Signal) => data(http.GET('/api/access/roads.geojson', { signal })),
  staleTime: Infinity,
  retry: false,
});
