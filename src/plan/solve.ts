/**
 * The engine's one entry point: a typed {@link PlanRequest} in, a typed {@link PlanResult} out. Validates the
 * request (errors name the field), runs the heuristic (always — it is the warm start and the fallback), then HiGHS
 * when asked, and reports the better plan with the best proven bound. Every objective value is recomputed from the
 * open set by the evaluators in problem.ts, so solvers cannot disagree on what a plan is worth.
 */
import { invalid } from '../shared/errors.ts';
import { coverageLagrangianBound, medianLagrangian } from './bounds.ts';
import { exactCapacitated, exactCenter, exactCoverage, exactMedian, exactSetCover, type ExactAnswer } from './exact.ts';
import {
  capacitatedHeuristic,
  centerHeuristic,
  centerLowerBound,
  coverableWeight,
  coverageHeuristic,
  medianGreedy,
  medianHeuristic,
  setCoverHeuristic,
  unitWeights,
  type HeuristicAnswer,
} from './heuristic.ts';
import { ServedFlow } from './maxflow.ts';
import { centerCost, checkPlan, coverageOf, coveredWeight, medianCost, sitesByStatus, totalWeight, type Coverage } from './problem.ts';
import { OBJECTIVES, SiteStatus, type Objective, type PlanRequest, type PlanResult, type Problem } from './types.ts';

/** Defaults of optional request fields. */
export const PLAN_DEFAULTS = { timeLimitSeconds: 60, mipGap: 0, seed: 1, effort: 50, solver: 'auto' as const, maxClosures: 0, targetShare: 1 };

/** Above this many model nonzeros `solver: "auto"` skips HiGHS and answers with the heuristic and its bound. */
export const AUTO_EXACT_LIMIT = 3_000_000;

/** A validated request with every default filled in. */
export interface NormalisedRequest {
  problem: Problem;
  objective: Objective;
  p: number;
  maxCost: number | null;
  targetShare: number;
  maxClosures: number;
  solver: 'auto' | 'exact' | 'heuristic';
  timeLimitSeconds: number;
  mipGap: number;
  seed: number;
  effort: number;
}

/**
 * Checks a request and fills defaults; every error names the offending field.
 * @param req - the request
 */
