/**
 * The planning API's two worker pools. The solver pool builds walking matrices and solves (one worker by default:
 * HiGHS is single-threaded and a solve is CPU-bound; solves queue there). The state pool answers what-ifs and builds
 * exports from stored states; it is separate so that a what-if never waits behind a solve. Errors from a worker come
 * back as AppErrors with their code, field and issues.
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { AppError } from '../../shared/errors.ts';
import type { CityNetwork } from '../access/service.ts';
import type { RebuildDone, RebuildTask, Reply, SolveDone, SolveTask, StateTask, WhatIfAnswer } from './worker-protocol.ts';

/** A state task's answer, or `null` when the worker needs the packed state. */
export type StateAnswer<T> = T | null;

function unwrap<T>(r: Reply<T>): StateAnswer<T> {
  if (!r.ok) throw new AppError(r.error.code, r.error.message, { issues: [...r.error.issues] });
  return 'missing' in r ? null : r.value;
}

/** Both pools; the solver pool follows the loaded network (a new graph starts new workers). */
export class PlanWorkers {
  readonly #network: () => CityNetwork | null;
  readonly #threads: number;
  #solver: Piscina | null = null;
  #solverNet: CityNetwork | null = null;
  #state: Piscina | null = null;

  /**
   * @param network - the loaded city network (null: solving answers 503; what-ifs on stored states still work)
   * @param opts - solver threads (default: cores − 1, at most 2, at least 1)
   */
  constructor(network: () => CityNetwork | null, opts: { solverThreads?: number } = {}) {
    this.#network = network;
    this.#threads = opts.solverThreads ?? Math.max(1, Math.min(2, availableParallelism() - 1));
  }

  /** Whether a walking network is loaded (503 otherwise, before any work is done). */
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
    this.#solver = new Piscina({ filename: new URL('./solver-worker.mjs', import.meta.url).href, workerData: { graph: net.pool.graph }, minThreads: 1, maxThreads: this.#threads, idleTimeout: 120_000 });
    return this.#solver;
  }

  #statePool(): Piscina {
    this.#state ??= new Piscina({ filename: new URL('./state-worker.mjs', import.meta.url).href, workerData: { cacheBytes: 128 * 1024 * 1024 }, minThreads: 1, maxThreads: 1, idleTimeout: 30 * 60_000 });
    return this.#state;
  }

  /** Builds, solves and reports one plan in a solver worker. */
  async solve(task: SolveTask): Promise<SolveDone> {
    return unwrap((await this.#solverPool().run(task)) as Reply<SolveDone>)!;
  }

  /** Rebuilds a stored plan's state from live inputs in a solver worker. */
  async rebuild(task: RebuildTask): Promise<RebuildDone> {
    return unwrap((await this.#solverPool().run(task)) as Reply<RebuildDone>)!;
  }

  /** A what-if (null: send the state). */
  async whatIf(task: Extract<StateTask, { kind: 'whatif' }>): Promise<StateAnswer<WhatIfAnswer>> {
    return unwrap((await this.#statePool().run(task)) as Reply<WhatIfAnswer>);
  }

  /** An XLSX workbook of a stored plan (null: send the state). */
  async xlsx(task: Extract<StateTask, { kind: 'xlsx' }>): Promise<StateAnswer<Uint8Array>> {
    return unwrap((await this.#statePool().run(task)) as Reply<Uint8Array>);
  }

  /** A scenario's GeoJSON export, as text. */
  async geojson(task: Extract<StateTask, { kind: 'geojson' }>): Promise<string> {
    return unwrap((await this.#statePool().run(task)) as Reply<string>)!;
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    await Promise.all([this.#solver?.destroy(), this.#state?.destroy()]);
    this.#solver = null;
    this.#state = null;
  }
}
