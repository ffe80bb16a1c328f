/**
 * Network searches on snapped points: nearest facility for every point (bounded multi-source Dijkstra), one-to-many
 * and a many-to-many matrix with a cutoff. Distances are metres; convert with {@link metersToMinutes}.
 */
import { AppError } from '../shared/errors.ts';
import type { Graph } from './graph.ts';
import type { SnappedPoints } from './snap.ts';
import { Searcher, costToPoint, groupPointsByNode, sameEdgeSources } from './search.ts';
import type { PointsByNode } from './search.ts';

const searchers = new WeakMap<Graph, Searcher>();

/** The reusable search workspace of a graph (one per thread). */
export function searcherFor(g: Graph): Searcher {
  let s = searchers.get(g);
  if (!s) searchers.set(g, (s = new Searcher(g)));
  return s;
}

/** Metres walked per minute at a speed in km/h (architecture.md: minutes = metres ÷ (km/h × 1000 / 60)). */
export function metersPerMinute(speedKmh: number): number {
  if (!(speedKmh > 0) || !Number.isFinite(speedKmh)) throw new AppError('invalid', `speedKmh: must be a number > 0, got ${speedKmh}`, { field: 'speedKmh' });
  return (speedKmh * 1000) / 60;
}

/** Walking minutes for a distance in metres at a speed in km/h. */
export function metersToMinutes(meters: number, speedKmh: number): number {
  return meters / metersPerMinute(speedKmh);
}

/** Reason code: the point has a nearest facility. */
export const REASON_NONE = 0;
/** Reason code: the point is farther than the snapping limit from every walkable edge. */
export const REASON_TOO_FAR = 1;
/** Reason code: no facility in the point's connected component (or no facility could be snapped). */
export const REASON_NO_PATH = 2;
/** Reason code: the nearest facility is beyond the search cap (`--max-minutes`). */
export const REASON_BEYOND_CAP = 3;
/** Human text of each reason code. */
export const REASONS = ['', 'too far from network', 'no facility reachable', 'beyond max minutes'] as const;

/** Nearest-facility result per point. */
export interface NearestResult {
  /** Facility index per point, -1 when none. */
  readonly facility: Int32Array;
  /** Network metres (including both gaps) per point; NaN when none. */
  readonly meters: Float64Array;
  /** Reason code per point (REASON_*). */
  readonly reason: Uint8Array;
}

/** Options for {@link nearestFacility}. */
export interface NearestOptions {
  /** Stop searching beyond this many metres (points beyond get REASON_BEYOND_CAP). Default: no cap. */
  capMeters?: number;
}

/**
 * Nearest facility for every point: one bounded multi-source Dijkstra from all facilities. On equal distance the
 * lower facility index wins.
 * @param facilities - snapped facilities (index = facility index)
 * @param points - snapped demand points
 */
export function nearestFacility(g: Graph, facilities: SnappedPoints, points: SnappedPoints, opts: NearestOptions = {}): NearestResult {
  const cap = opts.capMeters ?? Infinity;
  const s = searcherFor(g);
  s.reset();
  s.seedPoints(facilities);
  s.run(cap);
  const n = points.count;
  const facility = new Int32Array(n).fill(-1);
  const meters = new Float64Array(n).fill(NaN);
  const reason = new Uint8Array(n);
  // Edges holding a facility (a point there may walk along the edge to it): a flag per edge, the list in a map.
  const onEdge = new Uint8Array(g.edgeCount);
  for (let f = 0; f < facilities.count; f++) if (facilities.edge[f]! >= 0) onEdge[facilities.edge[f]!] = 1;
  const same = sameEdgeSources(facilities);
  // Components holding a facility: an unreached point there is beyond the cap, elsewhere it has no path.
  const served = new Uint8Array(g.componentCount);
  for (let f = 0; f < facilities.count; f++) if (facilities.edge[f]! >= 0) served[g.component[facilities.u[f]!]!] = 1;
  const out = new Float64Array(2);
  const dist = s.dist;
  const source = s.source;
  const { edge, u, v, du, dv, gap } = points;
  for (let i = 0; i < n; i++) {
    const e = edge[i]!;
    if (e < 0) {
      reason[i] = REASON_TOO_FAR;
      continue;
    }
    // The better end of the point's edge, (metres, facility) compared as in the search (see costToPoint).
    let best: number;
    let bestSrc: number;
    if (onEdge[e] === 1) {
      costToPoint(s, points, i, same, out);
      best = out[0]!;
      bestSrc = out[1]!;
    } else {
      const a = u[i]!;
      const b = v[i]!;
      const sa = source[a]!;
      const sb = source[b]!;
      const da = dist[a]! + du[i]!;
      const db = dist[b]! + dv[i]!;
      best = sa >= 0 ? da : Infinity;
      bestSrc = sa;
      if (sb >= 0 && ((db < best ? 1 : 0) | (db === best && sb < bestSrc ? 1 : 0)) !== 0) {
        best = db;
        bestSrc = sb;
      }
      best += gap[i]!;
    }
    if (bestSrc < 0 || best === Infinity) reason[i] = cap < Infinity && served[g.component[u[i]!]!] === 1 ? REASON_BEYOND_CAP : REASON_NO_PATH;
    else if (best > cap) reason[i] = REASON_BEYOND_CAP;
    else {
      facility[i] = bestSrc;
      meters[i] = best;
    }
  }
  s.reset();
  return { facility, meters, reason };
}

