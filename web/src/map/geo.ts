/**
 * Small planar geometry for the map, in lng/lat degrees (fine at city scale): which facility points lie inside an
 * isochrone polygon, and the bounds of a geometry. No React, no MapLibre: unit-tested beside it (geo.test.ts).
 */
import type { AreaGeometry } from '../api/model.ts';

/** [lng, lat] (GeoJSON positions may carry a third value, ignored here). */
export type Position = readonly number[];
type Ring = readonly Position[];

/**
 * Even–odd ray casting against all rings of one polygon (outer ring and holes alike), so a point in a hole is
 * outside. A point exactly on an edge may fall either way.
 * @param p - [lng, lat]
 * @param rings - the polygon's rings (GeoJSON: first outer, then holes; closed or not)
 */
export function pointInRings(p: Position, rings: readonly Ring[]): boolean {
  const x = p[0]!;
  const y = p[1]!;
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const xi = ring[i]![0]!;
      const yi = ring[i]![1]!;
      const xj = ring[j]![0]!;
      const yj = ring[j]![1]!;
      // the edge straddles the horizontal through p, and crosses it to the right of p
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/**
 * Whether a point lies inside a Polygon or MultiPolygon (holes excluded).
 * @param p - [lng, lat]
 * @param g - the area
 */
export function pointInArea(p: Position, g: AreaGeometry): boolean {
  if (g.type === 'Polygon') return pointInRings(p, g.coordinates);
  return g.coordinates.some((poly) => pointInRings(p, poly));
}

/** [[minLng, minLat], [maxLng, maxLat]] of any nested coordinate array, or null when it holds no positions. */
export function boundsOfCoordinates(c: unknown): [[number, number], [number, number]] | null {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  const visit = (v: unknown): void => {
    if (Array.isArray(v) && typeof v[0] === 'number') {
      const [x, y] = v as [number, number];
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    } else if (Array.isArray(v)) v.forEach(visit);
  };
  visit(c);
  return Number.isFinite(minX) ? [[minX, minY], [maxX, maxY]] : null;
}

/** One facility found inside a walking circle, with the smallest ring (minutes) that holds it. */
export interface Reachable<T> {
  item: T;
  /** The smallest ring limit containing the point, e.g. 5 (≤ 5 minutes). */
  withinMinutes: number;
}

/**
 * The items whose point lies inside any ring, each with the smallest ring that holds it; nearest ring first.
 * A quick bounding-box test skips most points before the polygon test.
 * @param items - things with a position
 * @param at - the position of an item
 * @param rings - isochrone rings: limit in minutes and the area
 */
export function withinRings<T>(items: readonly T[], at: (t: T) => Position, rings: readonly { minutes: number; geometry: AreaGeometry }[]): Reachable<T>[] {
  const sorted = [...rings].filter((r) => r.geometry.coordinates.length > 0).sort((a, b) => a.minutes - b.minutes);
  const outer = sorted[sorted.length - 1];
  if (!outer) return [];
  const box = boundsOfCoordinates(outer.geometry.coordinates)!;
  const out: Reachable<T>[] = [];
  for (const item of items) {
    const p = at(item);
    if (p[0]! < box[0][0] || p[0]! > box[1][0] || p[1]! < box[0][1] || p[1]! > box[1][1]) continue;
    const ring = sorted.find((r) => pointInArea(p, r.geometry));
    if (ring) out.push({ item, withinMinutes: ring.minutes });
  }
  return out.sort((a, b) => a.withinMinutes - b.withinMinutes);
}
