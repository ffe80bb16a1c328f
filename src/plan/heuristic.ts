/**
 * Heuristic solvers for large instances: lazy greedy (CELF, Leskovec et al. 2007) followed by swap local search
 * with the fast-interchange bookkeeping of Whitaker (1983) / Resende & Werneck (2004, "A hybrid heuristic for the
 * p-median problem"), and variable-neighbourhood shaking (Hansen & Mladenović 1997) from a seeded PRNG. All hot
 * state lives in typed arrays; every answer is deterministic for a given seed and effort.
 */
import { AppError, invalid } from '../shared/errors.ts';
import { ServedFlow } from './maxflow.ts';
import { coverageOf, type Coverage } from './problem.ts';
import { mulberry32 } from './rng.ts';
import { SiteStatus, type Problem } from './types.ts';

/** Options shared by the heuristics. */
export interface HeuristicOptions {
  /** New sites to open. */
  p: number;
  /** Closable existing sites that may be closed (each frees one more new site). */
  maxClosures: number;
  seed: number;
  /** Shaking rounds without improvement before stopping. */
  effort: number;
}

/** A heuristic answer: the open set, its value and a bound when one is known. */
export interface HeuristicAnswer {
  open: Uint8Array;
  value: number;
  bound: number | null;
  boundSource?: string;
}

/** Initial open set: every existing and closable site. */
export function initialOpen(problem: Problem): Uint8Array {
  const open = new Uint8Array(problem.siteIds.length);
  for (let j = 0; j < open.length; j++) if (problem.status[j] !== SiteStatus.candidate) open[j] = 1;
  return open;
}

/** Max-heap of (key, site) with deterministic ties (lower site first), for lazy greedy. */
class LazyHeap {
  readonly #key: Float64Array;
  readonly #site: Int32Array;
  #size = 0;
  constructor(capacity: number) {
    this.#key = new Float64Array(capacity);
    this.#site = new Int32Array(capacity);
  }
  get size(): number {
    return this.#size;
  }
  #before(a: number, b: number): boolean {
    const ka = this.#key[a]!;
    const kb = this.#key[b]!;
    return ka > kb || (ka === kb && this.#site[a]! < this.#site[b]!);
  }
  #swap(a: number, b: number): void {
    const k = this.#key[a]!;
    this.#key[a] = this.#key[b]!;
    this.#key[b] = k;
    const s = this.#site[a]!;
    this.#site[a] = this.#site[b]!;
    this.#site[b] = s;
  }
  push(key: number, site: number): void {
    let i = this.#size++;
    this.#key[i] = key;
    this.#site[i] = site;
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (!this.#before(i, up)) break;
      this.#swap(i, up);
      i = up;
    }
  }
  topKey(): number {
    return this.#key[0]!;
  }
  topSite(): number {
    return this.#site[0]!;
  }
  pop(): void {
    this.#size--;
    if (this.#size === 0) return;
    this.#key[0] = this.#key[this.#size]!;
    this.#site[0] = this.#site[this.#size]!;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let best = i;
      if (l < this.#size && this.#before(l, best)) best = l;
      if (r < this.#size && this.#before(r, best)) best = r;
      if (best === i) break;
      this.#swap(i, best);
      i = best;
    }
  }
}

/**
 * Lazy greedy for a monotone submodular gain: repeatedly opens the candidate with the largest marginal gain,
 * re-evaluating stale heap keys only (CELF). Ties go to the lower site index.
 * @param candidates - sites that may be added
 * @param k - how many to add
 * @param gainOf - current marginal gain of a site
 * @param commit - opens a site
 */
export function lazyGreedy(candidates: readonly number[], k: number, gainOf: (j: number) => number, commit: (j: number) => void): number[] {
  const heap = new LazyHeap(candidates.length);
  for (const j of candidates) heap.push(gainOf(j), j);
  const fresh = new Int32Array(Math.max(0, ...candidates) + 1).fill(-1);
  const chosen: number[] = [];
  while (chosen.length < k && heap.size > 0) {
    const j = heap.topSite();
    if (fresh[j] === chosen.length) {
      heap.pop();
      commit(j);
      chosen.push(j);
      continue;
    }
    heap.pop();
    fresh[j] = chosen.length;
    heap.push(gainOf(j), j);
  }
  return chosen;
}

// ---------------------------------------------------------------------------------------------------------------
// Maximal covering

/**
 * State of a covering search: how many open sites cover each demand, and the covered weight. Shared by MCLP, the
 * set-cover heuristic and the p-center radius oracle.
 */
class CoverState {
  readonly cov: Coverage;
  readonly count: Int32Array;
  readonly open: Uint8Array;
  covered = 0;
  constructor(cov: Coverage, open: Uint8Array) {
    this.cov = cov;
    this.open = open.slice();
    this.count = new Int32Array(cov.nDemands);
    for (let j = 0; j < cov.nSites; j++) if (this.open[j]) this.#add(j);
  }
  gain(j: number): number {
    const { siteStart, siteDemand, weights } = this.cov;
    let g = 0;
    for (let x = siteStart[j]!; x < siteStart[j + 1]!; x++) {
      const i = siteDemand[x]!;
      if (this.count[i] === 0) g += weights[i]!;
    }
    return g;
  }
  #add(j: number): void {
    const { siteStart, siteDemand, weights } = this.cov;
    for (let x = siteStart[j]!; x < siteStart[j + 1]!; x++) {
      const i = siteDemand[x]!;
      if (this.count[i]!++ === 0) this.covered += weights[i]!;
    }
  }
  openSite(j: number): void {
    this.open[j] = 1;
    this.#add(j);
  }
  closeSite(j: number): void {
    this.open[j] = 0;
    const { siteStart, siteDemand, weights } = this.cov;
    for (let x = siteStart[j]!; x < siteStart[j + 1]!; x++) {
      const i = siteDemand[x]!;
      if (--this.count[i]! === 0) this.covered -= weights[i]!;
    }
  }
}

