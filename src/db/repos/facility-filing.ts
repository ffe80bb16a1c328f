/**
 * The filing (备案) workflow of a facility, scoped by the policy row `facility_filing`: the institution (its director)
 * or the bureau submits; the health bureau files it with a number, returns it or revokes it (src/care/filing.ts says
 * which step is possible when). Every step is one transaction: the facility row (locked), the history row the
 * database writes with the acting user (migration 0700), the audit entry and a notice to the facility's directors.
 */
import { applyFilingStep, filingActionsFrom, filingStepKind, type FilingAction, type FilingStep } from '../../care/filing.ts';
import type { FilingStatus } from '../../care/facility.ts';
import { sql } from 'kysely';
import { AppError } from '../../shared/errors.ts';
import { val, type Access } from '../access/scope.ts';
import type { Db, Kx } from '../pool.ts';
import { actAs } from './actor.ts';
import { audit } from './audit.ts';
import type { Page } from './children.ts';
import { isUuid } from './ids.ts';
import { notify } from './notify.ts';

export interface FilingState {
  facilityId: string;
  status: FilingStatus;
  filingNumber: string | null;
  /** The facility record's version after the step (for the next optimistic edit). */
  version: number;
  /** The steps the caller may take now. */
  actions: FilingAction[];
}

export interface FilingEntry {
  id: number;
  at: string;
  fromStatus: FilingStatus | null;
  toStatus: FilingStatus;
  filingNumber: string | null;
  /** How the change was made: the workflow, an edit of the registration, an import, the registration itself. */
  via: 'create' | 'workflow' | 'edit' | 'import' | 'migration';
  action: FilingAction | null;
  note: string | null;
  actor: { name: string | null; role: string };
}

/** The filing workflow as one caller may use it. */
export class FilingRepo {
  readonly #db: Db;
  readonly #access: Access;

  constructor(db: Db, access: Access) {
    this.#db = db;
    this.#access = access;
  }

  async #facility(k: Kx, id: string, lock: boolean) {
    if (!isUuid(id)) throw new AppError('not_found', `facility ${id} not found`, { field: 'id' });
    let q = k.selectFrom('facilities').select(['id', 'name', 'filing_status', 'filing_number', 'version', 'archived_at']).where('id', '=', id);
    if (lock) q = q.forUpdate();
    const f = await q.executeTakeFirst();
    if (!f) throw new AppError('not_found', `facility ${id} not found`, { field: 'id' });
    return f;
  }

  /** The steps the caller may take from a status at a facility. */
  async #allowed(k: Kx, facilityId: string, status: FilingStatus): Promise<FilingAction[]> {
    const out: FilingAction[] = [];
    const may = { submit: await this.#access.allows(k, 'facility_filing', 'submit', { facility: val(facilityId) }), decide: await this.#access.allows(k, 'facility_filing', 'decide', { facility: val(facilityId) }) };
    for (const a of filingActionsFrom(status)) if (may[filingStepKind(a)]) out.push(a);
    return out;
  }

  /** The facility's filing status and the steps the caller may take (403 for callers outside its scope). */
  async state(facilityId: string): Promise<FilingState> {
    const k = this.#db.k;
    const f = await this.#facility(k, facilityId, false);
    await this.#access.check(k, 'facility_filing', 'read', { facility: val(f.id) });
    const status = f.filing_status as FilingStatus;
    return { facilityId: f.id, status, filingNumber: f.filing_number, version: f.version, actions: f.archived_at ? [] : await this.#allowed(k, f.id, status) };
  }

  /**
   * Takes a step of the workflow.
   * @param facilityId - the facility
   * @param step - submit, approve (with the filing number), return or revoke (with the reason)
   * @param version - the facility version the caller saw (optional; a stale one is 409)
   */
  async step(facilityId: string, step: FilingStep, version?: number): Promise<FilingState> {
    return this.#db.tx(async (trx) => {
      const f = await this.#facility(trx, facilityId, true);
      await this.#access.check(trx, 'facility_filing', filingStepKind(step.action), { facility: val(f.id) }, { what: `facility ${facilityId}` });
      if (f.archived_at) throw new AppError('conflict', 'this facility is archived', { field: 'id', code: 'archived' });
      if (version !== undefined && version !== f.version) {
        throw new AppError('conflict', `the facility was changed by someone else (version ${f.version}, yours ${version}); reload and try again`, { field: 'version', code: 'stale_version', params: { current: f.version, yours: version } });
      }
      const next = applyFilingStep(f.filing_status as FilingStatus, f.filing_number, step);
      await actAs(trx, this.#access.caller, 'workflow', { action: step.action, note: step.note?.trim() || null });
      const r = await trx
        .updateTable('facilities')
        .set({ filing_status: next.status, filing_number: next.filingNumber, version: sql<number>`version + 1`, updated_at: sql<Date>`now()` })
        .where('id', '=', f.id)
        .returning('version')
        .executeTakeFirstOrThrow();
      await audit(trx, this.#access.caller, 'update', 'facility', f.id, { detail: { filing: step.action, from: f.filing_status, to: next.status } });
      if (step.action !== 'submit') {
        const directors = await trx.selectFrom('users').select('id').where('facility_id', '=', f.id).where('role', '=', 'director').where('disabled', '=', false).execute();
        await notify(
          trx,
          directors.map((d) => ({ userId: d.id, template: `filing_${step.action}`, params: { facility: f.name, filingNumber: next.filingNumber, note: step.note?.trim() || null } })),
        );
      }
      return { facilityId: f.id, status: next.status, filingNumber: next.filingNumber, version: r.version, actions: await this.#allowed(trx, f.id, next.status) };
    });
  }

  /** The facility's filing history, newest first (who did what, when and why). */
  async history(facilityId: string, page = 1, pageSize = 50): Promise<Page<FilingEntry>> {
    const k = this.#db.k;
    const f = await this.#facility(k, facilityId, false);
    await this.#access.check(k, 'facility_filing', 'read', { facility: val(f.id) });
    const rows = await k
      .selectFrom('facility_filings as h')
      .leftJoin('users as u', 'u.id', 'h.actor_id')
      .select(['h.id', 'h.at', 'h.from_status', 'h.to_status', 'h.filing_number', 'h.via', 'h.action', 'h.note', 'u.display_name', 'h.actor_role', sql<number>`count(*) OVER ()::int`.as('total')])
      .where('h.facility_id', '=', f.id)
      .orderBy('h.at', 'desc')
      .orderBy('h.id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute();
    let total = rows[0]?.total ?? 0;
    if (rows.length === 0 && page > 1) total = (await k.selectFrom('facility_filings').select(sql<number>`count(*)::int`.as('n')).where('facility_id', '=', f.id).executeTakeFirst())?.n ?? 0;
    return {
      items: rows.map((r) => ({
        id: r.id,
        at: r.at.toISOString(),
        fromStatus: r.from_status as FilingStatus | null,
        toStatus: r.to_status as FilingStatus,
        filingNumber: r.filing_number,
        via: r.via as FilingEntry['via'],
        action: r.action as FilingAction | null,
        note: r.note,
        actor: { name: r.display_name, role: r.actor_role },
      })),
      total,
      page,
      pageSize,
    };
  }
}
