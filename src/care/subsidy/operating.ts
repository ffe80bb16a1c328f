/**
 * The operating subsidy (运营补贴) of affordable childcare, month by month: children-months in, one claim per
 * facility and month out, each line tracing one child-month to what it earns and why. Pure and exact (integer fen):
 * a claim's total is the sum of its lines, always.
 *
 * A child-month earns the facility's rate (independent institution or kindergarten class) when the month has a
 * policy, the facility's ownership is eligible and it has filed, the child was placed on some working day, and the
 * child attended at least the policy's share of the basis days; prorated by placed days when the policy says so, and
 * never more than the fee charged. A fee above the affordable cap (src/care/fee-cap.ts) disqualifies the whole
 * facility for that month. A child earns at most one subsidy a month: when placed at two facilities in one month,
 * the one with more days attended (then the larger amount, then the facility id) claims it.
 */
import { AppError, issue, type FieldIssue } from '../../shared/errors.ts';
import { checkFeeCap, FEE_CAP_POLICIES, feeCapPolicyOn, type FeeCapPolicy } from '../fee-cap.ts';
import { CLASS_BANDS } from '../policy.ts';
import { fen, shareOf, sumFen, type Fen } from '../money.ts';
import { assertPolicies, isMonth, monthStartOf, SUBSIDY_POLICIES, subsidyPolicyFor, type SubsidyPolicy } from './policy.ts';
import type { ChildMonth, ClaimLine, FacilityClaim, FacilityFacts, LineReason } from './types.ts';

/** The policy versions a computation uses (defaults: the system's). */
export interface PolicySet {
  subsidy?: readonly SubsidyPolicy[];
  feeCaps?: readonly FeeCapPolicy[];
}

const whole = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);

/**
 * Every problem with the input, each naming its field (`childMonths.3.attendedDays`): days are whole numbers with
 * attended ≤ placed ≤ working ≤ 31, months are yyyy-mm, fees whole non-negative fen, each (child, facility, month)
 * once, every facility known.
 */
export function childMonthIssues(childMonths: readonly ChildMonth[], facilities: readonly FacilityFacts[]): FieldIssue[] {
  const out: FieldIssue[] = [];
  const known = new Set(facilities.map((f) => f.facilityId));
  const seen = new Map<string, number>();
  childMonths.forEach((c, i) => {
    const at = (f: string) => `childMonths.${i}.${f}`;
    if (!isMonth(c.month)) out.push(issue(at('month'), 'invalid_format', `not a month: ${c.month}`, { format: 'YYYY-MM' }));
    if (!known.has(c.facilityId)) out.push(issue(at('facilityId'), 'unknown_reference', `no facts given for facility ${c.facilityId}`));
    if (!CLASS_BANDS.includes(c.band)) out.push(issue(at('band'), 'invalid_choice', `unknown band ${c.band}`, { options: CLASS_BANDS.join('|') }));
    const days: Array<[keyof ChildMonth, number, number]> = [
      ['workingDays', c.workingDays, 31],
      ['placedDays', c.placedDays, whole(c.workingDays) ? c.workingDays : 31],
      ['attendedDays', c.attendedDays, whole(c.placedDays) ? c.placedDays : 31],
    ];
    for (const [f, v, max] of days) {
      if (!whole(v)) out.push(issue(at(f), 'not_integer', `${f} must be a whole number`));
      else if (v < 0) out.push(issue(at(f), 'too_small', `${f} is at least 0`, { minimum: 0, inclusive: true }));
      else if (v > max) out.push(issue(at(f), 'too_big', `${f} is at most ${max}`, { maximum: max, inclusive: true }));
    }
    if (!whole(c.monthlyFeeFen) || c.monthlyFeeFen < 0) out.push(issue(at('monthlyFeeFen'), 'not_whole', 'the fee is a whole, non-negative number of fen'));
    const key = `${c.childId}\u0000${c.facilityId}\u0000${c.month}`;
    const first = seen.get(key);
    if (first !== undefined) out.push(issue(at('childId'), 'duplicate', `child ${c.childId} appears twice for ${c.facilityId} in ${c.month} (also item ${first})`));
    else seen.set(key, i);
  });
  return out;
}

function attendedEnough(c: ChildMonth, p: SubsidyPolicy): boolean {
  const basis = p.operating.attendanceBasis === 'placed_days' ? c.placedDays : c.workingDays;
  const { num, den } = p.operating.minAttendance;
  return c.attendedDays * den >= num * basis;
}

