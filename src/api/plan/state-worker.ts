/**
 * The state worker (piscina): what-ifs and exports of stored plans, off the API's event loop and never queued behind
 * a solve. It keeps the decoded what-if sessions of recent runs and scenarios (an LRU within a byte budget); when a
 * task names a session it does not hold, it answers `missing` and the API sends the packed state from PostgreSQL.
 * Sessions are immutable copies of stored rows, so a cached one is never stale. Loaded through state-worker.mjs.
 */
import { workerData } from 'node:worker_threads';
import { decodePlanState, planToXlsx, reportToGeoJson, WhatIfSession, type PlanResult, type PlanState, type ReportForExport } from '../../plan/index.ts';
import { isAppError } from '../../shared/errors.ts';
import type { Reply, StateTask, WhatIfAnswer } from './worker-protocol.ts';

interface Entry {
  state: PlanState;
  session: WhatIfSession;
  bytes: number;
}

const budget = (workerData as { cacheBytes?: number } | null)?.cacheBytes ?? 128 * 1024 * 1024;
const cache = new Map<string, Entry>();
let held = 0;

function entry(key: string, packed: Uint8Array | undefined): Entry | null {
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  if (!packed) return null;
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

async function run(task: StateTask): Promise<Reply<WhatIfAnswer | Uint8Array | string>> {
  switch (task.kind) {
    case 'whatif': {
      const e = entry(task.key, task.state);
      if (!e) return { ok: true, missing: true };
      return { ok: true, value: e.session.apply(task.base, task.change, () => performance.now()) };
    }
    case 'xlsx': {
      const e = entry(task.key, task.state);
      if (!e) return { ok: true, missing: true };
      const p = e.state.problem;
      const sites = p.siteIds.filter((_, j) => e.state.open[j]);
      const result = { ...task.engine, sites, opened: [], closed: [], totalWeight: task.engine.totalWeight ?? 0 } as PlanResult;
      return { ok: true, value: await planToXlsx(p, result, task.minutes) };
    }
    case 'geojson': {
      const report = JSON.parse(task.resultJson) as ReportForExport;
      return { ok: true, value: JSON.stringify(reportToGeoJson(report, { scenario: task.scenario, name: task.name, request: task.request })) };
    }
  }
}

/**
 * Runs one what-if or export.
 * @param task - the task
 */
export default async function stateTask(task: StateTask): Promise<Reply<WhatIfAnswer | Uint8Array | string>> {
  try {
    return await run(task);
  } catch (e) {
    if (isAppError(e)) return { ok: false, error: { code: e.code, message: e.message, issues: e.issues } };
    throw e;
  }
}
