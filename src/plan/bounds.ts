/**
 * Lower bounds for p-median by Lagrangian relaxation of the assignment constraints (Cornuéjols, Fisher & Nemhauser
 * 1977; Beasley 1985 on the same OR-Library set): L(λ) = Σ λ_i + Σ over the chosen sites of
 * ρ_j = Σ_i min(0, w_i c_ij − λ_i), maximised by subgradient steps (Held–Karp step rule). With rows sorted by cost
 * each evaluation stops early, so a few hundred iterations cost little. Every L(λ) is a valid lower bound.
 */
import type { Coverage } from './problem.ts';
import { SiteStatus, type Problem } from './types.ts';

/** Options of {@link medianLagrangianBound}. */
export interface LagrangianOptions {
  p: number;
  maxClosures: number;
  /** Cost of a known plan (the step size aims at it). */
  upper: number;
  /** Initial multipliers, e.g. each demand's weighted cost in the known plan. */
  lambda0?: Float64Array;
  iterations?: number;
}

/** A Lagrangian bound and the sites it proves irrelevant to any plan cheaper than the known upper bound. */
export interface LagrangianResult {
  /** Best lower bound (rounded up when the data are whole numbers). */
  bound: number;
  /**
   * Reduced-cost fixing (Beasley 1993 style): 1 = every plan cheaper than `upper` keeps this candidate closed,
   * 2 = every such plan opens it, 0 = free. All zero when closures are allowed.
   */
  fixed: Uint8Array;
}

/**
 * Best Lagrangian lower bound found. When every weight and cost is an integer the bound is rounded up.
 * @param problem - the instance
 * @param opts - p, closures, a known upper bound and iteration budget
 */
export function medianLagrangianBound(problem: Problem, opts: LagrangianOptions): number {
  return medianLagrangian(problem, opts).bound;
}

/**
 * The Lagrangian bound plus reduced-cost fixing of candidate sites against the known upper bound.
 * @param problem - the instance
 * @param opts - p, closures, a known upper bound and iteration budget
 */
export function medianLagrangian(problem: Problem, opts: LagrangianOptions): LagrangianResult {
  const n = problem.demandIds.length;
  const m = problem.siteIds.length;
  const { rowStart, rowSite, rowCost, weights, status } = problem;
  const lambda = opts.lambda0 ? opts.lambda0.slice() : new Float64Array(n);
  if (!opts.lambda0) for (let i = 0; i < n; i++) lambda[i] = rowStart[i + 1]! > rowStart[i]! ? weights[i]! * rowCost[rowStart[i + 1]! - 1]! : 0;
  const rho = new Float64Array(m);
  const chosen = new Uint8Array(m);
  const g = new Float64Array(n);
  const k = opts.p + opts.maxClosures;
  const cand: number[] = [];
  for (let j = 0; j < m; j++) if (status[j] === SiteStatus.candidate) cand.push(j);
  let best = -Infinity;
  const bestRho = new Float64Array(m);
  let theta = 2;
  let sinceBest = 0;
  const iters = opts.iterations ?? 300;
  const integral = Number.isInteger(opts.upper) && weights.every(Number.isInteger) && rowCost.every(Number.isInteger);
  for (let it = 0; it < iters; it++) {
    rho.fill(0);
    let base = 0;
    for (let i = 0; i < n; i++) {
      const w = weights[i]!;
      if (w === 0) continue;
      const l = lambda[i]!;
      base += l;
      for (let x = rowStart[i]!; x < rowStart[i + 1]!; x++) {
        const v = w * rowCost[x]! - l;
        if (v >= 0) break;
        rho[rowSite[x]!]! += v;
      }
    }
    chosen.fill(0);
    let val = base;
    for (let j = 0; j < m; j++) if (status[j] !== SiteStatus.candidate) {
      chosen[j] = 1;
      val += rho[j]!;
    }
    // k most negative rho among candidates
    const order = cand.filter((j) => rho[j]! < 0).sort((a, b) => rho[a]! - rho[b]! || a - b);
    for (let t = 0; t < Math.min(k, order.length); t++) {
      chosen[order[t]!] = 1;
      val += rho[order[t]!]!;
    }
    if (best === -Infinity || val > best + 1e-12 * Math.abs(best)) {
      best = val;
      bestRho.set(rho);
      sinceBest = 0;
    } else if (++sinceBest >= 20) {
      theta /= 2;
      sinceBest = 0;
      if (theta < 1e-4) break;
    }
    if (integral && Math.ceil(best - 1e-6) >= opts.upper) break;
    let norm = 0;
    for (let i = 0; i < n; i++) {
      if (weights[i] === 0) {
        g[i] = 0;
        continue;
      }
      let s = 1;
      const w = weights[i]!;
      const l = lambda[i]!;
      for (let x = rowStart[i]!; x < rowStart[i + 1]!; x++) {
        if (w * rowCost[x]! - l >= 0) break;
        if (chosen[rowSite[x]!]) s -= 1;
      }
      g[i] = s;
      norm += s * s;
    }
    if (norm === 0) break; // λ is optimal: the relaxed solution is feasible
    const step = (theta * (opts.upper - val)) / norm;
    if (!(step > 0)) break;
    for (let i = 0; i < n; i++) if (g[i] !== 0) lambda[i] = Math.max(0, lambda[i]! + step * g[i]!);
  }
  const fixed = new Uint8Array(m);
  if (best === -Infinity) return { bound: 0, fixed };
  if (opts.maxClosures === 0 && k > 0 && k < cand.length) {
    // with the best multipliers: forcing j open replaces the k-th chosen rho; forcing it closed brings in the (k+1)-th
    const order = cand.slice().sort((a, b) => Math.min(0, bestRho[a]!) - Math.min(0, bestRho[b]!) || a - b);
    const kth = Math.min(0, bestRho[order[k - 1]!]!);
    const next = Math.min(0, bestRho[order[k]!]!);
    const proves = (v: number): boolean => (integral ? Math.ceil(v - 1e-6) >= opts.upper : v > opts.upper + 1e-9 * Math.abs(opts.upper));
    for (let t = 0; t < order.length; t++) {
      const j = order[t]!;
      const r = Math.min(0, bestRho[j]!);
      if (t >= k && proves(best - kth + r)) fixed[j] = 1;
      else if (t < k && proves(best - r + next)) fixed[j] = 2;
    }
  }
  return { bound: integral ? Math.ceil(best - 1e-6) : best, fixed };
}

