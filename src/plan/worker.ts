/**
 * Piscina worker entry: one solve per task. A request (Problem with typed arrays) is structured-cloned in, the
 * outcome comes back as plain data. HiGHS is loaded once per worker and reused across tasks. Loaded through
 * worker.mjs, which registers tsx so the worker can import TypeScript.
 */
import { isAppError, type ErrorCode } from '../shared/errors.ts';
import { solvePlan } from './solve.ts';
import type { PlanRequest, PlanResult } from './types.ts';

/**
 * A task's outcome. Errors travel as data: Node's structured clone of an Error keeps only its message, so an
 * AppError's code and field would otherwise be lost on the way back (pool.ts rebuilds the AppError).
 */
export type PlanTaskOutcome = { ok: true; result: PlanResult } | { ok: false; error: { code: ErrorCode; message: string; field?: string } };

/**
 * Solves one planning request inside a worker.
 * @param req - the request
 */
export default async function planTask(req: PlanRequest): Promise<PlanTaskOutcome> {
  try {
    return { ok: true, result: await solvePlan(req) };
  } catch (e) {
    if (isAppError(e)) return { ok: false, error: { code: e.code, message: e.message, ...(e.field ? { field: e.field } : {}) } };
    throw e;
  }
}
