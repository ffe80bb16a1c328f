/**
 * The temporary-care (临时托 / 计时托) writes every path shares: the load of a facility's classes hour by hour (read
 * after the class rows are locked, so a concurrent booking's commit is seen), and cancelling a booking by the
 * versioned rules.
 */
import { sql } from 'kysely';
import { cancellationCharge, temporaryPolicyOn, type ClassHours, type Slot } from '../../../care/temporary.ts';
import type { ClassBand } from '../../../care/policy.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Kx } from '../../pool.ts';
import { dbClock, money } from './common.ts';

/**
 * Locks the facility's live classes of the given bands (in id order, so concurrent bookings and acceptances never
 * deadlock) — the row lock under which the last place is decided.
 */
export async function lockClasses(k: Kx, facilityId: string, bands: readonly ClassBand[]): Promise<string[]> {
  if (bands.length === 0) return [];
  const rows = await k.selectFrom('classes').select('id').where('facility_id', '=', facilityId).where('archived_at', 'is', null).where('band', 'in', [...bands]).orderBy('id').forUpdate().execute();
  return rows.map((r) => r.id);
}

/**
 * Each class's children placed that day, and per slot the children booked and the carers rostered — from the rows,
 * in one statement. Call after {@link lockClasses} in a write (a later statement sees what committed meanwhile).
 * @param day - the date
 * @param slots - local HH:MM slots of that day
 */
export async function classHours(k: Kx, facilityId: string, day: string, slots: readonly Slot[], bands: readonly ClassBand[]): Promise<ClassHours[]> {
  if (bands.length === 0 || slots.length === 0) return [];
  const starts = slots.map((s) => `${day} ${s.start}`);
  const ends = slots.map((s) => `${day} ${s.end}`);
  const rows = await sql<{ id: string; band: ClassBand; capacity: number; placed: number; booked: number[]; carers: number[] }>`
    SELECT c.id, c.band, c.capacity,
      (SELECT count(*)::int FROM placements p WHERE p.class_id = c.id AND p.during @> ${day}::date) AS placed,
      ARRAY(SELECT (SELECT count(*)::int FROM bookings b WHERE b.class_id = c.id AND b.status <> 'cancelled'
                      AND b.during && tstzrange(s.a::timestamptz, s.b::timestamptz))
            FROM unnest(${starts}::timestamp[], ${ends}::timestamp[]) WITH ORDINALITY AS s(a, b, i) ORDER BY s.i) AS booked,
      ARRAY(SELECT rostered_carers(c.id, tstzrange(s.a::timestamptz, s.b::timestamptz))
            FROM unnest(${starts}::timestamp[], ${ends}::timestamp[]) WITH ORDINALITY AS s(a, b, i) ORDER BY s.i) AS carers
    FROM classes c
    WHERE c.facility_id = ${facilityId} AND c.archived_at IS NULL AND c.band = ANY(${[...bands]}::text[])
    ORDER BY c.id`.execute(k);
  return rows.rows.map((r) => ({ classId: r.id, band: r.band, capacity: r.capacity, placed: r.placed, hours: r.booked.map((b, i) => ({ booked: b, carers: r.carers[i] ?? 0 })) }));
}

/**
 * Cancels a booking by the cancellation rules: a family cancelling late pays the policy's charge, the facility
 * cancelling never charges. The evening-before reminder still waiting in the outbox is withdrawn.
 * @param by - who cancels
 */
export async function cancelBookingIn(k: Kx, bookingId: string, by: 'family' | 'facility'): Promise<{ charged: number }> {
  const b = await k
    .selectFrom('bookings')
    .select(['id', 'status', 'price', 'policy_id', sql<number>`extract(epoch FROM lower(during) - now()) / 60`.as('minutesBefore')])
    .where('id', '=', bookingId)
    .forUpdate()
    .executeTakeFirst();
  if (!b) throw new AppError('not_found', `booking ${bookingId} not found`, { field: 'id' });
  if (b.status === 'cancelled') throw new AppError('conflict', 'the booking is already cancelled', { field: 'id', code: 'booking_cancelled' });
  if (b.status !== 'booked' || b.minutesBefore <= 0) throw new AppError('conflict', 'the booking has started or ended; it can no longer be cancelled', { field: 'id', code: 'booking_started' });
  const clock = await dbClock(k);
  const charged = by === 'facility' ? 0 : cancellationCharge(money(b.price), b.minutesBefore, temporaryPolicyOn(clock.today));
  await k.updateTable('bookings').set({ status: 'cancelled', cancelled_at: sql<Date>`now()`, charged }).where('id', '=', bookingId).execute();
  await k.deleteFrom('notifications_outbox').where('template', '=', 'booking_reminder').where('sent_at', 'is', null).where(sql<boolean>`params->>'bookingId' = ${bookingId}`).execute();
  return { charged };
}
