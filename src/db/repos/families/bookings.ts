/**
 * Temporary (临时托) and hourly (计时托) care bookings: the availability of a day, booking whole hours (the last place
 * of an hour decided under the class row lock), cancelling by the versioned rules, and the bookings a caller may see.
 */
import { sql } from 'kysely';
import { ageInMonths, bandsForAge } from '../../../care/age.ts';
import { policyOn, type ClassBand } from '../../../care/policy.ts';
import { bookingPrice, checkBookingTimes, hourlyFree, reminderTime, slotsOf, temporaryPolicyOn, type OpeningHours, type Slot, type UnitPrice } from '../../../care/temporary.ts';
import type { ServiceMode, Tier } from '../../../care/facility.ts';
import { AppError, invalid } from '../../../shared/errors.ts';
import { col, val, type Access } from '../../access/scope.ts';
import type { Db, Kx } from '../../pool.ts';
import { audit } from '../audit.ts';
import type { Page } from '../children.ts';
import { isUuid } from '../ids.ts';
import { notify } from '../notify.ts';
import { cancelBookingIn, classHours, lockClasses } from './booking-write.ts';
import { childFacts, dbClock, guardiansOf, money, requireConsent } from './common.ts';

export type HourlyMode = 'temporary' | 'hourly';

export interface AvailabilitySlot extends Slot {
  free: number;
}

export interface BookingView {
  id: string;
  childId: string;
  childName: string;
  facilityId: string;
  facilityName: string;
  classId: string;
  mode: HourlyMode;
  date: string;
  start: string;
  end: string;
  hours: number;
  price: number;
  status: 'booked' | 'cancelled' | 'attended' | 'no_show';
  charged: number;
  createdAt: string;
}

export interface NewBooking {
  childId: string;
  facilityId: string;
  date: string;
  start: string;
  end: string;
  /** Which service (default: temporary care where offered, else hourly care). */
  mode?: HourlyMode;
}

interface FacilityHours {
  id: string;
  name: string;
  tier: Tier;
  openingHours: OpeningHours | null;
  services: Array<{ mode: ServiceMode; price: number; unit: UnitPrice['unit'] }>;
}

async function facilityHours(k: Kx, facilityId: string, field = 'facilityId'): Promise<FacilityHours> {
  if (!isUuid(facilityId)) throw new AppError('not_found', `facility ${facilityId} not found`, { field });
  const f = await k.selectFrom('facilities').select(['id', 'name', 'tier', 'opening_hours', 'services']).where('id', '=', facilityId).where('archived_at', 'is', null).executeTakeFirst();
  if (!f) throw new AppError('not_found', `facility ${facilityId} not found`, { field });
  return { id: f.id, name: f.name, tier: f.tier as Tier, openingHours: f.opening_hours as OpeningHours | null, services: (f.services ?? []) as FacilityHours['services'] };
}

/** The hourly service a booking uses, with its price (null when the facility offers none). */
function hourlyService(f: FacilityHours, mode: HourlyMode | undefined): { mode: HourlyMode; price: UnitPrice } | null {
  const offered = f.services.filter((s) => s.mode === 'temporary' || s.mode === 'hourly');
  const s = mode ? offered.find((x) => x.mode === mode) : (offered.find((x) => x.mode === 'temporary') ?? offered[0]);
  return s ? { mode: s.mode as HourlyMode, price: { price: s.price, unit: s.unit } } : null;
}

const selectBookings = (k: Kx) =>
  k
    .selectFrom('bookings as b')
    .innerJoin('children as ch', 'ch.id', 'b.child_id')
    .innerJoin('facilities as f', 'f.id', 'b.facility_id')
    .select([
      'b.id',
      'b.child_id as childId',
      sql<string>`ch.family_name || ch.given_name`.as('childName'),
      'b.facility_id as facilityId',
      'f.name as facilityName',
      'b.class_id as classId',
      'b.mode',
      'b.day as date',
      sql<string>`to_char(lower(b.during), 'HH24:MI')`.as('start'),
      sql<string>`to_char(upper(b.during), 'HH24:MI')`.as('end'),
      'b.hours',
      'b.price',
      'b.status',
      'b.charged',
      'b.created_at',
    ]);
type BookingRow = Awaited<ReturnType<ReturnType<typeof selectBookings>['executeTakeFirstOrThrow']>>;
const bookingView = (r: BookingRow): BookingView => ({
  id: r.id,
  childId: r.childId,
  childName: r.childName,
  facilityId: r.facilityId,
  facilityName: r.facilityName,
  classId: r.classId,
  mode: r.mode as HourlyMode,
  date: r.date,
  start: r.start,
  end: r.end,
  hours: r.hours,
  price: money(r.price),
  status: r.status as BookingView['status'],
  charged: money(r.charged),
  createdAt: r.created_at.toISOString(),
});

export class BookingRepo {
  readonly #db: Db;
  readonly #access: Access;
  constructor(db: Db, access: Access) {
    this.#db = db;
    this.#access = access;
  }

