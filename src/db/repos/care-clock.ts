/**
 * The care rules that act on the clock, run by every server process every half minute (none of them assumes it is
 * the only one: alerts have dedupe keys, publishing takes the per-child locks): publish meals and naps held for the
 * end of the day, remind carers of rechecks that are due, follow up expected children without check-in or notice
 * after the absence deadline, remind classes short of outdoor time by mid-afternoon, and warn of children not
 * collected at closing time. The pure rules decide (src/care/day-rules.ts); this file gathers the facts and acts.
 */
import { sql, type RawBuilder } from 'kysely';
import { absenceFollowUpDue, absencesToFollowUp, collectionCheckDue, notCollected, outdoorCheckDue, outdoorShortClasses } from '../../care/day-rules.ts';
import { dailyCarePolicy, minutesOf } from '../../care/daily-policy.ts';
import type { Db, Kx } from '../pool.ts';
import { directorsOf, guardiansOf, raiseAlert, teachersOf, tell } from './care-notices.ts';
import { lockChild } from './care-entries.ts';

export interface ClockReport {
  published: number;
  rechecksDue: number;
  absences: number;
  outdoor: number;
  notCollected: number;
}

interface FacilityNow {
  id: string;
  name: string;
  today: string;
  minutes: number;
  weekday: number;
  opening: { days?: number[]; open?: string; close?: string } | null;
  policy_id: string | null;
  absence_deadline: string | null;
}

/**
 * One pass of the clock rules.
 * @param db - the database
 * @param opts - `facilityIds`: limit to these facilities (tests; default all with children placed today); `at`: the
 *               moment to evaluate (tests; default the database's now)
 */
export async function runCareClock(db: Db, opts: { facilityIds?: readonly string[]; at?: Date } = {}): Promise<ClockReport> {
  const { facilityIds, at } = opts;
  const now = at ? sql<Date>`${at.toISOString()}::timestamptz` : sql<Date>`now()`;
  const report: ClockReport = { published: 0, rechecksDue: 0, absences: 0, outdoor: 0, notCollected: 0 };
  report.published = await publishDue(db, now);
  report.rechecksDue = await remindRechecks(db, now);
  const facilities = await sql<FacilityNow>`
    SELECT f.id, f.name, t.today::text AS today, t.minutes, extract(isodow FROM t.today)::int AS weekday,
           f.opening_hours AS opening, s.policy_id, s.absence_deadline::text AS absence_deadline
    FROM (SELECT (l)::date AS today, (extract(hour FROM l) * 60 + extract(minute FROM l))::int AS minutes FROM (SELECT ${now} AT TIME ZONE current_setting('TimeZone') AS l) x) t
    CROSS JOIN facilities f LEFT JOIN care_settings s ON s.facility_id = f.id
    WHERE f.archived_at IS NULL AND EXISTS (SELECT 1 FROM care_roster_sources r WHERE r.facility_id = f.id AND r.days @> t.today)
      ${facilityIds ? sql`AND f.id = ANY(${[...facilityIds]}::uuid[])` : sql``}`.execute(db.k);
  const due: Due[] = [];
  for (const f of facilities.rows) {
    const days = f.opening?.days ?? [1, 2, 3, 4, 5];
    if (!days.includes(f.weekday)) continue;
    const open = f.opening?.open ?? '07:30';
    if (f.minutes < minutesOf(open)) continue;
    const policy = dailyCarePolicy(f.policy_id ?? undefined);
    const deadline = f.absence_deadline ? f.absence_deadline.slice(0, 5) : policy.absence.followUpAt;
    due.push({ f, policy, deadline });
  }
  // Every process runs this every half minute for every open facility, and its cost is felt by every request served
  // meanwhile: so one query per rule gathers what is due in all of them (the pure rules decide, per facility), and a
  // facility gets a transaction only when it has an alert to raise.
  const [absent, short, late] = await Promise.all([absencesDue(db.k, due), outdoorDue(db.k, due), notCollectedDue(db.k, due)]);
  for (const d of due) {
    const a = absent.get(d.f.id) ?? [];
    const o = short.get(d.f.id) ?? [];
    const l = late.get(d.f.id) ?? [];
    if (!a.length && !o.length && !l.length) continue;
    await db.tx(async (trx) => {
      report.absences += await followUpAbsences(trx, d, a);
      report.outdoor += await remindOutdoor(trx, d, o);
      report.notCollected += await warnNotCollected(trx, d, l);
    });
  }
  return report;
}

/** An open facility now, with the rules' policy and its absence deadline. */
interface Due {
  f: FacilityNow;
  policy: ReturnType<typeof dailyCarePolicy>;
  deadline: string;
}

/** Rows grouped by facility. */
function byFacility<T extends { facility_id: string }>(rows: readonly T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const list = m.get(r.facility_id);
    if (list) list.push(r);
    else m.set(r.facility_id, [r]);
  }
  return m;
}

