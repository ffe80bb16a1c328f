/**
 * The LMS method (Cole & Green 1992) as WHO applies it (WHO Child Growth Standards: Methods and development, 2006,
 * chapter 7; anthro R/z-score-helper.R):
 *
 *   z = ((y/M)^L − 1) / (L·S),        the measurement at z is  M·(1 + L·S·z)^(1/L)
 *
 * and, for weight-based indicators, the restricted method beyond ±3 SD — the distance past the ±3 SD curve is
 * measured in units of the gap between the ±2 and ±3 SD curves, because the LMS skew would stretch the tails:
 *
 *   z > 3:  z* = 3 + (y − SD3pos) / (SD3pos − SD2pos)
 *   z < −3: z* = −3 + (y − SD3neg) / (SD2neg − SD3neg)
 */
import type { Lms } from './tables.ts';

/** |L| below this is treated as L = 0 (z = ln(y/M)/S). WHO's tables never reach it; interpolation could. */
const L_ZERO = 1e-12;

/** The measurement at z on the LMS curve (no restriction): M·(1 + L·S·z)^(1/L). NaN where the curve has none. */
export function lmsMeasureAt(L: number, M: number, S: number, zScore: number): number {
  if (Math.abs(L) < L_ZERO) return M * Math.exp(S * zScore);
  const base = 1 + L * S * zScore;
  return base > 0 ? M * Math.pow(base, 1 / L) : NaN;
}

/** The plain LMS z-score of y (no restriction). */
export function lmsZ(L: number, M: number, S: number, y: number): number {
  if (Math.abs(L) < L_ZERO) return Math.log(y / M) / S;
  return (Math.pow(y / M, L) - 1) / (L * S);
}

/**
 * WHO's z-score of y, with the restricted method beyond ±3 SD when `restricted`.
 * @param restricted - true for weight-for-age, weight-for-length/height and BMI-for-age
 */
export function whoZ(L: number, M: number, S: number, y: number, restricted: boolean): number {
  const zz = lmsZ(L, M, S, y);
  if (!restricted || (zz <= 3 && zz >= -3)) return zz;
  if (zz > 3) {
    const sd3 = lmsMeasureAt(L, M, S, 3);
    return 3 + (y - sd3) / (sd3 - lmsMeasureAt(L, M, S, 2));
  }
  const sd3 = lmsMeasureAt(L, M, S, -3);
  return -3 + (y - sd3) / (lmsMeasureAt(L, M, S, -2) - sd3);
}

/**
 * The measurement WHO scores at z: the inverse of `whoZ` (linear beyond ±3 SD when restricted). NaN where no
 * positive measurement has that z.
 */
export function whoMeasureAt(L: number, M: number, S: number, zScore: number, restricted: boolean): number {
  let y: number;
  if (!restricted || (zScore <= 3 && zScore >= -3)) y = lmsMeasureAt(L, M, S, zScore);
  else if (zScore > 3) {
    const sd3 = lmsMeasureAt(L, M, S, 3);
    y = sd3 + (zScore - 3) * (sd3 - lmsMeasureAt(L, M, S, 2));
  } else {
    const sd3 = lmsMeasureAt(L, M, S, -3);
    y = sd3 + (zScore + 3) * (lmsMeasureAt(L, M, S, -2) - sd3);
  }
  return y > 0 ? y : NaN;
}

/** `whoZ` on an Lms triple. */
export const zOfLms = (lms: Lms, y: number, restricted: boolean): number => whoZ(lms.L, lms.M, lms.S, y, restricted);
/** `whoMeasureAt` on an Lms triple. */
export const measureOfLms = (lms: Lms, zScore: number, restricted: boolean): number => whoMeasureAt(lms.L, lms.M, lms.S, zScore, restricted);
