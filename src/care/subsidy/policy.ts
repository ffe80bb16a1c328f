/**
 * The subsidy and award policy (奖补政策, domain.md §6), versioned with effective dates: the operating subsidy per
 * child and month for affordable places, the construction award per new affordable place, the quality award per
 * grade. Every amount is integer fen. A version takes effect on the first day of a month (subsidies are monthly), so
 * "which version applies to a month" has one answer; a version published later with an earlier effective date
 * replaces what was paid for the months it covers (./recompute.ts computes what is owed or clawed back).
 *
 * Defaults: Shanxi's ¥500 per child and month for independent institutions and ¥300 for kindergarten toddler classes,
 * for public and affordable (普惠) facilities that keep the fee cap (src/care/fee-cap.ts), when the child attended at
 * least half of the working days it was placed; the month's subsidy is prorated by the working days placed and never
 * exceeds the fee charged. Construction: ¥10,000 per new public or affordable place (the central budget's
 * 普惠托育专项行动 figure; verify locally). Quality: ¥50,000 for grade A and ¥20,000 for grade B, once a year per
 * facility (our defaults; verify locally).
 */
import { AppError, issue, type FieldIssue } from '../../shared/errors.ts';
import type { Ownership } from '../facility.ts';
import { yuan, type Fen } from '../money.ts';
import type { QualityGrade } from '../quality/standard.ts';

/** A share as whole numbers (no floats): `{ num: 1, den: 2 }` is one half. */
export interface Ratio {
  num: number;
  den: number;
}

export interface OperatingRules {
  /** Monthly subsidy per child in an independent institution (every tier but kindergarten classes). */
  independentFen: Fen;
  /** Monthly subsidy per child in a kindergarten toddler class (幼儿园托班). */
  kindergartenClassFen: Fen;
  /** Ownerships that receive it. */
  eligibleOwnerships: readonly Ownership[];
  /** Only facilities that have filed (已备案) receive it. */
  requireFiled: boolean;
  /** The share of the basis days a child must attend. */
  minAttendance: Ratio;
  /** What the attendance share is counted against: the working days the child was placed, or all of the month's. */
  attendanceBasis: 'placed_days' | 'working_days';
  /** Prorate the month's subsidy by placed working days ÷ working days. */
  prorate: boolean;
  /** The subsidy for a child-month never exceeds the fee charged for it (prorated likewise). */
  capAtFee: boolean;
}

export interface SubsidyPolicy {
  id: string;
  /** First day of the first month it applies to (yyyy-mm-01). */
  effectiveFrom: string;
  source: string;
  operating: OperatingRules;
  construction: { perPlaceFen: Fen; eligibleOwnerships: readonly Ownership[] };
  /** Award per grade for a final quality assessment, at most one per facility and calendar year. */
  quality: { byGradeFen: Readonly<Record<QualityGrade, Fen>> };
}

/** The defaults (Shanxi's rates; see the file comment). */
export const SHANXI_2024: SubsidyPolicy = Object.freeze<SubsidyPolicy>({
  id: 'sx-subsidy-2024',
  effectiveFrom: '2024-01-01',
  source: '山西省普惠托育运营补贴：独立托育机构每人每月500元、幼儿园托班每人每月300元（出勤不少于当月在托工作日一半）；新增普惠托位建设补助每个1万元；质量评估A级5万元、B级2万元（本系统默认值，须与当地政策核对）',
  operating: Object.freeze<OperatingRules>({
    independentFen: yuan(500),
    kindergartenClassFen: yuan(300),
    eligibleOwnerships: ['public', 'affordable'],
    requireFiled: true,
    minAttendance: { num: 1, den: 2 },
    attendanceBasis: 'placed_days',
    prorate: true,
    capAtFee: true,
  }),
  construction: Object.freeze({ perPlaceFen: yuan(10_000), eligibleOwnerships: ['public', 'affordable'] as const }),
  quality: Object.freeze({ byGradeFen: Object.freeze({ A: yuan(50_000), B: yuan(20_000), C: yuan(0), D: yuan(0) }) }),
});

/** Versions known to the system, oldest first. */
export const SUBSIDY_POLICIES: readonly SubsidyPolicy[] = Object.freeze([SHANXI_2024]);

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Whether a string is a month, yyyy-mm. */
export function isMonth(s: string): boolean {
  return MONTH.test(s);
}

/** The first day of a month: '2025-03' → '2025-03-01'. */
export function monthStartOf(month: string): string {
  if (!isMonth(month)) throw new AppError('invalid', `not a month (YYYY-MM): ${month}`, { field: 'month', code: 'invalid_format', params: { format: 'YYYY-MM' } });
  return `${month}-01`;
}

/**
 * Every problem with a list of policy versions, each naming its field: effective dates on the first of a month,
 * unique ids and dates, amounts of whole non-negative fen, a valid attendance share.
 * @param versions - the versions
 */
export function policyIssues(versions: readonly SubsidyPolicy[]): FieldIssue[] {
  const out: FieldIssue[] = [];
  const ids = new Set<string>();
  const dates = new Set<string>();
  versions.forEach((p, i) => {
    const at = (f: string) => `policies.${i}.${f}`;
    if (!/^\d{4}-(0[1-9]|1[0-2])-01$/.test(p.effectiveFrom)) out.push(issue(at('effectiveFrom'), 'invalid_format', 'a subsidy policy takes effect on the first day of a month', { format: 'YYYY-MM-01' }));
    if (ids.has(p.id)) out.push(issue(at('id'), 'duplicate', `policy id ${p.id} is used twice`));
    if (dates.has(p.effectiveFrom)) out.push(issue(at('effectiveFrom'), 'duplicate', `two versions take effect on ${p.effectiveFrom}`));
    ids.add(p.id);
    dates.add(p.effectiveFrom);
    const amounts: Array<[string, number]> = [
      ['operating.independentFen', p.operating.independentFen],
      ['operating.kindergartenClassFen', p.operating.kindergartenClassFen],
      ['construction.perPlaceFen', p.construction.perPlaceFen],
      ...Object.entries(p.quality.byGradeFen).map(([g, v]) => [`quality.byGradeFen.${g}`, v] as [string, number]),
    ];
    for (const [f, v] of amounts) if (!Number.isSafeInteger(v) || v < 0) out.push(issue(at(f), 'invalid', `${f} must be a whole, non-negative number of fen`));
    const r = p.operating.minAttendance;
    if (!Number.isSafeInteger(r.num) || !Number.isSafeInteger(r.den) || r.num < 0 || r.den <= 0 || r.num > r.den) out.push(issue(at('operating.minAttendance'), 'invalid', 'the attendance share is num/den with 0 ≤ num ≤ den'));
  });
  return out;
}

/** Throws a 400 naming every problem of the versions (see policyIssues). */
export function assertPolicies(versions: readonly SubsidyPolicy[]): void {
  const issues = policyIssues(versions);
  if (issues.length) throw new AppError('invalid', `subsidy policy: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`, { issues });
}

/**
 * The version that applies to a month: the latest whose effective date is on or before the month's first day; null
 * before every version (no subsidy existed then).
 * @param month - yyyy-mm
 * @param versions - the versions, any order
 */
export function subsidyPolicyFor(month: string, versions: readonly SubsidyPolicy[] = SUBSIDY_POLICIES): SubsidyPolicy | null {
  const start = monthStartOf(month);
  let chosen: SubsidyPolicy | null = null;
  for (const p of versions) if (p.effectiveFrom <= start && (!chosen || p.effectiveFrom > chosen.effectiveFrom)) chosen = p;
  return chosen;
}
