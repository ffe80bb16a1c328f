/**
 * Offers of a place (入托通知): a director offers a class to an application that names the facility; the family
 * accepts before the deadline — which creates the placement (child, class, mode, start date, fee) under the class's
 * row lock, so the last place goes to one family only (409 `full` for the rest) — or declines, and the place goes
 * on to the next family on the waiting list.
 */
import { sql } from 'kysely';
import { ageInMonths, fitsBand } from '../../../care/age.ts';
import { checkFeeCap, feePolicyOn } from '../../../care/fees.ts';
import { policyOn } from '../../../care/policy.ts';
import type { ServiceMode } from '../../../care/facility.ts';
import { AppError, invalid } from '../../../shared/errors.ts';
import { val, type Access } from '../../access/scope.ts';
import type { Db, Kx } from '../../pool.ts';
import { audit } from '../audit.ts';
import { isUuid } from '../ids.ts';
import { notify } from '../notify.ts';
import { childFacts, dbClock, directorsOf, guardiansOf } from './common.ts';
import { classFacts, classFee, dropOfferReminders, expireDueOffers, freeFrom, insertOffer, offerNext } from './offer-write.ts';
import { listOffers, type OfferView } from './offer-read.ts';

export interface NewOffer {
  classId: string;
  /** First day (default: the application's start date, or today if that has passed). */
  startDate?: string;
  /** Monthly fee (default: the class's fee for the mode on the first day); capped for affordable facilities. */
  monthlyFee?: number;
}

interface OfferRow {
  id: string;
  application_id: string;
  facility_id: string;
  class_id: string;
  mode: string;
  start_date: string;
  monthly_fee: number;
  status: string;
  expired: boolean;
  child_id: string;
}

async function offerRow(k: Kx, id: string, lock: boolean): Promise<OfferRow> {
  let q = k
    .selectFrom('offers as o')
    .innerJoin('applications as a', 'a.id', 'o.application_id')
    .select(['o.id', 'o.application_id', 'o.facility_id', 'o.class_id', 'o.mode', 'o.start_date', 'o.monthly_fee', 'o.status', sql<boolean>`o.expires_at <= now()`.as('expired'), 'a.child_id'])
    .where('o.id', '=', id);
  if (lock) q = q.forUpdate('o');
  const r = await q.executeTakeFirst();
  if (!r) throw new AppError('not_found', `offer ${id} not found`, { field: 'id' });
  return { ...r, monthly_fee: Number(r.monthly_fee) };
}

export class OfferRepo {
  readonly #db: Db;
  readonly #access: Access;
  constructor(db: Db, access: Access) {
    this.#db = db;
    this.#access = access;
  }

