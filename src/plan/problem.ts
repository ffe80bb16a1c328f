/**
 * Building and reading a {@link Problem}: validation, sorting into CSR, coverage sets for a service limit, and the
 * evaluation of a given plan (the single source of truth every solver's answer is re-checked against).
 */
import { AppError, invalid } from '../shared/errors.ts';
import { SiteStatus, type Problem } from './types.ts';

/** Raw input of {@link buildProblem}: ids plus (demand index, site index, cost) triples in any order. */
export interface ProblemInput {
  demandIds: readonly string[];
  weights: ArrayLike<number>;
  siteIds: readonly string[];
  pairDemand: ArrayLike<number>;
  pairSite: ArrayLike<number>;
  pairCost: ArrayLike<number>;
  /** Site statuses (default: all candidates). */
  status?: ArrayLike<number>;
  /** Places per site (capacitated model). */
  places?: ArrayLike<number> | null;
}

/**
 * Validates the input and sorts the pairs into a demand-major CSR with rows ordered by cost. A pair given twice keeps
 * its last cost (the OR-Library convention). Negative or non-finite costs, negative weights and bad indices are
 * errors naming the field.
 * @param input - ids, weights and triples
 */
export function buildProblem(input: ProblemInput): Problem {
  const n = input.demandIds.length;
  const m = input.siteIds.length;
  if (n === 0) throw invalid('demand', 'no demand points');
  if (m === 0) throw invalid('sites', 'no candidate sites');
  const weights = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const w = Number(input.weights[i]);
    if (!Number.isFinite(w) || w < 0) throw invalid('weight', `demand "${input.demandIds[i]}" has weight ${input.weights[i]}; weights must be finite and ≥ 0`);
    weights[i] = w;
  }
  const k = input.pairCost.length;
  if (input.pairDemand.length !== k || input.pairSite.length !== k) throw invalid('pairs', 'pair arrays differ in length');
  // last occurrence wins: keep the index of the last triple per (demand, site)
  const last = new Map<number, number>();
  for (let t = 0; t < k; t++) {
    const i = input.pairDemand[t]!;
    const j = input.pairSite[t]!;
    if (!(i >= 0 && i < n && Number.isInteger(i))) throw invalid('demand_id', `pair ${t + 1}: demand index ${i} out of range`);
    if (!(j >= 0 && j < m && Number.isInteger(j))) throw invalid('site_id', `pair ${t + 1}: site index ${j} out of range`);
    const c = input.pairCost[t]!;
    if (!Number.isFinite(c)) throw invalid('cost', `pair ${input.demandIds[i]}→${input.siteIds[j]} has cost ${c}; costs must be finite`);
    if (c < 0) throw invalid('cost', `pair ${input.demandIds[i]}→${input.siteIds[j]} has negative cost ${c}`);
    last.set(i * m + j, t);
  }
  const rowStart = new Int32Array(n + 1);
  for (const key of last.keys()) rowStart[Math.floor(key / m) + 1]!++;
  for (let i = 0; i < n; i++) rowStart[i + 1]! += rowStart[i]!;
  const nnz = rowStart[n]!;
  const rowSite = new Int32Array(nnz);
  const rowCost = new Float64Array(nnz);
  const fill = rowStart.slice(0, n);
  for (const [key, t] of last) {
    const i = Math.floor(key / m);
    const at = fill[i]!++;
    rowSite[at] = key - i * m;
    rowCost[at] = input.pairCost[t]!;
  }
  sortRows(rowStart, rowSite, rowCost);
  const status = new Uint8Array(m);
  if (input.status) {
    for (let j = 0; j < m; j++) {
      const s = input.status[j]!;
      if (s !== SiteStatus.candidate && s !== SiteStatus.existing && s !== SiteStatus.closable) throw invalid('status', `site "${input.siteIds[j]}" has unknown status ${s}`);
      status[j] = s;
    }
  }
  let places: Float64Array | null = null;
  if (input.places) {
    places = new Float64Array(m);
    for (let j = 0; j < m; j++) {
      const c = Number(input.places[j]);
      if (!Number.isFinite(c) || c < 0) throw invalid('places', `site "${input.siteIds[j]}" has places ${input.places[j]}; places must be finite and ≥ 0`);
      places[j] = c;
    }
  }
  return { demandIds: [...input.demandIds], weights, siteIds: [...input.siteIds], rowStart, rowSite, rowCost, status, places };
}

