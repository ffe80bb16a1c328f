/**
 * Every point's answer after a nearest-facility search: the nearest facility and walking metres from the labels of
 * the point's edge ends (or the reason there is none), and — when asked — what `access nearest` prints for it
 * (minutes and metres rounded, covered) with the summary's sums, all in one pass over typed arrays.
 *
 * Written for the first, cold run (the CLI answers once per process): V8 optimises the loop while it runs, and an
 * operation first reached after that — in a rarely taken branch — sends the loop back to the interpreter until it is
 * compiled again. So in the main loop the rare cases (unsnapped, unreached, a tie, beyond the cap) only assign local
 * variables, every comparison they need runs on every iteration, and the points it cannot settle (those, and points
 * on an edge that holds a facility) are collected without a branch and finished by the general rules afterwards.
 * Few bytecodes per point, too: the first few thousand points run in the interpreter.
 */
import type { Graph } from './graph.ts';
import type { SnappedPoints } from './snap.ts';
import type { Searcher } from './search.ts';
import { costToPoint, sameEdgeSources } from './search.ts';

/** Reason code: the point has a nearest facility. */
export const REASON_NONE = 0;
/** Reason code: the point is farther than the snapping limit from every walkable edge. */
export const REASON_TOO_FAR = 1;
/** Reason code: no facility in the point's connected component (or no facility could be snapped). */
export const REASON_NO_PATH = 2;
/** Reason code: the nearest facility is beyond the search cap (`--max-minutes`). */
export const REASON_BEYOND_CAP = 3;

/** Nearest-facility result per point. */
export interface NearestResult {
  /** Facility index per point, -1 when none. */
  readonly facility: Int32Array;
  /** Network metres (including both gaps) per point; NaN when none. */
  readonly meters: Float64Array;
  /** Reason code per point (REASON_*). */
  readonly reason: Uint8Array;
}

/** What `access nearest` prints per point, written in the same pass (see ops.ts `nearestColumns`). */
export interface PrintedColumns {
  readonly metersPerMinute: number;
  /** Covered = metres ≤ this. */
  readonly limitMeters: number;
  /** Weight per point. */
  readonly weights: Float64Array;
  /** Out: minutes rounded to 3 decimals, NaN when no facility. */
  readonly minutes: Float64Array;
  /** Out: metres rounded to 1 decimal, NaN when no facility. */
  readonly meters: Float64Array;
  /** Out: 1 when covered. */
  readonly covered: Uint8Array;
  /** Out: [covered points, total weight, covered weight] (weights summed in point order). */
  readonly sums: Float64Array;
}

const INF = Infinity;

/** Minutes as printed: 3 decimals (`Math.round(v * 10 ** 3) / 10 ** 3`, the power written out). */
const printedMinutes = (meters: number, mpm: number): number => Math.round((meters / mpm) * 1000) / 1000;
/** Metres as printed: 1 decimal. */
const printedMeters = (meters: number): number => Math.round(meters * 10) / 10;

/**
 * Fills `r` (and `printed`) for every point from the labels of the search just run on `s` from `facilities`,
 * bounded by `cap` metres. A point walks from the better end of its edge — (metres, facility) compared as in the
 * search, lower facility index on ties — or along the edge to a facility on it, plus its gap.
 */
