/**
 * Accessibility measures on walking times: coverage (share of weighted demand within the limit), the distribution of
 * nearest-facility times, and the two-step floating catchment area family — 2SFCA (Luo & Wang 2003), enhanced 2SFCA
 * with step weights 1 / 0.68 / 0.22 over thirds of the limit (Luo & Qi 2009) and Gaussian 2SFCA (Dai 2010).
 * Catchments are inclusive: a pair counts when cost ≤ limit (domain.md §5).
 */
import { AppError } from '../shared/errors.ts';
import type { Graph } from './graph.ts';
import type { SnappedPoints } from './snap.ts';
import type { NearestResult } from './nearest.ts';
import { forEachWithin } from './nearest.ts';
import { groupPointsByNode } from './search.ts';

/** Coverage of a set of points. */
export interface CoverageSummary {
  points: number;
  covered: number;
  /** covered ÷ points (0 when there are no points). */
  share: number;
  weight: number;
  coveredWeight: number;
  /** coveredWeight ÷ weight. */
  weightedShare: number;
}

/**
 * Coverage: which points reach a facility within `limitMeters` (inclusive), counted and weighted.
 * @param weights - demand per point (e.g. children 0–3); 1 each when omitted
 */
export function coverage(result: NearestResult, limitMeters: number, weights?: ArrayLike<number>): CoverageSummary {
  const n = result.meters.length;
  let covered = 0;
  let weight = 0;
  let coveredWeight = 0;
  for (let i = 0; i < n; i++) {
    const w = weights ? weights[i]! : 1;
    weight += w;
    if (result.meters[i]! <= limitMeters) {
      covered++;
      coveredWeight += w;
    }
  }
  return { points: n, covered, share: n ? covered / n : 0, weight, coveredWeight, weightedShare: weight ? coveredWeight / weight : 0 };
}

/** Coverage per division (a label per point, e.g. a street or district 街道/社区). */
export function coverageByDivision(result: NearestResult, limitMeters: number, divisions: readonly string[], weights?: ArrayLike<number>): Map<string, CoverageSummary> {
  const out = new Map<string, CoverageSummary>();
  for (let i = 0; i < divisions.length; i++) {
    const d = divisions[i]!;
    let c = out.get(d);
    if (!c) out.set(d, (c = { points: 0, covered: 0, share: 0, weight: 0, coveredWeight: 0, weightedShare: 0 }));
    const w = weights ? weights[i]! : 1;
    c.points++;
    c.weight += w;
    if (result.meters[i]! <= limitMeters) {
      c.covered++;
      c.coveredWeight += w;
    }
  }
  for (const c of out.values()) {
    c.share = c.points ? c.covered / c.points : 0;
    c.weightedShare = c.weight ? c.coveredWeight / c.weight : 0;
  }
  return out;
}

/** Weighted distribution of nearest-facility minutes. */
export interface TimeDistribution {
  /** Histogram: `[from, to)` minutes and the weight in it; the last bin is open (`to: null`, ≥ maxMinutes). */
  bins: Array<{ from: number; to: number | null; weight: number; points: number }>;
  /** Weight of points with no facility (unreachable or beyond the cap). */
  unreachableWeight: number;
  mean: number;
  p50: number;
  p90: number;
  max: number;
}

/**
 * The distribution of nearest-facility times (weighted), with a histogram of `binMinutes` up to `maxMinutes`.
 * @param minutes - per point; NaN for no facility
 */
export function timeDistribution(minutes: ArrayLike<number>, weights?: ArrayLike<number>, binMinutes = 1, maxMinutes = 30): TimeDistribution {
  if (!(binMinutes > 0)) throw new AppError('invalid', `binMinutes: must be > 0`, { field: 'binMinutes' });
  const nb = Math.max(1, Math.ceil(maxMinutes / binMinutes));
  const bins = Array.from({ length: nb + 1 }, (_, k) => ({ from: k * binMinutes, to: k === nb ? null : (k + 1) * binMinutes, weight: 0, points: 0 }));
  const order: number[] = [];
  let unreachableWeight = 0;
  let tw = 0;
  let sum = 0;
  let max = 0;
  for (let i = 0; i < minutes.length; i++) {
    const m = minutes[i]!;
    const w = weights ? weights[i]! : 1;
    if (!(m >= 0)) {
      unreachableWeight += w;
      continue;
    }
    const b = bins[Math.min(nb, Math.floor(m / binMinutes))]!;
    b.weight += w;
    b.points++;
    tw += w;
    sum += w * m;
    if (m > max) max = m;
    order.push(i);
  }
  order.sort((a, b) => minutes[a]! - minutes[b]!);
  const quantile = (q: number): number => {
    let acc = 0;
    for (const i of order) {
      acc += weights ? weights[i]! : 1;
      if (acc >= q * tw) return minutes[i]!;
    }
    return NaN;
  };
  return { bins, unreachableWeight, mean: tw ? sum / tw : NaN, p50: quantile(0.5), p90: quantile(0.9), max };
}

