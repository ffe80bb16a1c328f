/**
 * Invariants (fast-check): z rises with the measurement; scoring the measurement at a given z returns that z (the
 * restricted method included, so across ±3 SD too); the restricted z is continuous at ±3; percentiles rise with z;
 * a heavier child scores higher; and any record at all scores without throwing, each score either a finite z or a
 * reason.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INDICATORS, SPECS, loadWhoTables, measureAt, percentileFromZ, scoreChild, scoreRecord, zScore, type Indicator, type Sex } from './index.ts';

const tables = await loadWhoTables();
const sexArb = fc.constantFrom<Sex>(1, 2);
/** An indicator with an axis point inside its table (whole days up to 1826, lengths to 0.01 cm). */
const pointArb = fc.constantFrom(...INDICATORS).chain((ind) => {
  const s = SPECS[ind];
  const at = s.axis === 'age' ? fc.integer({ min: 0, max: 1826 }) : fc.integer({ min: s.from * 100, max: s.to * 100 }).map((v) => v / 100);
  return fc.tuple(fc.constant(ind), sexArb, at);
});
const scoreZ = (ind: Indicator, sex: Sex, at: number, y: number): number => {
  const s = zScore(tables, ind, sex, at as never, y as never);
  if (!s.ok) throw new Error(`${ind} ${sex} ${at} ${y}: ${s.message}`);
  return s.z;
};

describe('growth properties', () => {
  it('z rises with the measurement', () => {
    fc.assert(
      fc.property(pointArb, fc.double({ min: -5.5, max: 5.5, noNaN: true }), fc.double({ min: 1e-4, max: 2, noNaN: true }), ([ind, sex, at], z1, dz) => {
        const y1 = measureAt(tables, ind, sex, at as never, z1);
        const y2 = measureAt(tables, ind, sex, at as never, z1 + dz);
        fc.pre(y1 !== null && y2 !== null);
        expect(y2!).toBeGreaterThan(y1!);
        expect(scoreZ(ind, sex, at, y2!)).toBeGreaterThan(scoreZ(ind, sex, at, y1!));
      }),
      { numRuns: 2000 },
    );
  });

  it('scoring the measurement at a given z returns that z', () => {
    fc.assert(
      fc.property(pointArb, fc.double({ min: -6, max: 6, noNaN: true }), ([ind, sex, at], zz) => {
        const y = measureAt(tables, ind, sex, at as never, zz);
        fc.pre(y !== null);
        expect(scoreZ(ind, sex, at, y!)).toBeCloseTo(zz, 9);
      }),
      { numRuns: 3000 },
    );
  });

  it('the restricted z is continuous at ±3 SD', () => {
    fc.assert(
      fc.property(pointArb, fc.constantFrom(-3, 3), ([ind, sex, at], edge) => {
        const y = measureAt(tables, ind, sex, at as never, edge)!;
        expect(scoreZ(ind, sex, at, y * (1 + 1e-9))).toBeCloseTo(edge, 6);
        expect(scoreZ(ind, sex, at, y * (1 - 1e-9))).toBeCloseTo(edge, 6);
      }),
    );
  });

  it('percentiles rise with z (strictly up to +5, where 100·Φ(z) still has digits to rise in) and stay within 0–100', () => {
    fc.assert(
      fc.property(fc.double({ min: -8, max: 8, noNaN: true }), fc.double({ min: 1e-3, max: 3, noNaN: true }), (z1, dz) => {
        const p1 = percentileFromZ(z1);
        const p2 = percentileFromZ(z1 + dz);
        if (z1 + dz <= 5) expect(p2).toBeGreaterThan(p1);
        else expect(p2).toBeGreaterThanOrEqual(p1);
        expect(p1).toBeGreaterThanOrEqual(0);
        expect(p2).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('a heavier child scores higher for weight-for-age, weight-for-length/height and BMI-for-age', () => {
    fc.assert(
      fc.property(sexArb, fc.integer({ min: 0, max: 1826 }), fc.double({ min: -2, max: 2, noNaN: true }), fc.double({ min: 0.01, max: 3, noNaN: true }), (sex, age, zl, extra) => {
        const len = measureAt(tables, 'lhfa', sex, age as never, zl)!;
        const w = measureAt(tables, 'wfa', sex, age as never, 0)!;
        const light = scoreChild(tables, { sex, ageDays: age as never, lengthCm: len as never, weightKg: w as never, position: age < 731 ? 'l' : 'h' });
        const heavy = scoreChild(tables, { sex, ageDays: age as never, lengthCm: len as never, weightKg: (w + extra) as never, position: age < 731 ? 'l' : 'h' });
        for (const k of ['wfa', 'wflh', 'bfa'] as const) {
          const a = light[k];
          const b = heavy[k];
          fc.pre(a.ok && b.ok);
          if (a.ok && b.ok) expect(b.z).toBeGreaterThan(a.z);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('any record scores without throwing: a finite z or a reason for every score', () => {
    const cell = fc.oneof(fc.string(), fc.double(), fc.integer({ min: -5000, max: 5000 }).map(String), fc.constantFrom('', ' ', 'M', 'f', '2', 'l', 'H', 'x', '2024-02-29', '2023-02-29', 'NaN', '-0', '1e3', '男'), fc.constant(undefined), fc.constant(null));
    fc.assert(
      fc.property(fc.record({ sex: cell, age_days: cell, birth_date: cell, date: cell, weight_kg: cell, length_cm: cell, position: cell, head_cm: cell, oedema: cell }, { requiredKeys: [] }), (r) => {
        const s = scoreRecord(tables, r);
        for (const k of ['wfa', 'lhfa', 'wflh', 'bfa', 'hcfa'] as const) {
          const v = s[k];
          if (v.ok) expect(Number.isFinite(v.z)).toBe(true);
          else expect(v.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