/** Sorts every CSR row by (cost, site) in place — insertion sort for short rows, an index sort otherwise. */
function sortRows(rowStart: Int32Array, rowSite: Int32Array, rowCost: Float64Array): void {
  const n = rowStart.length - 1;
  let idx = new Int32Array(0);
  for (let i = 0; i < n; i++) {
    const a = rowStart[i]!;
    const b = rowStart[i + 1]!;
    const len = b - a;
    if (len < 2) continue;
    if (len <= 24) {
      for (let x = a + 1; x < b; x++) {
        const s = rowSite[x]!;
        const c = rowCost[x]!;
        let y = x - 1;
        while (y >= a && (rowCost[y]! > c || (rowCost[y] === c && rowSite[y]! > s))) {
          rowSite[y + 1] = rowSite[y]!;
          rowCost[y + 1] = rowCost[y]!;
          y--;
        }
        rowSite[y + 1] = s;
        rowCost[y + 1] = c;
      }
      continue;
    }
    if (idx.length < len) idx = new Int32Array(len);
    const view = idx.subarray(0, len);
    for (let x = 0; x < len; x++) view[x] = a + x;
    view.sort((p, q) => rowCost[p]! - rowCost[q]! || rowSite[p]! - rowSite[q]!);
    const s2 = new Int32Array(len);
    const c2 = new Float64Array(len);
    for (let x = 0; x < len; x++) {
      s2[x] = rowSite[view[x]!]!;
      c2[x] = rowCost[view[x]!]!;
    }
    rowSite.set(s2, a);
    rowCost.set(c2, a);
  }
}

/**
 * Coverage sets for one service limit, in CSR form both ways: which sites reach each demand (cost ≤ maxCost — the
 * limit is inclusive) and which demands each site reaches.
 */
export interface Coverage {
  readonly nDemands: number;
  readonly nSites: number;
  readonly weights: Float64Array;
  /** demand → sites, CSR. */
  readonly demandStart: Int32Array;
  readonly demandSite: Int32Array;
  /** site → demands, CSR (demands ascending). */
  readonly siteStart: Int32Array;
  readonly siteDemand: Int32Array;
}

/**
 * Builds the coverage sets of a problem for an inclusive limit.
 * @param problem - the instance
 * @param maxCost - a pair covers when cost ≤ maxCost
 */
export function coverageOf(problem: Problem, maxCost: number): Coverage {
  const n = problem.demandIds.length;
  const within = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let x = problem.rowStart[i]!;
    while (x < problem.rowStart[i + 1]! && problem.rowCost[x]! <= maxCost) x++;
    within[i] = x - problem.rowStart[i]!;
  }
  return coverageOfPrefix(problem.siteIds.length, problem.weights, problem.rowStart, problem.rowSite, within);
}

/**
 * Coverage sets from rows sorted by cost and the number of covering pairs at the start of each row (what a stored
 * plan state keeps, so the limit is applied once, on exact costs).
 * @param nSites - number of sites
 * @param weights - demand weights
 * @param rowStart - CSR row starts (demands + 1)
 * @param rowSite - site of each pair
 * @param within - per demand: how many pairs of its row are within the limit
 */