/** Per-node result of a multi-source search. */
export interface NodeLabels {
  /** Metres from the nearest source per node (Infinity beyond the limit). */
  readonly meters: Float64Array;
  /** Index of that source per node (-1 beyond the limit). */
  readonly source: Int32Array;
}

/**
 * Time to the nearest facility, and which, for every node within `limitMeters` (bounded multi-source Dijkstra;
 * lower facility index wins ties). Nodes beyond the limit get Infinity / -1.
 */
export function multiSourceNodes(g: Graph, facilities: SnappedPoints, limitMeters = Infinity): NodeLabels {
  const s = searcherFor(g);
  s.reset();
  s.seedPoints(facilities);
  s.run(limitMeters);
  const meters = new Float64Array(g.nodeCount).fill(Infinity);
  const source = new Int32Array(g.nodeCount).fill(-1);
  const { nodes, count } = s.touched;
  for (let k = 0; k < count; k++) {
    const v = nodes[k]!;
    if (s.dist[v]! <= limitMeters) {
      meters[v] = s.dist[v]!;
      source[v] = s.source[v]!;
    }
  }
  s.reset();
  return { meters, source };
}

/**
 * Visits every target point within `limitMeters` of source `src` (one bounded Dijkstra), calling `visit(target,
 * metres)`. The building block of one-to-many, matrices and 2SFCA.
 */
export function forEachWithin(
  g: Graph,
  sources: SnappedPoints,
  src: number,
  targets: SnappedPoints,
  byNode: PointsByNode,
  limitMeters: number,
  visit: (target: number, meters: number) => void,
  stamp?: Int32Array,
): void {
  if (sources.edge[src]! < 0) return;
  const s = searcherFor(g);
  s.reset();
  s.seedPoints(sources, src);
  s.run(limitMeters);
  const same = sameEdgeSources(sources, src);
  const seen = stamp ?? new Int32Array(targets.count).fill(-1);
  const out = new Float64Array(2);
  const { nodes, count } = s.touched;
  for (let k = 0; k < count; k++) {
    const v = nodes[k]!;
    if (!(s.dist[v]! <= limitMeters)) continue;
    for (let j = byNode.offsets[v]!; j < byNode.offsets[v + 1]!; j++) {
      const t = byNode.points[j]!;
      if (seen[t] === src) continue;
      seen[t] = src;
      costToPoint(s, targets, t, same, out);
      if (out[0]! <= limitMeters) visit(t, out[0]!);
    }
  }
  // Targets on the source's own edge whose ends were not reached within the limit.
  const e = sources.edge[src]!;
  for (const v of [sources.u[src]!, sources.v[src]!]) {
    for (let j = byNode.offsets[v]!; j < byNode.offsets[v + 1]!; j++) {
      const t = byNode.points[j]!;
      if (seen[t] === src || targets.edge[t] !== e) continue;
      seen[t] = src;
      costToPoint(s, targets, t, same, out);
      if (out[0]! <= limitMeters) visit(t, out[0]!);
    }
  }
  s.reset();
}

/**
 * Metres from one source point to many target points (Infinity beyond `limitMeters` or unreachable).
 * @param source - index of the source in `sources`
 */
export function oneToMany(g: Graph, sources: SnappedPoints, source: number, targets: SnappedPoints, limitMeters = Infinity): Float64Array {
  const res = new Float64Array(targets.count).fill(Infinity);
  forEachWithin(g, sources, source, targets, groupPointsByNode(g, targets), limitMeters, (t, m) => {
    res[t] = m;
  });
  return res;
}

/**
 * Many-to-many metres, row-major `[source × targets.count + target]`, Infinity beyond `cutoffMeters`.
 * One bounded Dijkstra per source.
 */
export function matrix(g: Graph, sources: SnappedPoints, targets: SnappedPoints, cutoffMeters = Infinity): Float64Array {
  const res = new Float64Array(sources.count * targets.count).fill(Infinity);
  const byNode = groupPointsByNode(g, targets);
  const stamp = new Int32Array(targets.count).fill(-1);
  for (let s = 0; s < sources.count; s++) {
    const row = s * targets.count;
    forEachWithin(g, sources, s, targets, byNode, cutoffMeters, (t, m) => {
      res[row + t] = m;
    }, stamp);
  }
  return res;
}
