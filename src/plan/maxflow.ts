/**
 * Max-flow (Dinic) on a bipartite transportation network, used to evaluate capacitated coverage exactly for a
 * fixed set of open sites: source → site (places), site → demand (unbounded, only pairs within the limit),
 * demand → sink (weight). Typed arrays throughout; flows can be snapshotted and restored for marginal evaluation.
 */
import type { Coverage } from './problem.ts';

const EPS = 1e-9;

/** A reusable flow network for capacitated coverage. */
export class ServedFlow {
  readonly #n: number; // nodes
  readonly #head: Int32Array;
  readonly #next: Int32Array;
  readonly #to: Int32Array;
  readonly #cap: Float64Array;
  #flow: Float64Array;
  readonly #level: Int32Array;
  readonly #iter: Int32Array;
  readonly #queue: Int32Array;
  readonly #src: number;
  readonly #sink: number;
  readonly #siteEdge: Int32Array; // edge index of source → site j
  readonly #places: Float64Array;
  #value = 0;

  /**
   * @param cov - coverage sets (pairs within the limit)
   * @param places - places per site
   */
  constructor(cov: Coverage, places: Float64Array) {
    const m = cov.nSites;
    const nd = cov.nDemands;
    this.#n = m + nd + 2;
    this.#src = m + nd;
    this.#sink = m + nd + 1;
    const edges = 2 * (m + nd + cov.siteDemand.length);
    this.#head = new Int32Array(this.#n).fill(-1);
    this.#next = new Int32Array(edges);
    this.#to = new Int32Array(edges);
    this.#cap = new Float64Array(edges);
    this.#flow = new Float64Array(edges);
    this.#level = new Int32Array(this.#n);
    this.#iter = new Int32Array(this.#n);
    this.#queue = new Int32Array(this.#n);
    this.#siteEdge = new Int32Array(m);
    this.#places = places;
    let e = 0;
    const add = (u: number, v: number, c: number): number => {
      this.#to[e] = v;
      this.#cap[e] = c;
      this.#next[e] = this.#head[u]!;
      this.#head[u] = e;
      this.#to[e + 1] = u;
      this.#cap[e + 1] = 0;
      this.#next[e + 1] = this.#head[v]!;
      this.#head[v] = e + 1;
      e += 2;
      return e - 2;
    };
    for (let i = 0; i < nd; i++) add(m + i, this.#sink, cov.weights[i]!);
    for (let j = 0; j < m; j++) for (let x = cov.siteStart[j]!; x < cov.siteStart[j + 1]!; x++) add(j, m + cov.siteDemand[x]!, Infinity);
    for (let j = 0; j < m; j++) this.#siteEdge[j] = add(this.#src, j, 0);
  }

  /** Current served total. */
  get value(): number {
    return this.#value;
  }

  /** Opens site j (its source edge gets its places) and augments; returns the increase in served demand. */
  open(j: number): number {
    this.#cap[this.#siteEdge[j]!] = this.#places[j]!;
    const add = this.#augment();
    this.#value += add;
    return add;
  }

  /** Resets to no open site. */
  reset(): void {
    this.#flow.fill(0);
    for (let j = 0; j < this.#siteEdge.length; j++) this.#cap[this.#siteEdge[j]!] = 0;
    this.#value = 0;
  }

  /** Copy of the current state, for {@link restore}. */
  snapshot(): { flow: Float64Array; value: number; caps: Float64Array } {
    const caps = new Float64Array(this.#siteEdge.length);
    for (let j = 0; j < caps.length; j++) caps[j] = this.#cap[this.#siteEdge[j]!]!;
    return { flow: this.#flow.slice(), value: this.#value, caps };
  }

  /** Restores a {@link snapshot}. */
  restore(s: { flow: Float64Array; value: number; caps: Float64Array }): void {
    this.#flow.set(s.flow);
    this.#value = s.value;
    for (let j = 0; j < s.caps.length; j++) this.#cap[this.#siteEdge[j]!] = s.caps[j]!;
  }

  #bfs(): boolean {
    this.#level.fill(-1);
    let qh = 0;
    let qt = 0;
    this.#queue[qt++] = this.#src;
    this.#level[this.#src] = 0;
    while (qh < qt) {
      const u = this.#queue[qh++]!;
      for (let e = this.#head[u]!; e !== -1; e = this.#next[e]!) {
        const v = this.#to[e]!;
        if (this.#level[v]! < 0 && this.#cap[e]! - this.#flow[e]! > EPS) {
          this.#level[v] = this.#level[u]! + 1;
          this.#queue[qt++] = v;
        }
      }
    }
    return this.#level[this.#sink]! >= 0;
  }

  #dfs(u: number, f: number): number {
    if (u === this.#sink) return f;
    for (let e = this.#iter[u]!; e !== -1; e = this.#next[e]!) {
      this.#iter[u] = e;
      const v = this.#to[e]!;
      const r = this.#cap[e]! - this.#flow[e]!;
      if (r > EPS && this.#level[v] === this.#level[u]! + 1) {
        const d = this.#dfs(v, Math.min(f, r));
        if (d > EPS) {
          this.#flow[e]! += d;
          this.#flow[e ^ 1]! -= d;
          return d;
        }
      }
    }
    this.#iter[u] = -1;
    return 0;
  }

  #augment(): number {
    let total = 0;
    while (this.#bfs()) {
      this.#iter.set(this.#head);
      for (;;) {
        const f = this.#dfs(this.#src, Infinity);
        if (f <= EPS) break;
        total += f;
      }
    }
    return total;
  }
}
