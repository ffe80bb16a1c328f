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
  const facility = new Int32Array(n);
  const meters = new Float64Array(n);
  const reason = new Uint8Array(n);
  // Edges holding a facility (a point there may walk along the edge to it): a flag per edge, the list in a map.
  const onEdge = new Uint8Array(g.edgeCount);
  for (let f = 0; f < facilities.count; f++) if (facilities.edge[f]! >= 0) onEdge[facilities.edge[f]!] = 1;
  // Components holding a facility: an unreached point there is beyond the cap, elsewhere it has no path.
  const served = new Uint8Array(g.componentCount);
  for (let f = 0; f < facilities.count; f++) if (facilities.edge[f]! >= 0) served[g.component[facilities.u[f]!]!] = 1;
  const result = { facility, meters, reason };
  const onSameEdge = answerPoints(s, points, onEdge, served, g.component, cap, result);
  if (onSameEdge.length > 0) {
    // Points on an edge that holds a facility: walking along the edge to it may be shorter.
    const same = sameEdgeSources(facilities);
    const out = new Float64Array(2);
    for (const i of onSameEdge) {
      costToPoint(s, points, i, same, out);
      setAnswer(result, i, out[0]!, out[1]!, cap, served[g.component[points.u[i]!]!] === 1);
    }
  }
  s.reset();
  return result;
}

/** Point i's answer from its best (metres, facility): the facility and metres, or the reason it has none. */
function setAnswer(r: NearestResult, i: number, best: number, bestSrc: number, cap: number, served: boolean): void {
  if (bestSrc < 0 || best === Infinity) {
    r.reason[i] = cap < Infinity && served ? REASON_BEYOND_CAP : REASON_NO_PATH;
    r.facility[i] = -1;
    r.meters[i] = NaN;
  } else if (best > cap) {
    r.reason[i] = REASON_BEYOND_CAP;
    r.facility[i] = -1;
    r.meters[i] = NaN;
  } else {
    r.reason[i] = REASON_NONE;
    r.facility[i] = bestSrc;
    r.meters[i] = best;
  }
}

const INF = Infinity;
const NAN = NaN;

/**
 * Each point's nearest facility and metres (or the reason it has none) from the labels of the last search: the
 * better end of its edge, (metres, facility) compared as in the search. Returns the points on edges that hold a
 * facility, whose answers {@link costToPoint} completes (walking along the edge to the facility).
 *
 * Written for the first, cold run (the CLI answers once per process): V8 optimises the loop while it runs, and a
 * branch taken for the first time after that — a rare case reading or writing memory — throws the loop back to the
 * interpreter until it is compiled again. So every array access happens on every iteration and the rare cases
 * (unsnapped points, ties, no facility, beyond the cap) only choose between values.
 */
function answerPoints(s: Searcher, points: SnappedPoints, onEdge: Uint8Array, served: Uint8Array, component: Int32Array, cap: number, r: NearestResult): Int32Array {
  const { facility, meters, reason } = r;
  const dist = s.dist;
  const source = s.source;
  const { edge, u, v, du, dv, gap } = points;
  const n = points.count;
  const marked = new Int32Array(n);
  let k = 0;
  const capped = cap < INF ? 1 : 0;
  for (let i = 0; i < n; i++) {
    const e = edge[i]!;
    const snapped = e >= 0;
    // An unsnapped point reads node 0 and edge 0 (its values are discarded).
    const a = snapped ? u[i]! : 0;
    const b = snapped ? v[i]! : 0;
    const sa = source[a]!;
    const sb = source[b]!;
    const da = dist[a]! + du[i]!;
    const db = dist[b]! + dv[i]!;
    const g = gap[i]!;
    const sameEdge = onEdge[snapped ? e : 0]!;
    const inServed = served[component[a]!]!;
    let best = sa >= 0 ? da : INF;
    let bestSrc = sa;
    // (db, sb) beats (best, bestSrc): both comparisons on every iteration (see above).
    if (sb >= 0 && ((db < best ? 1 : 0) | ((db === best ? 1 : 0) & (sb < bestSrc ? 1 : 0))) !== 0) {
      best = db;
      bestSrc = sb;
    }
    best += g;
    const unreached = (bestSrc < 0 ? 1 : 0) | (best === INF ? 1 : 0);
    const over = best > cap ? 1 : 0;
    const unreachedReason = (capped & inServed) === 1 ? REASON_BEYOND_CAP : REASON_NO_PATH;
    const rs = !snapped ? REASON_TOO_FAR : unreached === 1 ? unreachedReason : over === 1 ? REASON_BEYOND_CAP : REASON_NONE;
    const ok = rs === REASON_NONE;
    reason[i] = rs;
    facility[i] = ok ? bestSrc : -1;
    meters[i] = ok ? best : NAN;
    marked[k] = i;
    k += snapped ? sameEdge : 0;
  }
  return marked.subarray(0, k);
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
