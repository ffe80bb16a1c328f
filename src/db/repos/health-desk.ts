/**
 * The health desk (保健工作台), scoped to a caller (policy: `health_desk`, `health_record`): for each facility one looks
 * after — a health worker the facilities their institution is signed with today, a director their own — the children
 * placed there today with the child-health visit that needs attention (due, overdue, upcoming; src/care
 * health-schedule.ts), their entry exam, and the open flags with their follow-up tasks. Lists are audited per child
 * with the purpose `health_schedule` / `follow_up`.
 */
import { sql, type SqlBool } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { FlagKind, Severity } from '../../care/health-flags.ts';
import { visitNeedingAttention, visitSchedule, type VisitStatus } from '../../care/health-schedule.ts';
import { AppError } from '../../shared/errors.ts';
import { col, val, type Access } from '../access/scope.ts';
import type { Db, Kx } from '../pool.ts';
import { audit } from './audit.ts';
import { checkRow } from './health-access.ts';
import type { Page } from './children.ts';
import { isUuid } from './ids.ts';

export type DeskStatus = Extract<VisitStatus, 'due' | 'overdue' | 'upcoming'>;

export interface DeskChild {
  id: string;
  familyName: string;
  givenName: string;
  sex: 'M' | 'F';
  birthDate: string;
  facilityId: string;
  facilityName: string;
  className: string;
}

export interface DeskItem {
  child: DeskChild;
  /** The visit that needs attention (null: none due now). */
  visit: { months: number; dueOn: string; status: DeskStatus } | null;
  lastCheckOn: string | null;
  /** The latest entry exam (null: none on file). */
  entryExam: { examinedOn: string; passed: boolean; validUntil: string | null } | null;
  openFlags: number;
}

export interface FlagItem {
  id: string;
  kind: FlagKind;
  severity: Severity;
  value: number;
  dueOn: string;
  overdue: boolean;
  doneAt: string | null;
  outcome: string | null;
  checkId: string;
  examinedOn: string;
  child: { id: string; familyName: string; givenName: string; sex: 'M' | 'F'; birthDate: string };
  /** Where the child is placed today (null: not placed). */
  facility: { id: string; name: string; className: string } | null;
}

const ORDER: Record<DeskStatus, number> = { overdue: 0, due: 1, upcoming: 2 };

export class HealthDeskRepo {
  readonly #db: Db;
  readonly #access: Access;
  constructor(db: Db, access: Access) {
    this.#db = db;
    this.#access = access;
  }

