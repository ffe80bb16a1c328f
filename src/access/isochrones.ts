/**
 * Walking isochrones: a travel-time grid contoured with marching squares (d3-contour). Street samples carry their
 * network time (from a bounded Dijkstra, including walking along a facility's own edge); the off-network walking
 * allowance spreads time from the streets across the grid at the same speed (a 5×5 chamfer distance transform), up to
 * `offNetworkMeters` from the street. One grid and one set of thresholds per source set, so the polygons are nested
 * (5 ⊂ 10 ⊂ 15); every reached street lies inside its polygon (no holes where streets are reached).
 */
import { contours } from 'd3-contour';
import { AppError } from '../shared/errors.ts';
import { EARTH_RADIUS_M } from '../shared/geo.ts';
import type { Graph } from './graph.ts';
import type { SnappedPoints } from './snap.ts';
import { metersPerMinute, searcherFor } from './nearest.ts';

const DEG = (Math.PI / 180) * EARTH_RADIUS_M;

/** A GeoJSON MultiPolygon (WGS-84). */
export interface MultiPolygon {
  type: 'MultiPolygon';
  coordinates: number[][][][];
}

/** One isochrone polygon. `facility` is the facility id, or null for the merged polygon of the whole set. */
export interface IsochroneFeature {
  type: 'Feature';
  properties: { facility: string | null; minutes: number; merged: boolean; areaM2: number };
  geometry: MultiPolygon;
}

/** A GeoJSON FeatureCollection of isochrones. */
export interface IsochroneCollection {
  type: 'FeatureCollection';
  features: IsochroneFeature[];
}

/** Options for {@link isochrones}. */
export interface IsochroneOptions {
  /** Minute thresholds, e.g. [5, 10, 15] (each > 0). */
  minutes: readonly number[];
  /** Walking speed, km/h (default 4). */
  speedKmh?: number;
  /** Grid cell size in metres (default 25). */
  cellMeters?: number;
  /** Farthest straight walk off the network (default 500 m, the snapping limit). */
  offNetworkMeters?: number;
  /** Facility ids for the `facility` property (default the index as a string). */
  ids?: readonly string[];
  /** Per-facility polygons (default true). */
  perFacility?: boolean;
  /** The merged polygons of the whole set (default true). */
  merged?: boolean;
}

/** Checks a minutes list: non-empty, each finite and > 0; returns it sorted ascending without duplicates. */
export function checkMinutes(minutes: readonly number[], field = 'minutes'): number[] {
  if (minutes.length === 0) throw new AppError('invalid', `${field}: give at least one value`, { field });
  for (const m of minutes) if (!(m > 0) || !Number.isFinite(m)) throw new AppError('invalid', `${field}: must be numbers > 0, got ${m}`, { field });
  return [...new Set(minutes)].sort((a, b) => a - b);
}

/**
 * Isochrones per facility and merged for the set, as GeoJSON.
 * @param facilities - snapped facilities (unreachable ones get empty polygons)
 */
export function isochrones(g: Graph, facilities: SnappedPoints, opts: IsochroneOptions): IsochroneCollection {
  const minutes = checkMinutes(opts.minutes);
  const mpm = metersPerMinute(opts.speedKmh ?? 4);
  const cell = opts.cellMeters ?? 25;
  if (!(cell > 0)) throw new AppError('invalid', `cellMeters: must be > 0, got ${cell}`, { field: 'cellMeters' });
  const off = opts.offNetworkMeters ?? 500;
  const features: IsochroneFeature[] = [];
  const id = (f: number): string => opts.ids?.[f] ?? String(f);
  if (opts.perFacility ?? true) {
    for (let f = 0; f < facilities.count; f++) {
      const polys = isochroneOf(g, facilities, [f], minutes, mpm, cell, off);
      minutes.forEach((m, k) => features.push({ type: 'Feature', properties: { facility: id(f), minutes: m, merged: false, areaM2: polys[k]!.area }, geometry: polys[k]!.geometry }));
    }
  }
  if (opts.merged ?? true) {
    const all = Array.from({ length: facilities.count }, (_, i) => i);
    const polys = isochroneOf(g, facilities, all, minutes, mpm, cell, off);
    minutes.forEach((m, k) => features.push({ type: 'Feature', properties: { facility: null, minutes: m, merged: true, areaM2: polys[k]!.area }, geometry: polys[k]!.geometry }));
  }
  return { type: 'FeatureCollection', features };
}