/** Which sites may be swapped out / in, and the closure budget. */
interface SwapRules {
  status: Uint8Array;
  maxClosures: number;
}

function closedCount(rules: SwapRules, open: Uint8Array): number {
  let c = 0;
  for (let j = 0; j < open.length; j++) if (rules.status[j] === SiteStatus.closable && !open[j]) c++;
  return c;
}

/** Is swapping `inn` in and `out` out allowed under the closure budget? */
function swapAllowed(rules: SwapRules, closed: number, inn: number, out: number): boolean {
  const after = closed - (rules.status[inn] === SiteStatus.closable ? 1 : 0) + (rules.status[out] === SiteStatus.closable ? 1 : 0);
  return after <= rules.maxClosures;
}

/**
 * Best-improvement swap local search for covering (fast interchange): per pass, gain(in), loss(out) and the joint
 * term extra(in, out) for demands covered exactly once are accumulated in O(nnz), then the best pair is applied.
 */
function coverLocalSearch(st: CoverState, rules: SwapRules): void {
  const { cov } = st;
  const m = cov.nSites;
  const { demandStart, demandSite, weights } = cov;
  const slot = new Int32Array(m);
  const gain = new Float64Array(m);
  const loss = new Float64Array(m);
  const eps = 1e-9 * Math.max(1, st.covered);
  let extra = new Float64Array(0);
  for (let pass = 0; pass < 10000; pass++) {
    const outs = swappableOpenSites(st.open, rules.status, slot);
    const q = outs.length;
    if (q === 0) return;
    gain.fill(0);
    loss.fill(0);
    if (extra.length !== m * q) extra = new Float64Array(m * q);
    else extra.fill(0);
    for (let i = 0; i < cov.nDemands; i++) {
      const w = weights[i]!;
      if (w === 0) continue;
      const c = st.count[i]!;
      if (c >= 2) continue;
      const a = demandStart[i]!;
      const b = demandStart[i + 1]!;
      if (c === 0) {
        for (let x = a; x < b; x++) gain[demandSite[x]!]! += w;
        continue;
      }
      let r = -1;
      for (let x = a; x < b; x++) if (st.open[demandSite[x]!]) {
        r = demandSite[x]!;
        break;
      }
      const s = slot[r]!;
      if (s < 0) continue;
      loss[r]! += w;
      for (let x = a; x < b; x++) {
        const j = demandSite[x]!;
        if (!st.open[j]) extra[j * q + s]! += w;
      }
    }
    const closed = closedCount(rules, st.open);
    let best = eps;
    let bi = -1;
    let bo = -1;
    for (let j = 0; j < m; j++) {
      if (st.open[j] || gain[j]! <= 0) continue; // a site with no gain cannot make a swap profitable
      for (let s = 0; s < q; s++) {
        const v = gain[j]! - loss[outs[s]!]! + extra[j * q + s]!;
        if (v > best && swapAllowed(rules, closed, j, outs[s]!)) {
          best = v;
          bi = j;
          bo = outs[s]!;
        }
      }
    }
    if (bi < 0) return;
    st.closeSite(bo);
    st.openSite(bi);
  }
}

