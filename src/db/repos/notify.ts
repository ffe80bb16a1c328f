/**
 * Notices to people: one row per channel in notifications_outbox, written in the caller's transaction so a notice
 * exists exactly when the change it announces does. `in_app` rows are the user's inbox (read_at marks them read);
 * `sms` and `wechat` rows wait for a sender to drain them (sent_at). Templates are stable names the web app and the
 * senders translate (zh-CN first); params hold only what the message needs — never more of a child's record.
 */
import { sql } from 'kysely';
import type { Kx } from '../pool.ts';

export type Channel = 'in_app' | 'sms' | 'wechat';

export interface Notice {
  /** The recipient's account (guardians, staff, officials), or null with `phone` for someone without one yet. */
  userId: string | null;
  phone?: string | null;
  /** Stable template name, e.g. `offer_made`, `booking_reminder`, `signup_code`. */
  template: string;
  params?: Record<string, string | number | boolean | null>;
  channels?: readonly Channel[];
  /** Not to be sent before (a reminder the evening before). */
  notBefore?: Date | string;
}

/**
 * Queues notices (default channels: in-app, plus SMS when the recipient has a phone).
 * @param k - the transaction of the change being announced
 * @param notices - one or more notices
 */
export async function notify(k: Kx, notices: readonly Notice[]): Promise<void> {
  const rows = notices.flatMap((n) =>
    (n.channels ?? ['in_app']).map((channel) => ({
      user_id: n.userId,
      phone: n.phone ?? null,
      channel,
      template: n.template,
      params: JSON.stringify(n.params ?? {}),
      not_before: n.notBefore === undefined ? sql<Date>`now()` : sql<Date>`${typeof n.notBefore === 'string' ? n.notBefore : n.notBefore.toISOString()}::timestamptz`,
    })),
  );
  if (rows.length) await k.insertInto('notifications_outbox').values(rows).execute();
}
