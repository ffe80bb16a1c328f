/**
 * A synthetic street grid (tests, benchmarks): `nx × ny` nodes `spacingMeters` apart around an origin, 4-neighbour
 * streets. Built straight into the CSR, without OSM.
 */
import { EARTH_RADIUS_M } from '../shared/geo.ts';
import type { Graph } from './graph.ts';
import { assembleGraph, sharedArray } from './graph.ts';

/**
 * Builds a regular street grid graph. Node `j·nx + i` is column i, row j; OSM ids are 1-based node numbers.
 * @param origin - [lon, lat] of node 0 (south-west corner)
 */
export function gridGraph(nx: number, ny: number, spacingMeters = 50, origin: readonly [number, number] = [113.1, 36.2]): Graph {
  const n = nx * ny;
  const osmIds = sharedArray(Float64Array, n);
  const lon = sharedArray(Float64Array, n);
  const lat = sharedArray(Float64Array, n);
  const dLat = (spacingMeters / (EARTH_RADIUS_M * Math.PI)) * 180;
  const dLon = dLat / Math.cos((origin[1] * Math.PI) / 180);
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const k = j * nx + i;
      osmIds[k] = k + 1;
      lon[k] = origin[0] + i * dLon;
      lat[k] = origin[1] + j * dLat;
    }
  }
  const m = (nx - 1) * ny + nx * (ny - 1);
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  let e = 0;
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const k = j * nx + i;
      if (i + 1 < nx) {
        from[e] = k;
        to[e++] = k + 1;
      }
      if (j + 1 < ny) {
        from[e] = k;
        to[e++] = k + nx;
      }
    }
  }
  return assembleGraph(n, osmIds, lon, lat, undefined, from, to);
}