/** Random swaps for shaking: k times swap a random swappable open site with a random closed one. */
function shake(open: Uint8Array, rules: SwapRules, k: number, rnd: () => number, apply: (inn: number, out: number) => void): void {
  for (let t = 0; t < k; t++) {
    const outs: number[] = [];
    const ins: number[] = [];
    for (let j = 0; j < open.length; j++) {
      if (open[j]) {
        if (rules.status[j] !== SiteStatus.existing) outs.push(j);
      } else ins.push(j);
    }
    if (outs.length === 0 || ins.length === 0) return;
    const closed = closedCount(rules, open);
    for (let tries = 0; tries < 20; tries++) {
      const o = outs[Math.floor(rnd() * outs.length)]!;
      const i = ins[Math.floor(rnd() * ins.length)]!;
      if (swapAllowed(rules, closed, i, o)) {
        apply(i, o);
        break;
      }
    }
  }
}

/**
 * Swap local search plus VNS shaking on a covering state; stops early once `stopAt` weight is covered.
 * Returns the best open set (the state is left at it).
 */
function improveCover(st: CoverState, rules: SwapRules, opts: HeuristicOptions, stopAt: number): Uint8Array {
  const { cov } = st;
  coverLocalSearch(st, rules);
  let best = st.open.slice();
  let bestValue = st.covered;
  const rnd = mulberry32(opts.seed);
  let k = 1;
  let q = 0;
  for (let j = 0; j < cov.nSites; j++) if (st.open[j] && rules.status[j] !== SiteStatus.existing) q++;
  const kMax = Math.max(1, Math.min(q, 5));
  let stale = 0;
  const total = cov.weights.reduce((a, b) => a + b, 0);
  while (stale < opts.effort && bestValue < Math.min(total, stopAt) - 1e-9 && q > 0) {
    shake(st.open, rules, k, rnd, (i, o) => {
      st.closeSite(o);
      st.openSite(i);
    });
    coverLocalSearch(st, rules);
    if (st.covered > bestValue + 1e-9 * Math.max(1, bestValue)) {
      best = st.open.slice();
      bestValue = st.covered;
      k = 1;
      stale = 0;
    } else {
      stale++;
      k = k >= kMax ? 1 : k + 1;
      for (let j = 0; j < cov.nSites; j++) if (st.open[j] && !best[j]) st.closeSite(j);
      for (let j = 0; j < cov.nSites; j++) if (!st.open[j] && best[j]) st.openSite(j);
    }
  }
  for (let j = 0; j < cov.nSites; j++) if (st.open[j] && !best[j]) st.closeSite(j);
  for (let j = 0; j < cov.nSites; j++) if (!st.open[j] && best[j]) st.openSite(j);
  return best;
}

/**
 * Maximal covering heuristic: lazy greedy, swap local search, VNS shaking. The bound is the better of the greedy
 * (1 − 1/e) guarantee and the data-dependent online bound f(S) + Σ top-k marginal gains (Leskovec et al. 2007).
 * @param problem - the instance
 * @param cov - coverage sets for the limit
 * @param opts - p, closures, seed, effort
 */
export function coverageHeuristic(problem: Problem, cov: Coverage, opts: HeuristicOptions): HeuristicAnswer {
  const rules: SwapRules = { status: problem.status, maxClosures: opts.maxClosures };
  const st = new CoverState(cov, initialOpen(problem));
  const base = st.covered;
  const candidates: number[] = [];
  for (let j = 0; j < cov.nSites; j++) if (problem.status[j] === SiteStatus.candidate) candidates.push(j);
  lazyGreedy(candidates, opts.p, (j) => st.gain(j), (j) => st.openSite(j));
  const greedyValue = st.covered;
  const best = improveCover(st, rules, opts, Infinity);
  const bestValue = new CoverState(cov, best).covered;
  // bounds. OPT ⊆ S ∪ (OPT \ S) and |OPT \ S| ≤ p + 2·maxClosures (its new sites, plus closable sites S closed), so
  // by monotonicity and submodularity f(OPT) ≤ f(S) + the sum of that many largest marginal gains.
  const fin = new CoverState(cov, best);
  const gains: number[] = [];
  for (let j = 0; j < cov.nSites; j++) if (!fin.open[j] && problem.status[j] !== SiteStatus.existing) gains.push(fin.gain(j));
  gains.sort((a, b) => b - a);
  let online = bestValue;
  for (let t = 0; t < Math.min(gains.length, opts.p + 2 * opts.maxClosures); t++) online += gains[t]!;
  let bound = Math.min(online, cov.weights.reduce((a, b) => a + b, 0));
  let boundSource = 'online submodular';
  if (opts.maxClosures === 0) {
    const greedyBound = base + (greedyValue - base) / (1 - 1 / Math.E);
    if (greedyBound < bound) {
      bound = greedyBound;
      boundSource = 'greedy 1-1/e';
    }
  }
  return { open: best, value: bestValue, bound: Math.max(bound, bestValue), boundSource };
}

