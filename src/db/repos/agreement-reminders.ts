/**
 * Expiry reminders of medical agreements through the notification outbox: 60, 30 and 7 days before an agreement's
 * last valid day, its facility's director(s) and the district officials of its division get a notice (in-app, and SMS
 * where they have a phone) — unless a follow-on agreement with the same institution already starts the next day.
 * Each (agreement, end date, stage) is queued once (medical_agreement_reminders' primary key), so the sweep may run
 * on every replica, daily and at start, without sending twice; an agreement extended to a new end is reminded again.
 */
import { sql, type SqlBool } from 'kysely';
import type { Db, Kx } from '../pool.ts';
import { notify, type Notice } from './notify.ts';

/** Days before the end at which a reminder goes out. */
export const REMINDER_STAGES = [60, 30, 7] as const;

export interface ReminderSweep {
  /** Agreements a reminder was queued for now. */
  agreements: number;
  /** Notices written to the outbox. */
  notices: number;
}

/**
 * Queues the reminders that are due today (the smallest stage an agreement has reached, once).
 * @param k - a transaction
 */
export async function queueAgreementReminders(k: Kx): Promise<ReminderSweep> {
  const due = await k
    .insertInto('medical_agreement_reminders')
    .columns(['agreement_id', 'valid_to', 'stage'])
    .expression(
      k
        .selectFrom('medical_agreements as a')
        .select([
          'a.id',
          sql<string>`a.valid_to`.as('valid_to'),
          sql<number>`(SELECT min(s) FROM unnest(${[...REMINDER_STAGES]}::smallint[]) AS s WHERE a.valid_to - current_date <= s)`.as('stage'),
        ])
        .where('a.valid_to', 'is not', null)
        .where(sql<SqlBool>`a.valid @> current_date AND a.valid_to - current_date <= ${Math.max(...REMINDER_STAGES)}`)
        .where(({ not, exists, selectFrom }) =>
          not(exists(selectFrom('medical_agreements as b').select('b.id').whereRef('b.facility_id', '=', 'a.facility_id').whereRef('b.institution_id', '=', 'a.institution_id').where(sql<SqlBool>`b.valid @> (a.valid_to + 1)`))),
        ),
    )
    .onConflict((oc) => oc.doNothing())
    .returning(['agreement_id', 'stage', 'valid_to'])
    .execute();
  if (due.length === 0) return { agreements: 0, notices: 0 };
  const rows = await k
    .selectFrom('medical_agreements as a')
    .innerJoin('facilities as f', 'f.id', 'a.facility_id')
    .innerJoin('medical_institutions as m', 'm.id', 'a.institution_id')
    .innerJoin('users as u', (j) => j.on(sql<SqlBool>`u.disabled_at IS NULL AND NOT u.disabled AND ((u.role = 'director' AND u.facility_id = f.id) OR (u.role = 'district_official' AND u.division_id = f.division_id))`))
    .select(['a.id', 'a.valid_to', 'f.id as facility_id', 'f.name as facility_name', 'm.name as institution_name', 'u.id as user_id', 'u.phone', sql<number>`a.valid_to - current_date`.as('days_left')])
    .where('a.id', 'in', due.map((d) => d.agreement_id))
    .execute();
  const notices: Notice[] = rows.map((r) => ({
    userId: r.user_id,
    phone: r.phone,
    template: 'agreement_expiring',
    channels: r.phone ? ['in_app', 'sms'] : ['in_app'],
    params: { agreementId: r.id, facilityId: r.facility_id, facilityName: r.facility_name, institutionName: r.institution_name, validTo: r.valid_to, daysLeft: r.days_left },
  }));
  await notify(k, notices);
  return { agreements: due.length, notices: notices.length };
}

/**
 * Runs the reminder sweep now and every `everyMs` (default 6 hours) for a server process; safe on every replica (each
 * reminder is queued once). Failures are logged and retried at the next tick.
 * @param db - the database
 * @param log - a line logger
 * @returns stop: clears the timer
 */
export function startAgreementReminders(db: Db, log: (m: string) => void, everyMs = 6 * 3600_000): () => void {
  const run = () =>
    db.tx((k) => queueAgreementReminders(k)).then(
      (r) => {
        if (r.agreements) log(`agreement expiry reminders: ${r.notices} notices for ${r.agreements} agreements`);
      },
      (e: unknown) => log(`agreement expiry reminders failed: ${e instanceof Error ? e.message : String(e)}`),
    );
  void run();
  const timer = setInterval(() => void run(), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
