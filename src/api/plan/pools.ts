/**
 * The planning API's two worker pools; both read and write PostgreSQL themselves (the task names its caller), so a
 * city's rows, plans and states never pass through the event loop.
 * - The solver pool reads a plan's inputs, builds the walking matrix, solves, reports and stores the run (one worker
 *   by default: HiGHS is single-threaded and a solve is CPU-bound; solves queue there). Its threads run at a lower OS
 *   priority (nice +5, through piscina’s niceIncrement), so on a busy machine the event loop, the state worker and
 *   PostgreSQL get the processor first and a solve takes the time left over.
 * - The state pool answers what-ifs and builds exports from stored states; it is separate so that a what-if never
 *   waits behind a solve, and takes several tasks at once (they mostly wait on the database).
 * Errors from a worker come back as AppErrors with their code, field and issues.
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { AppError } from '../../shared/errors.ts';
import type { CityNetwork } from '../access/service.ts';
import type { WhatIfResponse } from './schemas.ts';
import type { GeoJsonTask, PlanWorkerData, RebuildTask, Reply, SolveTask, WhatIfTask, XlsxTask } from './worker-protocol.ts';

/** How much lower the solver threads' priority is (nice increment). */
export const SOLVER_NICE = 5;

/** A worker's answer, or null when it asks for the plan's state to be rebuilt first. */
function unwrap<T>(r: Reply<T>): T | null {
  if (!r.ok) throw new AppError(r.error.code, r.error.message, { issues: [...r.error.issues] });
  return 'rebuild' in r ? null : r.value;
}

/** Both pools; the solver pool follows the loaded network (a new graph starts new workers). */
export class PlanWorkers {
  readonly #network: () => CityNetwork | null;
  readonly #data: PlanWorkerData;
  readonly #threads: number;
  #solver: Piscina | null = null;
  #solverNet: CityNetwork | null = null;
  #state: Piscina | null = null;

  /**
   * @param network - the loaded city network (null: solving answers 503; what-ifs on stored states still work)
   * @param dbUrl - the database the workers use
   * @param opts - solver threads (default: cores − 1, at most 2, at least 1)
   */
  constructor(network: () => CityNetwork | null, dbUrl: string, opts: { solverThreads?: number } = {}) {
    this.#network = network;
    this.#data = { dbUrl };
    this.#threads = opts.solverThreads ?? Math.max(1, Math.min(2, availableParallelism() - 1));
  }

  /** The loaded walking network (503 before any work is done when there is none). */
  requireNetwork(): CityNetwork {
    const net = this.#network();
    if (!net) throw new AppError('unavailable', 'no walking network is loaded (start with `carecircle demo`, or `carecircle serve --osm FILE`)');
    return net;
  }

  #solverPool(): Piscina {
    const net = this.requireNetwork();
    if (this.#solver && this.#solverNet === net) return this.#solver;
    void this.#solver?.destroy();
    this.#solverNet = net;
    this.#solver = new Piscina({ filename: new URL('./solver-worker.mjs', import.meta.url).href, workerData: { ...this.#data, graph: net.pool.graph }, minThreads: 1, maxThreads: this.#threads, idleTimeout: 120_000, niceIncrement: SOLVER_NICE });
    return this.#solver;
  }

  #statePool(): Piscina {
    this.#state ??= new Piscina({ filename: new URL('./state-worker.mjs', import.meta.url).href, workerData: { ...this.#data, cacheBytes: 128 * 1024 * 1024 }, minThreads: 1, maxThreads: 1, concurrentTasksPerWorker: 8, idleTimeout: 30 * 60_000 });
    return this.#state;
  }

  /** Starts the state worker ahead of the first what-if (the planner page reads its lists first). */
  warm(): void {
    this.#statePool();
  }

  /** Solves and stores one plan in a solver worker (and starts the state worker: what-ifs follow solves). */
  async solve(task: SolveTask): Promise<string> {
    this.#statePool();
    return unwrap((await this.#solverPool().run(task)) as Reply<string>)!;
  }

  /** Rebuilds a scenario's state from live inputs in a solver worker. */
  async rebuild(task: RebuildTask): Promise<Uint8Array> {
    return unwrap((await this.#solverPool().run(task)) as Reply<Uint8Array>)!;
  }

  /** A what-if (null: the scenario has no stored state; rebuild it and ask again with it). */
  async whatIf(task: WhatIfTask): Promise<WhatIfResponse | null> {
    return unwrap((await this.#statePool().run(task)) as Reply<WhatIfResponse>);
  }

  /** A scenario's XLSX workbook (null: rebuild its state first). */
  async xlsx(task: XlsxTask): Promise<Uint8Array | null> {
    return unwrap((await this.#statePool().run(task)) as Reply<Uint8Array>);
  }

  /** A scenario's GeoJSON export, as text. */
  async geojson(task: GeoJsonTask): Promise<string> {
    return unwrap((await this.#statePool().run(task)) as Reply<string>)!;
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    await Promise.all([this.#solver?.destroy(), this.#state?.destroy()]);
    this.#solver = null;
    this.#state = null;
  }
}
