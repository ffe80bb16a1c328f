/**
 * What-if (情景推演) over HTTP: one change against a stored run or scenario, answered by the state worker from the
 * plan's packed state. Any replica can answer: the state comes from PostgreSQL the first time a worker needs it and
 * stays decoded there. Scenarios saved before states were kept are rebuilt from live data once (`rebuilt: true`).
 */
import type { Repos } from '../../db/repos/index.ts';
import type { JsonObject } from '../../db/schema.gen.ts';
import { invalid } from '../../shared/errors.ts';
import type { PlanWorkers } from './pools.ts';
import { planInputs } from './runs.ts';
import type { SolveRequest, WhatIfRequest, WhatIfResponse } from './schemas.ts';

/** Where a stored plan's state comes from. */
export interface StoredPlan {
  /** The state worker's session key. */
  key: string;
  /** Loads (or rebuilds) the packed state. */
  load(): Promise<{ state: Uint8Array; rebuilt: boolean }>;
}

/**
 * A scenario's state: stored with it, or (saved before states were kept) rebuilt from live inputs and its open sites.
 * @param repos - the caller's repositories
 * @param workers - the planning pools (the solver pool rebuilds)
 * @param scenarioId - the scenario
 */
export async function storedScenario(repos: Repos, workers: PlanWorkers, scenarioId: string): Promise<StoredPlan & { request: SolveRequest; engine: JsonObject | null }> {
  const s = await repos.planScenarios.work(scenarioId);
  const request = s.request as unknown as SolveRequest;
  return {
    key: `scenario:${s.id}`,
    request,
    engine: s.engine,
    load: async () => {
      const stored = s.stateBytes === null ? null : await repos.planScenarios.state(s.id);
      if (stored) return { state: stored, rebuilt: false };
      workers.requireNetwork();
      const result = JSON.parse((await repos.planScenarios.get(s.id)).resultJson) as { openSites?: string[]; engine?: { sites?: string[] } };
      const openSites = result.openSites ?? result.engine?.sites ?? [];
      const { state } = await workers.rebuild({ kind: 'rebuild', request, inputs: await planInputs(repos, request), openSites });
      return { state, rebuilt: true };
    },
  };
}

/**
 * Applies one change to a base open set of a run or scenario and reports the coverage change (no re-solve).
 * @param repos - the caller's repositories
 * @param workers - the planning pools
 * @param req - run or scenario, base and change
 */
export async function whatIf(repos: Repos, workers: PlanWorkers, req: WhatIfRequest): Promise<WhatIfResponse> {
  repos.plan.scope();
  let stored: StoredPlan;
  if (req.runId) {
    const run = await repos.planRuns.get(req.runId);
    stored = { key: `run:${run.id}`, load: async () => ({ state: await repos.planRuns.state(run.id), rebuilt: false }) };
  } else if (req.scenarioId) stored = await storedScenario(repos, workers, req.scenarioId);
  else throw invalid('runId', 'give a runId or a scenarioId', 'required');
  const task = { kind: 'whatif' as const, key: stored.key, base: { open: req.open, closed: req.closed }, change: req.change };
  const hit = await workers.whatIf(task);
  if (hit) return { ...hit, rebuilt: false };
  const { state, rebuilt } = await stored.load();
  const answer = await workers.whatIf({ ...task, state });
  return { ...answer!, rebuilt };
}
