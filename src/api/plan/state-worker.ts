/**
 * The state worker (piscina): what-ifs and exports of stored plans, off the API's event loop and never queued behind
 * a solve. Each task names its caller; the worker checks the plan through the caller's repositories (its own database
 * pool), then answers from the decoded what-if session of the plan — kept for recent runs and scenarios in an LRU
 * within a byte budget, loaded from PostgreSQL on a miss. A stored state never changes, so a kept session is never
 * stale; the access check runs on every task. Loaded through state-worker.mjs.
 */
import { workerData } from 'node:worker_threads';
import { decodePlanState, planToXlsx, reportToGeoJson, WhatIfSession, type PlanResult, type PlanState, type ReportForExport } from '../../plan/index.ts';
import type { Repos } from '../../db/repos/index.ts';
import type { WhatIfResponse } from './schemas.ts';
import { reply, workerRepos } from './worker-db.ts';
import type { EngineFigures, PlanRef, Reply, StateTask } from './worker-protocol.ts';

interface Entry {
  state: PlanState;
  session: WhatIfSession;
  bytes: number;
}

/** Connections of the state worker's pool (several tasks wait on the database at once). */
const CONNECTIONS = 4;
const budget = (workerData as { cacheBytes?: number } | null)?.cacheBytes ?? 128 * 1024 * 1024;
const cache = new Map<string, Entry>();
let held = 0;

function keep(key: string, packed: Uint8Array): Entry {
  const before = cache.get(key); // two tasks that missed the same plan at once
  if (before) {
    cache.delete(key);
    held -= before.bytes;
  }
  const state = decodePlanState(packed);
  const session = new WhatIfSession(state);
  const e = { state, session, bytes: session.bytes };
  cache.set(key, e);
  held += e.bytes;
  for (const [k, old] of cache) {
    if (held <= budget || k === key) break;
    cache.delete(k);
    held -= old.bytes;
  }
  return e;
}

/** Where a stored plan's packed state is: its key, and how to load it (null: saved without one, rebuild it). */
async function locate(repos: Repos, plan: PlanRef): Promise<{ key: string; load: (() => Promise<Uint8Array | null>) | null; engine: EngineFigures | null; minutes: number }> {
  if ('runId' in plan) {
    const run = await repos.planRuns.get(plan.runId);
    return { key: `run:${run.id}`, load: () => repos.planRuns.state(run.id), engine: run.engine as unknown as EngineFigures, minutes: Number(run.request.minutes) };
  }
  const s = await repos.planScenarios.work(plan.scenarioId);
  return { key: `scenario:${s.id}`, load: s.stateBytes === null ? null : () => repos.planScenarios.state(s.id), engine: s.engine as unknown as EngineFigures | null, minutes: Number(s.request.minutes) };
}

/** The plan's session: kept, loaded, or from the rebuilt state the task brings; null when it must be rebuilt. */
async function entry(repos: Repos, plan: PlanRef, rebuilt: Uint8Array | undefined) {
  const at = await locate(repos, plan);
  const hit = cache.get(at.key);
  if (hit) {
    cache.delete(at.key);
    cache.set(at.key, hit);
    return { ...at, entry: hit };
  }
  const packed = rebuilt ?? (at.load ? await at.load() : null);
  return { ...at, entry: packed ? keep(at.key, packed) : null };
}

async function run(task: StateTask): Promise<Reply<WhatIfResponse | Uint8Array | string>> {
  const repos = workerRepos(task.caller, CONNECTIONS);
  repos.plan.scope();
  switch (task.kind) {
    case 'whatif': {
      const { entry: e } = await entry(repos, task.plan, task.state);
      if (!e) return { ok: true, rebuild: true };
      return { ok: true, value: { ...e.session.apply(task.base, task.change, () => performance.now()), rebuilt: task.state !== undefined } };
    }
    case 'xlsx': {
      const { entry: e, engine, minutes } = await entry(repos, { scenarioId: task.scenarioId }, task.state);
      if (!e) return { ok: true, rebuild: true };
      const p = e.state.problem;
      const figures = engine ?? ({} as EngineFigures);
      const result = { ...figures, sites: p.siteIds.filter((_, j) => e.state.open[j]), opened: [], closed: [], totalWeight: figures.totalWeight ?? 0 } as PlanResult;
      return { ok: true, value: await planToXlsx(p, result, minutes) };
    }
    case 'geojson': {
      const s = await repos.planScenarios.get(task.scenarioId);
      const report = JSON.parse(s.resultJson) as ReportForExport;
      return { ok: true, value: JSON.stringify(reportToGeoJson(report, { scenario: s.id, name: s.name, request: s.request })) };
    }
  }
}

/**
 * Runs one what-if or export.
 * @param task - the task
 */
export default function stateTask(task: StateTask): Promise<Reply<WhatIfResponse | Uint8Array | string>> {
  return reply(() => run(task));
}