/** The travel-time grid of a source set (metres of walking per grid vertex; Infinity beyond reach). */
export interface TimeGrid {
  nx: number;
  ny: number;
  /** Vertex (i, j) sits at x = x0 + i·cell, y = y0 + j·cell, in metres of the plane (x = lon·kx, y = lat·DEG). */
  x0: number;
  y0: number;
  cell: number;
  kx: number;
  values: Float64Array;
}

/**
 * Builds the travel-time grid for sources `which` (indices into `facilities`) up to `limit` metres.
 */
export function timeGrid(g: Graph, facilities: SnappedPoints, which: readonly number[], limit: number, cell: number, off: number): TimeGrid | undefined {
  const s = searcherFor(g);
  s.reset();
  const live = which.filter((f) => facilities.edge[f]! >= 0);
  if (live.length === 0) return undefined;
  for (const f of live) s.seedPoints(facilities, f);
  s.run(limit);
  const { nodes, count } = s.touched;
  const dist = s.dist;
  // Extent: reached nodes and the facilities, plus the off-network allowance.
  let minLon = Infinity;
  let maxLon = -Infinity;
  let minLat = Infinity;
  let maxLat = -Infinity;
  const grow = (lon: number, lat: number): void => {
    if (lon < minLon) minLon = lon;
    if (lon > maxLon) maxLon = lon;
    if (lat < minLat) minLat = lat;
    if (lat > maxLat) maxLat = lat;
  };
  for (let k = 0; k < count; k++) {
    const v = nodes[k]!;
    if (dist[v]! <= limit) grow(g.lon[v]!, g.lat[v]!);
  }
  for (const f of live) grow(facilities.lon[f]!, facilities.lat[f]!);
  const kx = DEG * Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const margin = Math.min(off, limit) + 2 * cell;
  const x0 = Math.floor((minLon * kx - margin) / cell) * cell;
  const y0 = Math.floor((minLat * DEG - margin) / cell) * cell;
  const nx = Math.ceil((maxLon * kx + margin - x0) / cell) + 1;
  const ny = Math.ceil((maxLat * DEG + margin - y0) / cell) + 1;
  if (nx * ny > 50_000_000) throw new AppError('too_large', `isochrones: grid of ${nx}×${ny} cells is too large; use a larger cellMeters`, { field: 'cellMeters' });
  const values = new Float64Array(nx * ny).fill(Infinity);
  const gap = new Float32Array(nx * ny).fill(Infinity);
  // Facilities on an edge: walking along their own edge.
  const onEdge = new Map<number, number[]>();
  for (const f of live) {
    const key = facilities.u[f]! * g.nodeCount + facilities.v[f]!;
    let l = onEdge.get(key);
    if (!l) onEdge.set(key, (l = []));
    l.push(facilities.gap[f]!, facilities.du[f]!);
  }
  const splat = (lon: number, lat: number, t: number): void => {
    const x = (lon * kx - x0) / cell;
    const y = (lat * DEG - y0) / cell;
    const i0 = Math.floor(x);
    const j0 = Math.floor(y);
    for (let dj = 0; dj <= 1; dj++) {
      for (let di = 0; di <= 1; di++) {
        const i = i0 + di;
        const j = j0 + dj;
        if (i < 0 || j < 0 || i >= nx || j >= ny) continue;
        const d = Math.hypot(x - i, y - j) * cell;
        const v = t + d;
        const idx = j * nx + i;
        if (v <= limit && v < values[idx]!) {
          values[idx] = v;
          gap[idx] = d;
        }
      }
    }
  };
  const step = cell / 2;
  for (let k = 0; k < count; k++) {
    const u = nodes[k]!;
    const tu = dist[u]!;
    for (let a = g.offsets[u]!; a < g.offsets[u + 1]!; a++) {
      const v = g.targets[a]!;
      const tv = dist[v]!;
      // Each undirected edge once: from its lower end, unless the other end was never touched.
      if (tv !== Infinity && v < u) continue;
      const w = g.meters[a]!;
      const lo = Math.min(u, v);
      const list = onEdge.get(lo * g.nodeCount + Math.max(u, v));
      if (tu > limit && tv > limit && !list) continue;
      const n = Math.max(1, Math.ceil(w / step));
      for (let q = 0; q <= n; q++) {
        const sFromU = (w * q) / n;
        let t = Math.min(tu + sFromU, tv + (w - sFromU));
        if (list) {
          const sFromLo = lo === u ? sFromU : w - sFromU;
          for (let z = 0; z < list.length; z += 2) t = Math.min(t, list[z]! + Math.abs(sFromLo - list[z + 1]!));
        }
        if (t > limit) continue;
        const r = q / n;
        splat(g.lon[u]! + r * (g.lon[v]! - g.lon[u]!), g.lat[u]! + r * (g.lat[v]! - g.lat[u]!), t);
      }
    }
  }
  for (const f of live) splat(facilities.lon[f]!, facilities.lat[f]!, 0);
  s.reset();
  chamfer(values, gap, nx, ny, cell, limit, off);
  return { nx, ny, x0, y0, cell, kx, values };
}

