/**
 * Solve runs (规划运行): a planner's solve request goes to a solver worker, which reads the caller's demand, supply
 * and candidates (the access policy scopes them), builds the walking matrix, solves, writes the report and the
 * answer's JSON, packs the what-if state and stores the run in PostgreSQL for a day under a fresh id
 * (src/db/repos/plan-runs.ts). The event loop checks the caller and waits: nothing here touches a city's rows.
 */
import { randomUUID } from 'node:crypto';
import type { Caller, Repos } from '../../db/repos/index.ts';
import { RUN_TTL_HOURS } from '../../db/repos/plan-runs.ts';
import { AppError, invalid } from '../../shared/errors.ts';
import type { PlanWorkers } from './pools.ts';
import type { SolveRequest } from './schemas.ts';

const clock = () => performance.timeOrigin + performance.now();

/**
 * Solves a plan for the caller and keeps the run.
 * @param repos - the caller's repositories (for the scope check before any work)
 * @param workers - the planning pools
 * @param req - the validated request
 * @returns the answer (PlanSolveResponse) as JSON text
 */
export async function solveRun(repos: Repos, workers: PlanWorkers, req: SolveRequest): Promise<string> {
  const startedAt = clock();
  repos.plan.scope();
  workers.requireNetwork();
  const caller = userOf(repos.caller);
  if (req.objective !== 'setcover' && req.p === undefined) throw invalid('p', `the ${req.objective} model needs p, the number of new sites`, 'required');
  const expiresAt = new Date(Math.ceil((Date.now() + RUN_TTL_HOURS * 3_600_000) / 1000) * 1000);
  return workers.solve({ kind: 'solve', caller, runId: randomUUID(), expiresAt: expiresAt.toISOString().replace('.000Z', 'Z'), request: req, startedAt, queuedAt: clock() });
}

/** Plans belong to a user: the system caller (CLI) plans through the engine, not through runs. */
export function userOf(c: Caller) {
  if (c.kind !== 'user') throw c.kind === 'anonymous' ? new AppError('unauthenticated', 'login required') : new AppError('forbidden', 'plan runs belong to a user');
  return c;
}
