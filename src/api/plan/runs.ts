/**
 * Solve runs (规划运行): a planner's solve request → the caller's demand, supply and candidates from the plan
 * repository (the access policy scopes them) → a solver worker (matrix, solve, report, what-if state, the answer's
 * JSON) → the run stored in PostgreSQL for a day under a fresh id (src/db/repos/plan-runs.ts) → the answer, as the
 * worker wrote it. The event loop only waits: nothing here loops over the city.
 */
import { randomUUID } from 'node:crypto';
import type { Repos } from '../../db/repos/index.ts';
import { RUN_TTL_HOURS } from '../../db/repos/plan-runs.ts';
import { invalid } from '../../shared/errors.ts';
import type { PlanWorkers } from './pools.ts';
import type { SolveRequest } from './schemas.ts';
import type { PlanInputs } from './worker-protocol.ts';

const clock = () => performance.timeOrigin + performance.now();

/**
 * The points a plan of `req` is built from, in the caller's scope; 400 naming the field when there is nothing to
 * plan with.
 * @param repos - the caller's repositories
 * @param req - the request (division, candidate kinds or ids)
 */
export async function planInputs(repos: Repos, req: SolveRequest): Promise<PlanInputs> {
  const repo = repos.plan;
  const filter = { ...(req.candidates?.kinds ? { kinds: req.candidates.kinds } : {}), ...(req.candidates?.ids ? { ids: req.candidates.ids } : {}), ...(req.divisionId ? { divisionId: req.divisionId } : {}) };
  const [demand, facilities, candidates, divisions] = await Promise.all([repo.demand(req.divisionId), repo.facilities(req.divisionId), repo.candidates(filter), repo.divisions(req.divisionId)]);
  if (req.candidates?.ids) {
    const have = new Set(candidates.map((c) => c.id));
    const missing = req.candidates.ids.findIndex((id) => !have.has(id));
    if (missing >= 0) throw invalid(`candidates.ids.${missing}`, `candidate "${req.candidates.ids[missing]}" does not exist or is outside your scope`, 'unknown_candidate', { id: req.candidates.ids[missing]! });
  }
  if (demand.length === 0) throw invalid('divisionId', 'there are no children 0–3 in compounds in this scope to plan for', 'no_demand');
  if (candidates.length === 0) throw invalid('candidates', 'there are no candidate sites in this scope (upload some as GeoJSON points)', 'no_candidates');
  return { demand, facilities, candidates, divisions };
}

/**
 * Solves a plan for the caller and keeps the run.
 * @param repos - the caller's repositories
 * @param workers - the planning pools
 * @param req - the validated request
 * @returns the answer (PlanSolveResponse) as JSON text
 */
export async function solveRun(repos: Repos, workers: PlanWorkers, req: SolveRequest): Promise<string> {
  const startedAt = clock();
  const scope = repos.plan.scope();
  workers.requireNetwork();
  if (req.objective !== 'setcover' && req.p === undefined) throw invalid('p', `the ${req.objective} model needs p, the number of new sites`, 'required');
  const inputs = await planInputs(repos, req);
  if (req.objective !== 'setcover' && req.p! > inputs.candidates.length)
    throw invalid('p', `p = ${req.p} is larger than the ${inputs.candidates.length} candidate site${inputs.candidates.length === 1 ? '' : 's'}`, 'more_than_candidates', { p: req.p!, candidates: inputs.candidates.length });
  const runId = randomUUID();
  const expiresAt = new Date(Math.ceil((Date.now() + RUN_TTL_HOURS * 3_600_000) / 1000) * 1000);
  const queuedAt = clock();
  const done = await workers.solve({ kind: 'solve', runId, expiresAt: expiresAt.toISOString().replace(/\.\d{3}Z$/, 'Z'), request: req, inputs, startedAt, queuedAt, loadMs: queuedAt - startedAt });
  await repos.planRuns.save({ id: runId, divisionId: req.divisionId ?? scope, request: req, resultJson: done.json, engine: done.engine, state: done.state, expiresAt });
  return done.json;
}
