/**
 * Properties of the subsidy engine over random children-months (fast-check): the acceptance rules of issue 13 hold
 * for every input, not just the examples.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFeeCap, FEE_CAPS_DEFAULT } from '../fee-cap.ts';
import { yuan, type Fen } from '../money.ts';
import { computeOperatingClaims, totalOf } from './operating.ts';
import { SHANXI_2024, type SubsidyPolicy } from './policy.ts';
import { recomputeAfterPolicyChange } from './recompute.ts';
import { childMonthsArb, facilitiesArb, MONTHS, version } from './test-data.ts';

const RUNS = { numRuns: 300 };

describe('subsidy engine properties', () => {
  it('a child below the attendance threshold earns nothing', () => {
    fc.assert(
      fc.property(childMonthsArb, facilitiesArb, (cms, fs) => {
        for (const c of computeOperatingClaims(cms, fs)) {
          for (const l of c.lines) if (l.attendedDays * 2 < l.placedDays) expect(l.amountFen).toBe(0);
        }
      }),
      RUNS,
    );
  });

  it('a fee above the cap disqualifies the facility for that month (every line earns nothing)', () => {
    fc.assert(
      fc.property(childMonthsArb, facilitiesArb, (cms, fs) => {
        const facts = new Map(fs.map((f) => [f.facilityId, f]));
        for (const c of computeOperatingClaims(cms, fs)) {
          const f = facts.get(c.facilityId)!;
          const over = c.lines.some((l) => checkFeeCap(FEE_CAPS_DEFAULT, f.ownership, l.band, l.monthlyFeeFen).over);
          expect(c.overCap).toBe(over);
          if (over) {
            expect(c.totalFen).toBe(0);
            for (const l of c.lines) expect(l.reasons.some((r) => r === 'fee_over_cap' || r === 'facility_over_cap')).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('totals equal the sum of their children-months, and every child-month is one line', () => {
    fc.assert(
      fc.property(childMonthsArb, facilitiesArb, (cms, fs) => {
        const claims = computeOperatingClaims(cms, fs);
        expect(claims.reduce((s, c) => s + c.lines.length, 0)).toBe(cms.length);
        for (const c of claims) {
          expect(c.totalFen).toBe(c.lines.reduce((s, l) => s + l.amountFen, 0));
          expect(c.eligibleChildren).toBe(c.lines.filter((l) => l.amountFen > 0 || l.eligible).length);
          for (const l of c.lines) {
            expect(Number.isSafeInteger(l.amountFen)).toBe(true);
            expect(l.amountFen).toBeGreaterThanOrEqual(0);
            expect(l.amountFen).toBeLessThanOrEqual(l.rateFen);
            expect(l.eligible).toBe(l.reasons.length === 0);
            if (!l.eligible) expect(l.amountFen).toBe(0);
          }
        }
        expect(totalOf(claims)).toBe(claims.reduce((s, c) => s + c.lines.reduce((t, l) => t + l.amountFen, 0), 0));
      }),
      RUNS,
    );
  });

  it('a child earns at most one full month a month, wherever it was placed', () => {
    fc.assert(
      fc.property(childMonthsArb, facilitiesArb, (cms, fs) => {
        const paid = new Map<string, number>();
        for (const c of computeOperatingClaims(cms, fs)) for (const l of c.lines) if (l.amountFen > 0) paid.set(`${l.childId}|${l.month}`, (paid.get(`${l.childId}|${l.month}`) ?? 0) + 1);
        for (const n of paid.values()) expect(n).toBe(1);
      }),
      RUNS,
    );
  });

  it('the order of the input does not change any claim', () => {
    fc.assert(
      fc.property(childMonthsArb, facilitiesArb, fc.integer(), (cms, fs, seed) => {
        const shuffled = [...cms].sort((a, b) => ((a.childId + a.month + seed).localeCompare(b.childId + b.month)));
        expect(computeOperatingClaims(shuffled, fs)).toEqual(computeOperatingClaims(cms, fs));
      }),
      { numRuns: 100 },
    );
  });

  const laterVersion: fc.Arbitrary<SubsidyPolicy> = fc
    .record({
      month: fc.constantFrom(...MONTHS),
      independent: fc.integer({ min: 0, max: 800 }),
      kindergarten: fc.integer({ min: 0, max: 500 }),
      num: fc.integer({ min: 0, max: 10 }),
    })
    .map((r) => version(`v-${r.month}`, `${r.month}-01`, { independentFen: yuan(r.independent), kindergartenClassFen: yuan(r.kindergarten), minAttendance: { num: r.num, den: 10 } }));

  it('a policy change with an earlier effective date yields the exact clawback / top-up per month and line', () => {
    fc.assert(
      fc.property(childMonthsArb, facilitiesArb, laterVersion, (cms, fs, v2) => {
        const before = { subsidy: [SHANXI_2024] };
        const after = { subsidy: [SHANXI_2024, v2] };
        const r = recomputeAfterPolicyChange(cms, fs, before, after);
        // only months from the new version's effective date are recomputed
        expect(r.months.every((m) => `${m}-01` >= v2.effectiveFrom)).toBe(true);
        // independently: the full computation under each policy, month by month
        const full = (set: { subsidy: SubsidyPolicy[] }) => new Map(computeOperatingClaims(cms, fs, set).map((c) => [`${c.facilityId}|${c.month}`, c]));
        const b = full(before);
        const a = full(after);
        let net = 0;
        for (const [k, cb] of b) {
          const ca = a.get(k)!;
          const adj = r.adjustments.find((x) => `${x.facilityId}|${x.month}` === k);
          const delta = ca.totalFen - cb.totalFen;
          if (!adj) expect(delta).toBe(0); // a month before the change: nothing owed either way
          else {
            expect(adj.deltaFen).toBe(delta);
            expect(adj.paidFen).toBe(cb.totalFen);
            expect(adj.dueFen).toBe(ca.totalFen);
            expect(adj.lines.reduce((s, l) => s + l.deltaFen, 0)).toBe(delta);
            expect(adj.kind).toBe(delta < 0 ? 'clawback' : delta > 0 ? 'top_up' : 'unchanged');
          }
          net += delta;
        }
        expect(r.netFen).toBe(net);
        expect(r.clawbackFen + r.topUpFen).toBe(r.netFen);
        expect(r.clawbackFen).toBeLessThanOrEqual(0);
        expect(r.topUpFen).toBeGreaterThanOrEqual(0);
      }),
      RUNS,
    );
  });

  it('recomputing under the same policy changes nothing', () => {
    fc.assert(
      fc.property(childMonthsArb, facilitiesArb, (cms, fs) => {
        const r = recomputeAfterPolicyChange(cms, fs, {}, {});
        expect(r.months).toEqual([]);
        expect(r.netFen).toBe(0 as Fen);
      }),
      { numRuns: 50 },
    );
  });
});
