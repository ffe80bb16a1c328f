import { describe, expect, it } from 'vitest';
import { FEE_CAPS_DEFAULT, type FeeCapPolicy } from '../fee-cap.ts';
import { fen, yuan } from '../money.ts';
import { computeOperatingClaims, totalOf } from './operating.ts';
import { SHANXI_2024, subsidyPolicyFor } from './policy.ts';
import { childMonth, facility, version } from './test-data.ts';

const one = (...a: Parameters<typeof computeOperatingClaims>) => {
  const claims = computeOperatingClaims(...a);
  expect(claims).toHaveLength(1);
  return claims[0]!;
};

describe('operating subsidy: one child-month', () => {
  it('a full month, attended, within the cap: ¥500 for an independent institution, ¥300 for a kindergarten class', () => {
    const c = one([childMonth()], [facility()]);
    expect(c.totalFen).toBe(yuan(500));
    expect(c.lines[0]).toMatchObject({ eligible: true, reasons: [], rateFen: yuan(500), amountFen: yuan(500), capFen: yuan(1700), subsidyPolicyId: SHANXI_2024.id, feeCapPolicyId: FEE_CAPS_DEFAULT.id });
    expect(one([childMonth()], [facility({ tier: 'kindergarten_class' })]).totalFen).toBe(yuan(300));
    expect(one([childMonth()], [facility({ tier: 'county_centre', ownership: 'public' })]).totalFen).toBe(yuan(500));
  });

  it('a child below the attendance threshold earns nothing; exactly half earns it', () => {
    const below = one([childMonth({ placedDays: 21, attendedDays: 10 })], [facility()]);
    expect(below.totalFen).toBe(0);
    expect(below.lines[0]).toMatchObject({ eligible: false, amountFen: 0, reasons: ['below_attendance'] });
    expect(one([childMonth({ placedDays: 20, attendedDays: 10 })], [facility()]).lines[0]!.eligible).toBe(true);
    // 10.5 of 21 would be half: 10 is below, 11 is above
    expect(one([childMonth({ placedDays: 21, attendedDays: 11 })], [facility()]).lines[0]!.eligible).toBe(true);
  });

  it('a child placed for part of the month is measured against its placed days and paid its share of the month', () => {
    const c = one([childMonth({ placedDays: 10, attendedDays: 5 })], [facility()]);
    expect(c.lines[0]!.amountFen).toBe(23_810); // ¥500 × 10/21 = ¥238.095… → ¥238.10
    const strict = version('strict', '2024-01-01', { attendanceBasis: 'working_days', prorate: false });
    const s = one([childMonth({ placedDays: 10, attendedDays: 10 })], [facility()], { subsidy: [strict] });
    expect(s.lines[0]).toMatchObject({ eligible: false, reasons: ['below_attendance'] }); // 10 of the month's 21 working days
    expect(one([childMonth({ placedDays: 11, attendedDays: 11 })], [facility()], { subsidy: [strict] }).totalFen).toBe(yuan(500));
  });

  it('never pays more than the fee charged', () => {
    expect(one([childMonth({ monthlyFeeFen: yuan(200) })], [facility()]).totalFen).toBe(yuan(200));
    expect(one([childMonth({ monthlyFeeFen: fen(0) })], [facility({ ownership: 'public' })]).totalFen).toBe(0);
    const noCap = version('nocap', '2024-01-01', { capAtFee: false });
    expect(one([childMonth({ monthlyFeeFen: yuan(200) })], [facility()], { subsidy: [noCap] }).totalFen).toBe(yuan(500));
  });

  it('market-priced and unfiled facilities earn nothing, saying why', () => {
    expect(one([childMonth()], [facility({ ownership: 'market' })]).lines[0]!.reasons).toEqual(['ownership_not_eligible']);
    expect(one([childMonth()], [facility({ filed: false })]).lines[0]!.reasons).toEqual(['not_filed']);
    expect(one([childMonth({ placedDays: 0, attendedDays: 0 })], [facility()]).lines[0]!.reasons).toEqual(['not_placed']);
    expect(one([childMonth({ workingDays: 0, placedDays: 0, attendedDays: 0 })], [facility()]).lines[0]!.reasons).toEqual(['no_working_days']);
  });

  it('a month before every policy earns nothing (no_policy)', () => {
    const c = one([childMonth({ month: '2023-12' })], [facility()]);
    expect(c.subsidyPolicyId).toBeNull();
    expect(c.lines[0]!.reasons).toEqual(['no_policy']);
  });
});

