/**
 * Snapping points to the walking network: a Flatbush R-tree over the edges' bounding boxes (in a local metric plane),
 * then the exact nearest location on the nearest edge. The straight gap is walked at the same speed; points farther
 * than `maxSnapMeters` (default 500 m) are unreachable ("too far from network"). Ties (two edges at the same
 * distance, e.g. two nodes at one coordinate) go to the lower edge index, so snapping is deterministic.
 */
import Flatbush from 'flatbush';
import { AppError } from '../shared/errors.ts';
import { EARTH_RADIUS_M, haversineMeters, isValidLngLat } from '../shared/geo.ts';
import type { Graph } from './graph.ts';

const DEG = (Math.PI / 180) * EARTH_RADIUS_M; // metres per degree of latitude

/** A spatial index over a graph's undirected edges. */
export interface SnapIndex {
  readonly graph: Graph;
  /** Edge endpoints (u < v) and length in metres, by edge index. */
  readonly edgeU: Int32Array;
  readonly edgeV: Int32Array;
  readonly edgeMeters: Float32Array;
  /** Metres per degree of longitude in the index plane, and the plane's origin. */
  readonly kx: number;
  readonly x0: number;
  readonly y0: number;
  readonly tree: Flatbush | undefined;
}

/** Points snapped to the network. Index `i` is the i-th input point. */
export interface SnappedPoints {
  readonly count: number;
  /** Input coordinates. */
  readonly lon: Float64Array;
  readonly lat: Float64Array;
  /** Snapped edge index, or -1 when the point is unreachable. */
  readonly edge: Int32Array;
  /** The edge's endpoints (u < v). */
  readonly u: Int32Array;
  readonly v: Int32Array;
  /** Metres along the edge from the snapped location to u, and to v. */
  readonly du: Float64Array;
  readonly dv: Float64Array;
  /** Straight-line metres from the point to its snapped location. */
  readonly gap: Float64Array;
}

/** Why a point has no result. */
export const TOO_FAR = 'too far from network';

/** Builds the edge index of a graph (one entry per undirected edge, in CSR order, so ties break by index). */
export function buildSnapIndex(g: Graph): SnapIndex {
  const m = g.edgeCount;
  const edgeU = new Int32Array(m);
  const edgeV = new Int32Array(m);
  const edgeMeters = new Float32Array(m);
  let e = 0;
  let minLon = Infinity;
  let minLat = Infinity;
  let maxLat = -Infinity;
  for (let i = 0; i < g.nodeCount; i++) {
    if (g.lon[i]! < minLon) minLon = g.lon[i]!;
    if (g.lat[i]! < minLat) minLat = g.lat[i]!;
    if (g.lat[i]! > maxLat) maxLat = g.lat[i]!;
    for (let k = g.offsets[i]!; k < g.offsets[i + 1]!; k++) {
      const j = g.targets[k]!;
      if (j > i) {
        edgeU[e] = i;
        edgeV[e] = j;
        edgeMeters[e] = g.meters[k]!;
        e++;
      }
    }
  }
  const kx = DEG * Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const x0 = minLon * kx;
  const y0 = minLat * DEG;
  let tree: Flatbush | undefined;
  if (m > 0) {
    tree = new Flatbush(m, 16, Float32Array);
    const pad = 0.05; // metres: Float32 rounding must never shrink a box
    for (let k = 0; k < m; k++) {
      const a = edgeU[k]!;
      const b = edgeV[k]!;
      const xa = g.lon[a]! * kx - x0;
      const xb = g.lon[b]! * kx - x0;
      const ya = g.lat[a]! * DEG - y0;
      const yb = g.lat[b]! * DEG - y0;
      tree.add(Math.min(xa, xb) - pad, Math.min(ya, yb) - pad, Math.max(xa, xb) + pad, Math.max(ya, yb) + pad);
    }
    tree.finish();
  }
  return { graph: g, edgeU, edgeV, edgeMeters, kx, x0, y0, tree };
}

/** Snapped points that sit exactly on graph nodes (benchmarks, peer checks): each starts at its node. */
export function pointsAtNodes(index: SnapIndex, nodes: ArrayLike<number>): SnappedPoints {
  const g = index.graph;
  const n = nodes.length;
  const out = emptySnapped(n);
  for (let i = 0; i < n; i++) {
    const node = nodes[i]!;
    out.lon[i] = g.lon[node]!;
    out.lat[i] = g.lat[node]!;
    const k = g.offsets[node]!;
    if (k === g.offsets[node + 1]) continue; // isolated node: not on any edge
    // Any incident edge works: the point starts at the node (distance 0 to it).
    const other = g.targets[k]!;
    const u = Math.min(node, other);
    const v = Math.max(node, other);
    out.u[i] = u;
    out.v[i] = v;
    out.du[i] = node === u ? 0 : g.meters[k]!;
    out.dv[i] = node === v ? 0 : g.meters[k]!;
    out.gap[i] = 0;
    out.edge[i] = edgeIndexOf(index, u, v);
  }
  return out;
}

