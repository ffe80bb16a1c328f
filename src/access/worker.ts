/**
 * The worker side of {@link AccessPool}: each worker thread holds the shared graph (SharedArrayBuffers, no copy),
 * builds its own snapping index once, and answers nearest / isochrones / coverage tasks.
 */
import { workerData } from 'piscina';
import { AppError } from '../shared/errors.ts';
import type { Graph } from './graph.ts';
import type { PointSet } from './geojson.ts';
import { buildSnapIndex, snapPoints } from './snap.ts';
import type { SnapIndex } from './snap.ts';
import { nearestRows, coverageReport } from './ops.ts';
import type { QueryParams } from './ops.ts';
import { isochrones } from './isochrones.ts';
import type { FcaMethod } from './measures.ts';

/** A task sent to a worker. */
export type AccessTask =
  | { op: 'nearest'; facilities: PointSet; points: PointSet; params: QueryParams }
  | { op: 'isochrones'; facilities: PointSet; minutes: number[]; speedKmh: number; cellMeters: number; maxSnapMeters: number; perFacility: boolean; merged: boolean }
  | { op: 'coverage'; facilities: PointSet; points: PointSet; divisions: string[]; method: 'coverage' | FcaMethod; params: QueryParams }
  | { op: 'ping' };

const graph = (workerData as { graph: Graph }).graph;
let index: SnapIndex | undefined;
const idx = (): SnapIndex => (index ??= buildSnapIndex(graph));

/** What a worker sends back: the value, or an AppError's parts (custom error fields do not survive the thread hop). */
export type WorkerReply = { ok: unknown } | { error: { code: AppError['code']; message: string; field?: string } };

/** Runs one task against the shared graph; AppErrors come back as values so the pool can rethrow them intact. */
export default function handle(task: AccessTask): WorkerReply {
  try {
    return { ok: answer(task) };
  } catch (e) {
    if (e instanceof AppError) return { error: { code: e.code, message: e.message, ...(e.field ? { field: e.field } : {}) } };
    throw e;
  }
}

function answer(task: AccessTask): unknown {
  switch (task.op) {
    case 'ping':
      return { nodes: graph.nodeCount, shared: graph.lon.buffer instanceof SharedArrayBuffer };
    case 'nearest': {
      const snap = { maxSnapMeters: task.params.maxSnapMeters ?? 500 };
      const fac = snapPoints(idx(), task.facilities.coords, snap);
      const pts = snapPoints(idx(), task.points.coords, snap);
      return nearestRows(graph, fac, pts, task.facilities, task.points, task.params);
    }
    case 'isochrones': {
      const fac = snapPoints(idx(), task.facilities.coords, { maxSnapMeters: task.maxSnapMeters });
      // A JSON string crosses the thread boundary as one block: no object-by-object clone on the event loop.
      return JSON.stringify(isochrones(graph, fac, { minutes: task.minutes, speedKmh: task.speedKmh, cellMeters: task.cellMeters, ids: task.facilities.ids, offNetworkMeters: task.maxSnapMeters, perFacility: task.perFacility, merged: task.merged }));
    }
    case 'coverage': {
      const snap = { maxSnapMeters: task.params.maxSnapMeters ?? 500 };
      const fac = snapPoints(idx(), task.facilities.coords, snap);
      const pts = snapPoints(idx(), task.points.coords, snap);
      return coverageReport(graph, fac, pts, task.facilities, task.points, task.divisions, task.method, task.params);
    }
  }
}
