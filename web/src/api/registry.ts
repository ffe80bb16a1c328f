/**
 * The registry calls the pages share (divisions, facilities, the 1+12+N tree, health), as TanStack Query options:
 * every call goes through the typed client, so paths, parameters and answers are those of the OpenAPI document.
 */
import { data, http } from './http.ts';
import type { FacilityPatch, FacilityQuery } from './model.ts';

type Signal = { signal: AbortSignal };

export const healthQuery = () => ({
  queryKey: ['health'] as const,
  queryFn: ({ signal }: Signal) => data(http.GET('/api/health', { signal })),
});

/** Divisions of one level with their planning figures. */
export const divisionsQuery = (level: 'city' | 'county') => ({
  queryKey: ['divisions', level] as const,
  queryFn: ({ signal }: Signal) => data(http.GET('/api/divisions', { params: { query: { level } }, signal })),
  staleTime: 5 * 60_000,
});

/** County-level divisions as GeoJSON (boundaries or centroids). */
export const divisionsGeoQuery = () => ({
  queryKey: ['divisions.geojson'] as const,
  queryFn: ({ signal }: Signal) => data(http.GET('/api/divisions.geojson', { signal })),
  staleTime: 5 * 60_000,
});

/** Every facility as a GeoJSON point (the map filters on the client). */
export const facilitiesGeoQuery = () => ({
  queryKey: ['facilities.geojson'] as const,
  queryFn: ({ signal }: Signal) => data(http.GET('/api/facilities.geojson', { signal })),
});

/** One page of the facility list. */
export const facilityListQuery = (query: FacilityQuery) => ({
  queryKey: ['facilities', query] as const,
  queryFn: ({ signal }: Signal) => data(http.GET('/api/facilities', { params: { query }, signal })),
});

/** One facility with classes, prices, supervisor and medical partner (and whether the caller may edit it). */
export const facilityQuery = (id: string) => ({
  queryKey: ['facility', id] as const,
  queryFn: ({ signal }: Signal) => data(http.GET('/api/facilities/{id}', { params: { path: { id } }, signal })),
});

export const networkTreeQuery = () => ({
  queryKey: ['network', 'tree'] as const,
  queryFn: ({ signal }: Signal) => data(http.GET('/api/network/tree', { signal })),
});

/** Saves a change to a facility (the version guards against overwriting someone else's edit). */
export function updateFacility(id: string, patch: FacilityPatch) {
  return data(http.PATCH('/api/facilities/{id}', { params: { path: { id } }, body: patch }));
}
