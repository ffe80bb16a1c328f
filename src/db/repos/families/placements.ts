/**
 * Placements as a family and a facility see them: the class, mode, period and fee, whether the placement may start
 * (the entry health exam, src/care/admission.ts, read through the view child_entry_exams), ending a placement
 * (the freed place is offered on to the next family), and the entry exam records until the health feature keeps them.
 */
import { sql } from 'kysely';
import { admissionPolicyOn, checkAdmission, type AdmissionCheck } from '../../../care/admission.ts';
import { addDays } from '../../../care/dates.ts';
import { AppError, invalid } from '../../../shared/errors.ts';
import { col, val, type Access } from '../../access/scope.ts';
import type { Db, Kx } from '../../pool.ts';
import { audit } from '../audit.ts';
import { isUuid } from '../ids.ts';
import { notify } from '../notify.ts';
import { dbClock, directorsOf, guardiansOf, money } from './common.ts';
import { offerNext } from './offer-write.ts';

export interface PlacementView {
  id: string;
  childId: string;
  childName: string;
  facilityId: string;
  facilityName: string;
  classId: string;
  className: string;
  band: string;
  mode: 'full_day' | 'half_day';
  from: string;
  /** Last day (null: open-ended). */
  until: string | null;
  monthlyFee: number | null;
  /** `upcoming` before the first day, `current`, or `ended`. */
  state: 'upcoming' | 'current' | 'ended';
  endedReason: string | null;
  admission: { cleared: boolean; reason: AdmissionCheck['reason']; examinedOn: string | null; passed: boolean | null };
}

export interface EntryExamView {
  id: string;
  childId: string;
  examinedOn: string;
  passed: boolean;
  validUntil: string;
  note: string | null;
  recordedAt: string;
}

const selectPlacements = (k: Kx) =>
  k
    .selectFrom('placements as p')
    .innerJoin('children as ch', 'ch.id', 'p.child_id')
    .innerJoin('facilities as f', 'f.id', 'p.facility_id')
    .innerJoin('classes as k', 'k.id', 'p.class_id')
    .select([
      'p.id',
      'p.child_id',
      sql<string>`ch.family_name || ch.given_name`.as('childName'),
      'p.facility_id',
      'f.name as facilityName',
      'p.class_id',
      'k.name as className',
      'k.band',
      'p.mode',
      sql<string>`lower(p.during)::text`.as('from'),
      sql<string | null>`(upper(p.during) - 1)::text`.as('until'),
      sql<number | null>`COALESCE(p.monthly_fee, class_monthly_fee(p.class_id, p.mode, GREATEST(lower(p.during), current_date)))`.as('monthly_fee'),
      'p.ended_reason',
      sql<string>`CASE WHEN lower(p.during) > current_date THEN 'upcoming' WHEN p.during @> current_date THEN 'current' ELSE 'ended' END`.as('state'),
    ]);
type Row = Awaited<ReturnType<ReturnType<typeof selectPlacements>['executeTakeFirstOrThrow']>>;

/** The admission check of placements, from the children's entry exams on record. */
async function withAdmission(k: Kx, rows: Row[], today: string): Promise<PlacementView[]> {
  const childIds = [...new Set(rows.map((r) => r.child_id))];
  const exams = childIds.length ? await k.selectFrom('child_entry_exams').select(['child_id', 'examined_on', 'passed', 'valid_until']).where('child_id', 'in', childIds).execute() : [];
  const policy = admissionPolicyOn(today);
  return rows.map((r) => {
    const mine = exams.filter((e) => e.child_id === r.child_id).map((e) => ({ examinedOn: e.examined_on!, passed: e.passed!, validUntil: e.valid_until }));
    const a = checkAdmission(mine, r.from, r.from > today ? r.from : today, policy);
    return {
      id: r.id,
      childId: r.child_id,
      childName: r.childName,
      facilityId: r.facility_id,
      facilityName: r.facilityName,
      classId: r.class_id,
      className: r.className,
      band: r.band,
      mode: r.mode as PlacementView['mode'],
      from: r.from,
      until: r.until,
      monthlyFee: r.monthly_fee === null ? null : money(r.monthly_fee),
      state: r.state as PlacementView['state'],
      endedReason: r.ended_reason,
      admission: { cleared: a.cleared, reason: a.reason, examinedOn: a.exam?.examinedOn ?? null, passed: a.exam?.passed ?? null },
    };
  });
}

