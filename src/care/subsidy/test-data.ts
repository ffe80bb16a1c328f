/** Builders and fast-check arbitraries of children-months and facilities for the subsidy engine's tests. */
import fc from 'fast-check';
import { OWNERSHIPS, TIERS } from '../facility.ts';
import { fen, yuan } from '../money.ts';
import { CLASS_BANDS } from '../policy.ts';
import { SHANXI_2024, type SubsidyPolicy } from './policy.ts';
import type { ChildMonth, FacilityFacts } from './types.ts';

/** An affordable, filed community point. */
export function facility(over: Partial<FacilityFacts> = {}): FacilityFacts {
  return { facilityId: 'f1', ownership: 'affordable', tier: 'community', filed: true, ...over };
}

/** A full month at ¥1,500 in 托小班 (cap ¥1,700), 21 working days, 20 attended. */
export function childMonth(over: Partial<ChildMonth> = {}): ChildMonth {
  return { childId: 'c1', facilityId: 'f1', month: '2025-03', workingDays: 21, placedDays: 21, attendedDays: 20, monthlyFeeFen: yuan(1500), band: 'toddler_small', ...over };
}

/** A later version of the defaults. */
export function version(id: string, effectiveFrom: string, over: Partial<SubsidyPolicy['operating']> = {}): SubsidyPolicy {
  return { ...SHANXI_2024, id, effectiveFrom, operating: { ...SHANXI_2024.operating, ...over } };
}

const FACILITY_IDS = ['fa', 'fb', 'fc', 'fd'] as const;
const CHILD_IDS = ['c01', 'c02', 'c03', 'c04', 'c05', 'c06', 'c07', 'c08', 'c09', 'c10', 'c11', 'c12'] as const;
export const MONTHS = ['2024-11', '2024-12', '2025-01', '2025-02', '2025-03', '2025-04'] as const;

export const facilitiesArb = fc.tuple(
  ...FACILITY_IDS.map((facilityId) =>
    fc.record({ facilityId: fc.constant(facilityId), ownership: fc.constantFrom(...OWNERSHIPS), tier: fc.constantFrom(...TIERS), filed: fc.boolean() }),
  ),
) as fc.Arbitrary<FacilityFacts[]>;

const childMonthArb: fc.Arbitrary<ChildMonth> = fc
  .record({
    childId: fc.constantFrom(...CHILD_IDS),
    facilityId: fc.constantFrom(...FACILITY_IDS),
    month: fc.constantFrom(...MONTHS),
    workingDays: fc.integer({ min: 0, max: 23 }),
    placedShare: fc.integer({ min: 0, max: 100 }),
    attendedShare: fc.integer({ min: 0, max: 100 }),
    // fees around the caps (¥1,400 … ¥2,100), sometimes above
    monthlyFeeYuan: fc.integer({ min: 0, max: 2300 }),
    band: fc.constantFrom(...CLASS_BANDS),
  })
  .map((r) => {
    const placedDays = Math.round((r.workingDays * r.placedShare) / 100);
    const attendedDays = Math.round((placedDays * r.attendedShare) / 100);
    return { childId: r.childId, facilityId: r.facilityId, month: r.month, workingDays: r.workingDays, placedDays, attendedDays, monthlyFeeFen: fen(r.monthlyFeeYuan * 100), band: r.band };
  });

/** Up to 60 children-months, each (child, facility, month) once. */
export const childMonthsArb = fc.uniqueArray(childMonthArb, { maxLength: 60, selector: (c) => `${c.childId}|${c.facilityId}|${c.month}` });
