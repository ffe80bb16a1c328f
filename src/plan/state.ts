/**
 * A solved plan's state, packed into bytes (a PostgreSQL `bytea`), so that any process can answer a what-if or an
 * export of the plan without rebuilding the walking matrix: the instance's CSR rows, how many pairs of each row lie
 * within the what-if limit (decided once, on the exact costs), weights, statuses, places, the plan's open set and the
 * ids. Compact: sites as 16-bit indices when they fit, costs as 32-bit floats (shown in exports only; coverage never
 * reads them), ids that are UUIDs as 16 bytes.
 *
 * Layout (little-endian; every section starts on an 8-byte boundary):
 *   header 32 bytes: magic "CCPS", version, flags, demands, sites, pairs, id bytes, limit (float64)
 *   weights f64[n] · places f64[m] (flag) · rowStart i32[n+1] · within i32[n] · rowSite u16|i32[pairs] ·
 *   rowCost f32[pairs] · status u8[m] · open u8[m] · ids (16-byte UUIDs, or UTF-8 JSON [demandIds, siteIds])
 */
import { coverageOfPrefix, type Coverage } from './problem.ts';
import type { Problem } from './types.ts';

const MAGIC = 0x53504343; // "CCPS"
const VERSION = 1;
const HEADER = 32;
const F_PLACES = 1;
const F_SITE16 = 2;
const F_UUID = 4;
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A decoded plan state. */
export interface PlanState {
  /** The instance (costs as stored: 32-bit precision). */
  problem: Problem;
  /** The what-if limit the state was packed for (inclusive). */
  limit: number;
  /** Per demand: the pairs at the start of its row that are within the limit. */
  within: Int32Array;
  /** The plan's open set (1 = open), per site. */
  open: Uint8Array;
}

const align = (x: number) => (x + 7) & ~7;

/**
 * Packs a plan's state.
 * @param problem - the instance the plan was solved on
 * @param limit - the what-if limit (walking minutes; inclusive)
 * @param open - the plan's open sites (0/1 per site)
 */
export function encodePlanState(problem: Problem, limit: number, open: Uint8Array): Uint8Array {
  const n = problem.demandIds.length;
  const m = problem.siteIds.length;
  const nnz = problem.rowSite.length;
  if (open.length !== m) throw new RangeError(`open has ${open.length} entries for ${m} sites`);
  const within = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let x = problem.rowStart[i]!;
    while (x < problem.rowStart[i + 1]! && problem.rowCost[x]! <= limit) x++;
    within[i] = x - problem.rowStart[i]!;
  }
  const uuids = problem.demandIds.every((id) => UUID_RE.test(id)) && problem.siteIds.every((id) => UUID_RE.test(id));
  const idText = uuids ? null : new TextEncoder().encode(JSON.stringify([problem.demandIds, problem.siteIds]));
  const idBytes = uuids ? 16 * (n + m) : idText!.length;
  const site16 = m <= 0xffff;
  const flags = (problem.places ? F_PLACES : 0) | (site16 ? F_SITE16 : 0) | (uuids ? F_UUID : 0);
  const sizes = [8 * n, problem.places ? 8 * m : 0, 4 * (n + 1), 4 * n, (site16 ? 2 : 4) * nnz, 4 * nnz, m, m, idBytes];
  const total = sizes.reduce((at, s) => align(at + s), HEADER);
  const buf = new ArrayBuffer(total);
  const view = new DataView(buf);
  view.setUint32(0, MAGIC, true);
  view.setUint8(4, VERSION);
  view.setUint8(5, flags);
  view.setUint32(8, n, true);
  view.setUint32(12, m, true);
  view.setUint32(16, nnz, true);
  view.setUint32(20, idBytes, true);
  view.setFloat64(24, limit, true);
  let at = HEADER;
  const next = (size: number) => {
    const start = at;
    at = align(at + size);
    return start;
  };
  new Float64Array(buf, next(8 * n), n).set(problem.weights);
  if (problem.places) new Float64Array(buf, next(8 * m), m).set(problem.places);
  new Int32Array(buf, next(4 * (n + 1)), n + 1).set(problem.rowStart);
  new Int32Array(buf, next(4 * n), n).set(within);
  if (site16) new Uint16Array(buf, next(2 * nnz), nnz).set(problem.rowSite);
  else new Int32Array(buf, next(4 * nnz), nnz).set(problem.rowSite);
  new Float32Array(buf, next(4 * nnz), nnz).set(problem.rowCost);
  new Uint8Array(buf, next(m), m).set(problem.status);
  new Uint8Array(buf, next(m), m).set(open);
  const ids = new Uint8Array(buf, next(idBytes), idBytes);
  if (idText) ids.set(idText);
  else [...problem.demandIds, ...problem.siteIds].forEach((id, k) => packUuid(id, ids, 16 * k));
  return new Uint8Array(buf);
}