export function validateRequest(req: PlanRequest): NormalisedRequest {
  if (!OBJECTIVES.includes(req.objective)) throw invalid('objective', `unknown objective "${String(req.objective)}" (use ${OBJECTIVES.join(', ')})`);
  const { problem, objective } = req;
  const { candidates, closable } = sitesByStatus(problem);
  const needsP = objective !== 'setcover';
  let p = 0;
  if (needsP) {
    if (req.p === undefined) throw invalid('p', `the ${objective} model needs p, the number of new sites`);
    if (!Number.isInteger(req.p) || req.p < 0) throw invalid('p', `p must be a whole number ≥ 0, got ${req.p}`);
    if (req.p > candidates.length) throw invalid('p', `p = ${req.p} is larger than the ${candidates.length} candidate site${candidates.length === 1 ? '' : 's'}`);
    p = req.p;
  }
  const needsCost = objective === 'coverage' || objective === 'setcover' || objective === 'capacitated';
  let maxCost: number | null = null;
  if (req.maxCost !== undefined) {
    if (!Number.isFinite(req.maxCost) || req.maxCost < 0) throw invalid('maxCost', `maxCost must be a number ≥ 0, got ${req.maxCost}`);
    maxCost = req.maxCost;
  } else if (needsCost) throw invalid('maxCost', `the ${objective} model needs maxCost, the service limit`);
  const targetShare = req.targetShare ?? PLAN_DEFAULTS.targetShare;
  if (!(targetShare > 0 && targetShare <= 1)) throw invalid('targetShare', `targetShare must be in (0, 1], got ${targetShare}`);
  const maxClosures = objective === 'setcover' || objective === 'center' ? 0 : (req.maxClosures ?? 0);
  if (!Number.isInteger(maxClosures) || maxClosures < 0) throw invalid('maxClosures', `maxClosures must be a whole number ≥ 0, got ${maxClosures}`);
  if (maxClosures > closable.length) throw invalid('maxClosures', `maxClosures = ${maxClosures} exceeds the ${closable.length} closable site(s)`);
  if (p + maxClosures > candidates.length && maxClosures > 0) throw invalid('maxClosures', `p + maxClosures = ${p + maxClosures} exceeds the ${candidates.length} candidate sites`);
  const timeLimitSeconds = req.timeLimitSeconds ?? PLAN_DEFAULTS.timeLimitSeconds;
  if (!(timeLimitSeconds > 0)) throw invalid('timeLimitSeconds', `the time limit must be > 0 seconds, got ${timeLimitSeconds}`);
  const mipGap = req.mipGap ?? PLAN_DEFAULTS.mipGap;
  if (!(mipGap >= 0 && mipGap < 1)) throw invalid('mipGap', `mipGap must be in [0, 1), got ${mipGap}`);
  const solver = req.solver ?? PLAN_DEFAULTS.solver;
  if (solver !== 'auto' && solver !== 'exact' && solver !== 'heuristic') throw invalid('solver', `unknown solver "${String(solver)}" (use auto, exact or heuristic)`);
  const seed = req.seed ?? PLAN_DEFAULTS.seed;
  if (!Number.isInteger(seed)) throw invalid('seed', `seed must be a whole number, got ${seed}`);
  const effort = req.effort ?? PLAN_DEFAULTS.effort;
  if (!Number.isInteger(effort) || effort < 0) throw invalid('effort', `effort must be a whole number ≥ 0, got ${effort}`);
  if (objective === 'capacitated' && !problem.places) throw invalid('places', 'the capacitated model needs places per site (a sites file with a "places" column)');
  return { problem, objective, p, maxCost, targetShare, maxClosures, solver, timeLimitSeconds, mipGap, seed, effort };
}

/** Objective value of an open set under a model. */
export function evaluatePlan(problem: Problem, objective: Objective, open: Uint8Array, maxCost: number | null, cov?: Coverage): number {
  switch (objective) {
    case 'coverage':
      return coveredWeight(problem, open, maxCost!);
    case 'setcover': {
      let k = 0;
      for (let j = 0; j < open.length; j++) if (open[j] && problem.status[j] === SiteStatus.candidate) k++;
      return k;
    }
    case 'median':
      return medianCost(problem, open);
    case 'center':
      return centerCost(problem, open);
    case 'capacitated': {
      const flow = new ServedFlow(cov ?? coverageOf(problem, maxCost!), problem.places!);
      for (let j = 0; j < open.length; j++) if (open[j]) flow.open(j);
      return flow.value;
    }
  }
}

function nnzEstimate(n: NormalisedRequest, cov: Coverage | null): number {
  if (n.objective === 'median' || n.objective === 'center') return 3 * n.problem.rowCost.length;
  return cov ? 2 * cov.siteDemand.length : n.problem.rowCost.length;
}

/**
 * Solves a planning request.
 * @param req - the typed request
 * @param clock - millisecond clock (injected so the engine reads no clock it was not handed)
 */