const R2 = Math.SQRT2;
const R5 = Math.sqrt(5);
// 5×5 chamfer mask (forward half): [di, dj, length in cells]; error against Euclidean ≈ 2%.
const FWD: ReadonlyArray<readonly [number, number, number]> = [
  [-1, 0, 1], [0, -1, 1], [-1, -1, R2], [1, -1, R2], [-2, -1, R5], [-1, -2, R5], [1, -2, R5], [2, -1, R5],
];

/**
 * Spreads street times across the grid at walking speed, at most `off` metres from a street (two chamfer passes).
 * Each pass visits, per row, only the columns a finite value can reach: those of the row's own finite cells and of
 * the two rows before it (±2 columns), plus the run a value can walk along the row itself (`off` metres).
 */
function chamfer(values: Float64Array, gap: Float32Array, nx: number, ny: number, cell: number, limit: number, off: number): void {
  const m = FWD.length;
  const len = new Float64Array(m);
  const di = new Int32Array(m);
  const dj = new Int32Array(m);
  FWD.forEach(([a, b, l], k) => {
    di[k] = a;
    dj[k] = b;
    len[k] = l * cell;
  });
  // Finite columns per row: [lo, hi] (lo > hi when the row has none).
  const rowLo = new Int32Array(ny).fill(nx);
  const rowHi = new Int32Array(ny).fill(-1);
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      if (values[j * nx + i] !== Infinity) {
        if (i < rowLo[j]!) rowLo[j] = i;
        rowHi[j] = i;
      }
    }
  }
  const run = Math.ceil(off / cell) + 1;
  const delta = new Int32Array(m);
  for (let dir = 1; dir >= -1; dir -= 2) {
    for (let k = 0; k < m; k++) delta[k] = dir * (dj[k]! * nx + di[k]!);
    for (let jj = 0; jj < ny; jj++) {
      const j = dir === 1 ? jj : ny - 1 - jj;
      const j1 = j - dir;
      const j2 = j - 2 * dir;
      let lo = rowLo[j]!;
      let hi = rowHi[j]!;
      if (j1 >= 0 && j1 < ny && rowLo[j1]! <= rowHi[j1]!) {
        lo = Math.min(lo, rowLo[j1]! - 2);
        hi = Math.max(hi, rowHi[j1]! + 2);
      }
      if (j2 >= 0 && j2 < ny && rowLo[j2]! <= rowHi[j2]!) {
        lo = Math.min(lo, rowLo[j2]! - 1);
        hi = Math.max(hi, rowHi[j2]! + 1);
      }
      if (lo > hi) continue; // nothing can reach this row in this pass
      // Along the row a value walks in the pass direction: rightwards forward, leftwards backward.
      if (dir === 1) hi += run;
      else lo -= run;
      lo = Math.max(0, lo);
      hi = Math.min(nx - 1, hi);
      const interiorRow = j >= 2 && j < ny - 2;
      let newLo = nx;
      let newHi = -1;
      for (let ii = 0; ii <= hi - lo; ii++) {
        const i = dir === 1 ? lo + ii : hi - ii;
        const idx = j * nx + i;
        let best = values[idx]!;
        let bestGap = gap[idx]!;
        const interior = interiorRow && i >= 2 && i < nx - 2;
        for (let k = 0; k < m; k++) {
          if (!interior) {
            const x = i + dir * di[k]!;
            const y = j + dir * dj[k]!;
            if (x < 0 || y < 0 || x >= nx || y >= ny) continue;
          }
          const n = idx + delta[k]!;
          const nv = values[n]!;
          if (nv === Infinity) continue;
          const d = len[k]!;
          const v = nv + d;
          if (v < best && v <= limit) {
            const ng = gap[n]! + d;
            if (ng <= off) {
              best = v;
              bestGap = ng;
            }
          }
        }
        values[idx] = best;
        gap[idx] = bestGap;
        if (best !== Infinity) {
          if (i < newLo) newLo = i;
          if (i > newHi) newHi = i;
        }
      }
      rowLo[j] = Math.min(rowLo[j]!, newLo);
      rowHi[j] = Math.max(rowHi[j]!, newHi);
    }
  }
}