  /**
   * Free places of temporary care per hour of a day for a child of a birth date (public: no child is named):
   * one slot per hour of opening, the sum over the classes that take a child of that age on that day.
   * @param birthDate - the child's birth date (default: every class counts)
   */
  async availability(facilityId: string, date: string, birthDate: string | null): Promise<{ slots: AvailabilitySlot[]; mode: HourlyMode | null; price: UnitPrice | null }> {
    const k = this.#db.k;
    const f = await facilityHours(k, facilityId, 'id');
    const service = hourlyService(f, undefined);
    const slots = service ? slotsOf(f.openingHours, date) : [];
    const care = policyOn(date);
    const bands: ClassBand[] = birthDate ? bandsForAge(ageInMonths(birthDate, date), care) : ['infant', 'toddler_small', 'toddler_large', 'mixed'];
    const load = await classHours(k, facilityId, date, slots, bands);
    const free = hourlyFree(load, f.tier === 'family_point', care);
    return {
      slots: slots.map((s, i) => ({ ...s, free: free.reduce((sum, c) => sum + c.free[i]!, 0) })),
      mode: service?.mode ?? null,
      price: service?.price ?? null,
    };
  }

  /**
   * Books whole hours for a child: the rules of the temporary-care policy (opening hours, days ahead, lead time),
   * the child's own other bookings, then — under the row lock of the classes that take the child — one class with a
   * free place in every hour, or 409 `full`. The price is fixed at booking; a reminder goes out the evening before.
   */
  async create(input: NewBooking): Promise<BookingView> {
    if (!this.#access.reachesRows('booking', 'create')) throw this.#access.refusal('booking', 'create');
    if (!isUuid(input.childId)) throw new AppError('not_found', `child ${input.childId} not found`, { field: 'childId' });
    return this.#db.tx(async (trx) => {
      await this.#access.check(trx, 'booking', 'create', { child: val(input.childId), facility: val(input.facilityId) }, { readAs: 'child', what: `child ${input.childId}` });
      const f = await facilityHours(trx, input.facilityId);
      const service = hourlyService(f, input.mode);
      if (!service) throw invalid(input.mode ? 'mode' : 'facilityId', `${f.name} offers no ${input.mode ?? 'temporary or hourly'} care`, 'mode_not_offered', { mode: input.mode ?? 'temporary' });
      const clock = await dbClock(trx);
      const policy = temporaryPolicyOn(clock.today);
      const { issues, slots } = checkBookingTimes({ date: input.date, start: input.start, end: input.end }, f.openingHours, { date: clock.today, minutes: clock.minutes }, policy);
      if (issues.length) throw new AppError('invalid', issues.map((i) => `${i.field}: ${i.message}`).join('; '), { issues });
      await requireConsent(trx, input.childId);
      const child = await childFacts(trx, input.childId);
      const care = policyOn(input.date);
      const months = ageInMonths(child.birthDate, input.date);
      const bands = bandsForAge(months, care);
      if (bands.length === 0) throw invalid('childId', `no class takes a child of ${months} months`, 'no_class_for_age', { ageMonths: months });
      const overlap = await trx
        .selectFrom('bookings')
        .select(['id', 'day'])
        .where('child_id', '=', input.childId)
        .where('status', '<>', 'cancelled')
        .where(sql<boolean>`during && tstzrange((${input.date}::date + ${input.start}::time)::timestamptz, (${input.date}::date + ${input.end}::time)::timestamptz)`)
        .executeTakeFirst();
      if (overlap) throw new AppError('conflict', `the child already has a booking at that time (booking ${overlap.id})`, { field: 'start', code: 'overlaps', params: { bookingId: overlap.id } });
      // The last place: lock the classes that take the child, then count (a later statement sees committed bookings).
      await lockClasses(trx, f.id, bands);
      const load = await classHours(trx, f.id, input.date, slots, bands);
      const free = hourlyFree(load, f.tier === 'family_point', care);
      const best = free.map((c) => ({ classId: c.classId, min: Math.min(...c.free) })).filter((c) => c.min > 0).sort((a, b) => b.min - a.min || (a.classId < b.classId ? -1 : 1))[0];
      if (!best) throw new AppError('full', `no free place in every hour from ${input.start} to ${input.end} on ${input.date}`, { field: 'start', code: 'full' });
      const price = bookingPrice(service.price, slots.length, policy);
      let id: string;
      try {
        const r = await trx
          .insertInto('bookings')
          .values({
            child_id: input.childId,
            facility_id: f.id,
            class_id: best.classId,
            mode: service.mode,
            day: input.date,
            during: sql<string>`tstzrange((${input.date}::date + ${input.start}::time)::timestamptz, (${input.date}::date + ${input.end}::time)::timestamptz)`,
            hours: slots.length,
            price,
            charged: price,
            policy_id: policy.id,
            created_by: this.#access.caller.kind === 'user' ? this.#access.caller.userId : null,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        id = r.id;
      } catch (e) {
        if (e instanceof AppError && e.issues[0]?.code === 'overlaps') throw new AppError('conflict', 'the child already has a booking at that time', { field: 'start', code: 'overlaps', cause: e });
        throw e;
      }
      const guardians = await guardiansOf(trx, input.childId);
      const remind = reminderTime(input.date);
      const params = { bookingId: id, childId: input.childId, facility: f.name, date: input.date, start: input.start, end: input.end, price };
      await notify(trx, [
        ...guardians.map((g) => ({ userId: g.userId, template: 'booking_confirmed', params })),
        ...guardians.map((g) => ({ userId: g.userId, phone: g.phone, template: 'booking_reminder', params, channels: g.phone ? (['in_app', 'sms'] as const) : (['in_app'] as const), notBefore: localTimestamp(remind.date, remind.time) })),
      ]);
      await audit(trx, this.#access.caller, 'create', 'booking', id, { childIds: [input.childId], detail: { facilityId: f.id, date: input.date, hours: slots.length } });
      return bookingView(await selectBookings(trx).where('b.id', '=', id).executeTakeFirstOrThrow());
    });
  }

  /** Cancels a booking (a family by the cancellation rules; the facility without charge). */
  async cancel(id: string): Promise<BookingView> {
    if (!this.#access.reachesRows('booking', 'delete')) throw this.#access.refusal('booking', 'delete');
    if (!isUuid(id)) throw new AppError('not_found', `booking ${id} not found`, { field: 'id' });
    return this.#db.tx(async (trx) => {
      const b = await trx.selectFrom('bookings').select(['child_id', 'facility_id']).where('id', '=', id).executeTakeFirst();
      if (!b) throw new AppError('not_found', `booking ${id} not found`, { field: 'id' });
      await this.#access.check(trx, 'booking', 'delete', { child: val(b.child_id), facility: val(b.facility_id) }, { readAs: 'booking', what: `booking ${id}` });
      const caller = this.#access.caller;
      const by = caller.kind === 'user' && (await this.#access.allows(trx, 'booking', 'create', { child: val(b.child_id) })) ? 'family' : 'facility';
      await cancelBookingIn(trx, id, by);
      await audit(trx, caller, 'update', 'booking', id, { childIds: [b.child_id], detail: { cancelled: true, by } });
      return bookingView(await selectBookings(trx).where('b.id', '=', id).executeTakeFirstOrThrow());
    });
  }

  /** One booking (404 out of scope). */
  async get(id: string): Promise<BookingView> {
    if (!isUuid(id)) throw new AppError('not_found', `booking ${id} not found`, { field: 'id' });
    const scope = this.#access.where('booking', 'read', { child: col('b.child_id'), facility: col('b.facility_id') });
    return this.#db.tx(async (trx) => {
      const r = await selectBookings(trx).where('b.id', '=', id).where(scope).executeTakeFirst();
      if (!r) throw new AppError('not_found', `booking ${id} not found`, { field: 'id' });
      await audit(trx, this.#access.caller, 'read', 'booking', id, { childIds: [r.childId] });
      return bookingView(r);
    });
  }

  /**
   * The bookings the caller may see, newest day first, optionally of one child, one facility or one day.
   */
  async list(filter: { childId?: string; facilityId?: string; date?: string; upcoming?: boolean }, page = 1, pageSize = 50): Promise<Page<BookingView>> {
    const scope = this.#access.where('booking', 'read', { child: col('b.child_id'), facility: col('b.facility_id') });
    return this.#db.tx(async (trx) => {
      let q = selectBookings(trx).select(sql<number>`count(*) OVER ()::int`.as('total')).where(scope);
      if (filter.childId) q = isUuid(filter.childId) ? q.where('b.child_id', '=', filter.childId) : q.where(sql<boolean>`false`);
      if (filter.facilityId) q = isUuid(filter.facilityId) ? q.where('b.facility_id', '=', filter.facilityId) : q.where(sql<boolean>`false`);
      if (filter.date) q = q.where('b.day', '=', filter.date);
      if (filter.upcoming) q = q.where(sql<boolean>`upper(b.during) > now()`).where('b.status', '=', 'booked');
      const rows = await q
        .orderBy('b.day', filter.upcoming ? 'asc' : 'desc')
        .orderBy(sql`lower(b.during)`)
        .orderBy('b.id')
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute();
      if (rows.length) await audit(trx, this.#access.caller, 'list', 'booking', null, { childIds: [...new Set(rows.map((r) => r.childId))] });
      return { items: rows.map(({ total: _t, ...r }) => bookingView(r)), total: rows[0]?.total ?? 0, page, pageSize };
    });
  }
}

/** A local date and time as a timestamp in the city's zone, for the outbox (`not_before`). */
function localTimestamp(date: string, time: string): string {
  // The outbox casts the text with the session's time zone (the city's), so a zone-less text means local time.
  return `${date} ${time}`;
}
