/**
 * Whole queries on point sets — what the CLI prints and what the worker pool answers — built from the engine's
 * pieces. Shapes follow the CLI contract in docs/architecture.md.
 */
import { AppError } from '../shared/errors.ts';
import type { Graph } from './graph.ts';
import type { PointSet } from './geojson.ts';
import type { SnapIndex, SnappedPoints } from './snap.ts';
import { snapPoints } from './snap.ts';
import { REASONS, metersPerMinute, nearestFacility } from './nearest.ts';
import type { NearestResult } from './nearest.ts';
import { coverageByDivision, meanByDivision, timeDistribution, twoStepFCA } from './measures.ts';
import type { FcaMethod, TimeDistribution } from './measures.ts';
import { isochrones } from './isochrones.ts';
import type { IsochroneCollection } from './isochrones.ts';

/** One point's row in `access nearest`. */
export interface NearestRow {
  id: string;
  facility: string | null;
  minutes: number | null;
  meters: number | null;
  covered: boolean;
  reason?: string;
}

/** The summary of `access nearest`. */
export interface NearestSummary {
  points: number;
  covered: number;
  share: number;
  weight: number;
  coveredWeight: number;
}

/** Parameters shared by the queries. */
export interface QueryParams {
  /** Catchment limit, minutes (covered = minutes ≤ limit). Default 15. */
  minutes?: number;
  /** Walking speed, km/h. Default 4. */
  speedKmh?: number;
  /** Cap on the search, minutes (points beyond get minutes:null with a reason). Default none. */
  maxMinutes?: number;
  /** Snapping limit, metres. Default 500. */
  maxSnapMeters?: number;
}

function checkPositive(v: number, field: string): number {
  if (!(v > 0) || !Number.isFinite(v)) throw new AppError('invalid', `${field}: must be a number > 0, got ${v}`, { field });
  return v;
}

/** Validated parameters with defaults. */
export function queryParams(p: QueryParams): Required<Omit<QueryParams, 'maxMinutes'>> & { maxMinutes: number | null } {
  return {
    minutes: checkPositive(p.minutes ?? 15, 'minutes'),
    speedKmh: checkPositive(p.speedKmh ?? 4, 'speedKmh'),
    maxMinutes: p.maxMinutes === undefined ? null : checkPositive(p.maxMinutes, 'maxMinutes'),
    maxSnapMeters: p.maxSnapMeters ?? 500,
  };
}

const round = (v: number, d: number): number => Math.round(v * 10 ** d) / 10 ** d;

/**
 * The per-point answer of `access nearest` in columns (typed arrays, one entry per point): what a row says, without
 * building an object per point. {@link nearestRowsOf} and {@link nearestResultsJson} turn it into rows or text.
 */
export interface NearestColumns {
  readonly count: number;
  /** Facility index per point, -1 when none. */
  readonly facility: Int32Array;
  /** Walking minutes (rounded to 3 decimals) per point; NaN when none. */
  readonly minutes: Float64Array;
  /** Walking metres (rounded to 1 decimal) per point; NaN when none. */
  readonly meters: Float64Array;
  /** 1 when the point is covered (minutes ≤ limit). */
  readonly covered: Uint8Array;
  /** Reason code per point when it has no facility (REASON_*; see REASONS). */
  readonly reason: Uint8Array;
  readonly summary: NearestSummary;
}

/**
 * Nearest facility, minutes, metres and coverage of every point, in columns, with the weighted summary (the
 * computation behind `access nearest`): one search, then one pass over the points.
 * @param weights - one weight per point (the summary's `weight`)
 */
export function nearestColumns(g: Graph, fac: SnappedPoints, pts: SnappedPoints, weights: Float64Array, params: QueryParams): NearestColumns & { result: NearestResult } {
  const p = queryParams(params);
  const mpm = metersPerMinute(p.speedKmh);
  const n = pts.count;
  const printed = { metersPerMinute: mpm, limitMeters: p.minutes * mpm, weights, minutes: new Float64Array(n), meters: new Float64Array(n), covered: new Uint8Array(n), sums: new Float64Array(3) };
  const r = nearestFacility(g, fac, pts, p.maxMinutes === null ? { printed } : { capMeters: p.maxMinutes * mpm, printed });
  const [coveredCount, weight, coveredWeight] = [printed.sums[0]!, printed.sums[1]!, printed.sums[2]!];
  const summary = { points: n, covered: coveredCount, share: n ? round(coveredCount / n, 6) : 0, weight: round(weight, 6), coveredWeight: round(coveredWeight, 6) };
  return { count: n, facility: r.facility, minutes: printed.minutes, meters: printed.meters, covered: printed.covered, reason: r.reason, summary, result: r };
}

/** The `access nearest` rows of nearest-facility columns (ids are the GeoJSON features' ids). */
export function nearestRowsOf(c: NearestColumns, facilityIds: readonly string[], pointIds: readonly string[]): NearestRow[] {
  const results: NearestRow[] = new Array(c.count);
  for (let i = 0; i < c.count; i++) {
    const f = c.facility[i]!;
    results[i] =
      f < 0
        ? { id: pointIds[i]!, facility: null, minutes: null, meters: null, covered: false, reason: REASONS[c.reason[i]!] }
        : { id: pointIds[i]!, facility: facilityIds[f]!, minutes: c.minutes[i]!, meters: c.meters[i]!, covered: c.covered[i] === 1 };
  }
  return results;
}

