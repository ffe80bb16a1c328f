/**
 * Scoring a quality assessment against its standard (./standard.ts): whole points per item, veto items found, the
 * total per dimension and overall, and the grade — any veto item gives the lowest grade whatever the points
 * (一票否决), otherwise the thresholds decide. An assessment in progress may leave items unscored (counted as 0 and
 * listed as missing); only a complete one may be made final.
 */
import { AppError, issue, type FieldIssue } from '../../shared/errors.ts';
import type { QualityGrade, QualityStandard } from './standard.ts';

/** What an assessor records. */
export interface AssessmentInput {
  /** Points per item key (0 … the item's maxPoints, whole points). */
  scores: Readonly<Record<string, number>>;
  /** Keys of the veto items found. */
  vetoes: readonly string[];
}

export interface DimensionScore {
  key: string;
  points: number;
  maxPoints: number;
  /** Items of the dimension not yet scored. */
  missing: string[];
}

export interface AssessmentResult {
  standardId: string;
  totalPoints: number;
  maxPoints: number;
  dimensions: DimensionScore[];
  vetoes: string[];
  vetoed: boolean;
  /** Every item scored. */
  complete: boolean;
  missing: string[];
  grade: QualityGrade;
}

/**
 * Every problem with an assessor's input, each naming its field (`scores.<item>`, `vetoes.<i>`): unknown items,
 * points that are not whole or outside 0 … maxPoints, unknown or repeated veto items.
 * @param standard - the version the assessment is scored with
 * @param input - the scores and vetoes
 */
export function assessmentIssues(standard: QualityStandard, input: AssessmentInput): FieldIssue[] {
  const out: FieldIssue[] = [];
  const items = new Map(standard.dimensions.flatMap((d) => d.items.map((i) => [i.key, i] as const)));
  for (const [key, v] of Object.entries(input.scores)) {
    const item = items.get(key);
    const field = `scores.${key}`;
    if (!item) out.push(issue(field, 'unknown_field', `${key} is not an item of ${standard.id}`));
    else if (typeof v !== 'number' || !Number.isInteger(v)) out.push(issue(field, 'not_integer', `${key}: points are whole numbers`));
    else if (v < 0) out.push(issue(field, 'too_small', `${key}: points are at least 0`, { minimum: 0, inclusive: true }));
    else if (v > item.maxPoints) out.push(issue(field, 'too_big', `${key}: at most ${item.maxPoints} points`, { maximum: item.maxPoints, inclusive: true }));
  }
  const vetoKeys = new Set(standard.vetoes.map((v) => v.key));
  const seen = new Set<string>();
  input.vetoes.forEach((key, i) => {
    if (!vetoKeys.has(key)) out.push(issue(`vetoes.${i}`, 'unknown_veto', `${key} is not a veto item of ${standard.id}`, { key }));
    else if (seen.has(key)) out.push(issue(`vetoes.${i}`, 'duplicate', `veto item ${key} is listed twice`));
    seen.add(key);
  });
  return out;
}

/**
 * The grade for a total: the lowest grade when vetoed, else the best grade whose threshold the total reaches.
 * @param standard - the version
 * @param totalPoints - the points scored
 * @param vetoed - whether any veto item was found
 */
export function gradeFor(standard: QualityStandard, totalPoints: number, vetoed: boolean): QualityGrade {
  if (vetoed) return 'D';
  for (const t of standard.thresholds) if (totalPoints >= t.minPoints) return t.grade;
  return 'D';
}

/**
 * Scores an assessment. Throws a 400 naming every bad field (see assessmentIssues).
 * @param standard - the version the assessment is scored with
 * @param input - the scores and vetoes
 */
export function scoreAssessment(standard: QualityStandard, input: AssessmentInput): AssessmentResult {
  const issues = assessmentIssues(standard, input);
  if (issues.length) throw new AppError('invalid', `${issues.length} problem(s) with the assessment: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`, { issues });
  const dimensions: DimensionScore[] = standard.dimensions.map((d) => {
    let points = 0;
    const missing: string[] = [];
    for (const i of d.items) {
      const v = input.scores[i.key];
      if (v === undefined) missing.push(i.key);
      else points += v;
    }
    return { key: d.key, points, maxPoints: d.maxPoints, missing };
  });
  const totalPoints = dimensions.reduce((s, d) => s + d.points, 0);
  const vetoes = [...input.vetoes];
  const missing = dimensions.flatMap((d) => d.missing);
  return {
    standardId: standard.id,
    totalPoints,
    maxPoints: standard.totalPoints,
    dimensions,
    vetoes,
    vetoed: vetoes.length > 0,
    complete: missing.length === 0,
    missing,
    grade: gradeFor(standard, totalPoints, vetoes.length > 0),
  };
}

/**
 * Until when a final grade stands: the assessment date plus the standard's validity (a 29 February falls back to
 * 28 February in a common year).
 * @param assessedOn - ISO yyyy-mm-dd
 * @param standard - the version it was scored with
 */
export function gradeValidUntil(assessedOn: string, standard: QualityStandard): string {
  const [y, m, d] = assessedOn.split('-').map(Number) as [number, number, number];
  const year = y + standard.validYears;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = m === 2 && d === 29 && !leap ? 28 : d;
  return `${year}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
