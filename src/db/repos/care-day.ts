/**
 * A class's day as the tablet shows it (the children expected — placements now, bookings when they exist — who is
 * in, their checks, absences, carers on duty and the live ratio), the director's dashboard of the whole facility,
 * and a child's attendance by month. Reads only; every child listed is audited.
 */
import { sql } from 'kysely';
import { childrenPerCarer, type Syndrome } from '../../care/daily-policy.ts';
import type { AlertKind } from './care-notices.ts';
import { ratioStatus, type RatioStatus } from '../../care/ratio.ts';
import type { ClassBand } from '../../care/policy.ts';
import { AppError } from '../../shared/errors.ts';
import type { Access } from '../access/scope.ts';
import { col, val } from '../access/scope.ts';
import type { Db, Kx } from '../pool.ts';
import { audit } from './audit.ts';
import { careSettings } from './care-entries.ts';
import { isUuid } from './ids.ts';

export interface RosterChild {
  id: string;
  familyName: string;
  givenName: string;
  birthDate: string;
  mode: string;
  /** placement (or booking). */
  source: string;
  checkInAt: string | null;
  checkOutAt: string | null;
  droppedBy: string | null;
  collectedBy: string | null;
  sentHome: boolean;
  absence: { id: string; reason: 'sick' | 'leave'; symptoms: string[] } | null;
  morningCheck: { card: string; temperatureC: number | null } | null;
  noonCheck: boolean;
  lastTemperatureC: number | null;
  /** An open fever recheck: when it is due. */
  recheckDueAt: string | null;
  /** Brought medicine today (a red card). */
  medicine: boolean;
  entriesToday: number;
}

export interface Carer {
  shiftId: string;
  staffId: string;
  title: string;
  since: string;
  mine: boolean;
}

export interface AlertView {
  id: string;
  kind: AlertKind;
  status: 'open' | 'done' | 'dismissed';
  classId: string;
  className: string;
  childId: string | null;
  childName: string | null;
  day: string;
  openedAt: string;
  dueAt: string | null;
  closedAt: string | null;
  resolution: string | null;
  details: AlertDetails;
  policyId: string;
}

/** What a rule saw, by kind (outbreak: syndrome, rule, cases, from, to; fever: temperatures; ratio: counts; …). */
export interface AlertDetails {
  syndrome?: Syndrome;
  rule?: string;
  cases?: number;
  from?: string;
  to?: string;
  temperatureC?: number;
  firstC?: number;
  lastC?: number;
  who?: string;
  minutes?: number;
  goal?: number;
  present?: number;
  carers?: number;
  needed?: number;
}

export interface ClassDay {
  class: { id: string; name: string; band: ClassBand; capacity: number; facilityId: string; facilityName: string };
  date: string;
  today: boolean;
  openingDay: boolean;
  opens: string | null;
  closes: string | null;
  children: RosterChild[];
  carers: Carer[];
  ratio: RatioStatus;
  alerts: AlertView[];
  /** Whether the caller has a staff profile (can clock in) and their open shift. */
  me: { staffId: string | null; shiftId: string | null; shiftClassId: string | null };
}

const iso = (d: Date | null | undefined): string | null => (d ? d.toISOString() : null);

/** The alert rows (with class and child names) for a facility or class. */
export function selectAlerts(k: Kx) {
  return k
    .selectFrom('care_alerts as a')
    .innerJoin('classes as k', 'k.id', 'a.class_id')
    .leftJoin('children as ch', 'ch.id', 'a.child_id')
    .select([
      'a.id',
      'a.kind',
      'a.status',
      'a.class_id',
      'k.name as class_name',
      'a.child_id',
      sql<string | null>`ch.family_name || ch.given_name`.as('child_name'),
      'a.day',
      'a.opened_at',
      'a.due_at',
      'a.closed_at',
      'a.resolution',
      'a.details',
      'a.policy_id',
    ]);
}

