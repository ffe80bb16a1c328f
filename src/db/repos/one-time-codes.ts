/**
 * One-time codes sent by SMS (sign-up, a forgotten password). Six random digits, kept only as a salted SHA-256 (the
 * row's id is the salt), valid for 10 minutes and tried at most 5 times; asking again supersedes the older code.
 * Sending is throttled per mobile number (one a minute, five an hour) and per client address (thirty an hour, so one
 * network cannot text every number in turn). The counts are read under advisory locks on the number and the
 * address, so concurrent requests cannot all pass the check (OWASP Forgot Password and Authentication cheat sheets).
 */
import { randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import { sql, type RawBuilder } from 'kysely';
import { AppError, invalid } from '../../shared/errors.ts';
import type { Db, Kx } from '../pool.ts';
import { sha256 } from './users.ts';

export type CodePurpose = 'signup' | 'password_reset';

export const CODE_TTL_MINUTES = 10;
export const CODE_MAX_ATTEMPTS = 5;
export const RESEND_AFTER_SECONDS = 60;
export const CODES_PER_PHONE_PER_HOUR = 5;
export const CODES_PER_ADDRESS_PER_HOUR = 30;

/** The outbox template that carries each purpose's code. */
export const CODE_TEMPLATE: Record<CodePurpose, string> = { signup: 'signup_code', password_reset: 'password_reset_code' };

// Advisory lock class of one-time codes (the two-key form: a keyspace apart from the migrations' single-key lock).
const LOCK_CLASS = 3100;

const hashOf = (id: string, code: string): string => sha256(`${id}:${code}`);

export interface IssuedCode {
  id: string;
  /** The code itself: for the SMS (and, in demo mode only, the screen). */
  code: string;
  expiresInSeconds: number;
  resendAfterSeconds: number;
}

/**
 * Issues a new code for a number and purpose, in the caller's transaction (so the outbox row commits with it).
 * @param k - the transaction
 * @param purpose - what the code is for
 * @param phone - the mobile number it is sent to
 * @param address - the client address asking (throttled too)
 * @throws 429 rate_limited / code_sent_recently (with retryAfterSeconds) when a limit is reached
 */
export async function issueCode(k: Kx, purpose: CodePurpose, phone: string, address: string): Promise<IssuedCode> {
  await sql`SELECT pg_advisory_xact_lock(${LOCK_CLASS}, hashtext(${`phone:${phone}`}))`.execute(k);
  await sql`SELECT pg_advisory_xact_lock(${LOCK_CLASS}, hashtext(${`addr:${address}`}))`.execute(k);
  const hour = sql`now() - interval '1 hour'`;
  const r = await sql<{ since_last: number | null; per_phone: number; oldest_phone: number | null; per_address: number; oldest_address: number | null }>`
    SELECT
      (SELECT extract(epoch FROM now() - max(created_at))::float8 FROM one_time_codes WHERE phone = ${phone} AND purpose = ${purpose}) AS since_last,
      (SELECT count(*)::int FROM one_time_codes WHERE phone = ${phone} AND created_at > ${hour}) AS per_phone,
      (SELECT extract(epoch FROM min(created_at) - ${hour})::float8 FROM one_time_codes WHERE phone = ${phone} AND created_at > ${hour}) AS oldest_phone,
      (SELECT count(*)::int FROM one_time_codes WHERE requested_from = ${address} AND created_at > ${hour}) AS per_address,
      (SELECT extract(epoch FROM min(created_at) - ${hour})::float8 FROM one_time_codes WHERE requested_from = ${address} AND created_at > ${hour}) AS oldest_address`.execute(k);
  const s = r.rows[0]!;
  if (s.since_last !== null && s.since_last < RESEND_AFTER_SECONDS) {
    const wait = Math.max(1, Math.ceil(RESEND_AFTER_SECONDS - s.since_last));
    throw new AppError('rate_limited', `a code was sent to this number moments ago; ask again in ${wait} seconds`, { field: 'phone', code: 'code_sent_recently', params: { retryAfterSeconds: wait }, retryAfterSeconds: wait });
  }
  if (s.per_phone >= CODES_PER_PHONE_PER_HOUR) {
    const wait = Math.max(1, Math.ceil(s.oldest_phone ?? 3600));
    throw new AppError('rate_limited', `too many codes for this number; try again in ${wait} seconds`, { field: 'phone', code: 'rate_limited', params: { retryAfterSeconds: wait }, retryAfterSeconds: wait });
  }
  if (s.per_address >= CODES_PER_ADDRESS_PER_HOUR) {
    const wait = Math.max(1, Math.ceil(s.oldest_address ?? 3600));
    throw new AppError('rate_limited', `too many codes asked for from your network; try again in ${wait} seconds`, { field: 'phone', code: 'rate_limited', params: { retryAfterSeconds: wait }, retryAfterSeconds: wait });
  }
  // Housekeeping: a day-old code row is of no use, and an expired code leaves the outbox's parameters.
  await k.deleteFrom('one_time_codes').where('created_at', '<', sql<Date>`now() - interval '1 day'`).execute();
  await scrubCodes(k, sql<boolean>`created_at < now() - make_interval(mins => ${CODE_TTL_MINUTES})`);
  // A newer code supersedes the older ones.
  await k.updateTable('one_time_codes').set({ consumed_at: sql<Date>`now()` }).where('phone', '=', phone).where('purpose', '=', purpose).where('consumed_at', 'is', null).execute();
  const id = randomUUID();
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  await k
    .insertInto('one_time_codes')
    .values({ id, purpose, phone, code_hash: hashOf(id, code), requested_from: address, expires_at: sql<Date>`now() + make_interval(mins => ${CODE_TTL_MINUTES})` })
    .execute();
  return { id, code, expiresInSeconds: CODE_TTL_MINUTES * 60, resendAfterSeconds: RESEND_AFTER_SECONDS };
}

/** Removes codes from outbox parameters (the sender no longer needs them). */
async function scrubCodes(k: Kx, where: RawBuilder<boolean>): Promise<void> {
  await k
    .updateTable('notifications_outbox')
    .set({ params: sql`params - 'code'` })
    .where('template', 'in', Object.values(CODE_TEMPLATE))
    .where(sql<boolean>`params ? 'code'`)
    .where(where)
    .execute();
}

/**
 * Tries a code: counts the attempt first (in its own statement, so a wrong guess is counted even when the request
 * fails), then compares in constant time. Returns the code's id; the caller consumes it with `consumeCode` in the
 * transaction that acts on it.
 * @param db - the database (not a transaction: the attempt must stay counted)
 * @throws 400 on `code`: code_expired (none live), code_used_up (tried too often), wrong_code (with attemptsLeft)
 */
export async function checkCode(db: Db, purpose: CodePurpose, phone: string, code: string): Promise<string> {
  const row = await db.k
    .updateTable('one_time_codes')
    .set({ attempts: sql<number>`attempts + 1` })
    .where('id', '=', (eb) =>
      eb.selectFrom('one_time_codes').select('id').where('phone', '=', phone).where('purpose', '=', purpose).where('consumed_at', 'is', null).orderBy('created_at', 'desc').limit(1),
    )
    .returning(['id', 'code_hash', 'attempts', sql<boolean>`expires_at > now()`.as('live')])
    .executeTakeFirst();
  if (!row || !row.live) throw invalid('code', 'the code has expired or was replaced by a newer one; ask for a new code', 'code_expired');
  if (row.attempts > CODE_MAX_ATTEMPTS) throw invalid('code', 'the code was tried too many times; ask for a new code', 'code_used_up', { maximum: CODE_MAX_ATTEMPTS });
  const want = Buffer.from(row.code_hash, 'hex');
  const got = Buffer.from(hashOf(row.id, code), 'hex');
  if (want.length !== got.length || !timingSafeEqual(want, got)) {
    throw invalid('code', 'the code is wrong', 'wrong_code', { attemptsLeft: CODE_MAX_ATTEMPTS - row.attempts });
  }
  return row.id;
}

/**
 * Uses up a checked code in the transaction that acts on it; a code used by a concurrent request fails here.
 * @param k - the transaction
 * @param id - from `checkCode`
 */
export async function consumeCode(k: Kx, id: string, purpose: CodePurpose, phone: string): Promise<void> {
  const r = await k.updateTable('one_time_codes').set({ consumed_at: sql<Date>`now()` }).where('id', '=', id).where('consumed_at', 'is', null).returning('id').executeTakeFirst();
  if (!r) throw invalid('code', 'the code has already been used; ask for a new code', 'code_expired');
  await scrubCodes(k, sql<boolean>`phone = ${phone} AND template = ${CODE_TEMPLATE[purpose]}`);
}