export class PlacementRepo {
  readonly #db: Db;
  readonly #access: Access;
  constructor(db: Db, access: Access) {
    this.#db = db;
    this.#access = access;
  }

  /** One placement (404 out of scope), with its admission check. */
  async get(id: string): Promise<PlacementView> {
    if (!isUuid(id)) throw new AppError('not_found', `placement ${id} not found`, { field: 'id' });
    const scope = this.#access.where('placement', 'read', { child: col('p.child_id'), facility: col('p.facility_id') });
    return this.#db.tx(async (trx) => {
      const r = await selectPlacements(trx).where('p.id', '=', id).where(scope).executeTakeFirst();
      if (!r) throw new AppError('not_found', `placement ${id} not found`, { field: 'id' });
      await audit(trx, this.#access.caller, 'read', 'placement', id, { childIds: [r.child_id] });
      return (await withAdmission(trx, [r], (await dbClock(trx)).today))[0]!;
    });
  }

  /** The placements the caller may see, of a child or a facility (newest first). */
  async list(filter: { childId?: string; facilityId?: string; current?: boolean }): Promise<PlacementView[]> {
    const scope = this.#access.where('placement', 'read', { child: col('p.child_id'), facility: col('p.facility_id') });
    return this.#db.tx(async (trx) => {
      let q = selectPlacements(trx).where(scope);
      const none = '00000000-0000-0000-0000-000000000000';
      if (filter.childId) q = q.where('p.child_id', '=', isUuid(filter.childId) ? filter.childId : none);
      if (filter.facilityId) q = q.where('p.facility_id', '=', isUuid(filter.facilityId) ? filter.facilityId : none);
      if (filter.current) q = q.where(sql<boolean>`upper_inf(p.during) OR upper(p.during) > current_date`);
      const rows = await q.orderBy(sql`lower(p.during)`, 'desc').orderBy('p.id').limit(500).execute();
      if (rows.length) await audit(trx, this.#access.caller, 'list', 'placement', null, { childIds: [...new Set(rows.map((r) => r.child_id))] });
      return withAdmission(trx, rows, (await dbClock(trx)).today);
    });
  }

  /**
   * Ends a placement after `lastDay` (the family's notice or the facility's decision). A placement that has not
   * started yet and ends before its first day is cancelled (removed). The place is offered on from the next day.
   */
  async end(id: string, lastDay: string, reason: 'family_notice' | 'facility' | 'age' | 'other' = 'other'): Promise<PlacementView | { id: string; cancelled: true }> {
    if (!this.#access.reachesRows('placement', 'update')) throw this.#access.refusal('placement', 'update');
    if (!isUuid(id)) throw new AppError('not_found', `placement ${id} not found`, { field: 'id' });
    const out = await this.#db.tx(async (trx) => {
      const p = await trx
        .selectFrom('placements')
        .select(['id', 'child_id', 'facility_id', 'class_id', sql<string>`lower(during)::text`.as('from'), sql<string | null>`(upper(during) - 1)::text`.as('until')])
        .where('id', '=', id)
        .forUpdate()
        .executeTakeFirst();
      if (!p) throw new AppError('not_found', `placement ${id} not found`, { field: 'id' });
      await this.#access.check(trx, 'placement', 'update', { child: val(p.child_id), facility: val(p.facility_id) }, { readAs: 'placement', what: `placement ${id}` });
      const clock = await dbClock(trx);
      if (p.until !== null && p.until < clock.today) throw new AppError('conflict', `the placement ended on ${p.until}`, { field: 'id', code: 'placement_ended', params: { lastDay: p.until } });
      if (lastDay < clock.today && !(p.from > clock.today && lastDay < p.from)) throw invalid('lastDay', `the last day ${lastDay} is in the past`, 'in_past');
      if (p.until !== null && lastDay > p.until) throw invalid('lastDay', `the placement already ends on ${p.until}`, 'too_big', { maximum: p.until });
      const guardians = await guardiansOf(trx, p.child_id);
      const directors = await directorsOf(trx, p.facility_id);
      if (lastDay < p.from) {
        await trx.updateTable('offers').set({ placement_id: null }).where('placement_id', '=', id).execute();
        await trx.deleteFrom('placements').where('id', '=', id).execute();
        await audit(trx, this.#access.caller, 'delete', 'placement', id, { childIds: [p.child_id], detail: { cancelledBeforeStart: true } });
        await notify(trx, [...guardians, ...directors.map((d) => ({ userId: d }))].map((g) => ({ userId: g.userId, template: 'placement_cancelled', params: { placementId: id, childId: p.child_id, startDate: p.from } })));
        await offerNext(trx, p.class_id, p.from);
        return { id, cancelled: true as const };
      }
      await trx.updateTable('placements').set({ during: sql<string>`daterange(lower(during), ${lastDay}::date + 1)`, ended_reason: reason }).where('id', '=', id).execute();
      const params = { placementId: id, childId: p.child_id, lastDay };
      await notify(trx, [
        ...[...guardians, ...directors.map((d) => ({ userId: d }))].map((g) => ({ userId: g.userId, template: 'placement_ending', params })),
        ...guardians.map((g) => ({ userId: g.userId, template: 'placement_ending', params, notBefore: `${addDays(lastDay, -7)} 09:00` })).filter(() => addDays(lastDay, -7) > clock.today),
      ]);
      await audit(trx, this.#access.caller, 'update', 'placement', id, { childIds: [p.child_id], detail: { lastDay, reason } });
      await offerNext(trx, p.class_id, addDays(lastDay, 1));
      return null;
    });
    return out ?? this.get(id);
  }

  /** A child's entry exams, newest first. */
  async entryExams(childId: string): Promise<EntryExamView[]> {
    if (!this.#access.reachesRows('entry_exam', 'read')) throw this.#access.refusal('entry_exam', 'read');
    if (!isUuid(childId)) throw new AppError('not_found', `child ${childId} not found`, { field: 'id' });
    return this.#db.tx(async (trx) => {
      await this.#access.check(trx, 'entry_exam', 'read', { child: val(childId) }, { what: `child ${childId}` });
      const rows = await trx.selectFrom('entry_exams').select(['id', 'child_id', 'examined_on', 'passed', 'note', 'recorded_at', sql<string>`(examined_on + interval '3 months')::date::text`.as('valid_until')]).where('child_id', '=', childId).orderBy('examined_on', 'desc').execute();
      const view = await trx.selectFrom('child_entry_exams').select(['examined_on', 'valid_until']).where('child_id', '=', childId).execute();
      await audit(trx, this.#access.caller, 'read', 'entry_exam', childId, { childIds: [childId] });
      return rows.map((r) => ({ id: r.id, childId: r.child_id, examinedOn: r.examined_on, passed: r.passed, validUntil: view.find((v) => v.examined_on === r.examined_on)?.valid_until ?? r.valid_until, note: r.note, recordedAt: r.recorded_at.toISOString() }));
    });
  }

  /** Records an entry exam (passed or not, on a date up to today). */
  async recordEntryExam(childId: string, input: { examinedOn: string; passed: boolean; note?: string | null }): Promise<EntryExamView> {
    if (!this.#access.reachesRows('entry_exam', 'create')) throw this.#access.refusal('entry_exam', 'create');
    if (!isUuid(childId)) throw new AppError('not_found', `child ${childId} not found`, { field: 'id' });
    return this.#db.tx(async (trx) => {
      await this.#access.check(trx, 'entry_exam', 'create', { child: val(childId) }, { readAs: 'entry_exam', what: `child ${childId}` });
      const clock = await dbClock(trx);
      if (input.examinedOn > clock.today) throw invalid('examinedOn', `the exam date ${input.examinedOn} is in the future`, 'invalid_date');
      const caller = this.#access.caller;
      const r = await trx
        .insertInto('entry_exams')
        .values({ child_id: childId, examined_on: input.examinedOn, passed: input.passed, note: input.note ?? null, recorded_by: caller.kind === 'user' ? caller.userId : null })
        .returning(['id', 'child_id', 'examined_on', 'passed', 'note', 'recorded_at'])
        .executeTakeFirstOrThrow();
      const v = await trx.selectFrom('child_entry_exams').select('valid_until').where('child_id', '=', childId).where('examined_on', '=', input.examinedOn).executeTakeFirst();
      await audit(trx, caller, 'create', 'entry_exam', r.id, { childIds: [childId], detail: { passed: input.passed } });
      return { id: r.id, childId: r.child_id, examinedOn: r.examined_on, passed: r.passed, validUntil: v?.valid_until ?? addDays(input.examinedOn, 90), note: r.note, recordedAt: r.recorded_at.toISOString() };
    });
  }
}
