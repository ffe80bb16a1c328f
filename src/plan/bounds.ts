/**
 * Lower bounds for p-median by Lagrangian relaxation of the assignment constraints (Cornuéjols, Fisher & Nemhauser
 * 1977; Beasley 1985 on the same OR-Library set): L(λ) = Σ λ_i + Σ over the chosen sites of
 * ρ_j = Σ_i min(0, w_i c_ij − λ_i), maximised by subgradient steps (Held–Karp step rule). With rows sorted by cost
 * each evaluation stops early, so a few hundred iterations cost little. Every L(λ) is a valid lower bound.
 */
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
