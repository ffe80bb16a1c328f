/**
 * The offer writes every path shares: a class's fee and free places from a date (computed from placements, never a
 * counter), making an offer (by a director or automatically to the next family on the waiting list), and what
 * happens when a place frees up (an offer declined or expired, a placement ending).
 */
import { sql } from 'kysely';
import { admissionPolicyOn } from '../../../care/admission.ts';
import { ageInMonths, fitsBand } from '../../../care/age.ts';
import { policyOn, type ClassBand } from '../../../care/policy.ts';
import type { Ownership, Tier } from '../../../care/facility.ts';
import type { Kx } from '../../pool.ts';
import { audit } from '../audit.ts';
import { systemCaller, type Caller } from '../caller.ts';
import { notify } from '../notify.ts';
import { dbClock, guardiansOf, money } from './common.ts';
import { waitlistAt } from './waitlist.ts';

export interface ClassFacts {
  id: string;
  facilityId: string;
  facilityName: string;
  name: string;
  band: ClassBand;
  capacity: number;
  tier: Tier;
  ownership: Ownership;
}

/** A live class with its facility's tier and ownership (null when unknown or archived). */
export async function classFacts(k: Kx, classId: string): Promise<ClassFacts | null> {
  const r = await k
    .selectFrom('classes as c')
    .innerJoin('facilities as f', 'f.id', 'c.facility_id')
    .select(['c.id', 'c.facility_id as facilityId', 'f.name as facilityName', 'c.name', 'c.band', 'c.capacity', 'f.tier', 'f.ownership'])
    .where('c.id', '=', classId)
    .where('c.archived_at', 'is', null)
    .where('f.archived_at', 'is', null)
    .executeTakeFirst();
  return r ? { ...r, band: r.band as ClassBand, tier: r.tier as Tier, ownership: r.ownership as Ownership } : null;
}

/**
 * The monthly fee of a class for a mode on a date: the class's own fee in force then, else the facility's listed
 * monthly price for the mode (null: the facility does not offer the mode).
 */
export async function classFee(k: Kx, classId: string, mode: 'full_day' | 'half_day', date: string): Promise<number | null> {
  const r = await sql<{ fee: number | null }>`SELECT class_monthly_fee(${classId}::uuid, ${mode}, ${date}::date) AS fee`.execute(k);
  const fee = r.rows[0]?.fee;
  return fee === null || fee === undefined ? null : money(fee);
}

/** Free places of a class from a date on (capacity − the most children placed on any day from then). */
export async function freeFrom(k: Kx, classId: string, date: string): Promise<number> {
  const r = await sql<{ free: number }>`SELECT c.capacity - class_occupancy_from(c.id, ${date}::date) AS free FROM classes c WHERE c.id = ${classId}`.execute(k);
  return r.rows[0]?.free ?? 0;
}

export interface OfferInput {
  applicationId: string;
  childId: string;
  klass: ClassFacts;
  mode: 'full_day' | 'half_day';
  startDate: string;
  monthlyFee: number;
  /** The director who made it (null: offered on automatically). */
  madeBy: string | null;
}

/**
 * Inserts an open offer (the deadline from the admission policy), marks the choice offered and tells the family —
 * at once, and again before the deadline.
 */
export async function insertOffer(k: Kx, o: OfferInput, caller: Caller): Promise<{ id: string; expiresAt: string }> {
  const clock = await dbClock(k);
  const policy = admissionPolicyOn(clock.today);
  const r = await k
    .insertInto('offers')
    .values({
      application_id: o.applicationId,
      facility_id: o.klass.facilityId,
      class_id: o.klass.id,
      mode: o.mode,
      start_date: o.startDate,
      monthly_fee: o.monthlyFee,
      expires_at: sql<Date>`now() + make_interval(days => ${policy.offerOpenDays})`,
      made_by: o.madeBy,
      policy_id: policy.id,
    })
    .returning(['id', 'expires_at', sql<Date>`expires_at - make_interval(hours => ${policy.offerReminderHours})`.as('remindAt')])
    .executeTakeFirstOrThrow();
  await k.updateTable('application_choices').set({ status: 'offered' }).where('application_id', '=', o.applicationId).where('facility_id', '=', o.klass.facilityId).execute();
  const guardians = await guardiansOf(k, o.childId);
  const params = { offerId: r.id, childId: o.childId, facility: o.klass.facilityName, className: o.klass.name, startDate: o.startDate, monthlyFee: o.monthlyFee, expiresAt: r.expires_at.toISOString() };
  const channels = (phone: string | null) => (phone ? (['in_app', 'sms'] as const) : (['in_app'] as const));
  await notify(k, [
    ...guardians.map((g) => ({ userId: g.userId, phone: g.phone, template: 'offer_made', params, channels: channels(g.phone) })),
    ...guardians.map((g) => ({ userId: g.userId, phone: g.phone, template: 'offer_expiring', params, channels: channels(g.phone), notBefore: r.remindAt })),
  ]);
  await audit(k, caller, 'create', 'offer', r.id, { childIds: [o.childId], detail: { classId: o.klass.id, startDate: o.startDate, automatic: o.madeBy === null } });
  return { id: r.id, expiresAt: r.expires_at.toISOString() };
}