interface Contour {
  geometry: MultiPolygon;
  area: number;
}

function isochroneOf(g: Graph, facilities: SnappedPoints, which: readonly number[], minutes: readonly number[], mpm: number, cell: number, off: number): Contour[] {
  const limit = minutes[minutes.length - 1]! * mpm;
  const grid = timeGrid(g, facilities, which, limit, cell, off);
  if (!grid) return minutes.map(() => ({ geometry: { type: 'MultiPolygon', coordinates: [] }, area: 0 }));
  return contourGrid(grid, minutes.map((m) => m * mpm));
}

/** Contours a time grid at the given metre thresholds (inclusive: cost ≤ threshold is inside). */
export function contourGrid(grid: TimeGrid, thresholds: readonly number[]): Contour[] {
  const { nx, ny, x0, y0, cell, kx } = grid;
  const neg = new Float64Array(nx * ny);
  for (let i = 0; i < neg.length; i++) {
    const v = grid.values[i]!;
    neg[i] = v === Infinity ? -1e12 : -v;
  }
  const gen = contours().size([nx, ny]).smooth(true);
  return thresholds.map((t) => {
    const mp = gen.contour(neg as unknown as number[], -t);
    let area = 0;
    const coordinates = mp.coordinates.map((poly) =>
      poly.map((ring, r) => {
        let a = 0;
        const out = ring.map(([cx, cy], k) => {
          // d3-contour puts value (i, j) at (i + 0.5, j + 0.5).
          const x = x0 + (cx! - 0.5) * cell;
          const y = y0 + (cy! - 0.5) * cell;
          if (k > 0) {
            const [px, py] = ring[k - 1]!;
            a += (px! - 0.5) * (cy! - 0.5) - (cx! - 0.5) * (py! - 0.5);
          }
          return [Math.round((x / kx) * 1e7) / 1e7, Math.round((y / DEG) * 1e7) / 1e7];
        });
        area += (r === 0 ? 1 : -1) * Math.abs(a / 2) * cell * cell;
        // RFC 7946 §3.1.6: exterior rings counterclockwise, holes clockwise (a is the grid-plane signed area ×2).
        if ((r === 0) !== (a > 0)) out.reverse();
        return out;
      }),
    );
    return { geometry: { type: 'MultiPolygon', coordinates }, area: Math.round(area) };
  });
}
