/**
 * OR-Library p-median instances (J.E. Beasley, "pmed1" … "pmed40"): first line `n m p`, then m undirected edges
 * `i j cost` on vertices 1..n. A vertex pair given more than once keeps its LAST cost — the only reading that
 * reproduces the published optima (pmedopt.txt). Every vertex is a client of weight 1 and a candidate site; costs
 * are all-pairs shortest paths (Floyd–Warshall on a Float64Array).
 */
import { AppError } from '../shared/errors.ts';
import type { Problem } from './types.ts';

/** A parsed OR-Library instance. */
export interface OrlibInstance {
  /** Vertex count. */
  n: number;
  /** The p of the file. */
  p: number;
  /** Dense n×n shortest-path matrix, row-major. */
  dist: Float64Array;
  /** The instance as a Problem (ids "1".."n"). */
  problem: Problem;
}

function bad(message: string, line?: number): AppError {
  const field = 'orlib';
  return new AppError('invalid', `${field}: ${line === undefined ? '' : `line ${line}: `}${message}`, { field, issues: [{ code: 'invalid', field, message, ...(line === undefined ? {} : { row: line }) }] });
}

/**
 * Parses an OR-Library p-median file.
 * @param text - the file's text
 */
export function parseOrlib(text: string): OrlibInstance {
  const lines = text.split(/\r?\n/);
  let li = 0;
  while (li < lines.length && lines[li]!.trim() === '') li++;
  if (li >= lines.length) throw bad('empty file');
  const head = lines[li]!.trim().split(/\s+/).map(Number);
  if (head.length < 3 || !head.slice(0, 3).every((v) => Number.isInteger(v) && v >= 0)) throw bad('first line must be "n m p" (whole numbers)', li + 1);
  const [n, m, p] = head as [number, number, number];
  if (n < 1) throw bad('n must be at least 1', li + 1);
  if (p < 1 || p > n) throw new AppError('invalid', `p: p = ${p} must be between 1 and the ${n} candidate sites`, { field: 'p' });
  const edge = new Map<number, number>(); // undirected key min·n+max → cost; the last occurrence wins
  let edges = 0;
  for (li++; li < lines.length; li++) {
    const t = lines[li]!.trim();
    if (t === '') continue;
    const parts = t.split(/\s+/);
    const a = Number(parts[0]);
    const b = Number(parts[1]);
    const c = Number(parts[2]);
    if (parts.length < 3 || !Number.isInteger(a) || !Number.isInteger(b) || !Number.isFinite(c)) throw bad(`expected "i j cost", got "${t}"`, li + 1);
    if (a < 1 || a > n || b < 1 || b > n) throw bad(`vertex out of range 1..${n} in "${t}"`, li + 1);
    if (c < 0) throw new AppError('invalid', `cost: line ${li + 1}: negative cost ${c}`, { field: 'cost', issues: [{ code: 'invalid', field: 'cost', message: `negative cost ${c}`, row: li + 1 }] });
    if (a !== b) edge.set(Math.min(a, b) * (n + 1) + Math.max(a, b), c);
    edges++;
  }
  if (edges < m) throw bad(`expected ${m} edges, found ${edges}`);
  const dist = allPairsDijkstra(n, edge);
  const ids = Array.from({ length: n }, (_, i) => String(i + 1));
  return { n, p, dist, problem: denseProblem(ids, dist) };
}

/**
 * A Problem from a dense n×n cost matrix (demands = sites = ids, unit weights; Infinity = no pair), built straight
 * into CSR with each row sorted by (cost, site) — much faster than the general builder for 810k pairs.
 * @param ids - vertex ids
 * @param dist - row-major costs
 */
export function denseProblem(ids: readonly string[], dist: Float64Array): Problem {
  const n = ids.length;
  const rowStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    let c = 0;
    for (let j = 0; j < n; j++) if (dist[i * n + j]! < Infinity) c++;
    rowStart[i + 1] = rowStart[i]! + c;
  }
  const rowSite = new Int32Array(rowStart[n]!);
  const rowCost = new Float64Array(rowStart[n]!);
  const idx = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let c = 0;
    for (let j = 0; j < n; j++) if (dist[i * n + j]! < Infinity) idx[c++] = j;
    const view = idx.subarray(0, c);
    const row = dist.subarray(i * n, i * n + n);
    view.sort((a, b) => row[a]! - row[b]! || a - b);
    const at = rowStart[i]!;
    for (let x = 0; x < c; x++) {
      rowSite[at + x] = view[x]!;
      rowCost[at + x] = row[view[x]!]!;
    }
  }
  return { demandIds: [...ids], weights: new Float64Array(n).fill(1), siteIds: [...ids], rowStart, rowSite, rowCost, status: new Uint8Array(n), places: null };
}

