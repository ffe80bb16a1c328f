/**
 * The schedule of child-health visits (儿童健康检查时间表): the 0–6 health-management visits of the national basic
 * public health service (国家基本公共卫生服务规范（第三版）, 0–6岁儿童健康管理) at 3, 6, 8, 12, 18, 24, 30 and 36
 * months — which also give children of 1–3 years their check twice a year, six months apart (托儿所幼儿园卫生保健
 * 工作规范 2012). For one child: each visit's due date, and whether it is done, upcoming, due, overdue or missed on a
 * given day, from the dates of the checks the child had.
 *
 * Each visit counts the checks of its own window — from halfway after the previous visit to halfway before the next
 * (the first opens 45 days early, the last closes 90 days late) — so one check never counts twice. Pure: dates in
 * (ISO yyyy-mm-dd, calendar arithmetic in UTC), statuses out.
 */

export const VISIT_STATUSES = ['done', 'upcoming', 'due', 'overdue', 'missed', 'future'] as const;
/** done: a check falls in the visit's window; upcoming: due within `upcomingDays`; due: from the due date for
 * `graceDays`; overdue: later, while the window is still open; missed: the window closed without a check; future. */
export type VisitStatus = (typeof VISIT_STATUSES)[number];

export interface SchedulePolicy {
  readonly id: string;
  readonly source: string;
  /** Ages of the visits in completed months. */
  readonly visitMonths: readonly number[];
  /** Shown as upcoming this many days before the due date. */
  readonly upcomingDays: number;
  /** Due (not yet overdue) for this many days from the due date. */
  readonly graceDays: number;
  /** The first visit's window opens this many days before its due date; the last one closes this many after. */
  readonly firstOpensDaysBefore: number;
  readonly lastClosesDaysAfter: number;
}

export const CHILD_HEALTH_SCHEDULE: SchedulePolicy = Object.freeze({
  id: 'cn-bphs-2017',
  source: '国家基本公共卫生服务规范（第三版）0–6岁儿童健康管理；托儿所幼儿园卫生保健工作规范（2012）',
  visitMonths: Object.freeze([3, 6, 8, 12, 18, 24, 30, 36]),
  upcomingDays: 30,
  graceDays: 14,
  firstOpensDaysBefore: 45,
  lastClosesDaysAfter: 90,
});

/**
 * The entry exam before admission (入托体检): a placement starts only with a passed exam, valid for three months
 * (托儿所幼儿园卫生保健工作规范 2012: 体检结果三个月内有效); a child away for more than three months is examined again.
 */
export const ENTRY_EXAM_POLICY = Object.freeze({ id: 'cn-2012', validMonths: 3, source: '托儿所幼儿园卫生保健工作规范（2012）' });

const DAY = 86_400_000;
// Day numbers ⇄ ISO dates, remembered (schedules and the demo city convert the same few thousand days many times).
const dayOf = new Map<string, number>();
const isoOf = new Map<number, string>();
function toDay(iso: string): number {
  let d = dayOf.get(iso);
  if (d === undefined) {
    if (dayOf.size > 50_000) dayOf.clear();
    d = Date.parse(`${iso}T00:00:00Z`) / DAY;
    dayOf.set(iso, d);
  }
  return d;
}
function fromDay(day: number): string {
  const d = Math.round(day);
  let s = isoOf.get(d);
  if (s === undefined) {
    if (isoOf.size > 50_000) isoOf.clear();
    s = new Date(d * DAY).toISOString().slice(0, 10);
    isoOf.set(d, s);
  }
  return s;
}

/** `iso` plus `days` days. */
export function addDaysIso(iso: string, days: number): string {
  return fromDay(toDay(iso) + days);
}

/** `iso` plus `months` calendar months; the day is clamped to the month's end (31 Jan + 1 month = 28/29 Feb). */
export function addMonthsIso(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12;
  const last = new Date(Date.UTC(ny, nm + 1, 0)).getUTCDate();
  return `${String(ny).padStart(4, '0')}-${String(nm + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Completed months of age on a date (the day of the month reached counts the month). */
export function completedMonths(birthDate: string, on: string): number {
  const [by, bm] = birthDate.split('-').map(Number) as [number, number];
  const [y, m] = on.split('-').map(Number) as [number, number];
  let months = (y - by) * 12 + (m - bm);
  if (addMonthsIso(birthDate, months) > on) months -= 1;
  return Math.max(0, months);
}

/** Whole days from `a` to `b`. */
export function daysBetweenIso(a: string, b: string): number {
  return Math.round(toDay(b) - toDay(a));
}

export interface ScheduledVisit {
  /** The visit's age in months. */
  readonly months: number;
  readonly dueOn: string;
  /** First and last day a check counts for this visit. */
  readonly windowFrom: string;
  readonly windowTo: string;
  readonly status: VisitStatus;
  /** The check that did it (the one nearest the due date). */
  readonly checkId: string | null;
  readonly examinedOn: string | null;
}

/**
 * A child's visits and their status on `asOf`.
 * @param birthDate - ISO date of birth
 * @param checks - the child's checks (any kind), with their dates
 * @param asOf - the day the schedule is read on (the city's today)
 * @param policy - the visit ages and windows
 */
export function visitSchedule(birthDate: string, checks: ReadonlyArray<{ id: string; examinedOn: string }>, asOf: string, policy: SchedulePolicy = CHILD_HEALTH_SCHEDULE): ScheduledVisit[] {
  const due = policy.visitMonths.map((m) => toDay(addMonthsIso(birthDate, m)));
  const today = toDay(asOf);
  return policy.visitMonths.map((months, i) => {
    const d = due[i]!;
    const from = i === 0 ? d - policy.firstOpensDaysBefore : Math.floor((due[i - 1]! + d) / 2) + 1;
    const to = i === due.length - 1 ? d + policy.lastClosesDaysAfter : Math.floor((d + due[i + 1]!) / 2);
    let best: { id: string; examinedOn: string } | null = null;
    for (const c of checks) {
      const x = toDay(c.examinedOn);
      if (x < from || x > to) continue;
      if (!best || Math.abs(x - d) < Math.abs(toDay(best.examinedOn) - d)) best = c;
    }
    let status: VisitStatus;
    if (best) status = 'done';
    else if (today > to) status = 'missed';
    else if (today > d + policy.graceDays) status = 'overdue';
    else if (today >= d) status = 'due';
    else if (today >= d - policy.upcomingDays) status = 'upcoming';
    else status = 'future';
    return { months, dueOn: fromDay(d), windowFrom: fromDay(from), windowTo: fromDay(to), status, checkId: best?.id ?? null, examinedOn: best?.examinedOn ?? null };
  });
}

/**
 * The visit that needs attention now: the first one due or overdue, else the next upcoming one, else null.
 * @param visits - from `visitSchedule`
 */
export function visitNeedingAttention(visits: readonly ScheduledVisit[]): ScheduledVisit | null {
  return visits.find((v) => v.status === 'overdue' || v.status === 'due') ?? visits.find((v) => v.status === 'upcoming') ?? null;
}
