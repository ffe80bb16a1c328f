/**
 * A plain-language reading of where a child stands on the WHO charts (生长评价), for guardians: for each indicator,
 * the latest measurement's centile, a band, and whether the last two measurements moved across the chart's lines.
 * The answer is codes and numbers only; the web app words them (zh-CN first) and never uses an alarming word for a
 * child inside the usual range — WHO's charts put 95.4% of healthy children between −2 and +2 SD, so "typical" is
 * the band there, not "normal vs abnormal".
 *
 * Bands: z < −3 `well_below`, −3 ≤ z < −2 `below`, −2 ≤ z ≤ 2 `typical`, 2 < z ≤ 3 `above`, z > 3 `well_above`.
 * Trend: a change of more than 0.67 SD between the last two measurements at least 28 days apart (crossing a major
 * centile band, e.g. from the 50th past the 25th) is `rising` or `falling`; otherwise `steady`.
 */
import type { ChildScores } from './child.ts';
import type { ScoreKey } from './indicators.ts';

export const READING_BANDS = ['well_below', 'below', 'typical', 'above', 'well_above'] as const;
export type ReadingBand = (typeof READING_BANDS)[number];
export type ReadingTrend = 'rising' | 'falling' | 'steady';

/** The indicators a guardian's reading covers (BMI-for-age is left to professionals). */
export const READING_INDICATORS: readonly ScoreKey[] = ['wfa', 'lhfa', 'wflh', 'hcfa'];

export interface IndicatorReading {
  readonly indicator: ScoreKey;
  /** The date of the measurement read. */
  readonly date: string;
  readonly z: number;
  /** Centile, 0–100, to one decimal (display clamps to <1 and >99). */
  readonly centile: number;
  readonly band: ReadingBand;
  /** Null with a single usable measurement. */
  readonly trend: ReadingTrend | null;
}

/** The band of a z-score. */
export function bandOf(z: number): ReadingBand {
  if (z < -3) return 'well_below';
  if (z < -2) return 'below';
  if (z <= 2) return 'typical';
  if (z <= 3) return 'above';
  return 'well_above';
}

/** Movement between two z-scores that counts as crossing a major centile band. */
export const TREND_SD = 0.67;
/** Measurements closer together than this are not compared (measurement noise dominates). */
export const TREND_MIN_DAYS = 28;

/**
 * The reading of a child's measurements, one entry per indicator that has a usable (not WHO-flagged) score.
 * @param visits - the child's scored visits, in any order, with their dates (ISO)
 */
export function growthReading(visits: ReadonlyArray<{ date: string; scores: ChildScores }>): IndicatorReading[] {
  const sorted = [...visits].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const out: IndicatorReading[] = [];
  for (const indicator of READING_INDICATORS) {
    const usable = sorted.flatMap((v) => {
      const s = v.scores[indicator];
      return s.ok && !s.flagged ? [{ date: v.date, day: v.scores.ageDays ?? 0, z: s.zRounded, centile: Math.round(s.percentile * 10) / 10 }] : [];
    });
    const last = usable[usable.length - 1];
    if (!last) continue;
    const prev = [...usable].reverse().find((u) => last.day - u.day >= TREND_MIN_DAYS);
    const trend: ReadingTrend | null = prev === undefined ? null : last.z - prev.z > TREND_SD ? 'rising' : prev.z - last.z > TREND_SD ? 'falling' : 'steady';
    out.push({ indicator, date: last.date, z: last.z, centile: last.centile, band: bandOf(last.z), trend });
  }
  return out;
}