/**
 * Upper bound for maximal covering by Lagrangian relaxation of the coverage constraints z_i ≤ Σ_{j covers i} y_j
 * (multipliers μ_i ≥ 0): L(μ) = Σ_i max(0, w_i − μ_i) + the k largest σ_j = Σ_{i covered by j} μ_i, minimised by
 * subgradient steps. Its limit is the LP-relaxation value, reached in milliseconds where the WASM simplex needs
 * seconds on city-size instances. Demands covered by existing sites are constant; closable sites compete with the
 * candidates for p + #closable slots (a relaxation). Rounded down when the weights are whole numbers.
 * @param problem - the instance (statuses, weights)
 * @param cov - coverage sets
 * @param p - new sites
 * @param lowerKnown - a known feasible value (the heuristic's) to aim the step size at
 * @param iterations - subgradient iterations (default 500)
 */
export function coverageLagrangianBound(problem: Problem, cov: Coverage, p: number, lowerKnown: number, iterations = 500): number {
  const n = cov.nDemands;
  const m = cov.nSites;
  const { status } = problem;
  let fixedW = 0;
  const active = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (cov.weights[i] === 0) continue;
    let byExisting = false;
    let any = false;
    for (let x = cov.demandStart[i]!; x < cov.demandStart[i + 1]!; x++) {
      if (status[cov.demandSite[x]!] === SiteStatus.existing) byExisting = true;
      else any = true;
    }
    if (byExisting) fixedW += cov.weights[i]!;
    else if (any) active[i] = 1;
  }
  let closable = 0;
  const free: number[] = [];
  for (let j = 0; j < m; j++) {
    if (status[j] === SiteStatus.existing) continue;
    if (status[j] === SiteStatus.closable) closable++;
    free.push(j);
  }
  const k = Math.min(free.length, p + closable);
  const mu = new Float64Array(n);
  for (let i = 0; i < n; i++) if (active[i]) mu[i] = cov.weights[i]! / 2;
  const sigma = new Float64Array(m);
  const chosen = new Uint8Array(m);
  const g = new Float64Array(n);
  let best = Infinity;
  let theta = 1;
  let since = 0;
  const integral = cov.weights.every(Number.isInteger);
  for (let it = 0; it < iterations; it++) {
    sigma.fill(0);
    for (const j of free) for (let x = cov.siteStart[j]!; x < cov.siteStart[j + 1]!; x++) sigma[j]! += mu[cov.siteDemand[x]!]!;
    let val = fixedW;
    for (let i = 0; i < n; i++) if (active[i] && cov.weights[i]! > mu[i]!) val += cov.weights[i]! - mu[i]!;
    const order = free.slice().sort((a, b) => sigma[b]! - sigma[a]! || a - b);
    chosen.fill(0);
    for (let t = 0; t < k; t++) {
      chosen[order[t]!] = 1;
      val += sigma[order[t]!]!;
    }
    if (best === Infinity || val < best - 1e-12 * Math.abs(best)) {
      best = val;
      since = 0;
    } else if (++since >= 15) {
      theta /= 2;
      since = 0;
      if (theta < 1e-4) break;
    }
    if (integral && Math.floor(best + 1e-6) <= lowerKnown) break;
    // subgradient of L at μ: −1 where z_i = 1 (w_i > μ_i), + how many chosen sites cover i
    let norm = 0;
    for (let i = 0; i < n; i++) {
      if (!active[i]) continue;
      let s = cov.weights[i]! > mu[i]! ? -1 : 0;
      for (let x = cov.demandStart[i]!; x < cov.demandStart[i + 1]!; x++) if (chosen[cov.demandSite[x]!]) s++;
      g[i] = s;
      norm += s * s;
    }
    if (norm === 0) break;
    const step = (theta * (val - lowerKnown)) / norm;
    if (!(step > 0)) break;
    for (let i = 0; i < n; i++) if (active[i] && g[i] !== 0) mu[i] = Math.max(0, mu[i]! - step * g[i]!);
  }
  return integral ? Math.floor(best + 1e-6) : best;
}
