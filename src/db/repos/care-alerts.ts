/**
 * Alerts and tasks of the care rules, as staff work through them (list, close as done or dismissed), and outbreak
 * reports as the district and city health bureaus see them: counts, syndrome, class and deadline — no child names.
 */
import { sql } from 'kysely';
import { AppError } from '../../shared/errors.ts';
import type { Access } from '../access/scope.ts';
import { col, val } from '../access/scope.ts';
import type { Db } from '../pool.ts';
import { audit } from './audit.ts';
import { alertView, selectAlerts, type AlertView } from './care-day.ts';
import { isUuid } from './ids.ts';

export interface OutbreakReport {
  id: string;
  facilityId: string;
  facilityName: string;
  divisionId: string;
  className: string;
  syndrome: string;
  rule: string;
  cases: number;
  from: string;
  to: string;
  openedAt: string;
  dueAt: string | null;
  status: string;
  reportedAt: string | null;
  overdue: boolean;
  synthetic: boolean;
}

export class CareAlertRepo {
  readonly #db: Db;
  readonly #access: Access;
  constructor(db: Db, access: Access) {
    this.#db = db;
    this.#access = access;
  }

  /**
   * A facility's alerts (open ones by default, newest first).
   * @param facilityId - the facility
   * @param status - open, or all of the last 31 days
   */
  async list(facilityId: string, status: 'open' | 'all' = 'open'): Promise<AlertView[]> {
    const scope = this.#access.where('care_alert', 'read', { class: col('a.class_id'), facility: col('a.facility_id') });
    if (!isUuid(facilityId)) throw new AppError('not_found', `facility ${facilityId} not found`, { field: 'id' });
    return this.#db.tx(async (trx) => {
      if (!(await this.#access.allows(trx, 'care_alert', 'read', { facility: val(facilityId) }))) throw new AppError('not_found', `facility ${facilityId} not found`, { field: 'id' });
      let q = selectAlerts(trx).where('a.facility_id', '=', facilityId).where(scope);
      q = status === 'open' ? q.where('a.status', '=', 'open') : q.where(sql<boolean>`a.day >= current_date - 31`);
      const rows = (await q.orderBy('a.opened_at', 'desc').limit(500).execute()).map(alertView);
      const kids = [...new Set(rows.map((r) => r.childId).filter((x): x is string => !!x))];
      if (kids.length) await audit(trx, this.#access.caller, 'list', 'care_alert', null, { childIds: kids });
      return rows;
    });
  }

  /**
   * Closes an alert: done (acted on) or dismissed, with what was done.
   * @param id - the alert
   * @param status - done or dismissed
   * @param resolution - what was done
   */
  async close(id: string, status: 'done' | 'dismissed', resolution: string): Promise<AlertView> {
    if (!this.#access.reachesRows('care_alert', 'update')) throw this.#access.refusal('care_alert', 'update');
    if (!isUuid(id)) throw new AppError('not_found', `alert ${id} not found`, { field: 'id' });
    return this.#db.tx(async (trx) => {
      const a = await trx.selectFrom('care_alerts').select(['class_id', 'facility_id', 'status', 'child_id', 'kind']).where('id', '=', id).forUpdate().executeTakeFirst();
      if (!a) throw new AppError('not_found', `alert ${id} not found`, { field: 'id' });
      await this.#access.check(trx, 'care_alert', 'update', { class: val(a.class_id), facility: val(a.facility_id) }, { what: 'alert' });
      if (a.status !== 'open') throw new AppError('conflict', 'the alert is already closed', { field: 'id', code: 'alert_closed' });
      if (a.kind === 'outbreak' && !(await this.#access.allows(trx, 'outbreak_report', 'update', { facility: val(a.facility_id) }))) throw this.#access.refusal('outbreak_report', 'update');
      const me = this.#access.caller.kind === 'user' ? this.#access.caller.userId : null;
      await trx.updateTable('care_alerts').set({ status, resolution, closed_at: sql<Date>`now()`, closed_by: me }).where('id', '=', id).execute();
      await audit(trx, this.#access.caller, 'update', 'care_alert', id, { childIds: a.child_id ? [a.child_id] : [], detail: { status } });
      return alertView((await selectAlerts(trx).where('a.id', '=', id).executeTakeFirstOrThrow()));
    });
  }

  /**
   * Records that an outbreak was reported to the CDC / district health bureau (closes the alert as done).
   * @param id - the outbreak alert
   * @param note - to whom and how it was reported
   */
  async markReported(id: string, note: string): Promise<OutbreakReport> {
    if (!this.#access.reachesRows('outbreak_report', 'update')) throw this.#access.refusal('outbreak_report', 'update');
    if (!isUuid(id)) throw new AppError('not_found', `outbreak ${id} not found`, { field: 'id' });
    await this.#db.tx(async (trx) => {
      const a = await trx.selectFrom('care_alerts').select(['facility_id', 'status']).where('id', '=', id).where('kind', '=', 'outbreak').forUpdate().executeTakeFirst();
      if (!a) throw new AppError('not_found', `outbreak ${id} not found`, { field: 'id' });
      await this.#access.check(trx, 'outbreak_report', 'update', { facility: val(a.facility_id) }, { what: 'outbreak' });
      if (a.status !== 'open') throw new AppError('conflict', 'the outbreak is already closed', { field: 'id', code: 'alert_closed' });
      const me = this.#access.caller.kind === 'user' ? this.#access.caller.userId : null;
      await trx.updateTable('care_alerts').set({ status: 'done', resolution: note, closed_at: sql<Date>`now()`, closed_by: me }).where('id', '=', id).execute();
      await audit(trx, this.#access.caller, 'update', 'outbreak_report', id, { detail: { reported: true } });
    });
    const r = (await this.outbreaks()).find((o) => o.id === id);
    if (!r) throw new AppError('not_found', `outbreak ${id} not found`, { field: 'id' });
    return r;
  }

  /**
   * Outbreak reports of the caller's scope (a district: its facilities; the city: all; a director: their own),
   * newest first, the last 90 days.
   * @param divisionId - narrow to a county-level division
   */
  async outbreaks(divisionId?: string): Promise<OutbreakReport[]> {
    const scope = this.#access.where('outbreak_report', 'read', { facility: col('a.facility_id'), division: col('f.division_id') });
    const rows = await this.#db.k
      .selectFrom('care_alerts as a')
      .innerJoin('facilities as f', 'f.id', 'a.facility_id')
      .innerJoin('classes as k', 'k.id', 'a.class_id')
      .select([
        'a.id',
        'a.facility_id',
        'f.name as facility_name',
        'f.division_id',
        'k.name as class_name',
        sql<string>`a.details->>'syndrome'`.as('syndrome'),
        sql<string>`a.details->>'rule'`.as('rule'),
        sql<number>`(a.details->>'cases')::int`.as('cases'),
        sql<string>`a.details->>'from'`.as('from'),
        sql<string>`a.details->>'to'`.as('to'),
        'a.opened_at',
        'a.due_at',
        'a.status',
        'a.closed_at',
        sql<boolean>`a.status = 'open' AND a.due_at < now()`.as('overdue'),
        'a.synthetic',
      ])
      .where('a.kind', '=', 'outbreak')
      .where(sql<boolean>`a.day >= current_date - 90`)
      .$if(!!divisionId, (q) => q.where('f.division_id', '=', divisionId!))
      .where(scope)
      .orderBy('a.opened_at', 'desc')
      .limit(500)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      facilityId: r.facility_id,
      facilityName: r.facility_name,
      divisionId: r.division_id,
      className: r.class_name,
      syndrome: r.syndrome,
      rule: r.rule,
      cases: r.cases,
      from: r.from,
      to: r.to,
      openedAt: r.opened_at.toISOString(),
      dueAt: r.due_at ? r.due_at.toISOString() : null,
      status: r.status,
      reportedAt: r.closed_at ? r.closed_at.toISOString() : null,
      overdue: r.overdue,
      synthetic: r.synthetic,
    }));
  }
}
