/**
 * OR-Library p-median instances (J.E. Beasley, "pmed1" … "pmed40"): first line `n m p`, then m undirected edges
 * `i j cost` on vertices 1..n. A vertex pair given more than once keeps its LAST cost — the only reading that
 * reproduces the published optima (pmedopt.txt). Every vertex is a client of weight 1 and a candidate site; costs
 * are all-pairs shortest paths (Floyd–Warshall on a Float64Array).
 */
import { AppError } from '../shared/errors.ts';
import { buildProblem } from './problem.ts';
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
  return new AppError('invalid', `${field}: ${line === undefined ? '' : `line ${line}: `}${message}`, { field, issues: [{ field, message, ...(line === undefined ? {} : { row: line }) }] });
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
  const dist = new Float64Array(n * n).fill(Infinity);
  for (let i = 0; i < n; i++) dist[i * n + i] = 0;
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
    if (c < 0) throw new AppError('invalid', `cost: line ${li + 1}: negative cost ${c}`, { field: 'cost', issues: [{ field: 'cost', message: `negative cost ${c}`, row: li + 1 }] });
    if (a !== b) {
      dist[(a - 1) * n + (b - 1)] = c; // last occurrence wins, both directions
      dist[(b - 1) * n + (a - 1)] = c;
    }
    edges++;
  }
  if (edges < m) throw bad(`expected ${m} edges, found ${edges}`);
  floydWarshall(dist, n);
  const ids = Array.from({ length: n }, (_, i) => String(i + 1));
  const pd = new Int32Array(n * n);
  const ps = new Int32Array(n * n);
  let k = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      pd[k] = i;
      ps[k] = j;
      k++;
    }
  const finite = dist.every((d) => d < Infinity);
  let problem: Problem;
  if (finite) problem = buildProblem({ demandIds: ids, weights: new Float64Array(n).fill(1), siteIds: ids, pairDemand: pd, pairSite: ps, pairCost: dist });
  else {
    const keep: number[] = [];
    for (let x = 0; x < n * n; x++) if (dist[x]! < Infinity) keep.push(x);
    problem = buildProblem({
      demandIds: ids,
      weights: new Float64Array(n).fill(1),
      siteIds: ids,
      pairDemand: keep.map((x) => Math.floor(x / n)),
      pairSite: keep.map((x) => x % n),
      pairCost: keep.map((x) => dist[x]!),
    });
  }
  return { n, p, dist, problem };
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
