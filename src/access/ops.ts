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
 * Nearest-facility rows and the weighted summary for snapped inputs (the body of `access nearest`).
 * @param computed - a nearest-facility result already computed for these inputs and params (else it is computed)
 */
export function nearestRows(
  g: Graph,
  fac: SnappedPoints,
  pts: SnappedPoints,
  facilities: PointSet,
  points: PointSet,
  params: QueryParams,
  computed?: NearestResult,
): { results: NearestRow[]; summary: NearestSummary } {
  const p = queryParams(params);
  const mpm = metersPerMinute(p.speedKmh);
  const r = computed ?? nearestFacility(g, fac, pts, p.maxMinutes === null ? {} : { capMeters: p.maxMinutes * mpm });
  const limit = p.minutes * mpm;
  const results: NearestRow[] = [];
  let covered = 0;
  let weight = 0;
  let coveredWeight = 0;
  for (let i = 0; i < pts.count; i++) {
    const w = points.weights[i]!;
    weight += w;
    const f = r.facility[i]!;
    if (f < 0) {
      results.push({ id: points.ids[i]!, facility: null, minutes: null, meters: null, covered: false, reason: REASONS[r.reason[i]!] });
      continue;
    }
    const m = r.meters[i]!;
    const isCovered = m <= limit;
    if (isCovered) {
      covered++;
      coveredWeight += w;
    }
    results.push({ id: points.ids[i]!, facility: facilities.ids[f]!, minutes: round(m / mpm, 3), meters: round(m, 1), covered: isCovered });
  }
  const n = pts.count;
  return { results, summary: { points: n, covered, share: n ? round(covered / n, 6) : 0, weight: round(weight, 6), coveredWeight: round(coveredWeight, 6) } };
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
  const r = nearestFacility(g, fac, pts, p.maxMinutes === null ? {} : { capMeters: p.maxMinutes * mpm });
  const near = nearestRows(g, fac, pts, facilities, points, params, r);
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
