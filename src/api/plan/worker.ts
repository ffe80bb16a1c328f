/**
 * Planning worker (piscina): builds the walking-minutes problem on the city's graph (shared through
 * SharedArrayBuffers, handed over in `workerData`) and, when asked, solves it — so neither the many-to-many
 * Dijkstra nor HiGHS runs on the API's event loop. Errors come back as plain objects carrying the AppError fields.
 */
import { workerData } from 'node:worker_threads';
import type { Graph, PointSet } from '../../access/index.ts';
import { problemFromNetwork, solvePlan, type PlanRequest, type PlanResult, type Problem } from '../../plan/index.ts';

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
 * Builds (and solves) one planning problem.
 * @param task - point sets and parameters
 */
export default async function planTask(task: PlanTask): Promise<PlanTaskResult> {
  try {
    const t0 = performance.now();
    const problem = problemFromNetwork({ graph, demand: task.demand, candidates: task.candidates, existing: task.existing, speedKmh: task.speedKmh, cutoffMinutes: task.cutoffMinutes });
    if (task.solve && (task.solve.objective === 'median' || task.solve.objective === 'center')) {
      // compounds beyond the matrix's cutoff from every site are left out of p-median / p-center (reported as
      // unreachable by the API) rather than making the model infeasible
      for (let i = 0; i < problem.weights.length; i++) if (problem.rowStart[i + 1] === problem.rowStart[i]) problem.weights[i] = 0;
    }
    const t1 = performance.now();
    const result = task.solve ? await solvePlan({ ...task.solve, problem }) : null;
    return { problem, result, buildMs: t1 - t0, solveMs: performance.now() - t1 };
  } catch (e) {
    // an Error's own fields do not survive the trip back from the worker: send the AppError's as data
    if (e && typeof e === 'object' && 'code' in e && e instanceof Error) return { error: { code: String((e as { code: unknown }).code), message: e.message, field: (e as { field?: string }).field ?? null } };
    throw e;
  }
}
