/**
 * Network searches on snapped points: nearest facility for every point (bounded multi-source Dijkstra), one-to-many
 * and a many-to-many matrix with a cutoff. Distances are metres; convert with {@link metersToMinutes}.
 */
import { AppError } from '../shared/errors.ts';
import type { Graph } from './graph.ts';
import type { SnappedPoints } from './snap.ts';
import { Searcher, costToPoint, groupPointsByNode, sameEdgeSources } from './search.ts';
import type { PointsByNode } from './search.ts';
import { answerPoints } from './answers.ts';
import type { NearestResult, PrintedColumns } from './answers.ts';

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

export { REASON_NONE, REASON_TOO_FAR, REASON_NO_PATH, REASON_BEYOND_CAP } from './answers.ts';
export type { NearestResult, PrintedColumns } from './answers.ts';

/** Human text of each reason code. */
export const REASONS = ['', 'too far from network', 'no facility reachable', 'beyond max minutes'] as const;

/** Options for {@link nearestFacility}. */
export interface NearestOptions {
  /** Stop searching beyond this many metres (points beyond get REASON_BEYOND_CAP). Default: no cap. */
  capMeters?: number;
  /** Also write what `access nearest` prints per point, in the same pass (ops.ts `nearestColumns`). */
  printed?: PrintedColumns;
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
  const result = { facility: new Int32Array(n), meters: new Float64Array(n), reason: new Uint8Array(n) };
  answerPoints(s, g, facilities, points, cap, result, opts.printed);
  s.reset();
  return result;
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
