import { describe, expect, it } from 'vitest';
import { checkFacilityFees, feeAfterSubsidy, feePolicyOn, monthSubsidies, statementAmounts, workingDays, type FacilityTerms, type StatementChild } from './fees.ts';

const P = feePolicyOn('2026-11-01');

describe('affordable fee caps', () => {
  it('refuses a listed monthly price above the cap of a class it applies to, naming the price', () => {
    const issues = checkFacilityFees({ ownership: 'affordable', services: [{ mode: 'full_day', price: 1500, unit: 'month' }, { mode: 'temporary', price: 900, unit: 'hour' }], classes: [{ band: 'toddler_small' }, { band: 'toddler_large' }] }, P);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ field: 'services.0.price', code: 'fee_over_cap', params: { cap: 1400, band: 'toddler_large' } });
  });

  it('lets a class with its own fee, a market facility, and prices within the cap pass', () => {
    expect(checkFacilityFees({ ownership: 'affordable', services: [{ mode: 'full_day', price: 1500, unit: 'month' }], classes: [{ band: 'toddler_small' }, { band: 'toddler_large', ownFees: ['full_day'] }] }, P)).toEqual([]);
    expect(checkFacilityFees({ ownership: 'market', services: [{ mode: 'full_day', price: 3000, unit: 'month' }], classes: [{ band: 'toddler_large' }] }, P)).toEqual([]);
    expect(checkFacilityFees({ ownership: 'affordable', services: [{ mode: 'full_day', price: 2100, unit: 'month' }], classes: [{ band: 'infant' }] }, P)).toEqual([]);
  });
});

describe('monthly statement', () => {
  it('counts the working days of a month (opening weekdays)', () => {
    expect(workingDays('2026-11-01', [1, 2, 3, 4, 5])).toHaveLength(21);
    expect(workingDays('2026-11-01', [1, 2, 3, 4, 5], '2026-11-16')).toHaveLength(11);
    expect(workingDays('2026-11-01', [1, 2, 3, 4, 5], '2026-12-16')).toHaveLength(0);
  });

  it('prorates the fee, takes off the subsidy, adds hourly care', () => {
    expect(statementAmounts({ monthlyFee: 1500, workingDays: 20, placedDays: 20, subsidy: 500, hourlyCare: 60 })).toEqual({ fee: 1500, subsidy: 500, hourlyCare: 60, amountDue: 1060 });
    expect(statementAmounts({ monthlyFee: 1500, workingDays: 21, placedDays: 10, subsidy: 238.1, hourlyCare: 0 })).toEqual({ fee: 714.29, subsidy: 238.1, hourlyCare: 0, amountDue: 476.19 });
    expect(statementAmounts({ monthlyFee: 100, workingDays: 20, placedDays: 20, subsidy: 500, hourlyCare: 0 }).subsidy).toBe(100); // never above the fee
    expect(statementAmounts({ monthlyFee: null, workingDays: 20, placedDays: 0, subsidy: 0, hourlyCare: 60 })).toEqual({ fee: 0, subsidy: 0, hourlyCare: 60, amountDue: 60 });
  });
});

describe("a month's subsidies (the claim engine's)", () => {
  const filed: FacilityTerms = { tier: 'community', ownership: 'affordable', filed: true };
  const child = (over: Partial<StatementChild> = {}): StatementChild => ({ childId: 'a', band: 'toddler_small', monthlyFee: 1500, workingDays: 20, placedDays: 20, attendedDays: 10, ...over });
  const one = (c: StatementChild, f = filed) => monthSubsidies('2026-11-01', f, [c], P).get(c.childId);

  it('pays the rate when the child attended half of the placed days, prorated by the days placed', () => {
    expect(one(child())).toBe(500);
    expect(one(child({ attendedDays: 9 }))).toBe(0);
    expect(one(child({ placedDays: 10, attendedDays: 5 }))).toBe(250);
    expect(one(child({ attendedDays: 20 }), { ...filed, tier: 'kindergarten_class' })).toBe(300);
    expect(one(child({ attendedDays: 25 }))).toBe(500); // days attended beyond the placed ones count as placed
  });

  it('pays nothing to market-priced or unfiled facilities', () => {
    expect(one(child(), { ...filed, ownership: 'market' })).toBe(0);
    expect(one(child(), { ...filed, filed: false })).toBe(0);
  });

  it("pays no child of an affordable facility whose month has a fee above the cap, a public one's fee is not capped", () => {
    const over = monthSubsidies('2026-11-01', filed, [child(), child({ childId: 'b', band: 'toddler_large', monthlyFee: 1500 })], P);
    expect([...over.values()]).toEqual([0, 0]);
    expect(one(child({ band: 'toddler_large', monthlyFee: 1800 }), { ...filed, ownership: 'public' })).toBe(500);
  });

  it('shows the fee after subsidy only where a full month earns one', () => {
    expect(feeAfterSubsidy(filed, 1500, 'toddler_small', P)).toBe(1000);
    expect(feeAfterSubsidy(filed, 1500, 'toddler_large', P)).toBe(1500); // above the cap: no subsidy
    expect(feeAfterSubsidy({ ...filed, ownership: 'market', tier: 'private' }, 2500, 'infant', P)).toBe(2500);
    expect(feeAfterSubsidy({ ...filed, filed: false }, 1500, 'toddler_small', P)).toBe(1500);
    expect(feeAfterSubsidy(filed, 300, 'toddler_small', P)).toBe(0);
  });

  it('names the versions it follows', () => {
    expect(P).toMatchObject({ id: 'cc-fee-caps-2024+sx-subsidy-2024', caps: { id: 'cc-fee-caps-2024' }, subsidy: { id: 'sx-subsidy-2024' } });
    expect(feePolicyOn('2023-06-01')).toMatchObject({ id: 'cc-fee-caps-2024', subsidy: null });
  });
});
