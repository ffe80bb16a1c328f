/**
 * Exact models solved by HiGHS (npm `highs`, WebAssembly, single-threaded) with a time limit and a relative gap.
 * Formulations: MCLP (Church & ReVelle 1974) with continuous coverage indicators; LSCP (Toregas 1971), with a
 * target-share variant; p-median in the strong (x_ij ≤ y_j) form of ReVelle & Swain 1970; capacitated coverage with
 * continuous allocations; p-center as a binary search over the distinct costs with an LSCP feasibility test.
 * Existing sites are constants, not columns; closable sites are binary columns with a closure budget.
 */
import type { Highs, Model } from 'highs';
import highsModule from 'highs';
import { AppError } from '../shared/errors.ts';
import { type Coverage } from './problem.ts';
import { distinctCosts } from './heuristic.ts';
import { SiteStatus, type Problem } from './types.ts';

type Loader = () => Promise<Highs>;
// `highs` ships CommonJS types but an ESM build: the default import is the loader at run time, while the types see
// the CommonJS namespace. Accept both shapes.
const loadHighs: Loader = ((highsModule as unknown as { default?: Loader }).default ?? highsModule) as unknown as Loader;
let highsPromise: Promise<Highs> | null = null;

/** The HiGHS module, loaded once per process (or worker). */
export function getHighs(): Promise<Highs> {
  if (!highsPromise) highsPromise = loadHighs();
  return highsPromise;
}

/** Outcome of one HiGHS solve. */
export interface ExactAnswer {
  /** Open set of the best plan found, null when HiGHS found none. */
  open: Uint8Array | null;
  /** Best proven bound (model sense), null when none. */
  bound: number | null;
  /** True when HiGHS proved optimality (within the gap). */
  optimal: boolean;
  timeLimit: boolean;
  infeasible: boolean;
  /** Why HiGHS could not run (model too large for the WASM heap, or the solver aborted). */
  error?: string;
}

/**
 * Largest model handed to HiGHS. The WASM build has a 32-bit heap; models beyond a few hundred thousand columns
 * exhaust it (observed: aborts at 360k columns on OR-Library pmed30), so larger ones are answered heuristically.
 */
export const EXACT_MAX_COLUMNS = 250_000;

/** Common parameters of the exact models. */
export interface ExactOptions {
  p: number;
  maxClosures: number;
  timeLimitSeconds: number;
  mipGap: number;
  /** A plan to start from (warm start). */
  start?: Uint8Array | null;
  /**
   * Absolute deadline on `clock` (ms). When given, HiGHS gets only what is left after the model is built (with a
   * small margin for reading the solution back), so a solve's total wall time stays within its limit.
   */
  deadline?: number;
  clock?: () => number;
  /** Extra HiGHS options (tuning, benchmarks), applied after the defaults. */
  highsOptions?: Record<string, string | number | boolean>;
  /** Per site: 1 = fixed closed, 2 = fixed open (reduced-cost fixing), 0 = free. */
  fixed?: Uint8Array | null;
}

/** A sparse MIP under construction: rows in CSR. */
class MipBuilder {
  colCost: number[] = [];
  colLower: number[] = [];
  colUpper: number[] = [];
  integrality: number[] = [];
  rowLower: number[] = [];
  rowUpper: number[] = [];
  starts: number[] = [0];
  indices: number[] = [];
  values: number[] = [];
  col(cost: number, lo: number, hi: number, integer: boolean): number {
    this.colCost.push(cost);
    this.colLower.push(lo);
    this.colUpper.push(hi);
    this.integrality.push(integer ? 1 : 0);
    return this.colCost.length - 1;
  }
  row(lo: number, hi: number, idx: readonly number[], val: readonly number[]): void {
    for (let t = 0; t < idx.length; t++) {
      this.indices.push(idx[t]!);
      this.values.push(val[t]!);
    }
    this.rowLower.push(lo);
    this.rowUpper.push(hi);
    this.starts.push(this.indices.length);
  }
}

