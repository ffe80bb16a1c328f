/**
 * Planning worker (piscina): builds the walking-minutes problem on the city's graph (shared through
 * SharedArrayBuffers, handed over in `workerData`) and, when asked, solves it — so neither the many-to-many
 * Dijkstra nor HiGHS runs on the API's event loop. Errors come back as plain objects carrying the AppError fields.
 */
import { workerData } from 'node:worker_threads';
import type { Graph, PointSet } from '../../access/index.ts';
import { buildProblem, problemFromNetwork, solvePlan, type PlanRequest, type PlanResult, type Problem } from '../../plan/index.ts';

/** One task: the point sets, the walking parameters and (optionally) the model to solve. */
export interface PlanTask {
  demand: PointSet;
  candidates: PointSet;
  existing: PointSet;
  speedKmh: number;
  /** Pairs beyond this many minutes are not kept. */
  cutoffMinutes: number;
  solve: Omit<PlanRequest, 'problem'> | null;
}

/** The answer: the problem (for what-if and exports) and the plan. */
export type PlanTaskResult =
  | { problem: Problem; result: PlanResult | null; buildMs: number; solveMs: number }
  | { error: { code: string; message: string; field: string | null } };

const graph = (workerData as { graph: Graph }).graph;

/**
 * p-median and p-center need every compound served. The walking matrix stops at its cutoff, so a compound farther
 * than that from every existing facility gets one pair to an existing facility at `penalty` minutes (a capped
 * distance: "beyond the cutoff counts as `penalty`"), which keeps the model feasible for any p. Compounds no site
 * reaches at all (off the network) are left out (weight 0; the API reports them as unreachable).
 * @param problem - the matrix problem (candidates first, then existing facilities)
 * @param nCandidates - number of candidate sites
 * @param nExisting - number of existing facilities
 * @param penalty - minutes charged beyond the cutoff
 */
function capDistances(problem: Problem, nCandidates: number, nExisting: number, penalty: number): Problem {
  const n = problem.demandIds.length;
  const pd: number[] = [];
  const ps: number[] = [];
  const pc: number[] = [];
  const weights = Float64Array.from(problem.weights);
  for (let i = 0; i < n; i++) {
    let reachedExisting = false;
    for (let x = problem.rowStart[i]!; x < problem.rowStart[i + 1]!; x++) {
      pd.push(i);
      ps.push(problem.rowSite[x]!);
      pc.push(problem.rowCost[x]!);
      if (problem.rowSite[x]! >= nCandidates) reachedExisting = true;
    }
    if (problem.rowStart[i + 1] === problem.rowStart[i] && nExisting === 0) weights[i] = 0;
    else if (!reachedExisting && nExisting > 0) {
      pd.push(i);
      ps.push(nCandidates);
      pc.push(penalty);
    }
  }
  return buildProblem({ demandIds: problem.demandIds, weights, siteIds: problem.siteIds, pairDemand: pd, pairSite: ps, pairCost: pc, status: problem.status, places: problem.places });
}

/**
 * Builds (and solves) one planning problem.
 * @param task - point sets and parameters
 */
export default async function planTask(task: PlanTask): Promise<PlanTaskResult> {
  try {
    const t0 = performance.now();
    let problem = problemFromNetwork({ graph, demand: task.demand, candidates: task.candidates, existing: task.existing, speedKmh: task.speedKmh, cutoffMinutes: task.cutoffMinutes });
    if (task.solve && (task.solve.objective === 'median' || task.solve.objective === 'center')) problem = capDistances(problem, task.candidates.ids.length, task.existing.ids.length, 2 * task.cutoffMinutes);
    const t1 = performance.now();
    const result = task.solve ? await solvePlan({ ...task.solve, problem }) : null;
    return { problem, result, buildMs: t1 - t0, solveMs: performance.now() - t1 };
  } catch (e) {
    // an Error's own fields do not survive the trip back from the worker: send the AppError's as data
    if (e && typeof e === 'object' && 'code' in e && e instanceof Error) return { error: { code: String((e as { code: unknown }).code), message: e.message, field: (e as { field?: string }).field ?? null } };
    throw e;
  }
}
