/**
 * When a policy changes — a new version published with an earlier effective date, or a corrected fee cap — the
 * months it covers are recomputed and compared with what was paid: per facility and month, what is owed on top
 * (补发) or clawed back (追回), line by line, exactly (integer fen: a month's difference is the sum of its lines').
 */
import { fen, sumFen, type Fen } from '../money.ts';
import { feeCapPolicyOn, FEE_CAP_POLICIES } from '../fee-cap.ts';
import { computeOperatingClaims, type PolicySet } from './operating.ts';
import { monthStartOf, SUBSIDY_POLICIES, subsidyPolicyFor } from './policy.ts';
import type { ChildMonth, FacilityClaim, FacilityFacts, LineReason } from './types.ts';

export interface LineAdjustment {
  childId: string;
  paidFen: Fen;
  dueFen: Fen;
  /** due − paid: negative is clawed back. */
  deltaFen: Fen;
  paidReasons: LineReason[];
  dueReasons: LineReason[];
}

export interface MonthAdjustment {
  facilityId: string;
  month: string;
  paidPolicyId: string | null;
  duePolicyId: string | null;
  paidFen: Fen;
  dueFen: Fen;
  deltaFen: Fen;
  kind: 'clawback' | 'top_up' | 'unchanged';
  /** Lines whose amount changed, ordered by child id. */
  lines: LineAdjustment[];
}

const key = (facilityId: string, month: string) => `${facilityId}\u0000${month}`;

/**
 * Compares claims as paid with the same months recomputed: one adjustment per facility and month present in either.
 * @param paid - the claims as computed (and paid) before
 * @param due - the claims recomputed under the new policy
 * @returns ordered by facility id, then month
 */
export function reconcile(paid: readonly FacilityClaim[], due: readonly FacilityClaim[]): MonthAdjustment[] {
  const before = new Map(paid.map((c) => [key(c.facilityId, c.month), c]));
  const after = new Map(due.map((c) => [key(c.facilityId, c.month), c]));
  const keys = [...new Set([...before.keys(), ...after.keys()])];
  const out: MonthAdjustment[] = [];
  for (const k of keys) {
    const b = before.get(k);
    const a = after.get(k);
    const any = (a ?? b)!;
    const bl = new Map((b?.lines ?? []).map((l) => [l.childId, l]));
    const al = new Map((a?.lines ?? []).map((l) => [l.childId, l]));
    const lines: LineAdjustment[] = [];
    for (const childId of [...new Set([...bl.keys(), ...al.keys()])].sort()) {
      const p = bl.get(childId);
      const d = al.get(childId);
      const paidFen = p?.amountFen ?? fen(0);
      const dueFen = d?.amountFen ?? fen(0);
      if (paidFen === dueFen) continue;
      lines.push({ childId, paidFen, dueFen, deltaFen: fen(dueFen - paidFen), paidReasons: p?.reasons ?? [], dueReasons: d?.reasons ?? [] });
    }
    const paidFen = b?.totalFen ?? fen(0);
    const dueFen = a?.totalFen ?? fen(0);
    const deltaFen = fen(dueFen - paidFen);
    out.push({
      facilityId: any.facilityId,
      month: any.month,
      paidPolicyId: b?.subsidyPolicyId ?? null,
      duePolicyId: a?.subsidyPolicyId ?? null,
      paidFen,
      dueFen,
      deltaFen,
      kind: deltaFen < 0 ? 'clawback' : deltaFen > 0 ? 'top_up' : 'unchanged',
      lines,
    });
  }
  return out.sort((x, y) => (x.facilityId < y.facilityId ? -1 : x.facilityId > y.facilityId ? 1 : x.month.localeCompare(y.month)));
}

/**
 * The months whose applicable versions differ between two policy sets (a different subsidy version or fee-cap
 * version applies, or the same id with other numbers): only these need recomputing.
 * @param months - yyyy-mm, e.g. every month already paid
 */
export function monthsAffected(months: readonly string[], before: PolicySet, after: PolicySet): string[] {
  const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);
  return [...new Set(months)].sort().filter((m) => {
    const start = monthStartOf(m);
    const sb = subsidyPolicyFor(m, before.subsidy ?? SUBSIDY_POLICIES);
    const sa = subsidyPolicyFor(m, after.subsidy ?? SUBSIDY_POLICIES);
    const cb = feeCapPolicyOn(start, before.feeCaps ?? FEE_CAP_POLICIES);
    const ca = feeCapPolicyOn(start, after.feeCaps ?? FEE_CAP_POLICIES);
    return !same(sb, sa) || !same(cb, ca);
  });
}

export interface Recomputation {
  /** The months that were recomputed. */
  months: string[];
  before: FacilityClaim[];
  after: FacilityClaim[];
  adjustments: MonthAdjustment[];
  /** Sum of the clawbacks (≤ 0) and of the top-ups (≥ 0), and their net. */
  clawbackFen: Fen;
  topUpFen: Fen;
  netFen: Fen;
}

/**
 * Recomputes the children-months of the months a policy change affects and says, per facility and month, what is
 * owed or clawed back.
 * @param childMonths - the children-months already paid
 * @param facilities - their facilities' facts
 * @param before - the policy set they were paid under
 * @param after - the policy set now in force (e.g. with a new version of an earlier effective date)
 */
export function recomputeAfterPolicyChange(childMonths: readonly ChildMonth[], facilities: readonly FacilityFacts[], before: PolicySet, after: PolicySet): Recomputation {
  const months = monthsAffected(
    childMonths.map((c) => c.month),
    before,
    after,
  );
  const set = new Set(months);
  const affected = childMonths.filter((c) => set.has(c.month));
  const b = computeOperatingClaims(affected, facilities, before);
  const a = computeOperatingClaims(affected, facilities, after);
  const adjustments = reconcile(b, a);
  const clawbackFen = sumFen(adjustments.filter((x) => x.deltaFen < 0).map((x) => x.deltaFen));
  const topUpFen = sumFen(adjustments.filter((x) => x.deltaFen > 0).map((x) => x.deltaFen));
  return { months, before: b, after: a, adjustments, clawbackFen, topUpFen, netFen: fen(clawbackFen + topUpFen) };
}