export async function solvePlan(req: PlanRequest, clock: () => number = () => performance.now()): Promise<PlanResult> {
  const t0 = clock();
  const n = validateRequest(req);
  const { problem, objective } = n;
  const sense: 'max' | 'min' = objective === 'coverage' || objective === 'capacitated' ? 'max' : 'min';
  const cov = n.maxCost !== null && objective !== 'median' && objective !== 'center' ? coverageOf(problem, n.maxCost) : null;
  const hopts = { p: n.p, maxClosures: n.maxClosures, seed: n.seed, effort: n.effort };
  const total = totalWeight(problem);

  // 1. heuristic
  let h: HeuristicAnswer;
  let fixed: Uint8Array | null = null;
  let target = Infinity;
  switch (objective) {
    case 'coverage': {
      h = coverageHeuristic(problem, cov!, hopts);
      const lag = coverageLagrangianBound(problem, cov!, n.p, h.value);
      if (h.bound === null || lag < h.bound) {
        h.bound = Math.max(lag, h.value);
        h.boundSource = 'lagrangian (LP)';
      }
      break;
    }
    case 'setcover': {
      target = n.targetShare >= 1 ? Infinity : n.targetShare * total;
      if (target === Infinity) {
        for (let i = 0; i < cov!.nDemands; i++)
          if (cov!.weights[i]! > 0 && cov!.demandStart[i + 1] === cov!.demandStart[i])
            throw invalid('targetShare', `infeasible target: demand "${problem.demandIds[i]}" is beyond maxCost of every site (at most ${((100 * coverableWeight(cov!)) / total).toFixed(2)}% of the weight can be covered)`, 'infeasible');
      }
      h = setCoverHeuristic(problem, cov!, target === Infinity ? total : target, hopts);
      break;
    }
    case 'median': {
      for (let i = 0; i < problem.weights.length; i++)
        if (problem.weights[i]! > 0 && problem.rowStart[i + 1] === problem.rowStart[i]) throw invalid('demand', `demand "${problem.demandIds[i]}" cannot be served by any site`);
      h = medianHeuristic(problem, hopts);
      const lag = medianLagrangian(problem, { p: n.p, maxClosures: n.maxClosures, upper: h.value, iterations: n.solver === 'heuristic' ? 300 : 1000 });
      h.bound = lag.bound;
      h.boundSource = 'lagrangian';
      fixed = lag.fixed;
      break;
    }
    case 'center':
      h = centerHeuristic(problem, hopts);
      break;
    case 'capacitated':
      h = capacitatedHeuristic(problem, cov!, hopts);
      break;
  }

  let open = h.open;
  let value = evaluatePlan(problem, objective, open, n.maxCost, cov ?? undefined);
  let bound = h.bound;
  let boundSource = h.boundSource;
  let solver: 'highs' | 'heuristic' = 'heuristic';
  let status: PlanResult['status'] = 'heuristic';
  let highs: { status: 'optimal' | 'time_limit'; bound: number | null } | null = null;
  let exactError: string | undefined;
  const better = (a: number, b: number): boolean => (sense === 'max' ? a > b + 1e-9 * Math.max(1, Math.abs(b)) : a < b - 1e-9 * Math.max(1, Math.abs(b)));
  const tighter = (a: number | null, b: number | null): number | null => (a === null ? b : b === null ? a : sense === 'max' ? Math.min(a, b) : Math.max(a, b));
  const closes = (v: number, bnd: number | null): boolean => bnd !== null && Math.abs(bnd - v) <= Math.max(1e-9 * Math.max(1, Math.abs(v)), n.mipGap * Math.abs(v));

  // 2. exact
  const wantExact = n.solver === 'exact' || (n.solver === 'auto' && nnzEstimate(n, cov) <= AUTO_EXACT_LIMIT);
  if (wantExact && (req.alwaysRunExact === true || !closes(value, bound))) {
    const left = Math.max(0.05, n.timeLimitSeconds - (clock() - t0) / 1000);
    const eopts = { p: n.p, maxClosures: n.maxClosures, timeLimitSeconds: left, mipGap: n.mipGap, start: open, fixed, deadline: t0 + n.timeLimitSeconds * 1000, clock };
    let e: ExactAnswer;
    if (objective === 'center') {
      const unit = unitWeights(problem);
      const c = await exactCenter(unit, (r) => coverageOf(unit, r), Math.max(centerLowerBound(problem), bound ?? 0), { open, value }, eopts, clock);
      e = { open: c.open, bound: c.bound, optimal: c.optimal, timeLimit: c.timeLimit, infeasible: false, ...(c.error ? { error: c.error } : {}) };
    } else if (objective === 'coverage') e = await exactCoverage(problem, cov!, eopts);
    else if (objective === 'setcover') e = await exactSetCover(problem, cov!, target, eopts);
    else if (objective === 'median') e = await exactMedian(problem, eopts);
    else e = await exactCapacitated(problem, cov!, eopts);
    const fixedUsed = fixed !== null && fixed.some((f) => f !== 0);
    const hValue = value;
    // no plan survives the fixing: nothing beats the heuristic's plan
    if (e.infeasible && fixedUsed) e = { open: null, bound: hValue, optimal: true, timeLimit: false, infeasible: false };
    if (e.infeasible) {
      if (objective === 'setcover') throw invalid('targetShare', 'infeasible target: no set of sites reaches it', 'infeasible');
      throw invalid('p', 'the model is infeasible for these sites and p', 'infeasible');
    }
    if (e.error) exactError = e.error;
    else solver = 'highs';
    status = e.error ? 'heuristic' : e.optimal ? 'optimal' : 'time_limit';
    if (!e.error) highs = { status: e.optimal ? 'optimal' : 'time_limit', bound: e.bound === null ? null : fixedUsed ? Math.min(e.bound, hValue) : e.bound };
    if (e.open) {
      if (objective === 'center') {
        let k = 0;
        for (let j = 0; j < e.open.length; j++) if (e.open[j] && problem.status[j] === SiteStatus.candidate) k++;
        if (k < n.p) medianGreedy(problem, e.open, n.p - k);
      }
      const v = evaluatePlan(problem, objective, e.open, n.maxCost, cov ?? undefined);
      if (better(v, value) || (e.optimal && !better(value, v))) {
        open = e.open;
        value = v;
      }
    }
    // with reduced-cost fixing HiGHS searched only the plans that could beat the heuristic's: its optimum (or bound)
    // holds for the whole problem only together with that plan's value
    const eb = e.bound === null ? null : fixedUsed ? (sense === 'min' ? Math.min(e.bound, hValue) : Math.max(e.bound, hValue)) : e.bound;
    bound = tighter(eb, bound);
    if (e.bound !== null && bound === e.bound) boundSource = objective === 'center' ? 'lscp search' : 'highs';
    if (e.optimal) {
      bound = value;
      boundSource = 'highs';
    }
  }
  if (objective === 'setcover' || objective === 'center' || objective === 'median') {
    // integer-valued objectives/bounds: a lower bound can be rounded up when values are whole numbers
    if (bound !== null && Number.isInteger(value) && objective === 'setcover') bound = Math.ceil(bound - 1e-6);
  }
  if (bound !== null && (sense === 'max' ? bound < value : bound > value)) bound = value; // numerical noise
  const optimal = closes(value, bound);
  if (optimal) status = 'optimal';
  checkPlan(problem, open, objective === 'setcover' ? null : n.p, n.maxClosures);

  const sites: string[] = [];
  const opened: string[] = [];
  const closed: string[] = [];
  for (let j = 0; j < open.length; j++) {
    if (open[j]) sites.push(problem.siteIds[j]!);
    if (open[j] && problem.status[j] === SiteStatus.candidate) opened.push(problem.siteIds[j]!);
    if (!open[j] && problem.status[j] === SiteStatus.closable) closed.push(problem.siteIds[j]!);
  }
  const result: PlanResult = {
    objective: value,
    sites,
    optimal,
    bound,
    seconds: (clock() - t0) / 1000,
    status,
    gap: bound === null ? null : Math.abs(bound - value) / Math.max(Math.abs(value), 1e-9),
    solver,
    sense,
    objectiveName: objective,
    opened,
    closed,
    totalWeight: total,
  };
  if (boundSource !== undefined && bound !== null) result.boundSource = optimal && solver === 'highs' ? 'highs' : boundSource;
  if (exactError) result.exactError = exactError;
  if (highs) {
    result.highsStatus = highs.status;
    result.highsBound = highs.bound;
  }
  if (n.maxCost !== null) {
    result.covered = coveredWeight(problem, open, n.maxCost);
    result.coveredShare = total > 0 ? result.covered / total : 0;
  }
  if (objective === 'median') result.mean = total > 0 ? value / total : 0;
  return result;
}