/**
 * Reachable demand weight: the weight that any site (open or not) covers — the most any plan can cover.
 * @param cov - coverage sets
 */
export function coverableWeight(cov: Coverage): number {
  let s = 0;
  for (let i = 0; i < cov.nDemands; i++) if (cov.demandStart[i + 1]! > cov.demandStart[i]!) s += cov.weights[i]!;
  return s;
}

/**
 * Set covering heuristic: greedy by uncovered weight until the target is met, redundant sites dropped, then
 * shrink while the covering search still meets the target with one site fewer. Closable sites count as open.
 * The bound is the smallest k whose k best single-site gains could reach the target.
 * @param problem - the instance
 * @param cov - coverage sets
 * @param target - weight to reach
 * @param opts - seed and effort (p and closures are ignored)
 */
export function setCoverHeuristic(problem: Problem, cov: Coverage, target: number, opts: HeuristicOptions): HeuristicAnswer {
  let positive = 0;
  let count = 0;
  for (let i = 0; i < cov.nDemands; i++) if (cov.weights[i]! > 0) {
    positive += cov.weights[i]!;
    count++;
  }
  if (target >= positive * (1 - 1e-12)) {
    // covering everyone: every demand counts once, whatever its weight (Chvátal's greedy on counts)
    const unit = new Float64Array(cov.nDemands);
    for (let i = 0; i < unit.length; i++) unit[i] = cov.weights[i]! > 0 ? 1 : 0;
    cov = { ...cov, weights: unit };
    problem = { ...problem, weights: unit };
    target = count;
  }
  const tol = 1e-9 * Math.max(1, target);
  const st = new CoverState(cov, initialOpen(problem));
  const candidates: number[] = [];
  for (let j = 0; j < cov.nSites; j++) if (problem.status[j] === SiteStatus.candidate) candidates.push(j);
  const base = st.covered;
  const gains0 = candidates.map((j) => st.gain(j)).sort((a, b) => b - a);
  const chosen: number[] = [];
  {
    // greedy until the target is reached
    const heap = new LazyHeap(candidates.length);
    for (const j of candidates) heap.push(st.gain(j), j);
    const fresh = new Int32Array(cov.nSites).fill(-1);
    while (st.covered < target - tol && heap.size > 0) {
      const j = heap.topSite();
      heap.pop();
      if (fresh[j] === chosen.length) {
        if (heap.topKey() <= 0 && st.gain(j) <= 0) break;
        st.openSite(j);
        chosen.push(j);
      } else {
        fresh[j] = chosen.length;
        heap.push(st.gain(j), j);
      }
    }
  }
  if (st.covered < target - tol) throw new AppError('invalid', `targetShare: the target cannot be reached — at most ${fmtShare(coverableWeight(cov), cov)} of the demand weight is within reach of any site`, { field: 'targetShare' });
  for (let t = chosen.length - 1; t >= 0; t--) {
    const j = chosen[t]!;
    st.closeSite(j);
    if (st.covered < target - tol) st.openSite(j);
  }
  let best: Uint8Array = st.open.slice();
  let k = 0;
  for (const j of candidates) if (best[j]) k++;
  // try to do with one site fewer: drop the site whose loss is smallest, then let the covering search repair
  const rules: SwapRules = { status: problem.status, maxClosures: 0 };
  const cs = new CoverState(cov, best);
  while (k > 1) {
    let drop = -1;
    let dropLoss = Infinity;
    for (const j of candidates) {
      if (!cs.open[j]) continue;
      let loss = 0;
      for (let x = cov.siteStart[j]!; x < cov.siteStart[j + 1]!; x++) if (cs.count[cov.siteDemand[x]!] === 1) loss += cov.weights[cov.siteDemand[x]!]!;
      if (loss < dropLoss) {
        dropLoss = loss;
        drop = j;
      }
    }
    cs.closeSite(drop);
    // repairing a cover after a removal needs more shaking than improving a plan: effort × 10
    const trial = improveCover(cs, rules, { ...opts, effort: opts.effort * 10 }, target);
    if (new CoverState(cov, trial).covered >= target - tol) {
      best = trial;
      k--;
    } else break;
  }
  let lb = 0;
  let acc = base;
  while (acc < target - tol && lb < gains0.length) acc += gains0[lb++]!;
  if (acc < target - tol) lb = k;
  return { open: best, value: k, bound: Math.min(lb, k), boundSource: 'top-k gains' };
}

