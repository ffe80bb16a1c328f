/**
 * Login throttling that holds under concurrency and cannot be used to lock someone out (OWASP Authentication
 * Cheat Sheet: throttle, don't lock). Two keys per attempt, both counted and checked in ONE statement
 * (`INSERT … ON CONFLICT … DO UPDATE … RETURNING`), so the row lock orders concurrent guesses and no more than the
 * limit reach the password check:
 * - the (account, address) pair: `PAIR_FREE` tries per window, then one try per growing delay (30 s, 60 s, … up to
 *   15 minutes). The same account from another address is not affected, so guessing from one place never locks the
 *   real user out elsewhere;
 * - the address: a ceiling of `ADDRESS_CEILING` wrong passwords per window for all accounts together — high enough
 *   for a facility's shared network (its staff log in every morning), low enough to stop password spraying. Only
 *   guesses that were actually checked count: an attempt refused by the pair's delay gives its address slot back, so
 *   hammering one account never locks out everyone behind the same address.
 * Every attempt is counted before the check; a success gives the pair's count back and the address's attempt back.
 */
import { sql } from 'kysely';
import type { Db } from '../pool.ts';

export const PAIR_FREE = 5;
export const ADDRESS_CEILING = 100;
export const WINDOW_SECONDS = 15 * 60;
export const FIRST_DELAY_SECONDS = 30;
export const MAX_DELAY_SECONDS = 15 * 60;

/** The delay after `over` failures beyond the free tries: 30 s doubling, at most 15 minutes. */
export function delaySeconds(over: number): number {
  return Math.min(MAX_DELAY_SECONDS, FIRST_DELAY_SECONDS * 2 ** Math.max(0, over - 1));
}

export interface Reservation {
  granted: boolean;
  /** When refused: seconds until a try is granted again. */
  retryAfterSeconds: number;
  /** Which limit refused: the pair's delay or the address ceiling. */
  limit: 'pair' | 'address' | null;
}

export class LoginThrottle {
  readonly #db: Db;
  constructor(db: Db) {
    this.#db = db;
  }

  static pairKey(username: string, address: string): string {
    return `pair:${username}|${address}`;
  }
  static addressKey(address: string): string {
    return `addr:${address}`;
  }

  /**
   * Counts one attempt for the pair and the address and says whether it may be checked. Atomic per key: under a
   * burst, exactly the free tries are granted.
   */
  async reserve(username: string, address: string): Promise<Reservation> {
    const pair = LoginThrottle.pairKey(username, address);
    const addr = LoginThrottle.addressKey(address);
    const window = sql`make_interval(secs => ${WINDOW_SECONDS})`;
    const delay = sql`make_interval(secs => ${FIRST_DELAY_SECONDS})`;
    // Every expression below reads the row's OLD values (t.*) under its lock.
    const reset = sql`(t.window_start < now() - ${window} AND (t.blocked_until IS NULL OR t.blocked_until < now()))`;
    const failures = sql`(CASE WHEN ${reset} THEN 1 ELSE t.failures + 1 END)`;
    // A pair beyond its free tries is let through once the delay its last failure set has passed (while a failure
    // is still being checked there is no delay yet, and nothing passes); that grant pushes the delay forward at
    // once, so a burst after the delay still gets a single try.
    const pairOver = sql`(${failures} > ${PAIR_FREE})`;
    const delayPassed = sql`(t.blocked_until IS NOT NULL AND t.blocked_until <= now())`;
    const granted = sql`(CASE WHEN t.key LIKE 'addr:%' THEN ${failures} <= ${ADDRESS_CEILING} ELSE NOT ${pairOver} OR ${delayPassed} END)`;
    const rows = await sql<{ key: string; granted: boolean; retry: number }>`
      INSERT INTO login_throttle AS t (key, failures, window_start, blocked_until, last_granted)
      VALUES (${pair}, 1, now(), NULL, true), (${addr}, 1, now(), NULL, true)
      ON CONFLICT (key) DO UPDATE SET
        failures = ${failures},
        window_start = CASE WHEN ${reset} THEN now() ELSE t.window_start END,
        last_granted = ${granted},
        blocked_until = CASE WHEN t.key LIKE 'pair:%' AND ${pairOver} AND ${delayPassed} THEN now() + ${delay} ELSE t.blocked_until END
      RETURNING t.key, t.last_granted AS granted,
        CASE
          WHEN t.key LIKE 'addr:%' THEN GREATEST(1, ceil(extract(epoch FROM t.window_start + ${window} - now())))::int
          ELSE GREATEST(1, COALESCE(ceil(extract(epoch FROM t.blocked_until - now())), ${FIRST_DELAY_SECONDS}))::int
        END AS retry`.execute(this.#db.k);
    const p = rows.rows.find((r) => r.key === pair);
    const a = rows.rows.find((r) => r.key === addr);
    let refusal: Reservation | null = null;
    if (a && !a.granted) refusal = { granted: false, retryAfterSeconds: a.retry, limit: 'address' };
    else if (p && !p.granted) refusal = { granted: false, retryAfterSeconds: p.retry, limit: 'pair' };
    if (!refusal) return { granted: true, retryAfterSeconds: 0, limit: null };
    await this.#giveBackAddress(address);
    return refusal;
  }

  async #giveBackAddress(address: string): Promise<void> {
    await this.#db.k
      .updateTable('login_throttle')
      .set({ failures: sql<number>`GREATEST(failures - 1, 0)` })
      .where('key', '=', LoginThrottle.addressKey(address))
      .execute();
  }

  /** After a wrong password: from the free tries' end on, the pair waits a growing delay before its next try. */
  async failed(username: string, address: string): Promise<void> {
    const pair = LoginThrottle.pairKey(username, address);
    await sql`
      UPDATE login_throttle SET blocked_until = now() + make_interval(secs => LEAST(${MAX_DELAY_SECONDS}, ${FIRST_DELAY_SECONDS} * power(2, GREATEST(0, failures - ${PAIR_FREE}))))
      WHERE key = ${pair} AND failures >= ${PAIR_FREE}`.execute(this.#db.k);
    await sql`DELETE FROM login_throttle WHERE window_start < now() - interval '1 day' AND (blocked_until IS NULL OR blocked_until < now())`.execute(this.#db.k);
  }

  /** After a success: the pair starts afresh; the address gets its attempt back. */
  async succeeded(username: string, address: string): Promise<void> {
    await this.#db.k.deleteFrom('login_throttle').where('key', '=', LoginThrottle.pairKey(username, address)).execute();
    await this.#giveBackAddress(address);
  }
}
