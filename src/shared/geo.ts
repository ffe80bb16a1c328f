/**
 * Branded coordinate and unit types. CareCircle stores WGS-84 only; GCJ-02 (the coordinate system Chinese web maps
 * use) is accepted at the edges and converted once (see src/shared/coords.ts).
 */
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

/** A WGS-84 longitude/latitude pair in degrees. */
export type LngLat = Brand<readonly [lng: number, lat: number], 'WGS84'>;
/** A GCJ-02 ("Mars coordinates") longitude/latitude pair, as 高德/腾讯 maps give them. */
export type GcjLngLat = Brand<readonly [lng: number, lat: number], 'GCJ02'>;
export type Meters = Brand<number, 'm'>;
export type Minutes = Brand<number, 'min'>;
export type Seconds = Brand<number, 's'>;

/** Mean Earth radius (IUGG), metres — the walking-graph rules fix this value. */
export const EARTH_RADIUS_M = 6_371_008.8;

/** Haversine great-circle distance in metres between two WGS-84 points. */
export function haversineMeters(lng1: number, lat1: number, lng2: number, lat2: number): number {
  const toRad = Math.PI / 180;
  const dLat = (lat2 - lat1) * toRad;
  const dLng = (lng2 - lng1) * toRad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * toRad) * Math.cos(lat2 * toRad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Checks a longitude/latitude pair is a finite, in-range WGS-84 position. */
export function isValidLngLat(lng: number, lat: number): boolean {
  return Number.isFinite(lng) && Number.isFinite(lat) && lng >= -180 && lng <= 180 && lat >= -90 && lat <= 90;
}

/** Brands a checked pair as WGS-84. */
export function lngLat(lng: number, lat: number): LngLat {
  return [lng, lat] as unknown as LngLat;
}