describe('operating subsidy: the fee cap', () => {
  it('a fee above the cap disqualifies the facility for that month, and only that month', () => {
    const ms = [
      childMonth({ childId: 'a', monthlyFeeFen: yuan(1500) }),
      childMonth({ childId: 'b', monthlyFeeFen: yuan(1701) }), // 托小班 cap ¥1,700
      childMonth({ childId: 'a', month: '2025-04' }),
      childMonth({ childId: 'b', month: '2025-04', monthlyFeeFen: yuan(1700) }), // at the cap: fine
    ];
    const [march, april] = computeOperatingClaims(ms, [facility()]);
    expect(march).toMatchObject({ month: '2025-03', overCap: true, totalFen: 0, eligibleChildren: 0 });
    expect(march!.lines.map((l) => l.reasons)).toEqual([['facility_over_cap'], ['fee_over_cap']]);
    expect(april).toMatchObject({ month: '2025-04', overCap: false, totalFen: yuan(1000), eligibleChildren: 2 });
  });

  it('the cap is per band, and binds affordable facilities only', () => {
    expect(one([childMonth({ band: 'infant', monthlyFeeFen: yuan(2100) })], [facility()]).totalFen).toBe(yuan(500));
    expect(one([childMonth({ band: 'toddler_large', monthlyFeeFen: yuan(1500) })], [facility()]).overCap).toBe(true);
    expect(one([childMonth({ band: 'toddler_large', monthlyFeeFen: yuan(1500) })], [facility({ ownership: 'public' })]).totalFen).toBe(yuan(500));
  });

  it('uses the fee-cap version in force in the month', () => {
    const raised: FeeCapPolicy = { ...FEE_CAPS_DEFAULT, id: 'caps-2025-04', effectiveFrom: '2025-04-01', capsFen: { ...FEE_CAPS_DEFAULT.capsFen, toddler_small: yuan(1800) } };
    const ms = [childMonth({ monthlyFeeFen: yuan(1750) }), childMonth({ month: '2025-04', monthlyFeeFen: yuan(1750) })];
    const [march, april] = computeOperatingClaims(ms, [facility()], { feeCaps: [FEE_CAPS_DEFAULT, raised] });
    expect(march).toMatchObject({ overCap: true, feeCapPolicyId: FEE_CAPS_DEFAULT.id, totalFen: 0 });
    expect(april).toMatchObject({ overCap: false, feeCapPolicyId: 'caps-2025-04', totalFen: yuan(500) });
  });
});

describe('operating subsidy: claims', () => {
  it('one claim per facility and month, lines by child, totals the sum of lines', () => {
    const ms = [childMonth({ childId: 'b' }), childMonth({ childId: 'a', attendedDays: 3 }), childMonth({ childId: 'c', facilityId: 'f2' }), childMonth({ childId: 'a', month: '2025-02' })];
    const claims = computeOperatingClaims(ms, [facility(), facility({ facilityId: 'f2', tier: 'kindergarten_class' })]);
    expect(claims.map((c) => [c.facilityId, c.month, c.totalFen, c.children, c.eligibleChildren])).toEqual([
      ['f1', '2025-02', yuan(500), 1, 1],
      ['f1', '2025-03', yuan(500), 2, 1],
      ['f2', '2025-03', yuan(300), 1, 1],
    ]);
    expect(claims[1]!.lines.map((l) => l.childId)).toEqual(['a', 'b']);
    expect(totalOf(claims)).toBe(yuan(1300));
  });

  it('a child placed at two facilities in one month earns it once: where it attended more', () => {
    const ms = [childMonth({ childId: 'x', facilityId: 'f1', placedDays: 10, attendedDays: 9 }), childMonth({ childId: 'x', facilityId: 'f2', placedDays: 11, attendedDays: 11 })];
    const [f1, f2] = computeOperatingClaims(ms, [facility(), facility({ facilityId: 'f2' })]);
    expect(f1!.lines[0]).toMatchObject({ eligible: false, amountFen: 0, reasons: ['paid_elsewhere'] });
    expect(f2!.lines[0]).toMatchObject({ eligible: true, amountFen: shareOfFive(11) });
  });

  it('refuses bad children-months, naming each field', () => {
    const bad = [
      childMonth({ attendedDays: 22 }),
      childMonth({ childId: 'c2', month: '2025-13' }),
      childMonth({ childId: 'c3', facilityId: 'nowhere' }),
      childMonth({ childId: 'c4', placedDays: 2.5 }),
      childMonth({ childId: 'c4', placedDays: 2.5 }),
      childMonth({ childId: 'c5', monthlyFeeFen: -1 as never }),
    ];
    try {
      computeOperatingClaims(bad, [facility()]);
      expect.unreachable();
    } catch (e) {
      const issues = (e as { issues: Array<{ field: string; code: string }> }).issues;
      expect(issues.map((i) => [i.field, i.code])).toEqual([
        ['childMonths.0.attendedDays', 'too_big'],
        ['childMonths.1.month', 'invalid_format'],
        ['childMonths.2.facilityId', 'unknown_reference'],
        ['childMonths.3.placedDays', 'not_integer'],
        ['childMonths.4.placedDays', 'not_integer'],
        ['childMonths.4.childId', 'duplicate'],
        ['childMonths.5.monthlyFeeFen', 'not_whole'],
      ]);
    }
  });

  it('refuses policy versions that do not start on the first of a month', () => {
    expect(() => computeOperatingClaims([childMonth()], [facility()], { subsidy: [version('mid', '2025-03-15')] })).toThrow(/first day of a month/);
  });

  it('picks the version in force on the month’s first day', () => {
    const v = [SHANXI_2024, version('v2', '2025-03-01', { independentFen: yuan(400) })];
    expect(subsidyPolicyFor('2025-02', v)!.id).toBe(SHANXI_2024.id);
    expect(subsidyPolicyFor('2025-03', v)!.id).toBe('v2');
    expect(subsidyPolicyFor('2023-12', v)).toBeNull();
  });
});

function shareOfFive(placed: number): number {
  return Math.floor((2 * 50_000 * placed + 21) / (2 * 21));
}