/** The distance-decay of a floating-catchment method. */
export type FcaMethod = '2sfca' | 'e2sfca' | 'g2sfca';

/** Weight of a pair at `d` metres in a catchment of `limit` metres (0 beyond; inclusive limits). */
export function decayWeight(method: FcaMethod, d: number, limit: number): number {
  if (!(d <= limit)) return 0;
  if (method === '2sfca') return 1;
  if (method === 'e2sfca') {
    // Luo & Qi 2009: three zones over thirds of the catchment, weights 1 / 0.68 / 0.22.
    if (d <= limit / 3) return 1;
    if (d <= (2 * limit) / 3) return 0.68;
    return 0.22;
  }
  // Dai 2010: Gaussian weight, 1 at the facility, 0 at the catchment edge.
  const e = Math.exp(-0.5);
  return (Math.exp(-0.5 * (d / limit) ** 2) - e) / (1 - e);
}

/** Result of a floating-catchment computation. */
export interface FcaResult {
  /** Supply-to-demand ratio per facility (step 1). */
  ratio: Float64Array;
  /** Accessibility per point (step 2): sum of reachable facilities' ratios, decay-weighted. */
  access: Float64Array;
}

/**
 * Two-step floating catchment area accessibility on the walking network.
 * Step 1: R_j = S_j ÷ Σ_k P_k·W(d_kj) over points within the limit; step 2: A_i = Σ_j R_j·W(d_ij).
 * @param supply - per facility (places 托位, capacity); 1 each when omitted
 * @param demand - per point (children 0–3); 1 each when omitted
 */
export function twoStepFCA(
  g: Graph,
  facilities: SnappedPoints,
  points: SnappedPoints,
  limitMeters: number,
  method: FcaMethod = '2sfca',
  supply?: ArrayLike<number>,
  demand?: ArrayLike<number>,
): FcaResult {
  if (!(limitMeters > 0)) throw new AppError('invalid', `limit: must be > 0`, { field: 'minutes' });
  const byNode = groupPointsByNode(g, points);
  const stamp = new Int32Array(points.count).fill(-1);
  // Pairs within the catchment, facility by facility.
  let pf = new Int32Array(1024);
  let pp = new Int32Array(1024);
  let pw = new Float64Array(1024);
  let n = 0;
  const starts = new Int32Array(facilities.count + 1);
  for (let f = 0; f < facilities.count; f++) {
    starts[f] = n;
    forEachWithin(g, facilities, f, points, byNode, limitMeters, (p, m) => {
      if (n === pf.length) {
        const grow = <T extends Int32Array | Float64Array>(a: T): T => {
          const b = new (a.constructor as new (len: number) => T)(a.length * 2);
          b.set(a);
          return b;
        };
        pf = grow(pf);
        pp = grow(pp);
        pw = grow(pw);
      }
      pf[n] = f;
      pp[n] = p;
      pw[n] = decayWeight(method, m, limitMeters);
      n++;
    }, stamp);
  }
  starts[facilities.count] = n;
  const ratio = new Float64Array(facilities.count);
  for (let f = 0; f < facilities.count; f++) {
    let dem = 0;
    for (let k = starts[f]!; k < starts[f + 1]!; k++) dem += (demand ? demand[pp[k]!]! : 1) * pw[k]!;
    const s = supply ? supply[f]! : 1;
    ratio[f] = dem > 0 ? s / dem : 0;
  }
  const access = new Float64Array(points.count);
  for (let k = 0; k < n; k++) access[pp[k]!]! += ratio[pf[k]!]! * pw[k]!;
  return { ratio, access };
}

/** Demand-weighted mean of a per-point value by division. */
export function meanByDivision(values: ArrayLike<number>, divisions: readonly string[], weights?: ArrayLike<number>): Map<string, { points: number; weight: number; mean: number }> {
  const acc = new Map<string, { points: number; weight: number; sum: number }>();
  for (let i = 0; i < divisions.length; i++) {
    const d = divisions[i]!;
    let a = acc.get(d);
    if (!a) acc.set(d, (a = { points: 0, weight: 0, sum: 0 }));
    const w = weights ? weights[i]! : 1;
    a.points++;
    a.weight += w;
    a.sum += w * values[i]!;
  }
  const out = new Map<string, { points: number; weight: number; mean: number }>();
  for (const [d, a] of acc) out.set(d, { points: a.points, weight: a.weight, mean: a.weight ? a.sum / a.weight : 0 });
  return out;
}