/** One line before the once-a-month rule across facilities. */
function lineFor(c: ChildMonth, f: FacilityFacts, p: SubsidyPolicy | null, caps: FeeCapPolicy, facilityOverCap: boolean): ClaimLine {
  const cap = checkFeeCap(caps, f.ownership, c.band, c.monthlyFeeFen);
  const reasons: LineReason[] = [];
  let rateFen = fen(0);
  if (!p) reasons.push('no_policy');
  else {
    rateFen = f.tier === 'kindergarten_class' ? p.operating.kindergartenClassFen : p.operating.independentFen;
    if (!p.operating.eligibleOwnerships.includes(f.ownership)) reasons.push('ownership_not_eligible');
    if (p.operating.requireFiled && !f.filed) reasons.push('not_filed');
    if (c.workingDays === 0) reasons.push('no_working_days');
    else if (c.placedDays === 0) reasons.push('not_placed');
    else if (!attendedEnough(c, p)) reasons.push('below_attendance');
  }
  if (cap.over) reasons.push('fee_over_cap');
  else if (facilityOverCap) reasons.push('facility_over_cap');
  let amountFen = fen(0);
  if (p && reasons.length === 0) {
    const o = p.operating;
    amountFen = o.prorate ? shareOf(rateFen, c.placedDays, c.workingDays) : rateFen;
    if (o.capAtFee) {
      const charged = o.prorate ? shareOf(c.monthlyFeeFen, c.placedDays, c.workingDays) : c.monthlyFeeFen;
      if (charged < amountFen) amountFen = charged;
    }
  }
  return { ...c, subsidyPolicyId: p?.id ?? null, feeCapPolicyId: caps.id, capFen: cap.capFen, rateFen, amountFen, eligible: reasons.length === 0, reasons };
}

/**
 * Computes the operating-subsidy claims of every facility and month in the input.
 * @param childMonths - the children-months (any order; several facilities and months)
 * @param facilities - the facts of every facility named
 * @param policies - the versions to apply (default: the system's)
 * @returns one claim per facility and month, ordered by facility id then month; lines ordered by child id
 */
export function computeOperatingClaims(childMonths: readonly ChildMonth[], facilities: readonly FacilityFacts[], policies: PolicySet = {}): FacilityClaim[] {
  const subsidy = policies.subsidy ?? SUBSIDY_POLICIES;
  const feeCaps = policies.feeCaps ?? FEE_CAP_POLICIES;
  assertPolicies(subsidy);
  const issues = childMonthIssues(childMonths, facilities);
  if (issues.length) throw new AppError('invalid', `${issues.length} problem(s) in the children-months: ${issues.slice(0, 5).map((i) => `${i.field}: ${i.message}`).join('; ')}`, { issues });
  const facts = new Map(facilities.map((f) => [f.facilityId, f]));

  const groups = new Map<string, ChildMonth[]>();
  for (const c of childMonths) {
    const k = `${c.facilityId}\u0000${c.month}`;
    const g = groups.get(k);
    if (g) g.push(c);
    else groups.set(k, [c]);
  }

  const claims: FacilityClaim[] = [];
  for (const g of groups.values()) {
    const { facilityId, month } = g[0]!;
    const f = facts.get(facilityId)!;
    const p = subsidyPolicyFor(month, subsidy);
    const caps = feeCapPolicyOn(monthStartOf(month), feeCaps);
    const overCap = g.some((c) => checkFeeCap(caps, f.ownership, c.band, c.monthlyFeeFen).over);
    const lines = g.map((c) => lineFor(c, f, p, caps, overCap)).sort((a, b) => (a.childId < b.childId ? -1 : a.childId > b.childId ? 1 : 0));
    claims.push({ facilityId, month, subsidyPolicyId: p?.id ?? null, feeCapPolicyId: caps.id, overCap, children: lines.length, eligibleChildren: 0, totalFen: fen(0), lines });
  }

  // A child earns at most one subsidy a month, wherever it was placed.
  const byChildMonth = new Map<string, ClaimLine[]>();
  for (const cl of claims) {
    for (const l of cl.lines) {
      if (!l.eligible) continue;
      const k = `${l.childId}\u0000${l.month}`;
      const list = byChildMonth.get(k);
      if (list) list.push(l);
      else byChildMonth.set(k, [l]);
    }
  }
  for (const list of byChildMonth.values()) {
    if (list.length < 2) continue;
    list.sort((a, b) => b.attendedDays - a.attendedDays || b.amountFen - a.amountFen || (a.facilityId < b.facilityId ? -1 : 1));
    for (const l of list.slice(1)) {
      l.eligible = false;
      l.amountFen = fen(0);
      l.reasons.push('paid_elsewhere');
    }
  }

  for (const cl of claims) {
    cl.totalFen = sumFen(cl.lines.map((l) => l.amountFen));
    cl.eligibleChildren = cl.lines.filter((l) => l.eligible).length;
  }
  return claims.sort((a, b) => (a.facilityId < b.facilityId ? -1 : a.facilityId > b.facilityId ? 1 : a.month.localeCompare(b.month)));
}

/** The sum of claims (a facility's year, a division's month). */
export function totalOf(claims: readonly FacilityClaim[]): Fen {
  return sumFen(claims.map((c) => c.totalFen));
}