/**
 * The `results` array of `access nearest --format json` as JSON text, written straight from the columns: the same
 * characters as `JSON.stringify(nearestRowsOf(c, …))`, without an object per point.
 */
export function nearestResultsJson(c: NearestColumns, facilityIds: readonly string[], pointIds: readonly string[]): string {
  const fids = facilityIds.map((id) => JSON.stringify(id));
  const reasons = REASONS.map((r) => JSON.stringify(r));
  const parts: string[] = new Array(c.count);
  for (let i = 0; i < c.count; i++) {
    const id = JSON.stringify(pointIds[i]);
    const f = c.facility[i]!;
    parts[i] =
      f < 0
        ? `{"id":${id},"facility":null,"minutes":null,"meters":null,"covered":false,"reason":${reasons[c.reason[i]!]}}`
        : `{"id":${id},"facility":${fids[f]},"minutes":${c.minutes[i]},"meters":${c.meters[i]},"covered":${c.covered[i] === 1}}`;
  }
  return `[${parts.join(',')}]`;
}

/** Nearest-facility rows and the weighted summary for snapped inputs (the body of `access nearest`). */
export function nearestRows(g: Graph, fac: SnappedPoints, pts: SnappedPoints, facilities: PointSet, points: PointSet, params: QueryParams): { results: NearestRow[]; summary: NearestSummary } {
  const c = nearestColumns(g, fac, pts, points.weights, params);
  return { results: nearestRowsOf(c, facilities.ids, points.ids), summary: c.summary };
}

/** Per-point and per-division accessibility (the body of `access coverage`). */
export interface CoverageReport {
  method: 'coverage' | FcaMethod;
  results: Array<{ id: string; division: string; value: number | null; minutes: number | null; covered: boolean }>;
  divisions: Array<{ division: string; points: number; weight: number; covered: number; coveredWeight: number; share: number; access: number | null }>;
  summary: NearestSummary & { weightedShare: number; meanAccess: number | null };
  /** Weighted distribution of nearest-facility minutes (1-minute bins up to twice the limit). */
  distribution: TimeDistribution;
}

/**
 * Coverage or a 2SFCA-family measure for points with division labels.
 * @param divisions - one label per point (e.g. 街道); '' when none
 */
export function coverageReport(
  g: Graph,
  fac: SnappedPoints,
  pts: SnappedPoints,
  facilities: PointSet,
  points: PointSet,
  divisions: readonly string[],
  method: 'coverage' | FcaMethod,
  params: QueryParams,
): CoverageReport {
  const p = queryParams(params);
  const mpm = metersPerMinute(p.speedKmh);
  const limit = p.minutes * mpm;
  const cols = nearestColumns(g, fac, pts, points.weights, params);
  const r = cols.result;
  const near = { results: nearestRowsOf(cols, facilities.ids, points.ids), summary: cols.summary };
  const fca = method === 'coverage' ? undefined : twoStepFCA(g, fac, pts, limit, method, facilities.weights, points.weights);
  const byDiv = coverageByDivision(r, limit, divisions, points.weights);
  const meanAccess = fca ? meanByDivision(fca.access, divisions, points.weights) : undefined;
  const results = near.results.map((row, i) => ({
    id: row.id,
    division: divisions[i]!,
    value: fca ? round(fca.access[i]!, 9) : row.covered ? 1 : 0,
    minutes: row.minutes,
    covered: row.covered,
  }));
  const divs = [...byDiv.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([division, c]) => ({
      division,
      points: c.points,
      weight: round(c.weight, 6),
      covered: c.covered,
      coveredWeight: round(c.coveredWeight, 6),
      share: round(c.weightedShare, 6),
      access: meanAccess ? round(meanAccess.get(division)!.mean, 9) : null,
    }));
  let totalAccess: number | null = null;
  if (fca) {
    let s = 0;
    let w = 0;
    for (let i = 0; i < pts.count; i++) {
      s += fca.access[i]! * points.weights[i]!;
      w += points.weights[i]!;
    }
    totalAccess = w ? round(s / w, 9) : 0;
  }
  const sum = near.summary;
  const minutes = Float64Array.from(near.results, (row) => (row.minutes === null ? NaN : row.minutes));
  const distribution = timeDistribution(minutes, points.weights, 1, Math.ceil(2 * p.minutes));
  return { method, results, divisions: divs, summary: { ...sum, weightedShare: sum.weight ? round(sum.coveredWeight / sum.weight, 6) : 0, meanAccess: totalAccess }, distribution };
}

/** Isochrones for point-set facilities, labelled by their ids. */
export function isochronesFor(g: Graph, index: SnapIndex, facilities: PointSet, minutes: readonly number[], speedKmh = 4, maxSnapMeters = 500, cellMeters = 25): IsochroneCollection {
  const fac = snapPoints(index, facilities.coords, { maxSnapMeters });
  return isochrones(g, fac, { minutes, speedKmh, ids: facilities.ids, cellMeters, offNetworkMeters: maxSnapMeters });
}
