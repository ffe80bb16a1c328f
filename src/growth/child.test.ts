/**
 * WHO's rules for a child's five scores (anthro R/z-score.R): the ±0.7 cm position rule and its under-9-months
 * exception, weight-for-length vs weight-for-height by age (and without an age), the 60-month limit, oedema, the
 * restricted method, flags — and bad values, each giving an empty score with its reason, never an exception. The
 * single-indicator function of @pedi-growth/core is the cross-check where both apply the same rule.
 */
import { calculateZScore, type Indicator as PeerIndicator } from '@pedi-growth/core';
import { describe, expect, it } from 'vitest';
import { cm, days, kg, loadWhoTables, lmsAt, scoreChild, tableOf, zScore, type ChildMeasurement, type Indicator, type Score } from './index.ts';

const tables = await loadWhoTables();
const child = (m: Partial<ChildMeasurement>) => scoreChild(tables, { sex: 1, ageDays: days(400), weightKg: kg(10), lengthCm: cm(76), position: 'l', headCm: cm(46), ...m });
const reason = (s: Score) => (s.ok ? 'ok' : s.reason);

describe('position correction (±0.7 cm)', () => {
  it('adds 0.7 cm to a standing height before 731 days and takes 0.7 cm from a lying length from 731 days', () => {
    expect(child({ ageDays: days(700), lengthCm: cm(80), position: 'h' }).lengthCm).toBeCloseTo(80.7, 12);
    expect(child({ ageDays: days(730), lengthCm: cm(80), position: 'l' }).lengthCm).toBe(80);
    expect(child({ ageDays: days(731), lengthCm: cm(90), position: 'l' }).lengthCm).toBeCloseTo(89.3, 12);
    expect(child({ ageDays: days(731), lengthCm: cm(90), position: 'h' }).lengthCm).toBe(90);
    expect(child({ ageDays: days(730.5), lengthCm: cm(90), position: 'l' }).lengthCm).toBeCloseTo(89.3, 12); // 730.5 rounds up to 731
    expect(child({ ageDays: days(800), lengthCm: cm(90), position: null }).lengthCm).toBe(90);
  });

  it('drops a standing measurement before 9 months (no correction, c9mo_flag), keeps it from 9 months', () => {
    const under = child({ ageDays: days(273), lengthCm: cm(68), position: 'h' }); // 273 / 30.4375 = 8.97 months
    expect(under).toMatchObject({ lengthCm: 68, c9moFlag: true, position: null });
    const at9 = child({ ageDays: days(274), lengthCm: cm(68), position: 'h' }); // 9.002 months
    expect(at9.c9moFlag).toBe(false);
    expect(at9.lengthCm).toBeCloseTo(68.7, 12);
    expect(child({ ageDays: days(100), lengthCm: cm(60), position: 'l' }).c9moFlag).toBe(false);
  });

  it('scores length-for-age, weight-for-length and BMI on the corrected length', () => {
    const s = child({ ageDays: days(700), lengthCm: cm(80), position: 'h', weightKg: kg(11) });
    const direct = zScore(tables, 'lhfa', 1, days(700), cm(80.7));
    expect(s.lhfa.ok && direct.ok && s.lhfa.z).toBe(direct.ok && direct.z);
    const wfl = zScore(tables, 'wfl', 1, cm(80.7), kg(11));
    expect(s.wflh.ok && wfl.ok && s.wflh.z).toBeCloseTo(wfl.ok ? wfl.z : NaN, 12);
    expect(s.bmi).toBeCloseTo(11 / 0.807 ** 2, 12);
  });
});

describe('weight-for-length or weight-for-height', () => {
  it('by age: length table below 731 days, height table from 731 days', () => {
    expect(child({ ageDays: days(730), lengthCm: cm(85) }).wflhTable).toBe('wfl');
    expect(child({ ageDays: days(731), lengthCm: cm(85), position: 'h' }).wflhTable).toBe('wfh');
    expect(child({ ageDays: days(730.5), lengthCm: cm(85), position: 'h' }).wflhTable).toBe('wfh');
  });

  it('without an age: by position, else below 87 cm lying; age-based scores say the age is missing', () => {
    expect(child({ ageDays: null, position: 'h', lengthCm: cm(80) }).wflhTable).toBe('wfh');
    expect(child({ ageDays: null, position: 'l', lengthCm: cm(95) }).wflhTable).toBe('wfl');
    expect(child({ ageDays: null, position: null, lengthCm: cm(86.9) }).wflhTable).toBe('wfl');
    const s = child({ ageDays: null, position: null, lengthCm: cm(87) });
    expect(s.wflhTable).toBe('wfh');
    expect(s.wflh.ok).toBe(true);
    expect(s.lengthCm).toBe(87); // no age, no correction
    expect([s.wfa, s.lhfa, s.bfa, s.hcfa].map(reason)).toEqual(['age_missing', 'age_missing', 'age_missing', 'age_missing']);
  });

  it('outside the table range: an empty weight-for-length/height with the reason, the others scored', () => {
    const short = child({ ageDays: days(100), lengthCm: cm(44.9), weightKg: kg(3) });
    expect(short.wflh).toMatchObject({ ok: false, indicator: 'wfl', reason: 'length_out_of_range', message: 'length 44.9 cm is outside the weight-for-length table (45–110 cm)' });
    expect(short.lhfa.ok && short.wfa.ok && short.bfa.ok).toBe(true);
    expect(child({ ageDays: days(800), lengthCm: cm(64.9), position: 'h', weightKg: kg(8) }).wflh).toMatchObject({ reason: 'length_out_of_range', indicator: 'wfh' });
    expect(child({ ageDays: days(1500), lengthCm: cm(120.1), position: 'h', weightKg: kg(25) }).wflh).toMatchObject({ reason: 'length_out_of_range' });
    expect(child({ ageDays: days(100), lengthCm: cm(45), weightKg: kg(2.4) }).wflh.ok).toBe(true); // limits are inclusive
    expect(child({ ageDays: days(1500), lengthCm: cm(120), position: 'h', weightKg: kg(22) }).wflh.ok).toBe(true);
  });
});