/** Site columns: binary y_j for candidates and closable sites, and the cardinality/closure rows. */
function siteColumns(b: MipBuilder, problem: Problem, opts: ExactOptions, countP: boolean, costOfSite = 0): Int32Array {
  const m = problem.siteIds.length;
  const y = new Int32Array(m).fill(-1);
  const cand: number[] = [];
  const clos: number[] = [];
  for (let j = 0; j < m; j++) {
    const s = problem.status[j];
    if (s === SiteStatus.existing) continue;
    const f = opts.fixed?.[j] ?? 0;
    y[j] = b.col(s === SiteStatus.candidate ? costOfSite : 0, f === 2 ? 1 : 0, f === 1 ? 0 : 1, true);
    (s === SiteStatus.candidate ? cand : clos).push(y[j]!);
  }
  if (countP) {
    const all = [...cand, ...clos];
    b.row(opts.p + clos.length, opts.p + clos.length, all, all.map(() => 1));
    if (clos.length > 0) b.row(clos.length - opts.maxClosures, Infinity, clos, clos.map(() => 1));
  }
  return y;
}

interface RunResult {
  x: Float64Array | null;
  bound: number | null;
  optimal: boolean;
  timeLimit: boolean;
  infeasible: boolean;
  error?: string;
}

async function run(b: MipBuilder, sense: 'max' | 'min', opts: ExactOptions, startCols: Float64Array | null, offset: number): Promise<RunResult> {
  const numCols = b.colCost.length;
  if (numCols === 0) return { x: new Float64Array(0), bound: offset, optimal: true, timeLimit: false, infeasible: false };
  if (numCols > EXACT_MAX_COLUMNS) return { x: null, bound: null, optimal: false, timeLimit: false, infeasible: false, error: `model too large for HiGHS (${numCols} columns > ${EXACT_MAX_COLUMNS})` };
  try {
    return await runHighs(b, sense, opts, startCols, offset);
  } catch (e) {
    // an aborted WASM instance is unusable: drop it so the next solve loads a fresh one
    highsPromise = null;
    if (e instanceof AppError) throw e;
    return { x: null, bound: null, optimal: false, timeLimit: false, infeasible: false, error: `HiGHS failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}` };
  }
}

async function runHighs(b: MipBuilder, sense: 'max' | 'min', opts: ExactOptions, startCols: Float64Array | null, offset: number): Promise<RunResult> {
  const highs = await getHighs();
  const numCols = b.colCost.length;
  const numRows = b.rowLower.length;
  const model: Model = highs.createModel({
    numCols,
    numRows,
    sense: sense === 'max' ? highs.constants.objectiveSense.maximize : highs.constants.objectiveSense.minimize,
    offset,
    colCost: Float64Array.from(b.colCost),
    colLower: Float64Array.from(b.colLower),
    colUpper: Float64Array.from(b.colUpper),
    rowLower: Float64Array.from(b.rowLower, (v) => (v === -Infinity ? -highs.infinity : v)),
    rowUpper: Float64Array.from(b.rowUpper, (v) => (v === Infinity ? highs.infinity : v)),
    matrix: { format: 'csr', numRows, numCols, starts: Int32Array.from(b.starts), indices: Int32Array.from(b.indices), values: Float64Array.from(b.values) },
    integrality: Int32Array.from(b.integrality),
  });
  try {
    let limit = opts.timeLimitSeconds;
    if (opts.deadline !== undefined && opts.clock) limit = Math.min(limit, ((opts.deadline - opts.clock()) / 1000) * 0.97 - 0.05);
    model.options.set({ output_flag: false, time_limit: Math.max(0.01, limit), mip_rel_gap: opts.mipGap, random_seed: 0, ...opts.highsOptions });
    if (startCols) model.setSolution({ colValue: startCols });
    model.run();
    const st = model.getModelStatus();
    const C = highs.constants.modelStatus;
    const infeasible = st === C.infeasible;
    const optimal = st === C.optimal;
    const timeLimit = st === C.timeLimit;
    if (!optimal && !timeLimit && !infeasible && st !== C.interrupted && st !== C.solutionLimit) throw new AppError('internal', `HiGHS ended with model status ${st}`);
    let x: Float64Array | null = null;
    const ps = Number(model.info.get('primal_solution_status'));
    if (ps === 2) x = Float64Array.from(model.getSolution().colValue);
    let bound: number | null = Number(model.info.get('mip_dual_bound'));
    if (!Number.isFinite(bound) || Math.abs(bound) >= 1e20) bound = null;
    if (optimal && x) bound = model.getObjectiveValue();
    return { x, bound, optimal, timeLimit, infeasible };
  } finally {
    try {
      model.dispose();
    } catch {
      // disposing an aborted instance fails; the instance is dropped by the caller
    }
  }
}