function fmtShare(w: number, cov: Coverage): string {
  const total = cov.weights.reduce((a, b) => a + b, 0);
  return total > 0 ? `${((100 * w) / total).toFixed(2)}%` : '0%';
}

// ---------------------------------------------------------------------------------------------------------------
// p-median

/** Nearest and second-nearest open site of every demand (Infinity when absent). */
class MedianState {
  readonly problem: Problem;
  readonly open: Uint8Array;
  readonly c1: Int32Array;
  readonly d1: Float64Array;
  readonly d2: Float64Array;
  constructor(problem: Problem, open: Uint8Array) {
    this.problem = problem;
    this.open = open.slice();
    const n = problem.demandIds.length;
    this.c1 = new Int32Array(n);
    this.d1 = new Float64Array(n);
    this.d2 = new Float64Array(n);
    this.refresh();
  }
  refresh(): void {
    const { rowStart, rowSite, rowCost } = this.problem;
    for (let i = 0; i < this.c1.length; i++) {
      let c1 = -1;
      let d1 = Infinity;
      let d2 = Infinity;
      for (let x = rowStart[i]!; x < rowStart[i + 1]!; x++) {
        if (!this.open[rowSite[x]!]) continue;
        if (c1 < 0) {
          c1 = rowSite[x]!;
          d1 = rowCost[x]!;
        } else {
          d2 = rowCost[x]!;
          break;
        }
      }
      this.c1[i] = c1;
      this.d1[i] = d1;
      this.d2[i] = d2;
    }
  }
  /** Σ w·d1 over served demands, and the number of demands (weight > 0) left unserved. */
  cost(): { cost: number; unserved: number } {
    let cost = 0;
    let unserved = 0;
    const w = this.problem.weights;
    for (let i = 0; i < this.c1.length; i++) {
      if (w[i] === 0) continue;
      if (this.c1[i]! < 0) unserved++;
      else cost += w[i]! * this.d1[i]!;
    }
    return { cost, unserved };
  }
}

/**
 * Greedy p-median (Kuehn & Hamburger 1963): opens, one at a time, the site that most reduces total cost, first
 * preferring sites that reach still-unserved demands. Mutates `open`.
 * @param problem - the instance
 * @param open - open set to extend
 * @param p - how many sites to add
 */
export function medianGreedy(problem: Problem, open: Uint8Array, p: number): void {
  const n = problem.demandIds.length;
  const m = problem.siteIds.length;
  const { rowStart, rowSite, rowCost, weights } = problem;
  const st = new MedianState(problem, open);
  const d1 = st.d1;
  const gain = new Float64Array(m);
  const reach = new Float64Array(m);
  for (let t = 0; t < p; t++) {
    gain.fill(0);
    reach.fill(0);
    for (let i = 0; i < n; i++) {
      const w = weights[i]!;
      if (w === 0) continue;
      const d = d1[i]!;
      for (let x = rowStart[i]!; x < rowStart[i + 1]!; x++) {
        const c = rowCost[x]!;
        if (c >= d) break;
        const j = rowSite[x]!;
        if (d === Infinity) reach[j]! += 1;
        else gain[j]! += w * (d - c);
      }
    }
    let bj = -1;
    for (let j = 0; j < m; j++) {
      if (open[j] || problem.status[j] !== SiteStatus.candidate) continue;
      if (bj < 0 || reach[j]! > reach[bj]! || (reach[j] === reach[bj] && gain[j]! > gain[bj]!)) bj = j;
    }
    if (bj < 0) break;
    open[bj] = 1;
    for (let i = 0; i < n; i++) {
      for (let x = rowStart[i]!; x < rowStart[i + 1]!; x++) {
        if (rowSite[x] === bj) {
          if (rowCost[x]! < d1[i]!) d1[i] = rowCost[x]!;
          break;
        }
        if (rowCost[x]! >= d1[i]!) break;
      }
    }
  }
}