/** Withdraws the deadline reminder of an offer that was decided. */
export async function dropOfferReminders(k: Kx, offerId: string): Promise<void> {
  await k.deleteFrom('notifications_outbox').where('template', '=', 'offer_expiring').where('sent_at', 'is', null).where(sql<boolean>`params->>'offerId' = ${offerId}`).execute();
}

/**
 * A place in a class freed up (an offer declined or lapsed, a placement ending): offers it to the first family on
 * the facility's waiting list whose child the class takes at its start date and who has no open offer — the
 * waiting list's order, by the priority policy. Returns the new offer's id, or null when nobody fits.
 * @param from - the first day the place is free
 */
export async function offerNext(k: Kx, classId: string, from: string): Promise<string | null> {
  const klass = await classFacts(k, classId);
  if (!klass) return null;
  const clock = await dbClock(k);
  const care = policyOn(clock.today);
  const list = await waitlistAt(k, klass.facilityId, clock.today);
  const candidates = list
    .filter((x) => x.row.choiceStatus === 'waiting')
    .sort((a, b) => a.placing.position - b.placing.position || (a.row.appliedOn < b.row.appliedOn ? -1 : 1));
  for (const { row } of candidates) {
    const start = [row.startDate, from, clock.today].sort().at(-1)!;
    if (!fitsBand(klass.band, ageInMonths(row.birthDate, start), care)) continue;
    const pending = await k.selectFrom('offers').select('id').where('application_id', '=', row.applicationId).where('status', '=', 'open').executeTakeFirst();
    if (pending) continue;
    const fee = await classFee(k, classId, row.mode, start);
    if (fee === null) continue;
    if ((await freeFrom(k, classId, start)) <= 0) return null;
    const o = await insertOffer(k, { applicationId: row.applicationId, childId: row.childId, klass, mode: row.mode, startDate: start, monthlyFee: fee, madeBy: null }, systemCaller('waiting-list'));
    return o.id;
  }
  return null;
}

/**
 * Lapses every open offer past its deadline (the family's choice of that facility is declined) and offers each
 * place on to the next family. Idempotent; run by the server's sweeper and before decisions that read offers.
 */
export async function expireDueOffers(k: Kx): Promise<number> {
  const due = await k
    .updateTable('offers')
    .set({ status: 'expired', decided_at: sql<Date>`now()` })
    .where('status', '=', 'open')
    .where('expires_at', '<=', sql<Date>`now()`)
    .returning(['id', 'application_id', 'facility_id', 'class_id', 'start_date'])
    .execute();
  for (const o of due) {
    await k.updateTable('application_choices').set({ status: 'declined' }).where('application_id', '=', o.application_id).where('facility_id', '=', o.facility_id).execute();
    const a = await k.selectFrom('applications').select('child_id').where('id', '=', o.application_id).executeTakeFirstOrThrow();
    const guardians = await guardiansOf(k, a.child_id);
    await notify(k, guardians.map((g) => ({ userId: g.userId, template: 'offer_expired', params: { offerId: o.id, childId: a.child_id } })));
    await audit(k, systemCaller('waiting-list'), 'update', 'offer', o.id, { childIds: [a.child_id], detail: { expired: true } });
    await offerNext(k, o.class_id, o.start_date);
  }
  return due.length;
}