describe('age', () => {
  it('scores under 60 months only (day 1826), and says why beyond', () => {
    expect(child({ ageDays: days(1826), lengthCm: cm(110), position: 'h', weightKg: kg(18), headCm: cm(50) }).wfa.ok).toBe(true);
    const s = child({ ageDays: days(1827), lengthCm: cm(110), position: 'h', weightKg: kg(18) });
    expect(s.wfa).toMatchObject({ ok: false, reason: 'age_out_of_range', message: expect.stringMatching(/60 months or more/) });
    expect(s.wflh).toMatchObject({ ok: false, reason: 'age_out_of_range' });
    expect(child({ ageDays: days(2000) }).lhfa).toMatchObject({ reason: 'age_out_of_range', message: 'age 2000 days is beyond the WHO tables (0–1856 days)' });
    expect(child({ ageDays: days(-1) }).hcfa).toMatchObject({ reason: 'age_invalid' });
    expect(child({ ageDays: days(Number.NaN) }).wflh).toMatchObject({ reason: 'age_invalid' });
    expect(child({ ageDays: days(0), weightKg: kg(3.3), lengthCm: cm(50), headCm: cm(34.5) }).wfa.ok).toBe(true);
  });

  it('rounds the age half up to the day', () => {
    const a = child({ ageDays: days(400.5) });
    const b = child({ ageDays: days(401) });
    expect(a.ageDays).toBe(401);
    expect(a.wfa.ok && b.wfa.ok && a.wfa.z === b.wfa.z).toBe(true);
    expect(child({ ageDays: days(400.49) }).ageDays).toBe(400);
  });
});

describe('bad values: an empty score with a reason, never an exception', () => {
  it('zero or negative weight', () => {
    for (const w of [0, -3, Number.NaN, Infinity]) {
      const s = child({ weightKg: kg(w) });
      expect([s.wfa, s.wflh, s.bfa].map(reason)).toEqual(['weight_invalid', 'weight_invalid', 'weight_invalid']);
      expect(s.lhfa.ok && s.hcfa.ok).toBe(true);
      expect(s.bmi).toBeNull();
    }
    expect(child({ weightKg: kg(0) }).wfa).toMatchObject({ message: 'weight must be a positive number of kg, got 0' });
  });

  it('unknown sex empties every score', () => {
    const s = child({ sex: null });
    expect([s.wfa, s.lhfa, s.wflh, s.bfa, s.hcfa].map(reason)).toEqual(['sex_unknown', 'sex_unknown', 'sex_unknown', 'sex_unknown', 'sex_unknown']);
    expect(child({ sex: 3 as never }).wfa).toMatchObject({ reason: 'sex_unknown' });
  });

  it('missing measurements name what is missing', () => {
    const s = scoreChild(tables, { sex: 2, ageDays: days(300) });
    expect([s.wfa, s.lhfa, s.wflh, s.bfa, s.hcfa].map(reason)).toEqual(['weight_missing', 'length_missing', 'weight_missing', 'weight_missing', 'head_missing']);
    expect(child({ lengthCm: cm(0) }).lhfa).toMatchObject({ reason: 'length_invalid' });
    expect(child({ headCm: cm(-1) }).hcfa).toMatchObject({ reason: 'head_invalid' });
  });

  it('a measurement so large its z overflows is invalid, not a z of Infinity (which JSON would send as null)', () => {
    const s = child({ weightKg: kg(1e308), headCm: cm(1e308) });
    expect([s.wfa, s.hcfa].map(reason)).toEqual(['weight_invalid', 'head_invalid']);
    expect(s.wfa).toMatchObject({ message: 'weight 1e+308 kg is too far outside the table to score' });
    expect(child({ lengthCm: cm(1e308), position: 'h' }).lhfa).toMatchObject({ reason: 'length_invalid' });
    // large but computable values are scored (and flagged)
    expect(child({ weightKg: kg(500) }).wfa).toMatchObject({ ok: true, flagged: true });
  });

  it('oedema: no weight-based score, the others kept (WHO)', () => {
    const s = child({ oedema: true });
    expect([s.wfa, s.lhfa, s.wflh, s.bfa, s.hcfa].map(reason)).toEqual(['oedema', 'ok', 'oedema', 'oedema', 'ok']);
  });
});

