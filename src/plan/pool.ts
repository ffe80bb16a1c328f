/**
 * A piscina pool of planning workers for the server (or a benchmark): solves run off the event loop, one HiGHS
 * instance per worker. Errors thrown in a worker come back as AppError with the same code and field.
 */
import { Piscina } from 'piscina';
import { AppError } from '../shared/errors.ts';
import type { PlanRequest, PlanResult } from './types.ts';
import type { PlanTaskOutcome } from './worker.ts';

/** URL of the worker shim (worker.mjs → worker.ts). */
export const PLAN_WORKER_URL = new URL('./worker.mjs', import.meta.url);

/** A pool of planning workers. */
export class PlanPool {
  readonly #pool: Piscina;

  /**
   * @param opts - worker count (default: 1 — HiGHS is single-threaded and a solve is CPU-bound)
   */
  constructor(opts: { threads?: number } = {}) {
    const threads = opts.threads ?? 1;
    this.#pool = new Piscina({ filename: PLAN_WORKER_URL.href, minThreads: threads, maxThreads: threads, idleTimeout: 60_000 });
  }

  /**
   * Solves a request in a worker.
   * @param req - the typed request (structured-cloned into the worker)
   * @param signal - aborts a queued or running task (the worker is terminated)
   */
  async solve(req: PlanRequest, signal?: AbortSignal): Promise<PlanResult> {
    const out = (await this.#pool.run(req, signal ? { signal } : {})) as PlanTaskOutcome;
    if (out.ok) return out.result;
    throw new AppError(out.error.code, out.error.message, out.error.field ? { field: out.error.field } : {});
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    await this.#pool.destroy();
  }
}