function answer(problem: Problem, y: Int32Array, r: RunResult): ExactAnswer {
  const a: ExactAnswer = { open: openFrom(problem, y, r.x), bound: r.bound, optimal: r.optimal, timeLimit: r.timeLimit, infeasible: r.infeasible };
  if (r.error) a.error = r.error;
  return a;
}

function openFrom(problem: Problem, y: Int32Array, x: Float64Array | null): Uint8Array | null {
  if (!x) return null;
  const open = new Uint8Array(problem.siteIds.length);
  for (let j = 0; j < open.length; j++) open[j] = y[j]! < 0 ? 1 : x[y[j]!]! > 0.5 ? 1 : 0;
  return open;
}

/**
 * Exact maximal covering (MCLP): max Σ w_i z_i, z_i ≤ Σ_{j covers i} y_j, Σ y = p (+ closures), z ∈ [0, 1].
 * @param problem - the instance
 * @param cov - coverage sets
 * @param opts - p, closures, limits, warm start
 */
export async function exactCoverage(problem: Problem, cov: Coverage, opts: ExactOptions): Promise<ExactAnswer> {
  const b = new MipBuilder();
  const y = siteColumns(b, problem, opts, true);
  let offset = 0;
  const zOf: number[] = [];
  const zDemand: number[] = [];
  // demands reached by exactly the same candidate sites share one z (weights summed): fewer rows, same optimum
  const groups = new Map<string, { w: number; idx: number[]; first: number }>();
  for (let i = 0; i < cov.nDemands; i++) {
    const w = cov.weights[i]!;
    if (w === 0) continue;
    const idx = decisionColumnsReaching(cov, i, y);
    const fixed = idx === null;
    if (fixed) offset += w;
    else if (idx.length > 0) {
      const key = idx.join(',');
      const g = groups.get(key);
      if (g) g.w += w;
      else groups.set(key, { w, idx, first: i });
    }
  }
  for (const g of groups.values()) {
    const z = b.col(g.w, 0, 1, false);
    zOf.push(z);
    zDemand.push(g.first);
    b.row(-Infinity, 0, [z, ...g.idx], [1, ...g.idx.map(() => -1)]);
  }
  let start: Float64Array | null = null;
  if (opts.start) {
    start = new Float64Array(b.colCost.length);
    for (let j = 0; j < y.length; j++) if (y[j]! >= 0) start[y[j]!] = opts.start[j]!;
    for (let t = 0; t < zOf.length; t++) {
      const i = zDemand[t]!;
      for (let x = cov.demandStart[i]!; x < cov.demandStart[i + 1]!; x++) if (opts.start[cov.demandSite[x]!]) start[zOf[t]!] = 1;
    }
  }
  const r = await run(b, 'max', opts, start, offset);
  return answer(problem, y, r);
}

/**
 * Exact set covering (LSCP): min Σ y over candidates with every demand (weight > 0) covered, or with covered
 * weight ≥ target when `target` is below the total. Closable sites count as open.
 * @param problem - the instance
 * @param cov - coverage sets
 * @param target - weight to reach (Infinity = every demand)
 * @param opts - limits, warm start
 */
