/**
 * The standard normal distribution: Φ(z) for percentiles and Φ⁻¹(p) for centile curves.
 *
 * Φ uses Hart's double-precision rational approximation (Hart et al. 1968, algorithm 5666, as given by G. West,
 * "Better approximations to cumulative normal functions", Wilmott 2005): absolute error below 1e-14. Φ⁻¹ starts from
 * P. J. Acklam's rational approximation (relative error 1.15e-9) and takes one Halley step on Φ, which brings it to
 * machine precision. Percentiles are 100·Φ(z), as WHO's anthro software reports them.
 */
import { percentileOf, z as asZ, type Percentile, type Z } from './units.ts';

const SQRT_2PI = Math.sqrt(2 * Math.PI);

/** Φ(x): the probability that a standard normal variable is at most x. */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const a = Math.abs(x);
  let tail: number;
  if (a > 37) tail = 0;
  else {
    const e = Math.exp((-a * a) / 2);
    if (a < 7.07106781186547) {
      let n = 3.52624965998911e-2 * a + 0.700383064443688;
      n = n * a + 6.37396220353165;
      n = n * a + 33.912866078383;
      n = n * a + 112.079291497871;
      n = n * a + 221.213596169931;
      n = n * a + 220.206867912376;
      let d = 8.83883476483184e-2 * a + 1.75566716318264;
      d = d * a + 16.064177579207;
      d = d * a + 86.7807322029461;
      d = d * a + 296.564248779674;
      d = d * a + 637.333633378831;
      d = d * a + 793.826512519948;
      d = d * a + 440.413735824752;
      tail = (e * n) / d;
    } else {
      let b = a + 0.65;
      b = a + 4 / b;
      b = a + 3 / b;
      b = a + 2 / b;
      b = a + 1 / b;
      tail = e / b / SQRT_2PI;
    }
  }
  return x > 0 ? 1 - tail : tail;
}

const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
const P_LOW = 0.02425;

/** Φ⁻¹(p) for 0 < p < 1 (−∞ at 0, +∞ at 1, NaN outside). */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  let x: number;
  if (p < P_LOW) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = (((((C[0]! * q + C[1]!) * q + C[2]!) * q + C[3]!) * q + C[4]!) * q + C[5]!) / ((((D[0]! * q + D[1]!) * q + D[2]!) * q + D[3]!) * q + 1);
  } else if (p <= 1 - P_LOW) {
    const q = p - 0.5;
    const r = q * q;
    x = ((((((A[0]! * r + A[1]!) * r + A[2]!) * r + A[3]!) * r + A[4]!) * r + A[5]!) * q) / (((((B[0]! * r + B[1]!) * r + B[2]!) * r + B[3]!) * r + B[4]!) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x = -(((((C[0]! * q + C[1]!) * q + C[2]!) * q + C[3]!) * q + C[4]!) * q + C[5]!) / ((((D[0]! * q + D[1]!) * q + D[2]!) * q + D[3]!) * q + 1);
  }
  // One Halley step on Φ(x) − p (Acklam's refinement). In the upper half the error is taken on the upper tail,
  // where 1 − Φ keeps its digits.
  const e = x > 0 ? 1 - p - normalCdf(-x) : normalCdf(x) - p;
  const u = e * SQRT_2PI * Math.exp((x * x) / 2);
  return x - u / (1 + (x * u) / 2);
}

/** The percentile of a z-score: 100·Φ(z) (WHO anthro's centile). */
export function percentileFromZ(zScore: Z | number): Percentile {
  return percentileOf(100 * normalCdf(zScore));
}

/** The z-score of a percentile (0 < p < 100): Φ⁻¹(p/100), e.g. 3rd → −1.881, 97th → +1.881. */
export function zFromPercentile(p: Percentile | number): Z {
  return asZ(normalQuantile(p / 100));
}