/**
 * Fast-interchange local search for p-median (Resende & Werneck 2004): one O(Σ rows up to d2) pass accumulates
 * gain(in), loss(out) and extra(in, out); the best swap is applied; repeat until no swap improves. Demands whose
 * only open site would be swapped out are tracked by counts so a swap never strands a demand.
 */
function medianLocalSearch(st: MedianState, rules: SwapRules): void {
  const { problem } = st;
  const n = problem.demandIds.length;
  const m = problem.siteIds.length;
  const { rowStart, rowSite, rowCost, weights } = problem;
  const slot = new Int32Array(m);
  const gain = new Float64Array(m);
  const lossFin = new Float64Array(m);
  const lossInf = new Int32Array(m);
  let extra = new Float64Array(0);
  let extraInf = new Int32Array(0);
  for (let pass = 0; pass < 100000; pass++) {
    const outs = swappableOpenSites(st.open, rules.status, slot);
    const q = outs.length;
    if (q === 0) return;
    gain.fill(0);
    lossFin.fill(0);
    lossInf.fill(0);
    if (extra.length < m * q) {
      extra = new Float64Array(m * q);
      extraInf = new Int32Array(m * q);
    } else {
      extra.fill(0, 0, m * q);
      extraInf.fill(0, 0, m * q);
    }
    let scale = 0;
    for (let i = 0; i < n; i++) {
      const w = weights[i]!;
      if (w === 0) continue;
      const r = st.c1[i]!;
      if (r < 0) continue; // unserved demands only arise with no open site in reach; greedy avoids them when possible
      const d1 = st.d1[i]!;
      const d2 = st.d2[i]!;
      scale += w * d1;
      const s = slot[r]!;
      const inf = d2 === Infinity;
      if (s >= 0) {
        if (inf) {
          lossInf[r]!++;
          lossFin[r]! -= w * d1;
        } else lossFin[r]! += w * (d2 - d1);
      }
      for (let x = rowStart[i]!; x < rowStart[i + 1]!; x++) {
        const d = rowCost[x]!;
        if (d >= d2) break;
        const j = rowSite[x]!;
        if (st.open[j]) continue;
        if (d < d1) gain[j]! += w * (d1 - d);
        if (s >= 0) {
          const k = j * q + s;
          if (inf) {
            extraInf[k]!++;
            extra[k]! -= w * (d > d1 ? d : d1);
          } else extra[k]! += w * (d2 - (d > d1 ? d : d1));
        }
      }
    }
    const closed = closedCount(rules, st.open);
    const eps = 1e-10 * Math.max(1, scale);
    let best = eps;
    let bi = -1;
    let bo = -1;
    for (let j = 0; j < m; j++) {
      if (st.open[j]) continue;
      const g = gain[j]!;
      for (let s = 0; s < q; s++) {
        const o = outs[s]!;
        const k = j * q + s;
        if (lossInf[o] !== extraInf[k]) continue;
        const v = g - lossFin[o]! + extra[k]!;
        if (v > best && swapAllowed(rules, closed, j, o)) {
          best = v;
          bi = j;
          bo = o;
        }
      }
    }
    if (bi < 0) return;
    st.open[bo] = 0;
    st.open[bi] = 1;
    st.refresh();
  }
}

/**
 * p-median heuristic: greedy, fast-interchange local search, VNS shaking (k random swaps, k = 1 … 5).
 * @param problem - the instance (every demand with weight > 0 must be reachable from some site)
 * @param opts - p, closures, seed, effort
 */
