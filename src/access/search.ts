/**
 * Shortest walking distances on the CSR graph: a bounded multi-source search over a bucket queue on typed arrays.
 * Labels are compared as (metres, source index), so on equal distance the lower source (facility) index wins —
 * deterministic whatever the processing order. Buffers are reused between searches; only touched nodes are reset.
 */
import type { Graph } from './graph.ts';
import type { SnappedPoints } from './snap.ts';

/** Bucket width in metres (see {@link Searcher}). */
const BUCKET_METERS = 4;

/**
 * Reusable shortest-path workspace for one graph. Not thread-safe: one per worker.
 *
 * A bucket queue (Dial's algorithm with Δ-stepping's label correction): labels go to buckets of
 * {@link BUCKET_METERS} metres, processed in increasing order; inside one bucket a node whose label improves again
 * (over edges shorter than a bucket) is simply processed again. Every label is the lexicographic minimum of
 * (metres, source index) over all paths — the same answer as Dijkstra with that tie-break, whatever the order inside
 * a bucket — at O(1) per queue operation instead of a heap's O(log n).
 */
export class Searcher {
  readonly graph: Graph;
  /** Metres from the nearest source per node (Infinity when not reached). */
  readonly dist: Float64Array;
  /** Source index per node (-1 when not reached). */
  readonly source: Int32Array;
  /** Absolute bucket number a node is queued in (-1 when not queued). */
  readonly #queuedIn: Float64Array;
  /** Queue entries as linked lists per bucket: entry → node, entry → next entry. */
  #entryNode: Int32Array;
  #entryNext: Int32Array;
  readonly #touched: Int32Array;
  #touchedCount = 0;
  readonly #maxArc: number;

  constructor(graph: Graph) {
    this.graph = graph;
    const n = graph.nodeCount;
    this.dist = new Float64Array(n).fill(Infinity);
    this.source = new Int32Array(n).fill(-1);
    this.#queuedIn = new Float64Array(n).fill(-1);
    const cap = Math.max(16, n);
    this.#entryNode = new Int32Array(cap);
    this.#entryNext = new Int32Array(cap);
    this.#touched = new Int32Array(n);
    let maxArc = 0;
    for (let k = 0; k < graph.meters.length; k++) if (graph.meters[k]! > maxArc) maxArc = graph.meters[k]!;
    this.#maxArc = maxArc;
  }

  /** The nodes reached by the last search, and how many. */
  get touched(): { nodes: Int32Array; count: number } {
    return { nodes: this.#touched, count: this.#touchedCount };
  }

  /** Clears the labels of the last search. */
  reset(): void {
    const t = this.#touched;
    for (let i = 0; i < this.#touchedCount; i++) {
      const v = t[i]!;
      this.dist[v] = Infinity;
      this.source[v] = -1;
      this.#queuedIn[v] = -1;
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

  /**
   * Runs the search from the seeded labels until every node within `limitMeters` has its final label (labels beyond
   * the limit may remain as upper bounds; treat `dist > limit` as unreached).
   */
  run(limitMeters = Infinity): void {
    const g = this.graph;
    const offsets = g.offsets;
    const targets = g.targets;
    const meters = g.meters;
    const dist = this.dist;
    const source = this.source;
    const queuedIn = this.#queuedIn;
    const touched = this.#touched;
    let touchedCount = this.#touchedCount;
    if (touchedCount === 0) return;
    // Labels waiting in the queue always lie within [current bucket, current + maxArc + seed spread]: a ring.
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < touchedCount; i++) {
      const d = dist[touched[i]!]!;
      if (d < lo) lo = d;
      if (d > hi) hi = d;
    }
    const ring = Math.ceil((this.#maxArc + (hi - lo)) / BUCKET_METERS) + 2;
    const head = new Int32Array(ring).fill(-1);
    let entryNode = this.#entryNode;
    let entryNext = this.#entryNext;
    let entries = 0;
    let queued = 0;
    const push = (v: number, b: number): void => {
      if (entries === entryNode.length) {
        const n2 = new Int32Array(entries * 2);
        n2.set(entryNode);
        const x2 = new Int32Array(entries * 2);
        x2.set(entryNext);
        entryNode = n2;
        entryNext = x2;
      }
      const slot = b % ring;
      entryNode[entries] = v;
      entryNext[entries] = head[slot]!;
      head[slot] = entries++;
      queuedIn[v] = b;
      queued++;
    };
    const seeds = touchedCount;
    for (let i = 0; i < seeds; i++) {
      const v = touched[i]!;
      push(v, Math.floor(dist[v]! / BUCKET_METERS));
    }
    let cur = Math.floor(lo / BUCKET_METERS);
    const lastBucket = limitMeters === Infinity ? Infinity : Math.floor(limitMeters / BUCKET_METERS);
    while (queued > 0 && cur <= lastBucket) {
      const slot = cur % ring;
      while (head[slot] !== -1) {
        const e = head[slot]!;
        head[slot] = entryNext[e]!;
        queued--;
        const v = entryNode[e]!;
        if (queuedIn[v] !== cur) continue; // stale: v moved to a lower bucket and was processed there
        queuedIn[v] = -1;
        const dv = dist[v]!;
        if (dv > limitMeters) continue;
        const sv = source[v]!;
        for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
          const t = targets[k]!;
          const nd = dv + meters[k]!;
          const dt = dist[t]!;
          if (nd < dt || (nd === dt && sv < source[t]!)) {
            if (dt === Infinity) touched[touchedCount++] = t;
            dist[t] = nd;
            source[t] = sv;
            const b = Math.floor(nd / BUCKET_METERS);
            if (queuedIn[t] !== b) push(t, b);
          }
        }
      }
      cur++;
    }
    // Entries left beyond the limit are dropped; their nodes keep upper-bound labels.
    for (let i = 0; i < touchedCount; i++) queuedIn[touched[i]!] = -1;
    this.#entryNode = entryNode;
    this.#entryNext = entryNext;
    this.#touchedCount = touchedCount;
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
