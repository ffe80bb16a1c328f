/** Φ and Φ⁻¹ against reference values (R: pnorm/qnorm, 15 digits). */
import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile, percentileFromZ, zFromPercentile } from './normal.ts';

describe('standard normal', () => {
  it('Φ matches pnorm to 1e-14', () => {
    const ref: Array<[number, number]> = [
      [0, 0.5],
      [1, 0.841344746068543],
      [-1, 0.158655253931457],
      [-2, 0.0227501319481792],
      [1.88079360815125, 0.97],
      [3, 0.998650101968370],
      [-5, 2.86651571879194e-7],
      [-8, 6.22096057427178e-16],
    ];
    for (const [x, p] of ref) expect(Math.abs(normalCdf(x) - p)).toBeLessThan(1e-14 + 1e-9 * p * (x < -4 ? 1 : 0));
    expect(normalCdf(-40)).toBe(0);
    expect(normalCdf(40)).toBe(1);
    expect(normalCdf(Number.NaN)).toBeNaN();
  });

  it('Φ⁻¹ inverts Φ to machine precision over 1e-12…1 − 1e-12', () => {
    for (let p = 1e-12; p < 1; p = p < 0.01 ? p * 3 : p + 0.0137) {
      expect(Math.abs(normalCdf(normalQuantile(p)) - p)).toBeLessThan(4e-16 + 2e-12 * p);
    }
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(1.5)).toBeNaN();
  });

  it('gives the WHO centile lines their z-scores', () => {
    expect(zFromPercentile(3)).toBeCloseTo(-1.88079360815125, 12);
    expect(zFromPercentile(15)).toBeCloseTo(-1.03643338949379, 12);
    expect(zFromPercentile(50)).toBe(0);
    expect(zFromPercentile(85)).toBeCloseTo(1.03643338949379, 12);
    expect(zFromPercentile(97)).toBeCloseTo(1.88079360815125, 12);
    expect(percentileFromZ(-2)).toBeCloseTo(2.27501319481792, 12);
  });
});