describe('restricted method and flags', () => {
  it('beyond +3 SD, weight-for-age counts SD23 steps past SD3; length-for-age stays on the LMS curve', async () => {
    const lms = lmsAt(tableOf(tables, 'wfa', 2), 500)!;
    const at = (k: number) => lms.M * (1 + lms.L * lms.S * k) ** (1 / lms.L);
    const sd3 = at(3);
    const sd23 = sd3 - at(2);
    const heavy = sd3 + 1.5 * sd23;
    const s = zScore(tables, 'wfa', 2, days(500), kg(heavy));
    expect(s.ok && s.z).toBeCloseTo(4.5, 10);
    const plain = ((heavy / lms.M) ** lms.L - 1) / (lms.L * lms.S);
    expect(plain).not.toBeCloseTo(4.5, 1);
    const lh = lmsAt(tableOf(tables, 'lhfa', 2), 500)!;
    const tall = zScore(tables, 'lhfa', 2, days(500), cm(lh.M * (1 + 4 * lh.S)));
    expect(tall.ok && tall.z).toBeCloseTo(4, 10);
  });

  it('flags with WHO limits on the rounded z', () => {
    const lms = lmsAt(tableOf(tables, 'wfa', 1), 300)!;
    const sd3 = lms.M * (1 + 3 * lms.L * lms.S) ** (1 / lms.L);
    const sd23 = sd3 - lms.M * (1 + 2 * lms.L * lms.S) ** (1 / lms.L);
    const w = (zz: number) => kg(sd3 + (zz - 3) * sd23);
    expect(zScore(tables, 'wfa', 1, days(300), w(5.004))).toMatchObject({ zRounded: 5, flagged: false });
    expect(zScore(tables, 'wfa', 1, days(300), w(5.006))).toMatchObject({ zRounded: 5.01, flagged: true });
    const lh = lmsAt(tableOf(tables, 'lhfa', 1), 300)!;
    expect(zScore(tables, 'lhfa', 1, days(300), cm(lh.M * (1 - 6.01 * lh.S)))).toMatchObject({ flagged: true });
    expect(zScore(tables, 'lhfa', 1, days(300), cm(lh.M * (1 + 5.99 * lh.S)))).toMatchObject({ flagged: false });
    expect(zScore(tables, 'hcfa', 1, days(300), cm(20))).toMatchObject({ ok: true, flagged: true });
  });
});

describe('cross-check: @pedi-growth/core calculateZScore (its single-indicator function)', () => {
  const PEER: Record<Indicator, PeerIndicator> = {
    wfa: 'weight-for-age', lhfa: 'length-height-for-age', wfl: 'weight-for-length', wfh: 'weight-for-height', bfa: 'bmi-for-age', hcfa: 'head-circumference-for-age',
  };
  it('agrees on 3,000 values from −4 to +4 SD, lengths between the 0.1 cm rows included (it rounds to 2 decimals; it applies the restricted method to every indicator, which for length and head, L = 1, changes nothing)', async () => {
    let seed = 12345;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    let compared = 0;
    for (let i = 0; i < 3000; i++) {
      const ind = (['wfa', 'lhfa', 'wfl', 'wfh', 'bfa', 'hcfa'] as const)[i % 6]!;
      const sex = rand() < 0.5 ? 1 : 2;
      const at = ind === 'wfl' ? Math.round(4500 + rand() * 6500) / 100 : ind === 'wfh' ? Math.round(6500 + rand() * 5500) / 100 : Math.floor(rand() * 1826);
      const lms = lmsAt(tableOf(tables, ind, sex), at)!;
      const zz = -4 + rand() * 8;
      const y = lms.M * Math.max(0.05, 1 + lms.L * lms.S * zz) ** (1 / lms.L);
      const ours = zScore(tables, ind, sex, at as never, y as never);
      if (!ours.ok) throw new Error(`not scored: ${ours.message}`);
      const peer = await calculateZScore({ indicator: PEER[ind], sex: sex === 1 ? 'male' : 'female', ageInDays: ind === 'wfl' || ind === 'wfh' ? undefined : at, lengthHeight: ind === 'wfl' || ind === 'wfh' ? at : undefined, measurement: y });
      expect(peer, `${ind} ${sex} ${at} ${y}`).not.toBeNull();
      expect(Math.abs(ours.z - peer!.zScore), `${ind} ${sex} ${at} ${y}`).toBeLessThanOrEqual(0.005 + 1e-9);
      compared++;
    }
    expect(compared).toBe(3000);
  });
});
