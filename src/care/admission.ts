/**
 * Admission rules (入托) of the versioned family policy: how many choices an application names, how long an offer
 * stays open, how far ahead a start date may be, and the entry health exam (入托体检) a placement needs before its
 * first day (《托儿所幼儿园卫生保健管理办法》2010 §9: children pass the entry exam before admission; the exam is
 * valid for 3 months). Our defaults where no national rule exists are marked so (domain.md §2).
 */
import { addMonths, type IsoDate } from './dates.ts';

export interface AdmissionPolicy {
  id: string;
  effectiveFrom: IsoDate;
  source: string;
  /** Ranked facilities one application may name. */
  maxChoices: number;
  /** Days an offer stays open before it lapses and goes to the next family (our default: 3). */
  offerOpenDays: number;
  /** The latest start date an application may ask for, in months from today (our default: 12). */
  maxStartMonthsAhead: number;
  /** Months an entry exam stays valid for admission (卫生保健管理办法: 3). */
  entryExamValidMonths: number;
  /** Hours before an offer lapses when the family is reminded (our default: 24). */
  offerReminderHours: number;
}

export const ADMISSION_POLICY_2026: AdmissionPolicy = Object.freeze({
  id: 'cc-admission-2026',
  effectiveFrom: '2026-01-01',
  source: '托儿所幼儿园卫生保健管理办法（2010）第九条；其余为本系统默认值（可配置）',
  maxChoices: 3,
  offerOpenDays: 3,
  maxStartMonthsAhead: 12,
  entryExamValidMonths: 3,
  offerReminderHours: 24,
});

/** Versions known to the system, newest last. */
export const ADMISSION_POLICIES: readonly AdmissionPolicy[] = [ADMISSION_POLICY_2026];

/** The admission policy in force on a date (the first version before any effective date). */
export function admissionPolicyOn(date: IsoDate, list: readonly AdmissionPolicy[] = ADMISSION_POLICIES): AdmissionPolicy {
  let chosen = list[0]!;
  for (const p of list) if (p.effectiveFrom <= date) chosen = p;
  return chosen;
}

/** The latest start date an application made today may ask for. */
export function latestStartDate(today: IsoDate, policy: AdmissionPolicy): IsoDate {
  return addMonths(today, policy.maxStartMonthsAhead);
}

/** An entry exam on record (the view child_entry_exams). */
export interface EntryExam {
  examinedOn: IsoDate;
  passed: boolean;
  /** The last day the exam is valid for admission (from the record; null: derive from the policy). */
  validUntil: IsoDate | null;
}

export type AdmissionReason = 'entry_exam_missing' | 'entry_exam_failed' | 'entry_exam_expired';

export interface AdmissionCheck {
  /** Whether the placement may start on its first day. */
  cleared: boolean;
  /** Why not (null when cleared). */
  reason: AdmissionReason | null;
  /** The exam that decided (the latest one), if any. */
  exam: EntryExam | null;
}

/**
 * Whether a child placed from `firstDay` may attend on `onDay`: the latest entry exam on record by then must be
 * passed and recent enough for the admission — examined at most the policy's validity before the first day (a
 * child whose exam comes after the first day starts once it is on record). A placement is created when an offer is
 * accepted; until the exam is recorded it waits.
 * @param exams - the child's entry exams (any order)
 * @param firstDay - the placement's first day
 * @param onDay - the day asked about (check-in: today; the family page: the first day, or today if later)
 * @param policy - the admission policy (validity when the record gives none)
 */
export function checkAdmission(exams: readonly EntryExam[], firstDay: IsoDate, onDay: IsoDate, policy: AdmissionPolicy): AdmissionCheck {
  const known = exams.filter((e) => e.examinedOn <= onDay).sort((a, b) => (a.examinedOn < b.examinedOn ? 1 : a.examinedOn > b.examinedOn ? -1 : 0));
  const latest = known[0] ?? null;
  if (!latest) return { cleared: false, reason: 'entry_exam_missing', exam: null };
  if (!latest.passed) return { cleared: false, reason: 'entry_exam_failed', exam: latest };
  const validUntil = latest.validUntil ?? addMonths(latest.examinedOn, policy.entryExamValidMonths);
  if (validUntil < firstDay) return { cleared: false, reason: 'entry_exam_expired', exam: latest };
  return { cleared: true, reason: null, exam: latest };
}
