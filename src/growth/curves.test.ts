/**
 * Chart curves: the SD and centile lines pass through WHO's published chart values, are ordered, follow the
 * requested range, and a bad request is an `invalid` error naming the field.
 */
import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/errors.ts';
import { centileCurves, loadWhoTables, measureAt, sdCurves, zScore, type Curves } from './index.ts';

const tables = await loadWhoTables();
const at = (c: Curves, key: string, i: number): number => c.lines.find((l) => l.key === key)!.values[i]!;
const row = (c: Curves, i: number, digits = 1): number[] => c.lines.map((l) => +l.values[i]!.toFixed(digits));

function invalid(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('invalid');
    return (e as AppError).field!;
  }
  throw new Error('accepted');
}

describe('growth chart curves', () => {
  it("pass through WHO's printed weight-for-age z-score chart values at birth (boys and girls)", () => {
    const boys = sdCurves(tables, 'wfa', 1);
    expect(boys.lines.map((l) => l.key)).toEqual(['sd-3', 'sd-2', 'sd-1', 'sd0', 'sd1', 'sd2', 'sd3']);
    expect(row(boys, 0)).toEqual([2.1, 2.5, 2.9, 3.3, 3.9, 4.4, 5.0]);
    expect(row(sdCurves(tables, 'wfa', 2), 0)).toEqual([2.0, 2.4, 2.8, 3.2, 3.7, 4.2, 4.8]);
    // WHO length-for-age boys at 12 months (365 days): −2 SD 71.0, median 75.7, +2 SD 80.5 (printed 1 decimal).
    const lh = sdCurves(tables, 'lhfa', 1, { from: 365, to: 365 });
    expect([at(lh, 'sd-2', 0), at(lh, 'sd0', 0), at(lh, 'sd2', 0)].map((v) => +v.toFixed(1))).toEqual([71.0, 75.7, 80.5]);
  });

  it('the median line is M, the centile lines sit at their z-scores, and every line is ordered at every x', () => {
    const c = centileCurves(tables, 'bfa', 2);
    expect(c.lines.map((l) => [l.key, l.centile])).toEqual([['p3', 3], ['p15', 15], ['p50', 50], ['p85', 85], ['p97', 97]]);
    expect(c.x).toHaveLength(1857);
    for (let i = 0; i < c.x.length; i += 97) {
      for (let k = 1; k < c.lines.length; k++) expect(c.lines[k]!.values[i]!).toBeGreaterThan(c.lines[k - 1]!.values[i]!);
      if (c.x[i]! > 1826) continue; // charts draw the whole table; scores stop under 60 months
      const p97 = zScore(tables, 'bfa', 2, c.x[i]! as never, at(c, 'p97', i) as never);
      expect(p97.ok && p97.percentile).toBeCloseTo(97, 9);
    }
    const sd = sdCurves(tables, 'hcfa', 1, { from: 0, to: 1856, step: 7 });
    expect(at(sd, 'sd0', 1)).toBe(measureAt(tables, 'hcfa', 1, 7 as never, 0));
  });

  it('follow the requested range and step: days for age, cm for weight-for-length/height', () => {
    const w = sdCurves(tables, 'wfl', 1, { from: 60, to: 70, step: 0.5 });
    expect(w.xUnit).toBe('cm');
    expect(w.measureUnit).toBe('kg');
    expect(w.x).toEqual([60, 60.5, 61, 61.5, 62, 62.5, 63, 63.5, 64, 64.5, 65, 65.5, 66, 66.5, 67, 67.5, 68, 68.5, 69, 69.5, 70]);
    expect(sdCurves(tables, 'wfh', 2).x).toHaveLength(551);
    expect(sdCurves(tables, 'wfh', 2).x[3]).toBe(65.3);
    const monthly = centileCurves(tables, 'wfa', 1, { from: 0, to: 1826.25, step: 30.4375 });
    expect(monthly.x).toHaveLength(61);
    expect(monthly.xUnit).toBe('days');
    expect(centileCurves(tables, 'wfa', 1, {}, [50]).lines[0]!.values[0]).toBe(3.3464);
  });

  it('refuse a bad request, naming the field', () => {
    expect(invalid(() => sdCurves(tables, 'wfl', 1, { from: 40 }))).toBe('from');
    expect(invalid(() => sdCurves(tables, 'wfa', 1, { to: 2000 }))).toBe('to');
    expect(invalid(() => sdCurves(tables, 'wfa', 1, { from: 500, to: 100 }))).toBe('to');
    expect(invalid(() => sdCurves(tables, 'wfa', 1, { step: 0 }))).toBe('step');
    expect(invalid(() => sdCurves(tables, 'wfl', 1, { step: 0.001 }))).toBe('step');
    expect(invalid(() => centileCurves(tables, 'wfa', 1, {}, [0]))).toBe('centile');
    expect(invalid(() => sdCurves(tables, 'wfa', 3 as never))).toBe('sex');
    expect(invalid(() => sdCurves(tables, 'xyz' as never, 1))).toBe('indicator');
  });

  it('measureAt is null outside the table', () => {
    expect(measureAt(tables, 'wfl', 1, 44 as never, 0)).toBeNull();
    expect(measureAt(tables, 'wfa', 1, 1857 as never, 0)).toBeNull();
    expect(measureAt(tables, 'wfa', 1, 100 as never, Number.NaN)).toBeNull();
  });
});
