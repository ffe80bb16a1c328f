/**
 * Visiting-doctor logs (巡诊记录), scoped to a caller (policy: `visit_log`): a health worker logs a visit to a facility
 * their institution was signed with on that day; the facility's director, the institution and the bureaus read them.
 */
import { sql, type SqlBool } from 'kysely';
import { AppError, invalid } from '../../shared/errors.ts';
import { col, val, type Access } from '../access/scope.ts';
import type { Db } from '../pool.ts';
import { audit } from './audit.ts';
import { checkRow } from './health-access.ts';
import type { Page } from './children.ts';
import { isUuid } from './ids.ts';

export const VISIT_ACTIVITIES = ['health_check', 'growth_assessment', 'development_guidance', 'tcm_massage', 'parent_class', 'hygiene_inspection', 'staff_training', 'consultation'] as const;
export type VisitActivity = (typeof VISIT_ACTIVITIES)[number];

export interface VisitInput {
  facilityId: string;
  visitedOn: string;
  minutes?: number | null;
  activities: VisitActivity[];
  childrenSeen: number;
  notes?: string | null;
}

export interface VisitView {
  id: string;
  facility: { id: string; name: string };
  institution: { id: string; name: string };
  doctorName: string;
  visitedOn: string;
  minutes: number | null;
  activities: VisitActivity[];
  childrenSeen: number;
  notes: string | null;
}

export class VisitRepo {
  readonly #db: Db;
  readonly #access: Access;
  constructor(db: Db, access: Access) {
    this.#db = db;
    this.#access = access;
  }

  /** Logs a visit of the caller (a health worker) to a facility their institution was signed with that day. */
  async create(input: VisitInput): Promise<VisitView> {
    const caller = this.#access.caller;
    if (!isUuid(input.facilityId)) throw new AppError('not_found', `facility ${input.facilityId} not found`, { field: 'facilityId' });
    return this.#db.tx(async (trx) => {
      await checkRow(this.#access, trx, 'visit_log', 'create', { facility: val(input.facilityId) }, { what: `facility ${input.facilityId}` });
      if (caller.kind !== 'user' || !caller.medicalInstitutionId) throw new AppError('forbidden', 'only a health worker of a medical institution logs visits');
      const today = await trx.selectNoFrom(sql<string>`current_date::text`.as('d')).executeTakeFirstOrThrow();
      if (input.visitedOn > today.d) throw invalid('visitedOn', 'the visit is dated in the future', 'in_future');
      const signed = await trx
        .selectFrom('medical_agreements')
        .select('id')
        .where('facility_id', '=', input.facilityId)
        .where('institution_id', '=', caller.medicalInstitutionId)
        .where(sql<SqlBool>`valid @> ${input.visitedOn}::date`)
        .executeTakeFirst();
      if (!signed) throw new AppError('conflict', `your institution had no agreement with this facility on ${input.visitedOn}`, { field: 'visitedOn', code: 'no_agreement_on_date', params: { date: input.visitedOn } });
      const me = await trx.selectFrom('users').select('display_name').where('id', '=', caller.userId).executeTakeFirstOrThrow();
      const row = await trx
        .insertInto('visiting_doctor_visits')
        .values({
          facility_id: input.facilityId,
          institution_id: caller.medicalInstitutionId,
          doctor_id: caller.userId,
          doctor_name: me.display_name.slice(0, 100),
          visited_on: input.visitedOn,
          minutes: input.minutes ?? null,
          activities: [...new Set(input.activities)],
          children_seen: input.childrenSeen,
          notes: input.notes?.trim() || null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await audit(trx, caller, 'create', 'visit_log', row.id, { detail: { facilityId: input.facilityId } });
      return (await this.#select(trx).where('v.id', '=', row.id).executeTakeFirstOrThrow()) as VisitView;
    });
  }

  /** A page of visits the caller may see, newest first (optionally of one facility: 404 when not one's own). */
  async list(filter: { facilityId?: string; from?: string; to?: string }, page = 1, pageSize = 50): Promise<Page<VisitView>> {
    const scope = this.#access.where('visit_log', 'read', { facility: col('v.facility_id'), institution: col('v.institution_id') });
    return this.#db.tx(async (trx) => {
      if (filter.facilityId !== undefined) {
        if (!isUuid(filter.facilityId)) throw new AppError('not_found', `facility ${filter.facilityId} not found`, { field: 'facilityId' });
        await checkRow(this.#access, trx, 'visit_log', 'read', { facility: val(filter.facilityId) }, { what: `facility ${filter.facilityId}` });
      }
      let q = this.#select(trx).select(sql<number>`count(*) OVER ()::int`.as('total')).where(scope);
      if (filter.facilityId) q = q.where('v.facility_id', '=', filter.facilityId);
      if (filter.from) q = q.where('v.visited_on', '>=', filter.from);
      if (filter.to) q = q.where('v.visited_on', '<=', filter.to);
      const rows = await q.orderBy('v.visited_on', 'desc').orderBy('v.created_at', 'desc').limit(pageSize).offset((page - 1) * pageSize).execute();
      return { items: rows.map(({ total: _t, ...r }) => r as VisitView), total: rows[0]?.total ?? 0, page, pageSize };
    });
  }

  #select(k: Db['k']) {
    return k
      .selectFrom('visiting_doctor_visits as v')
      .innerJoin('facilities as f', 'f.id', 'v.facility_id')
      .innerJoin('medical_institutions as m', 'm.id', 'v.institution_id')
      .select([
        'v.id',
        sql<{ id: string; name: string }>`json_build_object('id', f.id, 'name', f.name)`.as('facility'),
        sql<{ id: string; name: string }>`json_build_object('id', m.id, 'name', m.name)`.as('institution'),
        'v.doctor_name as doctorName',
        'v.visited_on as visitedOn',
        'v.minutes',
        sql<VisitActivity[]>`v.activities`.as('activities'),
        'v.children_seen as childrenSeen',
        'v.notes',
      ]);
  }
}