function edgeIndexOf(index: SnapIndex, u: number, v: number): number {
  // Edges are numbered in CSR order of (u, v) with u < v: binary search on edgeU then edgeV.
  let lo = 0;
  let hi = index.edgeU.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const cu = index.edgeU[mid]!;
    const cv = index.edgeV[mid]!;
    if (cu < u || (cu === u && cv < v)) lo = mid + 1;
    else if (cu === u && cv === v) return mid;
    else hi = mid - 1;
  }
  return -1;
}

function emptySnapped(n: number): SnappedPoints {
  return {
    count: n,
    lon: new Float64Array(n),
    lat: new Float64Array(n),
    edge: new Int32Array(n).fill(-1),
    u: new Int32Array(n).fill(-1),
    v: new Int32Array(n).fill(-1),
    du: new Float64Array(n).fill(NaN),
    dv: new Float64Array(n).fill(NaN),
    gap: new Float64Array(n).fill(NaN),
  };
}

/** Options for snapping. */
export interface SnapOptions {
  /** Farther points are unreachable ("too far from network"). Default 500 m. */
  maxSnapMeters?: number;
  /** The input's name in error messages (default `points`). */
  field?: string;
}

/**
 * Snaps WGS-84 points to the nearest location on the nearest walkable edge.
 * @param index - from {@link buildSnapIndex}
 * @param coords - points as [lon, lat] pairs
 */
export function snapPoints(index: SnapIndex, coords: ReadonlyArray<readonly [number, number]>, opts: SnapOptions = {}): SnappedPoints {
  const maxSnap = opts.maxSnapMeters ?? 500;
  if (!(maxSnap >= 0)) throw new AppError('invalid', `maxSnapMeters: must be ≥ 0, got ${maxSnap}`, { field: 'maxSnapMeters' });
  const g = index.graph;
  const out = emptySnapped(coords.length);
  const tree = index.tree;
  for (let i = 0; i < coords.length; i++) {
    const [plon, plat] = coords[i]!;
    if (!isValidLngLat(plon, plat)) {
      const field = `${opts.field ?? 'points'}.${i}`;
      throw new AppError('invalid', `${field}: coordinates out of range (${plon}, ${plat})`, { field });
    }
    out.lon[i] = plon;
    out.lat[i] = plat;
    if (!tree) continue;
    const kxp = DEG * Math.cos((plat * Math.PI) / 180);
    const qx = plon * index.kx - index.x0;
    const qy = plat * DEG - index.y0;
    let best = -1;
    let bestD = Infinity;
    let bestT = 0;
    const consider = (e: number): void => {
      const a = index.edgeU[e]!;
      const b = index.edgeV[e]!;
      const ax = (g.lon[a]! - plon) * kxp;
      const ay = (g.lat[a]! - plat) * DEG;
      const bx = (g.lon[b]! - plon) * kxp;
      const by = (g.lat[b]! - plat) * DEG;
      const dx = bx - ax;
      const dy = by - ay;
      const len2 = dx * dx + dy * dy;
      let t = len2 > 0 ? -(ax * dx + ay * dy) / len2 : 0;
      if (t < 0) t = 0;
      else if (t > 1) t = 1;
      const fx = ax + t * dx;
      const fy = ay + t * dy;
      const d = Math.sqrt(fx * fx + fy * fy);
      if (d < bestD || (d === bestD && e < best)) {
        best = e;
        bestD = d;
        bestT = t;
      }
    };
    for (const e of tree.neighbors(qx, qy, 4)) consider(e);
    const stretch = Math.max(1, index.kx / kxp);
    const radius = bestD * stretch * (1 + 1e-9) + 0.1;
    for (const e of tree.neighbors(qx, qy, Infinity, radius)) consider(e);
    if (best < 0) continue;
    const a = index.edgeU[best]!;
    const b = index.edgeV[best]!;
    const flon = g.lon[a]! + bestT * (g.lon[b]! - g.lon[a]!);
    const flat = g.lat[a]! + bestT * (g.lat[b]! - g.lat[a]!);
    const gap = bestT === 0 ? haversineMeters(plon, plat, g.lon[a]!, g.lat[a]!) : bestT === 1 ? haversineMeters(plon, plat, g.lon[b]!, g.lat[b]!) : haversineMeters(plon, plat, flon, flat);
    if (gap > maxSnap) continue;
    const w = index.edgeMeters[best]!;
    out.edge[i] = best;
    out.u[i] = a;
    out.v[i] = b;
    out.du[i] = bestT * w;
    out.dv[i] = (1 - bestT) * w;
    out.gap[i] = gap;
  }
  return out;
}
