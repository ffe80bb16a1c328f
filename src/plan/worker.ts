/**
 * Piscina worker entry: one solve per task. A request (Problem with typed arrays) is structured-cloned in, the
 * result comes back as plain data. HiGHS is loaded once per worker and reused across tasks. Loaded through
 * worker.mjs, which registers tsx so the worker can import TypeScript.
 */
import { solvePlan } from './solve.ts';
import type { PlanRequest, PlanResult } from './types.ts';

/**
 * Solves one planning request inside a worker. Errors are rethrown as plain objects carrying the AppError fields so
 * the caller can rebuild them (see pool.ts).
 * @param req - the request
 */
export default async function planTask(req: PlanRequest): Promise<PlanResult> {
  try {
    return await solvePlan(req);
  } catch (e) {
    if (e && typeof e === 'object' && 'code' in e && e instanceof Error) {
      const err = new Error(e.message) as Error & { appCode?: unknown; field?: unknown };
      err.appCode = (e as { code: unknown }).code;
      err.field = (e as { field?: unknown }).field;
      throw err;
    }
    throw e;
  }
}
