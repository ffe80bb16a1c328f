/**
 * What the families repositories share: the database's clock (the city's date and time, never the process's), a
 * child's facts inside a transaction, the people a notice goes to, and the consent rule.
 */
import { sql } from 'kysely';
import { AppError } from '../../../shared/errors.ts';
import type { Kx } from '../../pool.ts';

/** The city's "today" and "now", as the database sees them (session time zone: CARECIRCLE_TIMEZONE). */
export interface DbClock {
  today: string;
  /** ISO timestamp with offset. */
  now: string;
  /** Minutes since local midnight. */
  minutes: number;
}

/** Reads the database's date and time (one round trip; inside a transaction, the transaction's start). */
export async function dbClock(k: Kx): Promise<DbClock> {
  const r = await sql<DbClock>`SELECT current_date::text AS today, to_char(now(), 'YYYY-MM-DD"T"HH24:MI:SS.MSOF') AS now,
    (extract(hour FROM localtime) * 60 + extract(minute FROM localtime))::int AS minutes`.execute(k);
  return r.rows[0]!;
}

/** A child's own facts a rule needs (no access decision: callers check first). */
export interface ChildFacts {
  id: string;
  familyName: string;
  givenName: string;
  birthDate: string;
  homeLng: number | null;
  homeLat: number | null;
}

/** The child's facts (not_found when it does not exist). */
export async function childFacts(k: Kx, childId: string): Promise<ChildFacts> {
  const r = await k
    .selectFrom('children')
    .select(['id', 'family_name as familyName', 'given_name as givenName', 'birth_date as birthDate', 'home_lng as homeLng', 'home_lat as homeLat'])
    .where('id', '=', childId)
    .executeTakeFirst();
  if (!r) throw new AppError('not_found', `child ${childId} not found`, { field: 'childId' });
  return r;
}

/** The guardians' accounts of a child (the recipients of family notices), with their mobile numbers. */
export async function guardiansOf(k: Kx, childId: string): Promise<Array<{ userId: string; phone: string | null }>> {
  return k
    .selectFrom('child_guardians as g')
    .innerJoin('users as u', 'u.id', 'g.user_id')
    .select(['u.id as userId', 'u.phone'])
    .where('g.child_id', '=', childId)
    .where('u.disabled_at', 'is', null)
    .execute();
}

/** The directors' accounts of a facility. */
export async function directorsOf(k: Kx, facilityId: string): Promise<string[]> {
  const rows = await k.selectFrom('users').select('id').where('facility_id', '=', facilityId).where('role', '=', 'director').where('disabled_at', 'is', null).execute();
  return rows.map((r) => r.id);
}

/**
 * Refuses to process a child whose guardian withdrew consent and has not given it again (PIPL Art. 15). Records
 * carried over from before consent was recorded (no consent row at all) are processed under the facility's
 * contract as before.
 */
export async function requireConsent(k: Kx, childId: string, field = 'childId'): Promise<void> {
  const r = await k
    .selectFrom('consents')
    .select([sql<number>`count(*) FILTER (WHERE withdrawn_at IS NULL)`.as('open'), sql<number>`count(*)`.as('all')])
    .where('child_id', '=', childId)
    .where('purpose', '=', 'child_record')
    .executeTakeFirstOrThrow();
  if (r.all > 0 && r.open === 0) {
    throw new AppError('conflict', "the guardian's consent for this child was withdrawn; give it again before applying or booking", { field, code: 'consent_required' });
  }
}

/** Money as the database stores it (numeric → number, two decimals). */
export const money = (v: number | string | null): number => Math.round(Number(v ?? 0) * 100) / 100;