export async function exactSetCover(problem: Problem, cov: Coverage, target: number, opts: ExactOptions): Promise<ExactAnswer> {
  const b = new MipBuilder();
  const m = problem.siteIds.length;
  const y = new Int32Array(m).fill(-1);
  for (let j = 0; j < m; j++) if (problem.status[j] === SiteStatus.candidate) y[j] = b.col(1, 0, 1, true);
  let base = 0;
  const zs: number[] = [];
  const zw: number[] = [];
  const zDemand: number[] = [];
  for (let i = 0; i < cov.nDemands; i++) {
    const w = cov.weights[i]!;
    if (w === 0) continue;
    const idx = decisionColumnsReaching(cov, i, y);
    const fixed = idx === null;
    if (fixed) {
      base += w;
      continue;
    }
    if (target === Infinity) {
      if (idx.length === 0) return { open: null, bound: null, optimal: false, timeLimit: false, infeasible: true };
      b.row(1, Infinity, idx, idx.map(() => 1));
    } else if (idx.length > 0) {
      const z = b.col(0, 0, 1, false);
      zs.push(z);
      zw.push(w);
      zDemand.push(i);
      b.row(-Infinity, 0, [z, ...idx], [1, ...idx.map(() => -1)]);
    }
  }
  if (target !== Infinity) b.row(target - base, Infinity, zs, zw);
  let start: Float64Array | null = null;
  if (opts.start) {
    start = new Float64Array(b.colCost.length);
    for (let j = 0; j < m; j++) if (y[j]! >= 0) start[y[j]!] = opts.start[j]!;
    for (let t = 0; t < zs.length; t++) {
      const i = zDemand[t]!;
      for (let x = cov.demandStart[i]!; x < cov.demandStart[i + 1]!; x++) if (opts.start[cov.demandSite[x]!]) start[zs[t]!] = 1;
    }
  }
  const r = await run(b, 'min', opts, start, 0);
  return answer(problem, y, r);
}

/**
 * Exact p-median: min Σ w_i c_ij x_ij, Σ_j x_ij = 1, x_ij ≤ y_j, Σ y = p. A demand already served by an existing
 * site keeps that option as a constant-cost column and needs no farther pairs.
 * @param problem - the instance
 * @param opts - p, closures, limits, warm start
 */
export async function exactMedian(problem: Problem, opts: ExactOptions): Promise<ExactAnswer> {
  const b = new MipBuilder();
  const y = siteColumns(b, problem, opts, true);
  const { rowStart, rowSite, rowCost, weights } = problem;
  const n = problem.demandIds.length;
  const startX: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    const w = weights[i]!;
    if (w === 0) continue;
    const idx: number[] = [];
    let served = -1;
    for (let x = rowStart[i]!; x < rowStart[i + 1]!; x++) {
      const j = rowSite[x]!;
      if (opts.fixed?.[j] === 1) continue;
      const c = rowCost[x]!;
      const col = b.col(w * c, 0, 1, false);
      idx.push(col);
      if (opts.start && served < 0 && opts.start[j]) {
        served = col;
        startX.push([col, 1]);
      }
      if (y[j]! < 0 || opts.fixed?.[j] === 2) {
        if (y[j]! < 0) break; // an existing site: never go farther
        b.row(-Infinity, 0, [col, y[j]!], [1, -1]);
        break; // a site fixed open: never go farther either
      }
      b.row(-Infinity, 0, [col, y[j]!], [1, -1]);
    }
    if (idx.length === 0) return { open: null, bound: null, optimal: false, timeLimit: false, infeasible: true };
    b.row(1, 1, idx, idx.map(() => 1));
  }
  let start: Float64Array | null = null;
  if (opts.start) {
    start = new Float64Array(b.colCost.length);
    for (let j = 0; j < y.length; j++) if (y[j]! >= 0) start[y[j]!] = opts.start[j]!;
    for (const [c, v] of startX) start[c] = v;
    // a start that violates the fixing (it can happen when the start itself is optimal) is dropped
    if (opts.fixed) for (let j = 0; j < y.length; j++) if ((opts.fixed[j] === 1 && opts.start[j]) || (opts.fixed[j] === 2 && !opts.start[j])) start = null;
  }
  const r = await run(b, 'min', opts, start, 0);
  return answer(problem, y, r);
}

/**
 * Exact capacitated coverage: max Σ a_ij over pairs within the limit, Σ_j a_ij ≤ w_i, Σ_i a_ij ≤ places_j y_j,
 * a_ij ≤ w_i y_j (strong linking on instances of moderate size), Σ y = p (+ closures).
 * @param problem - the instance (places required)
 * @param cov - coverage sets
 * @param opts - p, closures, limits, warm start (sites only)
 */
