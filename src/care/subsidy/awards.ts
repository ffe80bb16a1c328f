/**
 * Awards (奖补) beside the monthly operating subsidy: a construction award per new public or affordable place
 * (新增普惠托位), and a quality award per grade of a final quality assessment (src/care/quality), at most one a
 * calendar year per facility — the year's best grade (the earliest assessment of that grade). Amounts come from the
 * subsidy policy in force in the month of the approval or assessment; integer fen.
 */
import { AppError, issue, type FieldIssue } from '../../shared/errors.ts';
import type { Ownership } from '../facility.ts';
import { fen, shareOf, sumFen, type Fen } from '../money.ts';
import { QUALITY_GRADES, type QualityGrade } from '../quality/standard.ts';
import { assertPolicies, SUBSIDY_POLICIES, subsidyPolicyFor, type SubsidyPolicy } from './policy.ts';

/** New places approved at a facility (a new facility, or classes added). */
export interface NewPlaces {
  facilityId: string;
  /** The approval date, yyyy-mm-dd. */
  approvedOn: string;
  places: number;
  ownership: Ownership;
}

/** A final quality grade. */
export interface GradeAwarded {
  facilityId: string;
  assessmentId: string;
  /** yyyy-mm-dd */
  assessedOn: string;
  grade: QualityGrade;
}

export type AwardReason = 'no_policy' | 'ownership_not_eligible' | 'no_award_for_grade' | 'awarded_this_year';

export interface AwardLine {
  facilityId: string;
  kind: 'construction' | 'quality';
  /** The approval or assessment date. */
  on: string;
  policyId: string | null;
  /** Places (construction) or 1 (quality). */
  units: number;
  rateFen: Fen;
  amountFen: Fen;
  eligible: boolean;
  reasons: AwardReason[];
  /** The assessment (quality awards). */
  assessmentId?: string;
  grade?: QualityGrade;
}

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function policyOn(date: string, versions: readonly SubsidyPolicy[]): SubsidyPolicy | null {
  return subsidyPolicyFor(date.slice(0, 7), versions);
}

function fail(issues: FieldIssue[]): never {
  throw new AppError('invalid', `${issues.length} problem(s): ${issues.slice(0, 5).map((i) => `${i.field}: ${i.message}`).join('; ')}`, { issues });
}

/**
 * Construction awards: the per-place amount × new places, for eligible ownerships.
 * @param items - new places
 * @param versions - the subsidy policy versions
 */
export function computeConstructionAwards(items: readonly NewPlaces[], versions: readonly SubsidyPolicy[] = SUBSIDY_POLICIES): AwardLine[] {
  assertPolicies(versions);
  const issues: FieldIssue[] = [];
  items.forEach((n, i) => {
    if (!DATE.test(n.approvedOn)) issues.push(issue(`newPlaces.${i}.approvedOn`, 'invalid_date', `not a date: ${n.approvedOn}`));
    if (!Number.isSafeInteger(n.places) || n.places <= 0) issues.push(issue(`newPlaces.${i}.places`, 'too_small', 'places is a whole number of at least 1', { minimum: 1, inclusive: true }));
  });
  if (issues.length) fail(issues);
  return items.map((n) => {
    const p = policyOn(n.approvedOn, versions);
    const reasons: AwardReason[] = [];
    if (!p) reasons.push('no_policy');
    else if (!p.construction.eligibleOwnerships.includes(n.ownership)) reasons.push('ownership_not_eligible');
    const rateFen = p?.construction.perPlaceFen ?? fen(0);
    const amountFen = reasons.length ? fen(0) : shareOf(rateFen, n.places, 1);
    return { facilityId: n.facilityId, kind: 'construction', on: n.approvedOn, policyId: p?.id ?? null, units: n.places, rateFen, amountFen, eligible: reasons.length === 0, reasons };
  });
}

/**
 * Quality awards: per facility and calendar year, the best grade's award (the earliest assessment of it); other
 * assessments of that year earn nothing ('awarded_this_year').
 * @param grades - final grades
 * @param versions - the subsidy policy versions
 * @returns lines in the order of the input
 */
export function computeQualityAwards(grades: readonly GradeAwarded[], versions: readonly SubsidyPolicy[] = SUBSIDY_POLICIES): AwardLine[] {
  assertPolicies(versions);
  const issues: FieldIssue[] = [];
  grades.forEach((g, i) => {
    if (!DATE.test(g.assessedOn)) issues.push(issue(`grades.${i}.assessedOn`, 'invalid_date', `not a date: ${g.assessedOn}`));
    if (!QUALITY_GRADES.includes(g.grade)) issues.push(issue(`grades.${i}.grade`, 'invalid_choice', `unknown grade ${g.grade}`, { options: QUALITY_GRADES.join('|') }));
  });
  if (issues.length) fail(issues);
  const rank = (g: QualityGrade) => QUALITY_GRADES.indexOf(g);
  const winner = new Map<string, number>();
  grades.forEach((g, i) => {
    const k = `${g.facilityId}\u0000${g.assessedOn.slice(0, 4)}`;
    const w = winner.get(k);
    const cur = w === undefined ? undefined : grades[w]!;
    if (!cur || rank(g.grade) < rank(cur.grade) || (rank(g.grade) === rank(cur.grade) && g.assessedOn < cur.assessedOn)) winner.set(k, i);
  });
  return grades.map((g, i) => {
    const p = policyOn(g.assessedOn, versions);
    const reasons: AwardReason[] = [];
    const rateFen = p?.quality.byGradeFen[g.grade] ?? fen(0);
    if (!p) reasons.push('no_policy');
    else if (rateFen === 0) reasons.push('no_award_for_grade');
    else if (winner.get(`${g.facilityId}\u0000${g.assessedOn.slice(0, 4)}`) !== i) reasons.push('awarded_this_year');
    const amountFen = reasons.length ? fen(0) : rateFen;
    return { facilityId: g.facilityId, kind: 'quality', on: g.assessedOn, policyId: p?.id ?? null, units: 1, rateFen, amountFen, eligible: reasons.length === 0, reasons, assessmentId: g.assessmentId, grade: g.grade };
  });
}

/**
 * What a grade earns under the policy in force on a date (shown beside a grade; before the once-a-year rule).
 * @param grade - the grade
 * @param on - yyyy-mm-dd
 */
export function qualityAwardFor(grade: QualityGrade, on: string, versions: readonly SubsidyPolicy[] = SUBSIDY_POLICIES): { policyId: string | null; amountFen: Fen } {
  const p = policyOn(on, versions);
  return { policyId: p?.id ?? null, amountFen: p?.quality.byGradeFen[grade] ?? fen(0) };
}

/** The sum of award lines. */
export function awardTotal(lines: readonly AwardLine[]): Fen {
  return sumFen(lines.map((l) => l.amountFen));
}