/**
 * Unpacks a plan state (copies the bytes once, so a database driver's buffer may be reused).
 * @param bytes - from {@link encodePlanState}
 */
export function decodePlanState(bytes: Uint8Array): PlanState {
  if (bytes.byteLength < HEADER) throw new RangeError('not a plan state (too short)');
  const buf = new Uint8Array(bytes).buffer; // a copy (Buffer#slice would be a view into the driver's pool)
  const view = new DataView(buf);
  if (view.getUint32(0, true) !== MAGIC) throw new RangeError('not a plan state (bad magic)');
  if (view.getUint8(4) !== VERSION) throw new RangeError(`plan state version ${view.getUint8(4)} is not supported`);
  const flags = view.getUint8(5);
  const n = view.getUint32(8, true);
  const m = view.getUint32(12, true);
  const nnz = view.getUint32(16, true);
  const idBytes = view.getUint32(20, true);
  const limit = view.getFloat64(24, true);
  let at = HEADER;
  const next = (size: number) => {
    const start = at;
    at = align(at + size);
    if (start + size > buf.byteLength) throw new RangeError('not a plan state (truncated)');
    return start;
  };
  const weights = new Float64Array(buf, next(8 * n), n);
  const places = flags & F_PLACES ? new Float64Array(buf, next(8 * m), m) : null;
  const rowStart = new Int32Array(buf, next(4 * (n + 1)), n + 1);
  const within = new Int32Array(buf, next(4 * n), n);
  const rowSite = flags & F_SITE16 ? Int32Array.from(new Uint16Array(buf, next(2 * nnz), nnz)) : new Int32Array(buf, next(4 * nnz), nnz);
  const rowCost = Float64Array.from(new Float32Array(buf, next(4 * nnz), nnz));
  const status = new Uint8Array(buf, next(m), m);
  const open = new Uint8Array(buf, next(m), m);
  const ids = new Uint8Array(buf, next(idBytes), idBytes);
  let demandIds: string[];
  let siteIds: string[];
  if (flags & F_UUID) {
    demandIds = Array.from({ length: n }, (_, k) => unpackUuid(ids, 16 * k));
    siteIds = Array.from({ length: m }, (_, k) => unpackUuid(ids, 16 * (n + k)));
  } else [demandIds, siteIds] = JSON.parse(new TextDecoder().decode(ids)) as [string[], string[]];
  return { problem: { demandIds, weights, siteIds, rowStart, rowSite, rowCost, status, places }, limit, within, open };
}

/**
 * The coverage sets of a state at its limit (for {@link WhatIf}).
 * @param state - a decoded state
 */
export function stateCoverage(state: PlanState): Coverage {
  const p = state.problem;
  return coverageOfPrefix(p.siteIds.length, p.weights, p.rowStart, p.rowSite, state.within);
}

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

function packUuid(id: string, into: Uint8Array, at: number): void {
  const hex = id.replaceAll('-', '');
  for (let b = 0; b < 16; b++) into[at + b] = parseInt(hex.slice(2 * b, 2 * b + 2), 16);
}

function unpackUuid(from: Uint8Array, at: number): string {
  let s = '';
  for (let b = 0; b < 16; b++) {
    if (b === 4 || b === 6 || b === 8 || b === 10) s += '-';
    s += HEX[from[at + b]!];
  }
  return s;
}