  /**
   * The children placed today in the caller's facilities (or one of them) with the visit needing attention, most
   * urgent first: overdue, due, upcoming (by due date), then the rest by name when `status` is `all`.
   */
  async schedule(filter: { facilityId?: string; status: DeskStatus | 'attention' | 'all' }, page = 1, pageSize = 50): Promise<Page<DeskItem> & { counts: Record<DeskStatus, number> }> {
    const scope = this.#access.where('health_desk', 'read', { facility: col('p.facility_id') });
    return this.#db.tx(async (trx) => {
      await this.#checkFacility(trx, filter.facilityId);
      let q = trx
        .selectFrom('placements as p')
        .innerJoin('children as ch', 'ch.id', 'p.child_id')
        .innerJoin('facilities as f', 'f.id', 'p.facility_id')
        .innerJoin('classes as k', 'k.id', 'p.class_id')
        .select((eb) => [
          'ch.id',
          'ch.family_name',
          'ch.given_name',
          'ch.sex',
          'ch.birth_date',
          'p.facility_id',
          'f.name as facility_name',
          'k.name as class_name',
          sql<string>`current_date::text`.as('today'),
          jsonArrayFrom(eb.selectFrom('health_checks as h').select(['h.id', 'h.examined_on as examinedOn']).whereRef('h.child_id', '=', 'ch.id').orderBy('h.examined_on')).as('checks'),
          jsonArrayFrom(
            eb.selectFrom('health_checks as e').select(['e.examined_on as examinedOn', 'e.passed', 'e.valid_until as validUntil']).whereRef('e.child_id', '=', 'ch.id').where('e.kind', '=', 'entry').orderBy('e.examined_on', 'desc').limit(1),
          ).as('entry'),
          eb.selectFrom('health_flags as fl').select(sql<number>`count(*)::int`.as('n')).whereRef('fl.child_id', '=', 'ch.id').where('fl.done_at', 'is', null).as('open_flags'),
        ])
        .where(sql<SqlBool>`p.during @> current_date`)
        .where(scope);
      if (filter.facilityId) q = q.where(sql<SqlBool>`p.facility_id::text = ${filter.facilityId}`);
      const rows = await q.execute();
      const items = rows.map((r): DeskItem => {
        const visits = visitSchedule(r.birth_date, r.checks, r.today);
        const v = visitNeedingAttention(visits);
        const e = r.entry[0];
        return {
          child: { id: r.id, familyName: r.family_name, givenName: r.given_name, sex: r.sex as 'M' | 'F', birthDate: r.birth_date, facilityId: r.facility_id, facilityName: r.facility_name, className: r.class_name },
          visit: v ? { months: v.months, dueOn: v.dueOn, status: v.status as DeskStatus } : null,
          lastCheckOn: r.checks.length ? r.checks[r.checks.length - 1]!.examinedOn : null,
          entryExam: e ? { examinedOn: e.examinedOn, passed: e.passed === true, validUntil: e.validUntil } : null,
          openFlags: r.open_flags ?? 0,
        };
      });
      const counts: Record<DeskStatus, number> = { overdue: 0, due: 0, upcoming: 0 };
      for (const i of items) if (i.visit) counts[i.visit.status]++;
      const wanted = items.filter((i) => (filter.status === 'all' ? true : filter.status === 'attention' ? i.visit !== null && i.visit.status !== 'upcoming' : i.visit?.status === filter.status));
      wanted.sort(
        (a, b) =>
          (a.visit ? ORDER[a.visit.status] : 9) - (b.visit ? ORDER[b.visit.status] : 9) ||
          (a.visit?.dueOn ?? '').localeCompare(b.visit?.dueOn ?? '') ||
          a.child.facilityName.localeCompare(b.child.facilityName, 'zh-CN') ||
          (a.child.familyName + a.child.givenName).localeCompare(b.child.familyName + b.child.givenName, 'zh-CN') ||
          a.child.id.localeCompare(b.child.id),
      );
      const slice = wanted.slice((page - 1) * pageSize, page * pageSize);
      if (slice.length) await audit(trx, this.#access.caller, 'list', 'health_record', null, { childIds: slice.map((i) => i.child.id), purpose: 'health_schedule' });
      return { items: slice, total: wanted.length, page, pageSize, counts };
    });
  }

  /** Flags with their follow-up tasks (open: not done yet, overdue first), of the children the caller may see. */
  async flags(filter: { facilityId?: string; status: 'open' | 'done' | 'all'; childId?: string }, page = 1, pageSize = 50): Promise<Page<FlagItem>> {
    const scope = this.#access.where('health_record', 'read', { child: col('fl.child_id') });
    return this.#db.tx(async (trx) => {
      await this.#checkFacility(trx, filter.facilityId);
      let q = trx
        .selectFrom('health_flags as fl')
        .innerJoin('health_checks as h', 'h.id', 'fl.check_id')
        .innerJoin('children as ch', 'ch.id', 'fl.child_id')
        .leftJoin('placements as p', (j) => j.onRef('p.child_id', '=', 'fl.child_id').on(sql<SqlBool>`p.during @> current_date`))
        .leftJoin('facilities as f', 'f.id', 'p.facility_id')
        .leftJoin('classes as k', 'k.id', 'p.class_id')
        .select([
          'fl.id',
          'fl.kind',
          'fl.severity',
          'fl.value',
          'fl.due_on',
          'fl.outcome',
          'fl.check_id',
          'h.examined_on',
          sql<boolean>`fl.done_at IS NULL AND fl.due_on < current_date`.as('overdue'),
          sql<string | null>`to_char(fl.done_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`.as('done_iso'),
          'ch.id as child_id',
          'ch.family_name',
          'ch.given_name',
          'ch.sex',
          'ch.birth_date',
          'p.facility_id',
          'f.name as facility_name',
          'k.name as class_name',
          sql<number>`count(*) OVER ()::int`.as('total'),
        ])
        .where(scope);
      if (filter.facilityId) q = q.where(sql<SqlBool>`p.facility_id::text = ${filter.facilityId}`);
      if (filter.childId) q = q.where(sql<SqlBool>`fl.child_id::text = ${filter.childId}`);
      if (filter.status === 'open') q = q.where('fl.done_at', 'is', null);
      if (filter.status === 'done') q = q.where('fl.done_at', 'is not', null);
      const rows = await q
        .orderBy(sql`fl.done_at IS NULL`, 'desc')
        .orderBy('fl.due_on')
        .orderBy('fl.id')
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute();
      if (rows.length) await audit(trx, this.#access.caller, 'list', 'health_flag', null, { childIds: [...new Set(rows.map((r) => r.child_id))], purpose: 'follow_up' });
      return {
        items: rows.map((r) => ({
          id: r.id,
          kind: r.kind as FlagKind,
          severity: r.severity as Severity,
          value: r.value,
          dueOn: r.due_on,
          overdue: r.overdue,
          doneAt: r.done_iso,
          outcome: r.outcome,
          checkId: r.check_id,
          examinedOn: r.examined_on,
          child: { id: r.child_id, familyName: r.family_name, givenName: r.given_name, sex: r.sex as 'M' | 'F', birthDate: r.birth_date },
          facility: r.facility_id ? { id: r.facility_id, name: r.facility_name ?? '', className: r.class_name ?? '' } : null,
        })),
        total: rows[0]?.total ?? 0,
        page,
        pageSize,
      };
    });
  }

  /** A facility asked for by id must be one of the caller's (404 otherwise: the desk is private). */
  async #checkFacility(trx: Kx, facilityId: string | undefined): Promise<void> {
    if (facilityId === undefined) return;
    if (!isUuid(facilityId)) throw new AppError('not_found', `facility ${facilityId} not found`, { field: 'facilityId' });
    await checkRow(this.#access, trx, 'health_desk', 'read', { facility: val(facilityId) }, { what: `facility ${facilityId}` });
  }
}