type AlertRow = Awaited<ReturnType<ReturnType<typeof selectAlerts>['execute']>>[number];
export const alertView = (r: AlertRow): AlertView => ({
  id: r.id,
  kind: r.kind as AlertKind,
  status: r.status as AlertView['status'],
  classId: r.class_id,
  className: r.class_name,
  childId: r.child_id,
  childName: r.child_name,
  day: r.day,
  openedAt: r.opened_at.toISOString(),
  dueAt: iso(r.due_at),
  closedAt: iso(r.closed_at),
  resolution: r.resolution,
  details: r.details as AlertDetails,
  policyId: r.policy_id,
});

export interface DashboardClass {
  id: string;
  name: string;
  band: ClassBand;
  capacity: number;
  expected: number;
  present: number;
  checkedOut: number;
  absentReported: number;
  notArrived: number;
  morningChecksDone: number;
  ratio: RatioStatus;
}

export interface Dashboard {
  facility: { id: string; name: string; opens: string | null; closes: string | null };
  date: string;
  now: string;
  classes: DashboardClass[];
  totals: { expected: number; present: number; checkedOut: number; absentReported: number; notArrived: number; morningChecksDone: number; carers: number };
  alerts: AlertView[];
  notCollected: { childId: string; name: string; classId: string; className: string; checkInAt: string }[];
  closingSoon: boolean;
}

export interface AttendanceDay {
  day: string;
  checkInAt: string | null;
  checkOutAt: string | null;
  droppedBy: string | null;
  collectedBy: string | null;
  sentHome: boolean;
  absence: 'sick' | 'leave' | null;
}

/** Today's local date, time and weekday. */
async function localNow(k: Kx): Promise<{ now: Date; today: string; minutes: number; weekday: number }> {
  const r = await sql<{ now: Date; today: string; minutes: number; weekday: number }>`
    SELECT now() AS now, current_date::text AS today, (extract(hour FROM localtime) * 60 + extract(minute FROM localtime))::int AS minutes, extract(isodow FROM current_date)::int AS weekday`.execute(k);
  return r.rows[0]!;
}

export class CareDayRepo {
  readonly #db: Db;
  readonly #access: Access;
  constructor(db: Db, access: Access) {
    this.#db = db;
    this.#access = access;
  }