/** Publishes entries held for the end of the day whose time has come: each gets a new seq (so feeds replay it). */
async function publishDue(db: Db, now: RawBuilder<Date>): Promise<number> {
  const children = await sql<{ child_id: string }>`SELECT DISTINCT child_id FROM daily_entries WHERE published_at IS NULL AND publish_after <= ${now} LIMIT 2000`.execute(db.k);
  if (!children.rows.length) return 0;
  return db.tx(async (trx) => {
    const ids = children.rows.map((r) => r.child_id).sort();
    for (const c of ids) await lockChild(trx, c);
    const r = await sql<{ n: number }>`
      WITH due AS (
        SELECT id, version FROM daily_entries WHERE published_at IS NULL AND publish_after <= ${now} AND child_id = ANY(${ids}::uuid[]) ORDER BY child_id, seq FOR UPDATE
      )
      UPDATE daily_entries e SET seq = nextval(pg_get_serial_sequence('daily_entries', 'seq')), published_at = now()
      FROM due WHERE e.id = due.id AND e.version = due.version RETURNING 1 AS n`.execute(trx);
    return r.rows.length;
  });
}

/** Rechecks that are due and not yet announced: the class's teachers are reminded once. */
async function remindRechecks(db: Db, now: RawBuilder<Date>): Promise<number> {
  return db.tx(async (trx) => {
    const due = await sql<{ id: string; class_id: string; child_id: string; name: string }>`
      SELECT a.id, a.class_id, a.child_id, ch.family_name || ch.given_name AS name FROM care_alerts a JOIN children ch ON ch.id = a.child_id
      WHERE a.kind = 'fever_recheck' AND a.status = 'open' AND a.due_at <= ${now} AND NOT COALESCE((a.details->>'prompted')::boolean, false)
      FOR UPDATE OF a SKIP LOCKED`.execute(trx);
    for (const a of due.rows) {
      await tell(trx, await teachersOf(trx, a.class_id), 'care_fever_recheck_due', { child: a.name });
      await trx.updateTable('care_alerts').set({ details: sql`details || '{"prompted": true}'::jsonb` }).where('id', '=', a.id).execute();
    }
    return due.rows.length;
  });
}

interface AbsentChild {
  facility_id: string;
  child_id: string;
  class_id: string;
  name: string;
}

/**
 * Expected children to follow up, in every facility past its absence deadline: no check-in and no notice today
 * (absencesToFollowUp decides), leaving out those already followed up today (their alert is raised once a day).
 */
async function absencesDue(k: Kx, due: readonly Due[]): Promise<Map<string, AbsentChild[]>> {
  const open = due.filter((d) => absenceFollowUpDue(d.f.minutes, d.deadline));
  if (!open.length) return new Map();
  const today = open[0]!.f.today;
  const rows = await sql<AbsentChild & { checked_in: boolean; reported: boolean }>`
    SELECT r.facility_id, r.child_id, r.class_id, ch.family_name || ch.given_name AS name,
           EXISTS (SELECT 1 FROM attendance a WHERE a.child_id = r.child_id AND a.day = ${today}::date AND a.check_in_at IS NOT NULL) AS checked_in,
           EXISTS (SELECT 1 FROM absence_reports ab WHERE ab.child_id = r.child_id AND ab.cancelled_at IS NULL AND ab.days @> ${today}::date) AS reported
    FROM care_roster_sources r JOIN children ch ON ch.id = r.child_id
    WHERE r.facility_id = ANY(${open.map((d) => d.f.id)}::uuid[]) AND r.days @> ${today}::date AND r.hours IS NULL
      AND NOT EXISTS (SELECT 1 FROM care_alerts x WHERE x.dedupe_key = 'absence:' || r.child_id || ':' || ${today})`.execute(k);
  const groups = byFacility(rows.rows);
  const out = new Map<string, AbsentChild[]>();
  for (const d of open) {
    const rs = groups.get(d.f.id) ?? [];
    const chosen = new Set(absencesToFollowUp(rs.map((r) => ({ childId: r.child_id, checkedIn: r.checked_in, absenceReported: r.reported })), d.f.minutes, d.deadline));
    const list = rs.filter((r) => chosen.has(r.child_id));
    if (list.length) out.set(d.f.id, list);
  }
  return out;
}

async function followUpAbsences(k: Kx, { f, deadline, policy }: Due, children: readonly AbsentChild[]): Promise<number> {
  let n = 0;
  for (const r of children) {
    const id = await raiseAlert(k, { kind: 'absence_followup', facilityId: f.id, classId: r.class_id, childId: r.child_id, day: f.today, key: `absence:${r.child_id}:${f.today}`, once: true, policyId: policy.id, details: { deadline } });
    if (!id) continue;
    n++;
    await tell(k, await guardiansOf(k, r.child_id), 'care_absence_followup', { child: r.name, facility: f.name }, ['in_app', 'sms']);
    await tell(k, await teachersOf(k, r.class_id), 'care_absence_followup_task', { child: r.name });
  }
  return n;
}

interface ShortClass {
  facility_id: string;
  class_id: string;
  name: string;
  present: number;
  minutes: number;
}

