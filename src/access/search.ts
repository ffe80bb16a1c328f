/**
 * Shortest walking distances on the CSR graph: a bounded multi-source search over a bucket queue on typed arrays.
 * Labels are compared as (metres, source index), so on equal distance the lower source (facility) index wins —
 * deterministic whatever the processing order. Buffers are reused between searches; only touched nodes are reset.
 */
import type { Graph } from './graph.ts';
import type { SnappedPoints } from './snap.ts';
import { BucketQueue } from './bucket-queue.ts';

/** Bucket width in metres (see {@link Searcher}). */
const BUCKET_METERS = 4;

/**
 * Reusable shortest-path workspace for one graph. Not thread-safe: one per worker.
 *
 * A bucket queue (Dial's algorithm with Δ-stepping's label correction): labels go to buckets of
 * {@link BUCKET_METERS} metres, processed in increasing order; inside one bucket a node whose label improves again
 * (over edges shorter than a bucket) is simply processed again. Only junctions (nodes of degree ≠ 2) and seeds are
 * queued: a street is mostly a chain of degree-2 nodes (94 % of Andorra's), so relaxing an arc into a degree-2 node
 * walks on along the chain — setting each label on the way, in path order — until a junction (which is queued) or a
 * node whose label is already as good. Every label is the lexicographic minimum of (metres, source index) over all
 * paths, each path's metres summed arc by arc in path order — the fixpoint Dijkstra with that tie-break computes,
 * whatever the order of the updates — at O(1) per queue operation instead of a heap's O(log n).
 */
export class Searcher {
  readonly graph: Graph;
  /** Metres from the nearest source per node (Infinity when not reached). */
  readonly dist: Float64Array;
  /** Source index per node (-1 when not reached). */
  readonly source: Int32Array;
  readonly #queue: BucketQueue;
  readonly #touched: Int32Array;
  #touchedCount = 0;

  constructor(graph: Graph) {
    this.graph = graph;
    const n = graph.nodeCount;
    this.dist = new Float64Array(n).fill(Infinity);
    this.source = new Int32Array(n).fill(-1);
    this.#queue = new BucketQueue(n);
    this.#touched = new Int32Array(n);
  }

  /** The nodes reached by the last search, and how many. */
  get touched(): { nodes: Int32Array; count: number } {
    return { nodes: this.#touched, count: this.#touchedCount };
  }

  /** Clears the labels of the last search. */
  reset(): void {
    const t = this.#touched;
    const count = this.#touchedCount;
    const queuedIn = this.#queue.queuedIn;
    if (count > this.dist.length >> 3) {
      // Much of the graph was reached: clearing whole arrays beats scattered writes.
      this.dist.fill(Infinity);
      this.source.fill(-1);
      queuedIn.fill(-1);
    } else {
      for (let i = 0; i < count; i++) {
        const v = t[i]!;
        this.dist[v] = Infinity;
        this.source[v] = -1;
        queuedIn[v] = -1;
      }
    }
    this.#touchedCount = 0;
  }

  /** Offers label (d, s) to node v; keeps the lexicographically smaller. */
  seed(v: number, d: number, s: number): void {
    const cur = this.dist[v]!;
    if (d > cur || (d === cur && s >= this.source[v]! && this.source[v]! >= 0)) return;
    if (cur === Infinity) this.#touched[this.#touchedCount++] = v;
    this.dist[v] = d;
    this.source[v] = s;
  }

  /** Queues every seeded node in its bucket. */
  #queueSeeds(): void {
    const dist = this.dist;
    const touched = this.#touched;
    const count = this.#touchedCount;
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < count; i++) {
      const d = dist[touched[i]!]!;
      if (d < lo) lo = d;
      if (d > hi) hi = d;
    }
    const first = Math.floor(lo / BUCKET_METERS);
    this.#queue.start(first, Math.floor(hi / BUCKET_METERS) - first + 2);
    for (let i = 0; i < count; i++) this.#queue.push(touched[i]!, Math.floor(dist[touched[i]!]! / BUCKET_METERS));
  }

  /**
   * Runs the search from the seeded labels until every node within `limitMeters` has its final label. Nodes beyond
   * the limit are either not reached (Infinity / -1) or keep an upper bound: treat `dist > limit` as unreached.
   */
  run(limitMeters = Infinity): void {
    if (this.#touchedCount === 0) return;
    this.#queueSeeds();
    const g = this.graph;
    const offsets = g.offsets;
    const targets = g.targets;
    const meters = g.meters;
    const dist = this.dist;
    const source = this.source;
    const q = this.#queue;
    const touched = this.#touched;
    let touchedCount = this.#touchedCount;
    const lastBucket = limitMeters === Infinity ? Infinity : Math.floor(limitMeters / BUCKET_METERS);
    // Little work per node here: the hot loops are in settle(), which V8 compiles on its own (compiling this loop
    // too would compile settle's body a second time, inlined).
    while (q.size > 0 && q.current <= lastBucket) {
      let v: number;
      while ((v = q.pop()) !== -1) touchedCount = settle(offsets, targets, meters, dist, source, touched, touchedCount, q, v, limitMeters);
      q.current++;
    }
    this.#touchedCount = touchedCount;
    // Entries left beyond the limit are dropped (the next start clears them, reset() their nodes' queue marks);
    // their nodes keep upper-bound labels.
  }

  /** Seeds every reachable snapped point `i` as source `i` (its two edge ends, plus the gap). */
  seedPoints(pts: SnappedPoints, only?: number): void {
    const from = only ?? 0;
    const to = only === undefined ? pts.count : only + 1;
    for (let i = from; i < to; i++) {
      if (pts.edge[i]! < 0) continue;
      this.seed(pts.u[i]!, pts.gap[i]! + pts.du[i]!, i);
      this.seed(pts.v[i]!, pts.gap[i]! + pts.dv[i]!, i);
    }
  }
}

