/**
 * Deterministic synthetic planning instances for benchmarks: demand points and candidate sites scattered over a
 * square city (metres), clustered demand, integer weights, Euclidean costs within a cutoff. Same seed, same instance.
 */
import { buildProblem } from '../../src/plan/problem.ts';
import { mulberry32 } from '../../src/plan/rng.ts';
import type { Problem } from '../../src/plan/types.ts';

/** Options of {@link syntheticCity}. */
export interface SyntheticOptions {
  demands: number;
  sites: number;
  seed: number;
  /** Side of the square, metres (default 10,000). */
  side?: number;
  /** Pairs farther than this are dropped (default: keep all). */
  cutoff?: number;
  /** Places per site, drawn from [min, max] (default none). */
  places?: [number, number];
}

/**
 * A synthetic city: 60% of demand in 12 Gaussian clusters, the rest uniform; weights 1–20; sites uniform.
 * @param o - sizes, seed and cutoff
 */
export function syntheticCity(o: SyntheticOptions): { problem: Problem; demandXY: Float64Array; siteXY: Float64Array } {
  const side = o.side ?? 10_000;
  const rnd = mulberry32(o.seed);
  const gauss = (): number => {
    const u = Math.max(rnd(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd());
  };
  const centers = Array.from({ length: 12 }, () => [rnd() * side, rnd() * side] as const);
  const demandXY = new Float64Array(2 * o.demands);
  const weights = new Float64Array(o.demands);
  for (let i = 0; i < o.demands; i++) {
    let x: number;
    let y: number;
    if (rnd() < 0.6) {
      const c = centers[Math.floor(rnd() * centers.length)]!;
      x = c[0] + gauss() * side * 0.04;
      y = c[1] + gauss() * side * 0.04;
    } else {
      x = rnd() * side;
      y = rnd() * side;
    }
    demandXY[2 * i] = Math.min(side, Math.max(0, x));
    demandXY[2 * i + 1] = Math.min(side, Math.max(0, y));
    weights[i] = 1 + Math.floor(rnd() * 20);
  }
  const siteXY = new Float64Array(2 * o.sites);
  for (let j = 0; j < 2 * o.sites; j++) siteXY[j] = rnd() * side;
  const places = o.places ? Array.from({ length: o.sites }, () => o.places![0] + Math.floor(rnd() * (o.places![1] - o.places![0] + 1))) : null;
  const cutoff = o.cutoff ?? Infinity;
  const pd: number[] = [];
  const ps: number[] = [];
  const pc: number[] = [];
  for (let i = 0; i < o.demands; i++)
    for (let j = 0; j < o.sites; j++) {
      const c = Math.round(Math.hypot(demandXY[2 * i]! - siteXY[2 * j]!, demandXY[2 * i + 1]! - siteXY[2 * j + 1]!));
      if (c <= cutoff) {
        pd.push(i);
        ps.push(j);
        pc.push(c);
      }
    }
  const problem = buildProblem({
    demandIds: Array.from({ length: o.demands }, (_, i) => `d${i}`),
    weights,
    siteIds: Array.from({ length: o.sites }, (_, j) => `s${j}`),
    pairDemand: pd,
    pairSite: ps,
    pairCost: pc,
    places,
  });
  return { problem, demandXY, siteXY };
}
