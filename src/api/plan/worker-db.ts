/**
 * The database of a planning worker: its own small pool on the server's database (opened on first use), and the
 * caller-scoped repositories over it, so a worker reads and writes through the same access policy as the main thread.
 */
import { workerData } from 'node:worker_threads';
import { Db } from '../../db/index.ts';
import { reposFor, type Repos } from '../../db/repos/index.ts';
import type { UserCaller } from '../../db/repos/caller.ts';
import { isAppError } from '../../shared/errors.ts';
import type { PlanWorkerData, Reply } from './worker-protocol.ts';

let db: Db | null = null;

/**
 * The caller's repositories in this worker.
 * @param caller - the caller named by the task
 * @param connections - pool size of this worker (the first call decides)
 */
export function workerRepos(caller: UserCaller, connections: number): Repos {
  db ??= new Db((workerData as PlanWorkerData).dbUrl, connections);
  return reposFor(db, caller);
}

/**
 * Runs a task and turns an AppError into data (structured clone keeps only an Error's message).
 * @param f - the task's body
 */
export async function reply<T>(f: () => Promise<Reply<T>>): Promise<Reply<T>> {
  try {
    return await f();
  } catch (e) {
    if (isAppError(e)) return { ok: false, error: { code: e.code, message: e.message, issues: e.issues } };
    throw e;
  }
}
