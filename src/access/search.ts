/**
 * Shortest walking distances on the CSR graph: a bounded multi-source Dijkstra over an indexed binary heap on typed
 * arrays. Labels are compared as (metres, source index), so on equal distance the lower source (facility) index wins
 * — deterministic whatever the heap does. Buffers are reused between searches; only touched nodes are reset.
 */
import type { Graph } from './graph.ts';
import type { SnappedPoints } from './snap.ts';

/**
 * Reusable Dijkstra workspace for one graph. Not thread-safe: one per worker.
 * The 4-ary heap keeps its keys inline (metres, source, node in three parallel typed arrays) so comparisons touch
 * contiguous memory; `pos` maps a node to its heap slot (-1 never queued, -2 settled, -3 left unsettled).
 */
export class Searcher {
  readonly graph: Graph;
  /** Metres from the nearest source per node (Infinity when not reached). */
  readonly dist: Float64Array;
  /** Source index per node (-1 when not reached). */
  readonly source: Int32Array;
  readonly #hk: Float64Array;
  readonly #hs: Int32Array;
  readonly #hn: Int32Array;
  readonly #pos: Int32Array;
  #size = 0;
  readonly #touched: Int32Array;
  #touchedCount = 0;

  constructor(graph: Graph) {
    this.graph = graph;
    const n = graph.nodeCount;
    this.dist = new Float64Array(n).fill(Infinity);
    this.source = new Int32Array(n).fill(-1);
    this.#hk = new Float64Array(n);
    this.#hs = new Int32Array(n);
    this.#hn = new Int32Array(n);
    this.#pos = new Int32Array(n).fill(-1);
    this.#touched = new Int32Array(n);
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
      this.#pos[v] = -1;
    }
    this.#touchedCount = 0;
    this.#size = 0;
  }

  /** Moves slot i up to its place for key (k, s, v). */
  #up(i: number, k: number, s: number, v: number): void {
    const hk = this.#hk;
    const hs = this.#hs;
    const hn = this.#hn;
    const pos = this.#pos;
    while (i > 0) {
      const p = (i - 1) >> 2;
      const pk = hk[p]!;
      if (pk < k || (pk === k && (hs[p]! < s || (hs[p] === s && hn[p]! < v)))) break;
      hk[i] = pk;
      hs[i] = hs[p]!;
      const pv = hn[p]!;
      hn[i] = pv;
      pos[pv] = i;
      i = p;
    }
    hk[i] = k;
    hs[i] = s;
    hn[i] = v;
    pos[v] = i;
  }

  /** Sets node v's label to (d, s) and queues or re-queues it. */
  #push(v: number, d: number, s: number): void {
    this.dist[v] = d;
    this.source[v] = s;
    const p = this.#pos[v]!;
    this.#up(p >= 0 ? p : this.#size++, d, s, v);
  }

  /** Offers label (d, s) to node v; keeps the lexicographically smaller. */
  seed(v: number, d: number, s: number): void {
    const cur = this.dist[v]!;
    if (d > cur || (d === cur && s >= this.source[v]! && this.source[v]! >= 0)) return;
    if (cur === Infinity && this.#pos[v] === -1) this.#touched[this.#touchedCount++] = v;
    this.#push(v, d, s);
  }

  /**
   * Runs Dijkstra from the seeded labels until every node within `limitMeters` is settled (labels beyond the limit
   * may remain as upper bounds; treat `dist > limit` as unreached).
   */
  run(limitMeters = Infinity): void {
    const g = this.graph;
    const offsets = g.offsets;
    const targets = g.targets;
    const meters = g.meters;
    const dist = this.dist;
    const source = this.source;
    const hk = this.#hk;
    const hs = this.#hs;
    const hn = this.#hn;
    const pos = this.#pos;
    const touched = this.#touched;
    while (this.#size > 0) {
      const dv = hk[0]!;
      if (dv > limitMeters) break;
      const v = hn[0]!;
      const sv = hs[0]!;
      pos[v] = -2; // settled
      // Pop: sift the last entry down from the root.
      const n = --this.#size;
      if (n > 0) {
        const lk = hk[n]!;
        const ls = hs[n]!;
        const lv = hn[n]!;
        let i = 0;
        for (;;) {
          // 4-ary heap: the smallest of up to four children.
          const first = 4 * i + 1;
          if (first >= n) break;
          let c = first;
          let bk = hk[first]!;
          const last = first + 4 < n ? first + 4 : n;
          for (let q = first + 1; q < last; q++) {
            const qk = hk[q]!;
            if (qk < bk || (qk === bk && (hs[q]! < hs[c]! || (hs[q] === hs[c] && hn[q]! < hn[c]!)))) {
              c = q;
              bk = qk;
            }
          }
          if (bk > lk || (bk === lk && (hs[c]! > ls || (hs[c] === ls && hn[c]! > lv)))) break;
          hk[i] = bk;
          hs[i] = hs[c]!;
          const cv = hn[c]!;
          hn[i] = cv;
          pos[cv] = i;
          i = c;
        }
        hk[i] = lk;
        hs[i] = ls;
        hn[i] = lv;
        pos[lv] = i;
      }
      for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
        const t = targets[k]!;
        const pt = pos[t]!;
        if (pt === -2) continue;
        const nd = dv + meters[k]!;
        const dt = dist[t]!;
        if (nd < dt || (nd === dt && sv < source[t]!)) {
          if (pt === -1) touched[this.#touchedCount++] = t;
          dist[t] = nd;
          source[t] = sv;
          this.#up(pt >= 0 ? pt : this.#size++, nd, sv, t);
        }
      }
    }
    // Unsettled heap entries stay as upper bounds; mark them so the next seed starts a fresh queue.
    for (let i = 0; i < this.#size; i++) pos[hn[i]!] = -3;
    this.#size = 0;
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
