/**
 * What the planning API sends to its workers and what comes back (plain, structured-cloneable data). A task names
 * its caller: the worker reads and writes PostgreSQL itself, through the same caller-scoped repositories (the access
 * policy applies there as on the main thread), so the rows of a city never pass through the event loop. Errors
 * travel as data: Node's structured clone of an Error keeps only its message, so an AppError's code, field and
 * issues would otherwise be lost on the way back (pools.ts rebuilds the AppError).
 */
import type { UserCaller } from '../../db/repos/caller.ts';
import type { PlanInputs } from '../../db/repos/plan.ts';
import type { PlanResult, SiteChange, WhatIfAnswer, WhatIfBase } from '../../plan/index.ts';
import type { ErrorCode, FieldIssue } from '../../shared/errors.ts';
import type { SolveRequest } from './schemas.ts';

export type { PlanInputs };

/** What every worker is started with. */
export interface PlanWorkerData {
  /** The database the workers read and write (their own small pools). */
  dbUrl: string;
}

/** The engine's figures an export states (the plan's open set is in the state). */
export type EngineFigures = Pick<PlanResult, 'objective' | 'objectiveName' | 'optimal' | 'bound' | 'gap' | 'status' | 'solver' | 'seconds' | 'sense'> & Partial<Pick<PlanResult, 'covered' | 'coveredShare' | 'totalWeight'>>;

/** Read the inputs, build the walking matrix, solve, write the report, pack the state, store the run. */
export interface SolveTask {
  kind: 'solve';
  caller: UserCaller;
  runId: string;
  expiresAt: string;
  request: SolveRequest;
  /** When the HTTP request began and when the task was queued (epoch ms, high resolution). */
  startedAt: number;
  queuedAt: number;
}

/** Rebuild the what-if state of a scenario saved without one, from live inputs and its open sites. */
export interface RebuildTask {
  kind: 'rebuild';
  caller: UserCaller;
  scenarioId: string;
}

/** The solver worker's tasks. */
export type SolverTask = SolveTask | RebuildTask;

/** A stored plan: a run of the caller's, or a scenario in scope. */
export type PlanRef = { runId: string } | { scenarioId: string };

/** A what-if on a stored plan; `state` only when the worker asked for a rebuilt one. */
export interface WhatIfTask {
  kind: 'whatif';
  caller: UserCaller;
  plan: PlanRef;
  base: WhatIfBase;
  change: SiteChange;
  state?: Uint8Array;
}

/** The XLSX workbook of a scenario. */
export interface XlsxTask {
  kind: 'xlsx';
  caller: UserCaller;
  scenarioId: string;
  state?: Uint8Array;
}

/** The GeoJSON export of a scenario. */
export interface GeoJsonTask {
  kind: 'geojson';
  caller: UserCaller;
  scenarioId: string;
}

/** The state worker's tasks. */
export type StateTask = WhatIfTask | XlsxTask | GeoJsonTask;

/**
 * A worker's reply: the answer, "this scenario has no stored state: rebuild it" (then send the rebuilt state with the
 * task again), or an error as data.
 */
export type Reply<T> = { ok: true; value: T } | { ok: true; rebuild: true } | { ok: false; error: { code: ErrorCode; message: string; issues: readonly FieldIssue[] } };

export type { WhatIfAnswer };
