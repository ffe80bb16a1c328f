/**
 * What the planning API sends to its workers and what comes back (plain, structured-cloneable data). Errors travel
 * as data: Node's structured clone of an Error keeps only its message, so an AppError's code, field and issues would
 * otherwise be lost on the way back (pools.ts rebuilds the AppError).
 */
import type { CandidateSite, PlanDemand, PlanDivision, PlanFacility } from '../../db/repos/plan.ts';
import type { PlanResult, SiteChange, WhatIfAnswer, WhatIfBase } from '../../plan/index.ts';
import type { ErrorCode, FieldIssue } from '../../shared/errors.ts';
import type { SolveRequest } from './schemas.ts';

/** The points a plan is built from, as the plan repository reads them. */
export interface PlanInputs {
  demand: PlanDemand[];
  facilities: PlanFacility[];
  candidates: CandidateSite[];
  divisions: PlanDivision[];
}

/** The engine's figures an export states (the plan's open set is in the state). */
export type EngineFigures = Pick<PlanResult, 'objective' | 'objectiveName' | 'optimal' | 'bound' | 'gap' | 'status' | 'solver' | 'seconds' | 'sense'> & Partial<Pick<PlanResult, 'covered' | 'coveredShare' | 'totalWeight'>>;

/** Build the walking matrix, solve, write the report and the answer, pack the what-if state. */
export interface SolveTask {
  kind: 'solve';
  runId: string;
  expiresAt: string;
  request: SolveRequest;
  inputs: PlanInputs;
  /** When the HTTP request began and when the task was queued (epoch ms, high resolution). */
  startedAt: number;
  queuedAt: number;
  loadMs: number;
}
export interface SolveDone {
  /** The answer (PlanSolveResponse) as JSON text. */
  json: string;
  state: Uint8Array;
  engine: EngineFigures;
}

/** Rebuild the what-if state of a scenario saved without one, from live inputs and its open sites. */
export interface RebuildTask {
  kind: 'rebuild';
  request: SolveRequest;
  inputs: PlanInputs;
  openSites: string[];
}
export interface RebuildDone {
  state: Uint8Array;
}

/** The solver worker's tasks. */
export type SolverTask = SolveTask | RebuildTask;

/** A what-if on the session `key` (`run:<id>` or `scenario:<id>`); `state` when the worker asked for it. */
export interface WhatIfTask {
  kind: 'whatif';
  key: string;
  state?: Uint8Array;
  base: WhatIfBase;
  change: SiteChange;
}

/** The XLSX workbook of a stored plan. */
export interface XlsxTask {
  kind: 'xlsx';
  key: string;
  state?: Uint8Array;
  engine: EngineFigures;
  minutes: number;
}

/** The GeoJSON export of a scenario's answer. */
export interface GeoJsonTask {
  kind: 'geojson';
  resultJson: string;
  scenario: string;
  name: string;
  request: unknown;
}

/** The state worker's tasks. */
export type StateTask = WhatIfTask | XlsxTask | GeoJsonTask;

/** A worker's reply: the answer, "send me the state of this key", or an error as data. */
export type Reply<T> = { ok: true; value: T } | { ok: true; missing: true } | { ok: false; error: { code: ErrorCode; message: string; issues: readonly FieldIssue[] } };

export type { WhatIfAnswer };