export async function exactCapacitated(problem: Problem, cov: Coverage, opts: ExactOptions): Promise<ExactAnswer> {
  const places = problem.places!;
  const b = new MipBuilder();
  const y = siteColumns(b, problem, opts, true);
  const m = problem.siteIds.length;
  const strong = cov.siteDemand.length <= 200_000;
  const siteCols: number[][] = Array.from({ length: m }, () => []);
  for (let i = 0; i < cov.nDemands; i++) {
    const w = cov.weights[i]!;
    if (w === 0) continue;
    const idx: number[] = [];
    for (let x = cov.demandStart[i]!; x < cov.demandStart[i + 1]!; x++) {
      const j = cov.demandSite[x]!;
      if (places[j] === 0) continue;
      const a = b.col(1, 0, w, false);
      idx.push(a);
      siteCols[j]!.push(a);
      if (strong && y[j]! >= 0) b.row(-Infinity, 0, [a, y[j]!], [1, -w]);
    }
    if (idx.length > 0) b.row(-Infinity, w, idx, idx.map(() => 1));
  }
  for (let j = 0; j < m; j++) {
    const cols = siteCols[j]!;
    if (cols.length === 0) continue;
    if (y[j]! < 0) b.row(-Infinity, places[j]!, cols, cols.map(() => 1));
    else b.row(-Infinity, 0, [...cols, y[j]!], [...cols.map(() => 1), -places[j]!]);
  }
  const r = await run(b, 'max', opts, null, 0);
  return answer(problem, y, r);
}

/**
 * Exact p-center by binary search over the distinct costs in [lower, upper]: the smallest radius at which an LSCP
 * needs at most p new sites. Returns the best plan found and the largest radius proven too small (its successor is
 * a lower bound). Closable sites count as open.
 * @param problem - the instance (unit weights are used)
 * @param coverage - builds coverage sets for a radius
 * @param lower - a known lower bound on the optimum
 * @param upperOpen - a known plan and its worst cost
 * @param opts - p, limits
 * @param clock - milliseconds clock for the overall time limit
 */
export async function exactCenter(problem: Problem, coverage: (r: number) => Coverage, lower: number, upperOpen: { open: Uint8Array; value: number }, opts: ExactOptions, clock: () => number): Promise<{ open: Uint8Array; value: number; bound: number; optimal: boolean; timeLimit: boolean; error?: string }> {
  const radii = distinctCosts(problem);
  let lo = 0;
  while (lo < radii.length && radii[lo]! < lower) lo++;
  let hi = 0;
  while (hi < radii.length && radii[hi]! < upperOpen.value) hi++;
  let best = upperOpen;
  const t0 = clock();
  let timeLimit = false;
  let error: string | undefined;
  while (lo < hi) {
    const left = opts.timeLimitSeconds - (clock() - t0) / 1000;
    if (left <= 0) {
      timeLimit = true;
      break;
    }
    const mid = (lo + hi) >> 1;
    const r = radii[mid]!;
    const ans = await exactSetCover(problem, coverage(r), Infinity, { ...opts, timeLimitSeconds: left, mipGap: 0, start: null });
    let needed = Infinity;
    if (ans.open) {
      needed = 0;
      for (let j = 0; j < ans.open.length; j++) if (ans.open[j] && problem.status[j] === SiteStatus.candidate) needed++;
    }
    if (ans.error) {
      error = ans.error;
      break;
    }
    if (ans.infeasible || (ans.bound !== null && Math.ceil(ans.bound - 1e-6) > opts.p)) lo = mid + 1;
    else if (ans.open && needed <= opts.p) {
      hi = mid;
      best = { open: ans.open, value: r };
    } else {
      timeLimit = true;
      break;
    }
  }
  return { open: best.open, value: best.value, bound: radii[lo] ?? best.value, optimal: !timeLimit && !error && lo >= hi, timeLimit, ...(error ? { error } : {}) };
}

/**
 * The decision columns of the sites that reach demand `i`, or null when a site that is open regardless (a column of
 * -1: existing, or counted as open by the model) already reaches it.
 */
function decisionColumnsReaching(cov: Coverage, i: number, y: Int32Array): number[] | null {
  const idx: number[] = [];
  for (let x = cov.demandStart[i]!; x < cov.demandStart[i + 1]!; x++) {
    const col = y[cov.demandSite[x]!]!;
    if (col < 0) return null;
    idx.push(col);
  }
  return idx;
}