export function medianHeuristic(problem: Problem, opts: HeuristicOptions): HeuristicAnswer {
  const rules: SwapRules = { status: problem.status, maxClosures: opts.maxClosures };
  const open = initialOpen(problem);
  medianGreedy(problem, open, opts.p);
  const st = new MedianState(problem, open);
  medianLocalSearch(st, rules);
  let cur = st.cost();
  let best = st.open.slice();
  let bestCost = cur;
  const rnd = mulberry32(opts.seed);
  let k = 1;
  const kMax = Math.max(1, Math.min(opts.p, 5));
  let stale = 0;
  const better = (a: { cost: number; unserved: number }, b: { cost: number; unserved: number }): boolean =>
    a.unserved < b.unserved || (a.unserved === b.unserved && a.cost < b.cost - 1e-9 * Math.max(1, b.cost));
  while (stale < opts.effort && opts.p > 0) {
    shake(st.open, rules, k, rnd, (i, o) => {
      st.open[o] = 0;
      st.open[i] = 1;
    });
    st.refresh();
    medianLocalSearch(st, rules);
    cur = st.cost();
    if (better(cur, bestCost)) {
      best = st.open.slice();
      bestCost = cur;
      k = 1;
      stale = 0;
    } else {
      stale++;
      k = k >= kMax ? 1 : k + 1;
      st.open.set(best);
      st.refresh();
    }
  }
  if (bestCost.unserved > 0) throw invalid('p', `${bestCost.unserved} demand point(s) cannot be served by any open site: no plan with p = ${opts.p} reaches every demand`);
  return { open: best, value: bestCost.cost, bound: null };
}

// ---------------------------------------------------------------------------------------------------------------
// p-center

/** Sorted distinct costs of a problem's pairs. */
export function distinctCosts(problem: Problem): Float64Array {
  const c = problem.rowCost.slice().sort();
  let k = 0;
  for (let x = 0; x < c.length; x++) if (x === 0 || c[x] !== c[x - 1]) c[k++] = c[x]!;
  return c.slice(0, k);
}

/** max over demands (weight > 0) of the nearest cost to any site: a lower bound of every p-center plan. */
export function centerLowerBound(problem: Problem): number {
  let lb = 0;
  for (let i = 0; i < problem.weights.length; i++) {
    if (problem.weights[i] === 0) continue;
    const a = problem.rowStart[i]!;
    if (a === problem.rowStart[i + 1]) return Infinity;
    if (problem.rowCost[a]! > lb) lb = problem.rowCost[a]!;
  }
  return lb;
}

/** The same problem with unit weights on every demand of positive weight (p-center ignores weights). */
export function unitWeights(problem: Problem): Problem {
  const w = new Float64Array(problem.weights.length);
  for (let i = 0; i < w.length; i++) w[i] = problem.weights[i]! > 0 ? 1 : 0;
  return { ...problem, weights: w };
}

/**
 * p-center heuristic: binary search over the distinct costs for the smallest radius at which the covering search
 * (unit weights) reaches every demand with p new sites.
 * @param problem - the instance
 * @param opts - p, closures, seed, effort
 */
export function centerHeuristic(problem: Problem, opts: HeuristicOptions): HeuristicAnswer {
  const unit = unitWeights(problem);
  const need = unit.weights.reduce((a, b) => a + b, 0);
  const radii = distinctCosts(problem);
  const lbValue = centerLowerBound(problem);
  if (lbValue === Infinity) throw invalid('demand', 'a demand point cannot be reached by any site');
  let lo = 0;
  while (lo < radii.length && radii[lo]! < lbValue) lo++;
  let hi = radii.length - 1;
  const effort = Math.min(opts.effort, 20);
  const tryRadius = (r: number): Uint8Array | null => {
    const ans = coverageHeuristic(unit, coverageOf(unit, r), { ...opts, effort });
    return ans.value >= need - 1e-9 ? ans.open : null;
  };
  let bestOpen = tryRadius(radii[hi]!);
  if (!bestOpen) throw invalid('p', `p = ${opts.p} sites cannot reach every demand point`);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const o = tryRadius(radii[mid]!);
    if (o) {
      hi = mid;
      bestOpen = o;
    } else lo = mid + 1;
  }
  // value = the actual worst cost of the plan
  let worst = 0;
  for (let i = 0; i < problem.weights.length; i++) {
    if (problem.weights[i] === 0) continue;
    for (let x = problem.rowStart[i]!; x < problem.rowStart[i + 1]!; x++) if (bestOpen[problem.rowSite[x]!]) {
      if (problem.rowCost[x]! > worst) worst = problem.rowCost[x]!;
      break;
    }
  }
  return { open: bestOpen, value: worst, bound: lbValue, boundSource: 'nearest-site radius' };
}

// ---------------------------------------------------------------------------------------------------------------
// Capacitated coverage