/** Classes short of outdoor time, in every facility past the reminder time (outdoorShortClasses decides), not yet reminded today. */
async function outdoorDue(k: Kx, due: readonly Due[]): Promise<Map<string, ShortClass[]>> {
  const open = due.filter((d) => outdoorCheckDue(d.f.minutes, d.policy));
  if (!open.length) return new Map();
  const today = open[0]!.f.today;
  const rows = await sql<ShortClass>`
    SELECT k.facility_id, k.id AS class_id, k.name,
           count(*) FILTER (WHERE r.mode = 'full_day' AND a.check_in_at IS NOT NULL AND a.check_out_at IS NULL)::int AS present,
           COALESCE(max(o.minutes), 0)::int AS minutes
    FROM classes k
    JOIN care_roster_sources r ON r.class_id = k.id AND r.days @> ${today}::date
    LEFT JOIN attendance a ON a.child_id = r.child_id AND a.day = ${today}::date
    LEFT JOIN LATERAL (SELECT sum((e.payload->>'minutes')::int) AS minutes FROM daily_entries_current e WHERE e.child_id = r.child_id AND e.day = ${today}::date AND e.kind = 'outdoor' AND NOT e.retracted) o ON true
    WHERE k.facility_id = ANY(${open.map((d) => d.f.id)}::uuid[])
      AND NOT EXISTS (SELECT 1 FROM care_alerts x WHERE x.dedupe_key = 'outdoor:' || k.id || ':' || ${today})
    GROUP BY k.facility_id, k.id`.execute(k);
  const groups = byFacility(rows.rows);
  const out = new Map<string, ShortClass[]>();
  for (const d of open) {
    const rs = groups.get(d.f.id) ?? [];
    const chosen = new Set(outdoorShortClasses(rs.map((r) => ({ classId: r.class_id, fullDayPresent: r.present, minutes: r.minutes })), d.f.minutes, d.policy));
    const list = rs.filter((r) => chosen.has(r.class_id));
    if (list.length) out.set(d.f.id, list);
  }
  return out;
}

async function remindOutdoor(k: Kx, { f, policy }: Due, classes: readonly ShortClass[]): Promise<number> {
  let n = 0;
  for (const r of classes) {
    const id = await raiseAlert(k, { kind: 'outdoor_short', facilityId: f.id, classId: r.class_id, day: f.today, key: `outdoor:${r.class_id}:${f.today}`, once: true, policyId: policy.id, details: { minutes: r.minutes, goal: policy.outdoor.fullDayMinutes } });
    if (!id) continue;
    n++;
    await tell(k, await teachersOf(k, r.class_id), 'care_outdoor_short', { className: r.name, minutes: r.minutes, goal: policy.outdoor.fullDayMinutes });
  }
  return n;
}

interface PresentLate {
  facility_id: string;
  child_id: string;
  class_id: string;
  name: string;
}

/** Children still in care at or after closing time (notCollected decides), in every facility past it, not yet warned of today. */
async function notCollectedDue(k: Kx, due: readonly Due[]): Promise<Map<string, PresentLate[]>> {
  const open = due.filter((d) => d.f.opening?.close && collectionCheckDue(d.f.minutes, d.f.opening.close));
  if (!open.length) return new Map();
  const today = open[0]!.f.today;
  const rows = await sql<PresentLate>`
    SELECT a.facility_id, a.child_id, a.class_id, ch.family_name || ch.given_name AS name FROM attendance a JOIN children ch ON ch.id = a.child_id
    WHERE a.facility_id = ANY(${open.map((d) => d.f.id)}::uuid[]) AND a.day = ${today}::date AND a.check_in_at IS NOT NULL AND a.check_out_at IS NULL
      AND NOT EXISTS (SELECT 1 FROM care_alerts x WHERE x.dedupe_key = 'not_collected:' || a.child_id || ':' || ${today})`.execute(k);
  const groups = byFacility(rows.rows);
  const out = new Map<string, PresentLate[]>();
  for (const d of open) {
    const rs = groups.get(d.f.id) ?? [];
    const chosen = new Set(notCollected(rs.map((r) => ({ childId: r.child_id, checkedIn: true, checkedOut: false })), d.f.minutes, d.f.opening!.close!));
    const list = rs.filter((r) => chosen.has(r.child_id));
    if (list.length) out.set(d.f.id, list);
  }
  return out;
}

async function warnNotCollected(k: Kx, { f, policy }: Due, children: readonly PresentLate[]): Promise<number> {
  const close = f.opening?.close ?? null;
  let n = 0;
  for (const r of children) {
    const id = await raiseAlert(k, { kind: 'not_collected', facilityId: f.id, classId: r.class_id, childId: r.child_id, day: f.today, key: `not_collected:${r.child_id}:${f.today}`, once: true, policyId: policy.id, details: { close } });
    if (!id) continue;
    n++;
    await tell(k, await directorsOf(k, f.id), 'care_not_collected', { child: r.name, close });
    await tell(k, await guardiansOf(k, r.child_id), 'care_not_collected', { child: r.name, close }, ['in_app', 'sms']);
  }
  return n;
}