export function coverageOfPrefix(nSites: number, weights: Float64Array, rowStart: Int32Array, rowSite: ArrayLike<number>, within: Int32Array): Coverage {
  const n = weights.length;
  const m = nSites;
  const demandStart = new Int32Array(n + 1);
  const siteCount = new Int32Array(m + 1);
  let nnz = 0;
  for (let i = 0; i < n; i++) {
    const a = rowStart[i]!;
    for (let x = a; x < a + within[i]!; x++) siteCount[rowSite[x]! + 1]!++;
    nnz += within[i]!;
    demandStart[i + 1] = nnz;
  }
  const demandSite = new Int32Array(nnz);
  for (let i = 0; i < n; i++) {
    const a = rowStart[i]!;
    const at = demandStart[i]!;
    for (let x = 0; x < within[i]!; x++) demandSite[at + x] = rowSite[a + x]!;
  }
  for (let j = 0; j < m; j++) siteCount[j + 1]! += siteCount[j]!;
  const siteStart = siteCount;
  const siteDemand = new Int32Array(nnz);
  const fill = siteStart.slice(0, m);
  for (let i = 0; i < n; i++) for (let x = demandStart[i]!; x < demandStart[i + 1]!; x++) siteDemand[fill[demandSite[x]!]!++] = i;
  return { nDemands: n, nSites: m, weights, demandStart, demandSite, siteStart, siteDemand };
}

/** Total demand weight. */
export function totalWeight(problem: Problem): number {
  let s = 0;
  for (let i = 0; i < problem.weights.length; i++) s += problem.weights[i]!;
  return s;
}

/** Cost from demand i to its nearest open site, Infinity when none can serve it. */
export function nearestOpenCost(problem: Problem, open: Uint8Array, i: number): number {
  for (let x = problem.rowStart[i]!; x < problem.rowStart[i + 1]!; x++) if (open[problem.rowSite[x]!]) return problem.rowCost[x]!;
  return Infinity;
}

/** Weighted demand within `maxCost` (inclusive) of an open site. */
export function coveredWeight(problem: Problem, open: Uint8Array, maxCost: number): number {
  let s = 0;
  for (let i = 0; i < problem.weights.length; i++) if (nearestOpenCost(problem, open, i) <= maxCost) s += problem.weights[i]!;
  return s;
}

/** p-median cost: Σ weight × cost to the nearest open site (Infinity when a demand with weight > 0 is unserved). */
export function medianCost(problem: Problem, open: Uint8Array): number {
  let s = 0;
  for (let i = 0; i < problem.weights.length; i++) {
    const w = problem.weights[i]!;
    if (w === 0) continue;
    s += w * nearestOpenCost(problem, open, i);
  }
  return s;
}

/** p-center cost: the worst cost of any demand with weight > 0 to its nearest open site. */
export function centerCost(problem: Problem, open: Uint8Array): number {
  let worst = 0;
  for (let i = 0; i < problem.weights.length; i++) {
    if (problem.weights[i] === 0) continue;
    const c = nearestOpenCost(problem, open, i);
    if (c > worst) worst = c;
  }
  return worst;
}

/** Indices of sites by status. */
export function sitesByStatus(problem: Problem): { candidates: number[]; existing: number[]; closable: number[] } {
  const candidates: number[] = [];
  const existing: number[] = [];
  const closable: number[] = [];
  for (let j = 0; j < problem.status.length; j++) {
    const s = problem.status[j];
    if (s === SiteStatus.candidate) candidates.push(j);
    else if (s === SiteStatus.existing) existing.push(j);
    else closable.push(j);
  }
  return { candidates, existing, closable };
}

/** Checks that a plan's open set obeys the status rules and p; throws an internal error otherwise (a solver bug). */
export function checkPlan(problem: Problem, open: Uint8Array, p: number | null, maxClosures: number): void {
  let newOpen = 0;
  let closed = 0;
  for (let j = 0; j < open.length; j++) {
    const s = problem.status[j];
    if (s === SiteStatus.existing && !open[j]) throw new AppError('internal', `plan closes fixed site ${problem.siteIds[j]}`);
    if (s === SiteStatus.candidate && open[j]) newOpen++;
    if (s === SiteStatus.closable && !open[j]) closed++;
  }
  if (closed > maxClosures) throw new AppError('internal', `plan closes ${closed} sites, more than ${maxClosures}`);
  if (p !== null && newOpen !== p + closed) throw new AppError('internal', `plan opens ${newOpen} new sites, expected ${p + closed}`);
}