/**
 * Capacitated coverage heuristic: lazy greedy on served demand, which is submodular in the open set (a flow rank
 * function), each marginal evaluated exactly by augmenting a max-flow; then a best-improvement swap pass on small
 * instances. Bound: served + Σ of the top-k optimistic gains min(places, unserved weight in reach).
 * @param problem - the instance (places required)
 * @param cov - coverage sets for the limit
 * @param opts - p, closures, seed, effort
 */
export function capacitatedHeuristic(problem: Problem, cov: Coverage, opts: HeuristicOptions): HeuristicAnswer {
  const places = problem.places;
  if (!places) throw invalid('places', 'the capacitated model needs places per site (a sites file with a "places" column)');
  const flow = new ServedFlow(cov, places);
  const open = initialOpen(problem);
  for (let j = 0; j < open.length; j++) if (open[j]) flow.open(j);
  const candidates: number[] = [];
  for (let j = 0; j < cov.nSites; j++) if (problem.status[j] === SiteStatus.candidate) candidates.push(j);
  const marginal = (j: number): number => {
    const snap = flow.snapshot();
    const g = flow.open(j);
    flow.restore(snap);
    return g;
  };
  lazyGreedy(candidates, opts.p, marginal, (j) => {
    flow.open(j);
    open[j] = 1;
  });
  let value = flow.value;
  // one improvement phase: best swap among all pairs, while it helps (small instances only)
  const rules: SwapRules = { status: problem.status, maxClosures: opts.maxClosures };
  const evalSet = (o: Uint8Array): number => {
    flow.reset();
    for (let j = 0; j < o.length; j++) if (o[j]) flow.open(j);
    return flow.value;
  };
  if (cov.siteDemand.length * cov.nSites * Math.max(1, opts.p) < 1e7) {
    for (let round = 0; round < 10; round++) {
      let best = value + 1e-9 * Math.max(1, value);
      let bi = -1;
      let bo = -1;
      const closed = closedCount(rules, open);
      for (let o = 0; o < open.length; o++) {
        if (!open[o] || problem.status[o] === SiteStatus.existing) continue;
        for (let i = 0; i < open.length; i++) {
          if (open[i] || !swapAllowed(rules, closed, i, o)) continue;
          open[o] = 0;
          open[i] = 1;
          const v = evalSet(open);
          open[o] = 1;
          open[i] = 0;
          if (v > best) {
            best = v;
            bi = i;
            bo = o;
          }
        }
      }
      if (bi < 0) break;
      open[bo] = 0;
      open[bi] = 1;
      value = best;
    }
    value = evalSet(open);
  }
  // optimistic bound
  const opt: number[] = [];
  for (let j = 0; j < open.length; j++) {
    if (open[j] || problem.status[j] === SiteStatus.existing) continue;
    let reach = 0;
    for (let x = cov.siteStart[j]!; x < cov.siteStart[j + 1]!; x++) reach += cov.weights[cov.siteDemand[x]!]!;
    opt.push(Math.min(places[j]!, reach));
  }
  opt.sort((a, b) => b - a);
  let bound = value;
  for (let t = 0; t < Math.min(opt.length, opts.p + 2 * opts.maxClosures); t++) bound += opt[t]!;
  bound = Math.min(bound, coverableWeight(cov));
  // served ≤ places of the open sites ≤ existing + closable + the p + maxClosures largest candidates
  const candPlaces: number[] = [];
  let fixedPlaces = 0;
  for (let j = 0; j < open.length; j++) {
    if (problem.status[j] === SiteStatus.candidate) candPlaces.push(places[j]!);
    else fixedPlaces += places[j]!;
  }
  candPlaces.sort((a, b) => b - a);
  for (let t = 0; t < Math.min(candPlaces.length, opts.p + opts.maxClosures); t++) fixedPlaces += candPlaces[t]!;
  bound = Math.min(bound, fixedPlaces);
  return { open, value, bound: Math.max(bound, value), boundSource: 'optimistic capacity' };
}

/**
 * The open sites a swap may close (every open site except existing facilities, which stay fixed), in index order;
 * `slot[j]` becomes j's position in that list, or -1.
 */
function swappableOpenSites(open: ArrayLike<number>, status: ArrayLike<number>, slot: Int32Array): number[] {
  const outs: number[] = [];
  slot.fill(-1);
  for (let j = 0; j < slot.length; j++) {
    if (open[j] && status[j] !== SiteStatus.existing) {
      slot[j] = outs.length;
      outs.push(j);
    }
  }
  return outs;
}