  /**
   * A director offers a class to an application naming their facility: the application open and without another
   * open offer, the child within the class's band at the first day, the fee within the cap, a free place then.
   */
  async make(applicationId: string, input: NewOffer): Promise<OfferView> {
    if (!this.#access.reachesRows('offer', 'create')) throw this.#access.refusal('offer', 'create');
    if (!isUuid(applicationId)) throw new AppError('not_found', `application ${applicationId} not found`, { field: 'id' });
    const id = await this.#db.tx(async (trx) => {
      const a = await trx.selectFrom('applications').select(['id', 'child_id', 'mode', 'start_date', 'status']).where('id', '=', applicationId).forUpdate().executeTakeFirst();
      if (!a) throw new AppError('not_found', `application ${applicationId} not found`, { field: 'id' });
      const klass = isUuid(input.classId) ? await classFacts(trx, input.classId) : null;
      // Without a known class, the access decision is about the application itself.
      const facility = klass?.facilityId ?? null;
      if (!facility) {
        if (!(await this.#access.allows(trx, 'application', 'read', { child: val(a.child_id) }))) throw new AppError('not_found', `application ${applicationId} not found`, { field: 'id' });
        if (!this.#access.reachesRows('offer', 'create')) throw this.#access.refusal('offer', 'create');
        throw invalid('classId', `class ${input.classId} not found`, 'unknown_reference', { id: input.classId });
      }
      await this.#access.check(trx, 'offer', 'create', { facility: val(facility) }, { readAs: 'application', what: `application ${applicationId}` });
      const choice = await trx.selectFrom('application_choices').select('status').where('application_id', '=', applicationId).where('facility_id', '=', facility).executeTakeFirst();
      if (!choice) throw invalid('classId', `the application does not name ${klass!.facilityName}`, 'not_a_choice');
      if (a.status !== 'open') throw new AppError('conflict', `the application is ${a.status}`, { field: 'id', code: 'application_closed', params: { status: a.status } });
      const pending = await trx.selectFrom('offers').select('id').where('application_id', '=', applicationId).where('status', '=', 'open').executeTakeFirst();
      if (pending) throw new AppError('conflict', `the application already has an open offer (${pending.id})`, { field: 'id', code: 'offer_pending', params: { offerId: pending.id } });
      if (choice.status !== 'waiting') throw new AppError('conflict', `this choice is ${choice.status}`, { field: 'id', code: 'application_closed', params: { status: choice.status } });
      const clock = await dbClock(trx);
      const start = input.startDate ?? (a.start_date > clock.today ? a.start_date : clock.today);
      if (start < clock.today) throw invalid('startDate', `the start date ${start} is in the past`, 'in_past');
      const child = await childFacts(trx, a.child_id);
      const care = policyOn(start);
      const months = ageInMonths(child.birthDate, start);
      if (!fitsBand(klass!.band, months, care)) {
        const [from, to] = care.classes[klass!.band].ageMonths;
        throw invalid('classId', `${klass!.name} takes children of ${from}–${to} months; the child will be ${months} months old on ${start}`, 'outside_class_band', { band: klass!.band, ageMonths: months, from, to });
      }
      const listed = await classFee(trx, klass!.id, a.mode as 'full_day' | 'half_day', start);
      const fee = input.monthlyFee ?? listed;
      if (fee === null) throw invalid('classId', `${klass!.facilityName} has no monthly fee for ${a.mode} care`, 'mode_not_offered', { mode: a.mode as ServiceMode });
      const over = checkFeeCap('monthlyFee', fee, klass!.ownership, klass!.band, feePolicyOn(start));
      if (over) throw new AppError('invalid', `monthlyFee: ${over.message}`, { issues: [over] });
      if ((await freeFrom(trx, klass!.id, start)) <= 0) throw new AppError('full', `${klass!.name} has no free place from ${start}`, { field: 'classId', code: 'full' });
      const caller = this.#access.caller;
      const o = await insertOffer(trx, { applicationId, childId: a.child_id, klass: klass!, mode: a.mode as 'full_day' | 'half_day', startDate: start, monthlyFee: fee, madeBy: caller.kind === 'user' ? caller.userId : null }, caller);
      return o.id;
    });
    return this.get(id);
  }

  /**
   * The family accepts: under the class's row lock the free places from the first day are counted again from the
   * placements (a later statement than the lock, so a concurrent acceptance's commit is seen); the placement is
   * created, the application placed, its other choices withdrawn. A current placement elsewhere ends the day before
   * (a move), and that place is offered on.
   */
  async accept(id: string): Promise<{ placementId: string; offer: OfferView }> {
    if (!this.#access.reachesRows('offer', 'respond')) throw this.#access.refusal('offer', 'respond');
    if (!isUuid(id)) throw new AppError('not_found', `offer ${id} not found`, { field: 'id' });
    const placementId = await this.#db.tx(async (trx) => {
      const peek = await offerRow(trx, id, false);
      await this.#access.check(trx, 'offer', 'respond', { child: val(peek.child_id) }, { readAs: 'offer', what: `offer ${id}` });
      // The class row lock decides the last place; the offer row is locked after it (always in this order).
      await trx.selectFrom('classes').select('id').where('id', '=', peek.class_id).forUpdate().execute();
      const o = await offerRow(trx, id, true);
      if (o.status !== 'open') throw new AppError('conflict', `the offer is ${o.status}`, { field: 'id', code: 'offer_closed', params: { status: o.status } });
      if (o.expired) throw new AppError('conflict', 'the acceptance deadline has passed', { field: 'id', code: 'offer_expired' });
      if ((await freeFrom(trx, o.class_id, o.start_date)) <= 0) throw new AppError('full', 'the last place of this class has just been taken', { field: 'id', code: 'full' });
      const moved = await trx
        .updateTable('placements')
        .set({ during: sql<string>`daterange(lower(during), ${o.start_date}::date)`, ended_reason: 'moved' })
        .where('child_id', '=', o.child_id)
        .where(sql<boolean>`lower(during) < ${o.start_date}::date AND (upper_inf(during) OR upper(during) > ${o.start_date}::date)`)
        .returning(['id', 'class_id'])
        .execute();
      const p = await trx
        .insertInto('placements')
        .values({ child_id: o.child_id, facility_id: o.facility_id, class_id: o.class_id, mode: o.mode, during: sql<string>`daterange(${o.start_date}::date, NULL)`, monthly_fee: o.monthly_fee, offer_id: o.id })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx.updateTable('offers').set({ status: 'accepted', decided_at: sql<Date>`now()`, placement_id: p.id }).where('id', '=', id).execute();
      await trx.updateTable('applications').set({ status: 'placed', decided_at: sql<Date>`now()` }).where('id', '=', o.application_id).execute();
      await trx.updateTable('application_choices').set({ status: sql<string>`CASE WHEN facility_id = ${o.facility_id}::uuid THEN 'placed' ELSE 'withdrawn' END` }).where('application_id', '=', o.application_id).where('status', 'in', ['waiting', 'offered']).execute();
      await dropOfferReminders(trx, id);
      const guardians = await guardiansOf(trx, o.child_id);
      const params = { offerId: id, placementId: p.id, childId: o.child_id, startDate: o.start_date };
      await notify(trx, [...guardians.map((g) => ({ userId: g.userId, template: 'placement_confirmed', params })), ...(await directorsOf(trx, o.facility_id)).map((d) => ({ userId: d, template: 'offer_accepted', params }))]);
      await audit(trx, this.#access.caller, 'create', 'placement', p.id, { childIds: [o.child_id], detail: { offerId: id, classId: o.class_id, startDate: o.start_date, moved: moved.map((m) => m.id) } });
      for (const m of moved) await offerNext(trx, m.class_id, o.start_date);
      return p.id;
    });
    return { placementId, offer: await this.get(id) };
  }

  /** The family declines: the choice is closed and the place is offered to the next family. */
  async decline(id: string): Promise<OfferView> {
    if (!this.#access.reachesRows('offer', 'respond')) throw this.#access.refusal('offer', 'respond');
    if (!isUuid(id)) throw new AppError('not_found', `offer ${id} not found`, { field: 'id' });
    await this.#db.tx(async (trx) => {
      const o = await offerRow(trx, id, true);
      await this.#access.check(trx, 'offer', 'respond', { child: val(o.child_id) }, { readAs: 'offer', what: `offer ${id}` });
      if (o.status !== 'open') throw new AppError('conflict', `the offer is ${o.status}`, { field: 'id', code: 'offer_closed', params: { status: o.status } });
      await trx.updateTable('offers').set({ status: 'declined', decided_at: sql<Date>`now()` }).where('id', '=', id).execute();
      await trx.updateTable('application_choices').set({ status: 'declined' }).where('application_id', '=', o.application_id).where('facility_id', '=', o.facility_id).execute();
      await dropOfferReminders(trx, id);
      for (const d of await directorsOf(trx, o.facility_id)) await notify(trx, [{ userId: d, template: 'offer_declined', params: { offerId: id } }]);
      await audit(trx, this.#access.caller, 'update', 'offer', id, { childIds: [o.child_id], detail: { declined: true } });
      await offerNext(trx, o.class_id, o.start_date);
    });
    return this.get(id);
  }

  /** The director withdraws an open offer; the family's choice waits again. */
  async withdraw(id: string): Promise<OfferView> {
    if (!this.#access.reachesRows('offer', 'withdraw')) throw this.#access.refusal('offer', 'withdraw');
    if (!isUuid(id)) throw new AppError('not_found', `offer ${id} not found`, { field: 'id' });
    await this.#db.tx(async (trx) => {
      const o = await offerRow(trx, id, true);
      await this.#access.check(trx, 'offer', 'withdraw', { facility: val(o.facility_id) }, { readAs: 'offer', what: `offer ${id}` });
      if (o.status !== 'open') throw new AppError('conflict', `the offer is ${o.status}`, { field: 'id', code: 'offer_closed', params: { status: o.status } });
      await trx.updateTable('offers').set({ status: 'withdrawn', decided_at: sql<Date>`now()` }).where('id', '=', id).execute();
      await trx.updateTable('application_choices').set({ status: 'waiting' }).where('application_id', '=', o.application_id).where('facility_id', '=', o.facility_id).execute();
      await dropOfferReminders(trx, id);
      const guardians = await guardiansOf(trx, o.child_id);
      await notify(trx, guardians.map((g) => ({ userId: g.userId, template: 'offer_withdrawn', params: { offerId: id, childId: o.child_id } })));
      await audit(trx, this.#access.caller, 'update', 'offer', id, { childIds: [o.child_id], detail: { withdrawn: true } });
    });
    return this.get(id);
  }

  /** One offer (404 out of scope). */
  async get(id: string): Promise<OfferView> {
    if (!isUuid(id)) throw new AppError('not_found', `offer ${id} not found`, { field: 'id' });
    return this.#db.tx(async (trx) => {
      const [o] = await listOffers(trx, this.#access, { id });
      if (!o) throw new AppError('not_found', `offer ${id} not found`, { field: 'id' });
      await audit(trx, this.#access.caller, 'read', 'offer', id, { childIds: [o.childId] });
      return o;
    });
  }

  /** Lapses overdue offers and offers their places on (the system's sweeper). */
  async expireDue(): Promise<number> {
    if (this.#access.caller.kind !== 'system') throw new AppError('forbidden', 'only the system sweeps offers');
    return this.#db.tx((trx) => expireDueOffers(trx));
  }
}
