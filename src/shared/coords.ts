/**
 * Coordinate-system conversion at the edges: GCJ-02 (国测局坐标, "Mars coordinates" — what 高德/腾讯 maps and most
 * Chinese geocoders return) to and from WGS-84 (what CareCircle stores). Backed by gcoord, which applies the
 * published GCJ-02 offset only inside China's bounding region; outside it GCJ-02 equals WGS-84 and points pass
 * through unchanged. GCJ-02 → WGS-84 has no closed form; gcoord inverts it iteratively (error well under 1 m).
 */
import gcoordModule from 'gcoord';
import { lngLat, type GcjLngLat, type LngLat } from './geo.ts';

type Gcoord = typeof gcoordModule.default;
// gcoord's typings declare an ES default export, but Node loads its CommonJS build (`module.exports = exported`), so
// the default import is that object itself; a bundler taking its ESM build gives `{ default }`. Accept both.
const gcoord: Gcoord = (gcoordModule as unknown as { default?: Gcoord }).default ?? (gcoordModule as unknown as Gcoord);

/** Coordinate systems accepted at the edges. */
export type CoordSystem = 'wgs84' | 'gcj02';

/**
 * Converts a GCJ-02 position to WGS-84.
 * @param lng - GCJ-02 longitude in degrees
 * @param lat - GCJ-02 latitude in degrees
 * @returns the WGS-84 position, branded
 */
export function gcj02ToWgs84(lng: number, lat: number): LngLat {
  const [x, y] = gcoord.transform([lng, lat], gcoord.GCJ02, gcoord.WGS84);
  return lngLat(x, y);
}

/**
 * Converts a WGS-84 position to GCJ-02 (for handing a point to a Chinese web map).
 * @param lng - WGS-84 longitude in degrees
 * @param lat - WGS-84 latitude in degrees
 * @returns the GCJ-02 position, branded
 */
export function wgs84ToGcj02(lng: number, lat: number): GcjLngLat {
  const [x, y] = gcoord.transform([lng, lat], gcoord.WGS84, gcoord.GCJ02);
  return [x, y] as unknown as GcjLngLat;
}

/**
 * Normalises an input location to WGS-84: `crs: 'gcj02'` is converted, anything else (absent or `'wgs84'`) is
 * taken as WGS-84 already. The one place an edge converts, so stored coordinates never mix systems.
 * @param location - a position with its optional coordinate system
 * @returns the WGS-84 position as a plain object (no `crs`)
 */
export function toWgs84(location: { lng: number; lat: number; crs?: CoordSystem | null | undefined }): { lng: number; lat: number } {
  if (location.crs === 'gcj02') {
    const [lng, lat] = gcj02ToWgs84(location.lng, location.lat);
    return { lng, lat };
  }
  return { lng: location.lng, lat: location.lat };
}