const INF = Infinity;

/**
 * Settles node v: relaxes each of its arcs and walks on through degree-2 nodes while the labels improve; a junction
 * (or a dead end) reached is queued. Returns the new count of touched nodes. (A plain function of its arrays: no
 * property loads per call, which the first, interpreted iterations of a cold run would pay.)
 */
function settle(
  offsets: Int32Array,
  targets: Int32Array,
  meters: Float32Array,
  dist: Float64Array,
  source: Int32Array,
  touched: Int32Array,
  touchedCount: number,
  q: BucketQueue,
  v: number,
  limitMeters: number,
): number {
  const inf = INF;
  const dv = dist[v]!;
  if (dv > limitMeters) return touchedCount;
  const sv = source[v]!;
  for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
    let prev = v;
    let t = targets[k]!;
    let d = dv + meters[k]!;
    while (d <= limitMeters) {
      const dt = dist[t]!;
      // (d, sv) must beat (dt, source): both comparisons run whenever d ≥ dt, so the optimizing compiler has seen
      // them before the first tie (a tie is rare; an operation first reached after compiling deoptimizes the loop).
      if (d >= dt && ((d > dt ? 1 : 0) | (sv >= source[t]! ? 1 : 0)) !== 0) break;
      if (dt === inf) touched[touchedCount++] = t;
      dist[t] = d;
      source[t] = sv;
      const o = offsets[t]!;
      if (offsets[t + 1]! - o !== 2) {
        // A junction or a dead end: queue it. (A seed whose label a walk improved is popped in a later bucket than
        // its label; what it reaches then goes to the current bucket.)
        const b = Math.max(q.current, Math.floor(d / BUCKET_METERS));
        if (q.queuedIn[t] !== b) q.push(t, b);
        break;
      }
      let a = o;
      let next = targets[o]!;
      if (next === prev) {
        a = o + 1;
        next = targets[a]!;
      }
      d += meters[a]!;
      prev = t;
      t = next;
    }
  }
  return touchedCount;
}

/** Snapped points grouped by graph node (CSR): the points on edges incident to each node. */
export interface PointsByNode {
  readonly offsets: Int32Array;
  readonly points: Int32Array;
}

/** Groups points by their edges' end nodes, for fast target look-ups after a search. */
export function groupPointsByNode(g: Graph, pts: SnappedPoints): PointsByNode {
  const n = g.nodeCount;
  const cnt = new Int32Array(n + 1);
  for (let i = 0; i < pts.count; i++) {
    if (pts.edge[i]! < 0) continue;
    cnt[pts.u[i]! + 1]!++;
    cnt[pts.v[i]! + 1]!++;
  }
  for (let i = 0; i < n; i++) cnt[i + 1]! += cnt[i]!;
  const fill = cnt.slice(0, n);
  const points = new Int32Array(cnt[n]!);
  for (let i = 0; i < pts.count; i++) {
    if (pts.edge[i]! < 0) continue;
    points[fill[pts.u[i]!]!++] = i;
    points[fill[pts.v[i]!]!++] = i;
  }
  return { offsets: cnt, points };
}

/**
 * Metres from the last search's sources to point `i` (network distance + the point's gap), with the best source;
 * also considers sources on the same edge (walking along it directly). Writes into `out` [metres, source].
 */
export function costToPoint(s: Searcher, pts: SnappedPoints, i: number, sameEdge: SameEdgeSources | undefined, out: Float64Array): void {
  let best = Infinity;
  let bestSrc = -1;
  if (pts.edge[i]! >= 0) {
    const u = pts.u[i]!;
    const v = pts.v[i]!;
    const du = s.dist[u]! + pts.du[i]!;
    const su = s.source[u]!;
    if (su >= 0) {
      best = du;
      bestSrc = su;
    }
    const dv = s.dist[v]! + pts.dv[i]!;
    const sv = s.source[v]!;
    if (sv >= 0 && (dv < best || (dv === best && sv < bestSrc))) {
      best = dv;
      bestSrc = sv;
    }
    if (sameEdge) {
      const list = sameEdge.get(pts.edge[i]!);
      if (list) {
        for (let k = 0; k < list.length; k += 2) {
          const f = list[k]!;
          const d = list[k + 1]! + Math.abs(pts.du[i]! - sameEdge.du[f]!);
          if (d < best || (d === best && f < bestSrc)) {
            best = d;
            bestSrc = f;
          }
        }
      }
    }
    best += pts.gap[i]!;
  }
  out[0] = best;
  out[1] = bestSrc;
}

/** Sources by edge: edge → [sourceIndex, sourceGap, …], with each source's metres to u (`du`). */
export interface SameEdgeSources {
  get(edge: number): number[] | undefined;
  readonly du: Float64Array;
}

/** Indexes sources by their snapped edge (for sources and targets on one edge). */
export function sameEdgeSources(src: SnappedPoints, only?: number): SameEdgeSources {
  const map = new Map<number, number[]>();
  const from = only ?? 0;
  const to = only === undefined ? src.count : only + 1;
  for (let f = from; f < to; f++) {
    const e = src.edge[f]!;
    if (e < 0) continue;
    let l = map.get(e);
    if (!l) map.set(e, (l = []));
    l.push(f, src.gap[f]!);
  }
  return { get: (e) => map.get(e), du: src.du };
}
