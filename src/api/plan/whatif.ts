/**
 * What-if (情景推演) over HTTP: one change against a stored run or scenario, answered by the state worker from the
 * plan's packed state. Any replica can answer: the worker checks the plan and loads its state from PostgreSQL the
 * first time, then keeps it decoded. Scenarios saved before states were kept are rebuilt from live data once by a
 * solver worker (`rebuilt: true`).
 */
import type { Repos } from '../../db/repos/index.ts';
import { invalid } from '../../shared/errors.ts';
import type { PlanWorkers } from './pools.ts';
import { userOf } from './runs.ts';
import type { WhatIfRequest, WhatIfResponse } from './schemas.ts';
import type { PlanRef } from './worker-protocol.ts';

/**
 * Applies one change to a base open set of a run or scenario and reports the coverage change (no re-solve).
 * @param repos - the caller's repositories (for the scope check before any work)
 * @param workers - the planning pools
 * @param req - run or scenario, base and change
 */
export async function whatIf(repos: Repos, workers: PlanWorkers, req: WhatIfRequest): Promise<WhatIfResponse> {
  repos.plan.scope();
  const caller = userOf(repos.caller);
  let plan: PlanRef;
  if (req.runId) plan = { runId: req.runId };
  else if (req.scenarioId) plan = { scenarioId: req.scenarioId };
  else throw invalid('runId', 'give a runId or a scenarioId', 'required');
  const task = { kind: 'whatif' as const, caller, plan, base: { open: req.open, closed: req.closed }, change: req.change };
  const answer = await workers.whatIf(task);
  if (answer) return answer;
  const state = await workers.rebuild({ kind: 'rebuild', caller, scenarioId: req.scenarioId! });
  return (await workers.whatIf({ ...task, state }))!;
}