export function answerPoints(s: Searcher, g: Graph, facilities: SnappedPoints, points: SnappedPoints, cap: number, r: NearestResult, printed?: PrintedColumns): void {
  const n = points.count;
  // Edges holding a facility (a point there may walk along the edge to it).
  const onEdge = new Uint8Array(g.edgeCount);
  for (let f = 0; f < facilities.count; f++) if (facilities.edge[f]! >= 0) onEdge[facilities.edge[f]!] = 1;
  const special = new Int32Array(n);
  const specials = mainPass(s, points, onEdge, cap, r, special, printed);
  if (specials === 0) return;
  // Components holding a facility: an unreached point there is beyond the cap, elsewhere it has no path.
  const served = new Uint8Array(g.componentCount);
  for (let f = 0; f < facilities.count; f++) if (facilities.edge[f]! >= 0) served[g.component[facilities.u[f]!]!] = 1;
  const same = sameEdgeSources(facilities);
  const out = new Float64Array(2);
  let coverChanged = false;
  for (let k = 0; k < specials; k++) {
    const i = special[k]!;
    let best = INF;
    let bestSrc = -1;
    let why: number;
    if (points.edge[i]! < 0) why = REASON_TOO_FAR;
    else {
      if (onEdge[points.edge[i]!] === 1 || s.source[points.u[i]!]! >= 0 || s.source[points.v[i]!]! >= 0) {
        costToPoint(s, points, i, same, out);
        best = out[0]!;
        bestSrc = out[1]!;
      }
      const unreachedWhy = cap < Infinity && served[g.component[points.u[i]!]!] === 1 ? REASON_BEYOND_CAP : REASON_NO_PATH;
      why = bestSrc < 0 || best === Infinity ? unreachedWhy : best > cap ? REASON_BEYOND_CAP : REASON_NONE;
    }
    const ok = why === REASON_NONE;
    r.reason[i] = why;
    r.facility[i] = ok ? bestSrc : -1;
    const m = ok ? best : NaN;
    r.meters[i] = m;
    if (printed) {
      printed.minutes[i] = printedMinutes(m, printed.metersPerMinute);
      printed.meters[i] = printedMeters(m);
      const c = m <= printed.limitMeters ? 1 : 0;
      if (c !== printed.covered[i]) {
        printed.sums[0]! += c - printed.covered[i]!;
        printed.covered[i] = c;
        coverChanged = true;
      }
    }
  }
  if (printed && coverChanged) {
    // The covered weight is a sum in point order: add it up again (rare: a point whose own edge or the cap moved it
    // across the limit).
    let cw = 0;
    for (let i = 0; i < n; i++) if (printed.covered[i] === 1) cw += printed.weights[i]!;
    printed.sums[2] = cw;
  }
}

/** The main pass (see the file comment); lists the points it does not settle in `special` and returns how many. */
function mainPass(s: Searcher, points: SnappedPoints, onEdge: Uint8Array, cap: number, r: NearestResult, special: Int32Array, printed: PrintedColumns | undefined): number {
  const { facility, meters } = r;
  const dist = s.dist;
  const source = s.source;
  const { edge, u, v, du, dv, gap } = points;
  const n = points.count;
  // Printed columns go to the arrays given, else to one scratch slot that is never read.
  const scratch = new Float64Array(1);
  const mpm = printed ? printed.metersPerMinute : 1;
  const limit = printed ? printed.limitMeters : 0;
  const weights = printed ? printed.weights : scratch;
  const minutesOut = printed ? printed.minutes : scratch;
  const metersOut = printed ? printed.meters : scratch;
  const coveredOut = printed ? printed.covered : new Uint8Array(1);
  const stride = printed ? 1 : 0;
  const inf = INF;
  const round = Math.round;
  let k = 0;
  let count = 0;
  let weight = 0;
  let coveredWeight = 0;
  for (let i = 0; i < n; i++) {
    const e = edge[i]!;
    // An unsnapped point reads node 0 (and is left over).
    let a = 0;
    let b = 0;
    let leftOver = 1;
    if (e >= 0) {
      a = u[i]!;
      b = v[i]!;
      leftOver = onEdge[e]!;
    }
    const sa = source[a]!;
    const sb = source[b]!;
    const da = dist[a]! + du[i]!;
    const db = dist[b]! + dv[i]!;
    const tie = sb < sa; // evaluated on every iteration: equal metres are rare (see the file comment)
    let best = da;
    let bestSrc = sa;
    if (sa < 0) best = inf;
    if (sb >= 0 && (db < best || (db === best && tie))) {
      best = db;
      bestSrc = sb;
    }
    const m = best + gap[i]!;
    facility[i] = bestSrc;
    meters[i] = m;
    if (bestSrc < 0 || m > cap) leftOver = 1;
    special[k] = i;
    k += leftOver;
    // What `access nearest` prints (left-over points are printed again when settled).
    const j = i * stride;
    const w = weights[j]!;
    minutesOut[j] = round((m / mpm) * 1000) / 1000; // printedMinutes, written out
    metersOut[j] = round(m * 10) / 10; // printedMeters
    weight += w;
    if (m <= limit) {
      coveredOut[j] = 1;
      count++;
      coveredWeight += w;
    }
  }
  if (printed) {
    printed.sums[0] = count;
    printed.sums[1] = weight;
    printed.sums[2] = coveredWeight;
  }
  return k;
}