  /**
   * A class's day (today by default).
   * @param classId - the class
   * @param date - the local date
   */
  async classDay(classId: string, date?: string): Promise<ClassDay> {
    const scope = this.#access.where('class_roster', 'read', { class: col('k.id'), facility: col('k.facility_id') });
    if (!isUuid(classId)) throw new AppError('not_found', `class ${classId} not found`, { field: 'id' });
    return this.#db.tx(async (trx) => {
      const now = await localNow(trx);
      const day = date ?? now.today;
      const cls = await trx
        .selectFrom('classes as k')
        .innerJoin('facilities as f', 'f.id', 'k.facility_id')
        .select(['k.id', 'k.name', 'k.band', 'k.capacity', 'k.facility_id', 'f.name as facility_name', 'f.opening_hours', 'f.tier'])
        .where('k.id', '=', classId)
        .where(scope)
        .executeTakeFirst();
      if (!cls) throw new AppError('not_found', `class ${classId} not found`, { field: 'id' });
      const hours = cls.opening_hours as { days?: number[]; open?: string; close?: string } | null;
      const weekday = (await sql<{ d: number }>`SELECT extract(isodow FROM ${day}::date)::int AS d`.execute(trx)).rows[0]!.d;
      const rows = await sql<{
        id: string; family_name: string; given_name: string; birth_date: string; mode: string; kind: string;
        check_in_at: Date | null; check_out_at: Date | null; dropped: string | null; collected: string | null; sent_home: boolean | null;
        absence_id: string | null; absence_reason: 'sick' | 'leave' | null; absence_symptoms: string[] | null;
        morning: { card: string; temperatureC?: number } | null; noon: boolean; last_t: number | null; recheck_due: Date | null; medicine: boolean; entries: number;
      }>`
        SELECT ch.id, ch.family_name, ch.given_name, ch.birth_date, r.mode, r.kind,
               a.check_in_at, a.check_out_at, pd.display_name AS dropped, pc.display_name AS collected, a.sent_home,
               ab.id AS absence_id, ab.reason AS absence_reason, ab.symptoms AS absence_symptoms,
               (SELECT e.payload FROM daily_entries_current e WHERE e.child_id = ch.id AND e.day = ${day}::date AND e.kind = 'morning_check' AND NOT e.retracted ORDER BY e.at DESC LIMIT 1) AS morning,
               EXISTS (SELECT 1 FROM daily_entries_current e WHERE e.child_id = ch.id AND e.day = ${day}::date AND e.kind = 'noon_check' AND NOT e.retracted) AS noon,
               (SELECT (e.payload->>'temperatureC')::float8 FROM daily_entries_current e WHERE e.child_id = ch.id AND e.day = ${day}::date AND e.payload ? 'temperatureC' AND NOT e.retracted ORDER BY e.at DESC LIMIT 1) AS last_t,
               (SELECT x.due_at FROM care_alerts x WHERE x.dedupe_key = 'fever_recheck:' || ch.id || ':' || ${day}::text AND x.status = 'open') AS recheck_due,
               EXISTS (SELECT 1 FROM daily_entries_current e WHERE e.child_id = ch.id AND e.day = ${day}::date AND e.kind IN ('morning_check', 'noon_check') AND e.payload->>'card' = 'red' AND NOT e.retracted) AS medicine,
               (SELECT count(*) FROM daily_entries_current e WHERE e.child_id = ch.id AND e.day = ${day}::date AND NOT e.retracted)::int AS entries
        FROM care_roster_sources r
        JOIN children ch ON ch.id = r.child_id
        LEFT JOIN attendance a ON a.child_id = ch.id AND a.day = ${day}::date
        LEFT JOIN pickup_persons pd ON pd.id = a.dropped_by
        LEFT JOIN pickup_persons pc ON pc.id = a.collected_by
        LEFT JOIN absence_reports ab ON ab.child_id = ch.id AND ab.cancelled_at IS NULL AND ab.days @> ${day}::date
        WHERE r.class_id = ${classId}::uuid AND r.days @> ${day}::date
        ORDER BY ch.family_name COLLATE "C", ch.given_name COLLATE "C", ch.id`.execute(trx);
      const children: RosterChild[] = rows.rows.map((r) => ({
        id: r.id,
        familyName: r.family_name,
        givenName: r.given_name,
        birthDate: r.birth_date,
        mode: r.mode,
        source: r.kind,
        checkInAt: iso(r.check_in_at),
        checkOutAt: iso(r.check_out_at),
        droppedBy: r.dropped,
        collectedBy: r.collected,
        sentHome: r.sent_home ?? false,
        absence: r.absence_id ? { id: r.absence_id, reason: r.absence_reason!, symptoms: r.absence_symptoms ?? [] } : null,
        morningCheck: r.morning ? { card: r.morning.card, temperatureC: r.morning.temperatureC ?? null } : null,
        noonCheck: r.noon,
        lastTemperatureC: r.last_t,
        recheckDueAt: iso(r.recheck_due),
        medicine: r.medicine,
        entriesToday: r.entries,
      }));
      const me = this.#access.caller.kind === 'user' ? this.#access.caller.userId : null;
      const carers = await sql<{ shift_id: string; staff_id: string; title: string; since: Date; user_id: string | null }>`
        SELECT s.id AS shift_id, s.staff_id, sp.family_name || CASE sp.role WHEN 'director' THEN '园长' WHEN 'health' THEN '保健医' ELSE '老师' END AS title, lower(s.during) AS since, sp.user_id
        FROM staff_shifts s JOIN staff_profiles sp ON sp.id = s.staff_id
        WHERE s.class_id = ${classId}::uuid AND s.during @> now() ORDER BY lower(s.during)`.execute(trx);
      const mine = me
        ? await sql<{ staff_id: string; shift_id: string | null; class_id: string | null }>`
            SELECT sp.id AS staff_id, s.id AS shift_id, s.class_id FROM staff_profiles sp
            LEFT JOIN staff_shifts s ON s.staff_id = sp.id AND s.during @> now()
            WHERE sp.user_id = ${me}::uuid AND sp.facility_id = ${cls.facility_id}::uuid LIMIT 1`.execute(trx)
        : null;
      const settings = await careSettings(trx, cls.facility_id);
      const present = children.filter((c) => c.checkInAt && !c.checkOutAt).length;
      const ratio = ratioStatus(day === now.today ? present : 0, carers.rows.length, childrenPerCarer(settings.policy, cls.band as ClassBand, cls.tier === 'family_point'));
      const alerts = (await selectAlerts(trx).where('a.class_id', '=', classId).where((eb) => eb.or([eb('a.status', '=', 'open'), eb('a.day', '=', day)])).orderBy('a.opened_at', 'desc').limit(100).execute()).map(alertView);
      if (children.length) await audit(trx, this.#access.caller, 'list', 'child', null, { childIds: children.map((c) => c.id), purpose: 'class_day' });
      const m = mine?.rows[0];
      return {
        class: { id: cls.id, name: cls.name, band: cls.band as ClassBand, capacity: cls.capacity, facilityId: cls.facility_id, facilityName: cls.facility_name },
        date: day,
        today: day === now.today,
        openingDay: (hours?.days ?? [1, 2, 3, 4, 5]).includes(weekday),
        opens: hours?.open ?? null,
        closes: hours?.close ?? null,
        children,
        carers: carers.rows.map((c) => ({ shiftId: c.shift_id, staffId: c.staff_id, title: c.title, since: c.since.toISOString(), mine: c.user_id === me })),
        ratio,
        alerts,
        me: { staffId: m?.staff_id ?? null, shiftId: m?.shift_id ?? null, shiftClassId: m?.class_id ?? null },
      };
    });
  }

  /**
   * The classes the caller records for: their own classes today (teachers), every class (directors).
   * @returns classes with today's counts
   */
  async myClasses(): Promise<{ id: string; name: string; band: ClassBand; facilityId: string; facilityName: string; mine: boolean; expected: number; present: number }[]> {
    const scope = this.#access.where('class_roster', 'read', { class: col('k.id'), facility: col('k.facility_id') });
    const me = this.#access.caller.kind === 'user' ? this.#access.caller.userId : null;
    const r = await sql<{ id: string; name: string; band: ClassBand; facility_id: string; facility_name: string; mine: boolean; expected: number; present: number }>`
      SELECT k.id, k.name, k.band, k.facility_id, f.name AS facility_name,
             EXISTS (SELECT 1 FROM user_classes uc WHERE uc.user_id = ${me}::uuid AND uc.class_id = k.id) AS mine,
             (SELECT count(*) FROM care_roster_sources r WHERE r.class_id = k.id AND r.days @> current_date)::int AS expected,
             (SELECT count(*) FROM attendance a WHERE a.class_id = k.id AND a.day = current_date AND a.check_in_at IS NOT NULL AND a.check_out_at IS NULL)::int AS present
      FROM classes k JOIN facilities f ON f.id = k.facility_id
      WHERE k.archived_at IS NULL AND ${scope}
      ORDER BY mine DESC, k.name COLLATE "C" LIMIT 200`.execute(this.#db.k);
    return r.rows.map((x) => ({ id: x.id, name: x.name, band: x.band, facilityId: x.facility_id, facilityName: x.facility_name, mine: x.mine, expected: x.expected, present: x.present }));
  }

  /**
   * The director's view of the facility now: every class's attendance and ratio, open alerts and tasks, check
   * completeness, and who has not been collected near or after closing time.
   * @param facilityId - the facility
   */
  async dashboard(facilityId: string): Promise<Dashboard> {
    const scope = this.#access.where('care_dashboard', 'read', { facility: col('f.id') });
    if (!isUuid(facilityId)) throw new AppError('not_found', `facility ${facilityId} not found`, { field: 'id' });
    return this.#db.tx(async (trx) => {
      const f = await trx.selectFrom('facilities as f').select(['f.id', 'f.name', 'f.opening_hours', 'f.tier']).where('f.id', '=', facilityId).where(scope).executeTakeFirst();
      if (!f) throw new AppError('not_found', `facility ${facilityId} not found`, { field: 'id' });
      const now = await localNow(trx);
      const settings = await careSettings(trx, facilityId);
      const rows = await sql<{ id: string; name: string; band: ClassBand; capacity: number; expected: number; present: number; checked_out: number; absent: number; not_arrived: number; checks: number; carers: number }>`
        WITH roster AS (
          SELECT r.class_id, r.child_id, a.check_in_at, a.check_out_at,
                 EXISTS (SELECT 1 FROM absence_reports ab WHERE ab.child_id = r.child_id AND ab.cancelled_at IS NULL AND ab.days @> current_date) AS absent,
                 EXISTS (SELECT 1 FROM daily_entries_current e WHERE e.child_id = r.child_id AND e.day = current_date AND e.kind = 'morning_check' AND NOT e.retracted) AS checked
          FROM care_roster_sources r LEFT JOIN attendance a ON a.child_id = r.child_id AND a.day = current_date
          WHERE r.facility_id = ${facilityId}::uuid AND r.days @> current_date)
        SELECT k.id, k.name, k.band, k.capacity,
               count(x.child_id)::int AS expected,
               count(*) FILTER (WHERE x.check_in_at IS NOT NULL AND x.check_out_at IS NULL)::int AS present,
               count(*) FILTER (WHERE x.check_out_at IS NOT NULL)::int AS checked_out,
               count(*) FILTER (WHERE x.absent AND x.check_in_at IS NULL)::int AS absent,
               count(*) FILTER (WHERE x.child_id IS NOT NULL AND x.check_in_at IS NULL AND NOT x.absent)::int AS not_arrived,
               count(*) FILTER (WHERE x.checked AND x.check_in_at IS NOT NULL)::int AS checks,
               (SELECT count(DISTINCT s.staff_id) FROM staff_shifts s WHERE s.class_id = k.id AND s.during @> now())::int AS carers
        FROM classes k LEFT JOIN roster x ON x.class_id = k.id
        WHERE k.facility_id = ${facilityId}::uuid AND k.archived_at IS NULL
        GROUP BY k.id ORDER BY k.name COLLATE "C"`.execute(trx);
      const classes: DashboardClass[] = rows.rows.map((r) => ({
        id: r.id,
        name: r.name,
        band: r.band,
        capacity: r.capacity,
        expected: r.expected,
        present: r.present,
        checkedOut: r.checked_out,
        absentReported: r.absent,
        notArrived: r.not_arrived,
        morningChecksDone: r.checks,
        ratio: ratioStatus(r.present, r.carers, childrenPerCarer(settings.policy, r.band, f.tier === 'family_point')),
      }));
      const sum = (g: (c: DashboardClass) => number) => classes.reduce((s, c) => s + g(c), 0);
      const alerts = (await selectAlerts(trx).where('a.facility_id', '=', facilityId).where('a.status', '=', 'open').orderBy('a.opened_at', 'desc').limit(200).execute()).map(alertView);
      const hours = f.opening_hours as { open?: string; close?: string } | null;
      const close = hours?.close ?? null;
      const closeMin = close ? Number(close.slice(0, 2)) * 60 + Number(close.slice(3, 5)) : null;
      const closingSoon = closeMin !== null && now.minutes >= closeMin - 30;
      const waiting = await sql<{ child_id: string; name: string; class_id: string; class_name: string; check_in_at: Date }>`
        SELECT a.child_id, ch.family_name || ch.given_name AS name, a.class_id, k.name AS class_name, a.check_in_at
        FROM attendance a JOIN children ch ON ch.id = a.child_id JOIN classes k ON k.id = a.class_id
        WHERE a.facility_id = ${facilityId}::uuid AND a.day = current_date AND a.check_in_at IS NOT NULL AND a.check_out_at IS NULL
        ORDER BY k.name COLLATE "C", name COLLATE "C"`.execute(trx);
      const childIds = [...new Set([...alerts.map((a) => a.childId).filter((x): x is string => !!x), ...waiting.rows.map((w) => w.child_id)])];
      if (childIds.length) await audit(trx, this.#access.caller, 'list', 'child', null, { childIds, purpose: 'care_dashboard' });
      return {
        facility: { id: f.id, name: f.name, opens: hours?.open ?? null, closes: close },
        date: now.today,
        now: now.now.toISOString(),
        classes,
        totals: {
          expected: sum((c) => c.expected),
          present: sum((c) => c.present),
          checkedOut: sum((c) => c.checkedOut),
          absentReported: sum((c) => c.absentReported),
          notArrived: sum((c) => c.notArrived),
          morningChecksDone: sum((c) => c.morningChecksDone),
          carers: sum((c) => c.ratio.carers),
        },
        alerts,
        notCollected: closingSoon ? waiting.rows.map((w) => ({ childId: w.child_id, name: w.name, classId: w.class_id, className: w.class_name, checkInAt: w.check_in_at.toISOString() })) : [],
        closingSoon,
      };
    });
  }

  /**
   * A child's attendance in a month (YYYY-MM), with absences reported for days without a check-in.
   * @param childId - the child
   * @param month - YYYY-MM
   */
  async attendance(childId: string, month: string): Promise<AttendanceDay[]> {
    const scope = this.#access.where('attendance', 'read', { child: col('a.child_id') });
    if (!isUuid(childId)) throw new AppError('not_found', `child ${childId} not found`, { field: 'id' });
    return this.#db.tx(async (trx) => {
      if (!(await this.#access.allows(trx, 'attendance', 'read', { child: val(childId) }))) throw new AppError('not_found', `child ${childId} not found`, { field: 'id' });
      const from = `${month}-01`;
      const r = await sql<{ day: string; check_in_at: Date | null; check_out_at: Date | null; dropped: string | null; collected: string | null; sent_home: boolean; absence: 'sick' | 'leave' | null }>`
        WITH days AS (SELECT d::date AS day FROM generate_series(${from}::date, (${from}::date + interval '1 month' - interval '1 day'), interval '1 day') d)
        SELECT d.day::text AS day, a.check_in_at, a.check_out_at, pd.display_name AS dropped, pc.display_name AS collected, COALESCE(a.sent_home, false) AS sent_home,
               (SELECT ab.reason FROM absence_reports ab WHERE ab.child_id = ${childId}::uuid AND ab.cancelled_at IS NULL AND ab.days @> d.day LIMIT 1) AS absence
        FROM days d
        LEFT JOIN attendance a ON a.child_id = ${childId}::uuid AND a.day = d.day AND ${scope}
        LEFT JOIN pickup_persons pd ON pd.id = a.dropped_by
        LEFT JOIN pickup_persons pc ON pc.id = a.collected_by
        WHERE a.child_id IS NOT NULL OR EXISTS (SELECT 1 FROM absence_reports ab WHERE ab.child_id = ${childId}::uuid AND ab.cancelled_at IS NULL AND ab.days @> d.day)
        ORDER BY d.day`.execute(trx);
      await audit(trx, this.#access.caller, 'read', 'attendance', null, { childIds: [childId], detail: { month } });
      return r.rows.map((x) => ({ day: x.day, checkInAt: iso(x.check_in_at), checkOutAt: iso(x.check_out_at), droppedBy: x.dropped, collectedBy: x.collected, sentHome: x.sent_home, absence: x.absence }));
    });
  }
}