/**
 * All-pairs shortest paths by n Dijkstras on a CSR adjacency with a binary heap — O(n·E log n), far below
 * Floyd–Warshall's n³ on OR-Library's sparse graphs.
 * @param n - vertex count (vertices 1..n in the keys)
 * @param edge - undirected edges keyed min·(n+1)+max → cost
 */
export function allPairsDijkstra(n: number, edge: Map<number, number>): Float64Array {
  const deg = new Int32Array(n + 1);
  for (const key of edge.keys()) {
    deg[Math.floor(key / (n + 1)) - 1 + 1]!++;
    deg[(key % (n + 1)) - 1 + 1]!++;
  }
  for (let i = 0; i < n; i++) deg[i + 1]! += deg[i]!;
  const adj = new Int32Array(deg[n]!);
  const w = new Float64Array(deg[n]!);
  const fill = deg.slice(0, n);
  for (const [key, c] of edge) {
    const a = Math.floor(key / (n + 1)) - 1;
    const b = (key % (n + 1)) - 1;
    adj[fill[a]!] = b;
    w[fill[a]!++] = c;
    adj[fill[b]!] = a;
    w[fill[b]!++] = c;
  }
  const dist = new Float64Array(n * n).fill(Infinity);
  const heapV = new Int32Array(adj.length + n);
  const heapD = new Float64Array(adj.length + n);
  for (let s = 0; s < n; s++) {
    const d = dist.subarray(s * n, s * n + n);
    let size = 0;
    const push = (v: number, dv: number): void => {
      let i = size++;
      while (i > 0) {
        const up = (i - 1) >> 1;
        if (heapD[up]! <= dv) break;
        heapV[i] = heapV[up]!;
        heapD[i] = heapD[up]!;
        i = up;
      }
      heapV[i] = v;
      heapD[i] = dv;
    };
    d[s] = 0;
    push(s, 0);
    while (size > 0) {
      const u = heapV[0]!;
      const du = heapD[0]!;
      size--;
      if (size > 0) {
        const lv = heapV[size]!;
        const ld = heapD[size]!;
        let i = 0;
        for (;;) {
          let c = 2 * i + 1;
          if (c >= size) break;
          if (c + 1 < size && heapD[c + 1]! < heapD[c]!) c++;
          if (heapD[c]! >= ld) break;
          heapV[i] = heapV[c]!;
          heapD[i] = heapD[c]!;
          i = c;
        }
        heapV[i] = lv;
        heapD[i] = ld;
      }
      if (du > d[u]!) continue;
      for (let e = deg[u]!; e < deg[u + 1]!; e++) {
        const v = adj[e]!;
        const nd = du + w[e]!;
        if (nd < d[v]!) {
          d[v] = nd;
          push(v, nd);
        }
      }
    }
  }
  return dist;
}

/**
 * All-pairs shortest paths in place on a dense row-major matrix (Infinity = no edge).
 * @param d - n×n matrix
 * @param n - vertex count
 */
export function floydWarshall(d: Float64Array, n: number): void {
  for (let k = 0; k < n; k++) {
    const rk = k * n;
    for (let i = 0; i < n; i++) {
      const ri = i * n;
      const dik = d[ri + k]!;
      if (dik === Infinity) continue;
      for (let j = 0; j < n; j++) {
        const v = dik + d[rk + j]!;
        if (v < d[ri + j]!) d[ri + j] = v;
      }
    }
  }
}

/** Parses pmedopt.txt (`pmedN value` lines) into a map name → optimum. */
export function parseOrlibOptima(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(pmed\d+)\s+(\d+(?:\.\d+)?)/.exec(line);
    if (m) out.set(m[1]!, Number(m[2]));
  }
  return out;
}
