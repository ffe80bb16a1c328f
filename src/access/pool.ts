/**
 * AccessPool — heavy walking-network queries off the event loop. A piscina pool of worker threads shares one graph
 * through SharedArrayBuffers (no copy per worker); the API server creates one pool per city graph and awaits its
 * promises, so a health check still answers while a city-wide query runs.
 */
import { Piscina } from 'piscina';
import { availableParallelism } from 'node:os';
import { AppError } from '../shared/errors.ts';
import type { Graph } from './graph.ts';
import { sharedArray } from './graph.ts';
import type { PointSet } from './geojson.ts';
import type { IsochroneCollection } from './isochrones.ts';
import type { CoverageReport, NearestRow, NearestSummary, QueryParams } from './ops.ts';
import { queryParams } from './ops.ts';
import { checkMinutes } from './isochrones.ts';
import type { FcaMethod } from './measures.ts';
import type { AccessTask, WorkerReply } from './worker.ts';

/** Options for {@link AccessPool.create}. */
export interface AccessPoolOptions {
  /** Worker threads (default: available cores − 1, at least 1). */
  threads?: number;
  /** Reject a task that waits or runs longer than this (ms). Default none. */
  timeoutMs?: number;
}

/** Ensures every array of the graph lives on shared memory (copies once when it does not). */
function shareGraph(g: Graph): Graph {
  const share = <T extends Float64Array | Float32Array | Int32Array | Uint8Array>(a: T): T => {
    if (a.buffer instanceof SharedArrayBuffer) return a;
    const b = sharedArray(a.constructor as unknown as { new (buf: SharedArrayBuffer): T; BYTES_PER_ELEMENT: number }, a.length);
    b.set(a as never);
    return b;
  };
  return {
    nodeCount: g.nodeCount,
    edgeCount: g.edgeCount,
    componentCount: g.componentCount,
    osmIds: share(g.osmIds),
    lon: share(g.lon),
    lat: share(g.lat),
    offsets: share(g.offsets),
    targets: share(g.targets),
    meters: share(g.meters),
    component: share(g.component),
    flagNodes: share(g.flagNodes),
    flagValues: share(g.flagValues),
  };
}

/** A pool of engine workers over one shared graph. */
export class AccessPool {
  readonly #pool: Piscina;
  readonly #timeoutMs: number | undefined;
  /** The shared graph the workers read. */
  readonly graph: Graph;

  private constructor(graph: Graph, opts: AccessPoolOptions) {
    this.graph = shareGraph(graph);
    const threads = opts.threads ?? Math.max(1, availableParallelism() - 1);
    this.#timeoutMs = opts.timeoutMs;
    this.#pool = new Piscina({
      filename: new URL('./worker.mjs', import.meta.url).href,
      workerData: { graph: this.graph },
      minThreads: threads,
      maxThreads: threads,
      idleTimeout: Infinity,
    });
  }

  /**
   * Starts a pool over a graph (its arrays are moved to SharedArrayBuffers if they are not already).
   * @param graph - from buildGraphFromFile / loadGraphCache
   */
  static create(graph: Graph, opts: AccessPoolOptions = {}): AccessPool {
    return new AccessPool(graph, opts);
  }

  async #run<T>(task: AccessTask): Promise<T> {
    const signal = this.#timeoutMs === undefined ? undefined : AbortSignal.timeout(this.#timeoutMs);
    let reply: WorkerReply;
    try {
      reply = (await this.#pool.run(task, signal ? { signal } : {})) as WorkerReply;
    } catch (e) {
      if (signal?.aborted) throw new AppError('timeout', `access: query took longer than ${this.#timeoutMs} ms`, { cause: e });
      throw e;
    }
    if ('error' in reply) throw new AppError(reply.error.code, reply.error.message, reply.error.field ? { field: reply.error.field } : {});
    return reply.ok as T;
  }

  /** Answers once every worker is up (graph attached). */
  async ready(): Promise<void> {
    await this.#run({ op: 'ping' });
  }

  /** Nearest facility, minutes and coverage per point (the `access nearest` body). */
  async nearest(facilities: PointSet, points: PointSet, params: QueryParams = {}): Promise<{ results: NearestRow[]; summary: NearestSummary }> {
    queryParams(params);
    return this.#run({ op: 'nearest', facilities, points, params });
  }

  /** Isochrones per facility and merged, as GeoJSON. */
  async isochrones(
    facilities: PointSet,
    opts: { minutes?: number[]; speedKmh?: number; cellMeters?: number; maxSnapMeters?: number; perFacility?: boolean; merged?: boolean } = {},
  ): Promise<IsochroneCollection> {
    return JSON.parse(await this.isochronesJson(facilities, opts)) as IsochroneCollection;
  }

  /** Isochrones as a GeoJSON text, ready to send (the cheapest form for the event loop). */
  async isochronesJson(
    facilities: PointSet,
    opts: { minutes?: number[]; speedKmh?: number; cellMeters?: number; maxSnapMeters?: number; perFacility?: boolean; merged?: boolean } = {},
  ): Promise<string> {
    const minutes = checkMinutes(opts.minutes ?? [5, 10, 15]);
    const { speedKmh } = queryParams({ speedKmh: opts.speedKmh ?? 4 });
    return this.#run({ op: 'isochrones', facilities, minutes, speedKmh, cellMeters: opts.cellMeters ?? 25, maxSnapMeters: opts.maxSnapMeters ?? 500, perFacility: opts.perFacility ?? true, merged: opts.merged ?? true });
  }

  /** Coverage or 2SFCA / E2SFCA / Gaussian 2SFCA per point and per division. */
  async coverage(facilities: PointSet, points: PointSet, opts: { divisions?: string[]; method?: 'coverage' | FcaMethod; params?: QueryParams } = {}): Promise<CoverageReport> {
    const params = opts.params ?? {};
    queryParams(params);
    const divisions = opts.divisions ?? points.ids.map(() => '');
    if (divisions.length !== points.ids.length) throw new AppError('invalid', `divisions: need one label per point (${points.ids.length}), got ${divisions.length}`, { field: 'divisions' });
    return this.#run({ op: 'coverage', facilities, points, divisions, method: opts.method ?? 'coverage', params });
  }

  /** Stops the workers. */
  async destroy(): Promise<void> {
    await this.#pool.destroy();
  }
}
