/**
 * Accounts and sessions, before a caller is known (so not caller-scoped). Session tokens are random 256-bit values;
 * only their SHA-256 is stored, so a database leak does not leak live sessions.
 */
import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { AppError } from '../../shared/errors.ts';
import { hashPassword } from '../../shared/password.ts';
import { MIN_PASSWORD_LENGTH } from '../../shared/account-rules.ts';
import type { Db, Kx } from '../pool.ts';
import type { Role, UserCaller } from './caller.ts';

export interface UserRecord {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  facility_id: string | null;
  division_id: string | null;
  medical_institution_id: string | null;
  password_hash: string;
  disabled: boolean;
  phone: string | null;
  totp_secret: string | null;
  totp_enabled_at: Date | null;
  totp_recovery: string[];
  /** Set after a reset by staff: the temporary password works until then and must be changed first. */
  password_temporary_until: Date | null;
}

export interface PublicUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  facilityId: string | null;
  divisionId: string | null;
  medicalInstitutionId: string | null;
  /** The password was set by staff: the session may only choose a new one. */
  mustChangePassword: boolean;
  /** Whether the second factor (TOTP) is on. */
  secondFactor: boolean;
}

/** The user as the API shows them to themselves. */
export function publicUser(u: UserRecord): PublicUser {
  return {
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    role: u.role,
    facilityId: u.facility_id,
    divisionId: u.division_id,
    medicalInstitutionId: u.medical_institution_id,
    mustChangePassword: u.password_temporary_until !== null,
    secondFactor: u.totp_enabled_at !== null,
  };
}

/** The caller a user record acts as. */
export function callerOf(u: UserRecord): UserCaller {
  return {
    kind: 'user',
    userId: u.id,
    username: u.username,
    role: u.role,
    facilityId: u.facility_id,
    divisionId: u.division_id,
    medicalInstitutionId: u.medical_institution_id,
  };
}

export const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

export const SESSION_TTL_HOURS = 12;

const USER_COLUMNS = [
  'id',
  'username',
  'display_name',
  'role',
  'facility_id',
  'division_id',
  'medical_institution_id',
  'password_hash',
  'disabled',
  'phone',
  'totp_secret',
  'totp_enabled_at',
  'totp_recovery',
  'password_temporary_until',
] as const;

const asRecord = <T extends { role: string }>(r: T): T & { role: Role } => r as T & { role: Role };

/** The authentication store: users by name, sessions. */
export class AuthStore {
  readonly #db: Db;
  constructor(db: Db) {
    this.#db = db;
  }

  async findByUsername(username: string): Promise<UserRecord | null> {
    const r = await this.#db.k.selectFrom('users').select(USER_COLUMNS).where('username', '=', username.trim().toLowerCase()).executeTakeFirst();
    return r ? asRecord(r) : null;
  }

  async findById(id: string): Promise<UserRecord | null> {
    const r = await this.#db.k.selectFrom('users').select(USER_COLUMNS).where('id', '=', id).executeTakeFirst();
    return r ? asRecord(r) : null;
  }

  /** Creates a session; returns the raw token (for the cookie) and its CSRF token. */
  async createSession(userId: string): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    const r = await this.#db.k
      .insertInto('sessions')
      .values({ token_hash: sha256(token), user_id: userId, csrf_token: csrfToken, expires_at: sql<Date>`now() + make_interval(hours => ${SESSION_TTL_HOURS})` })
      .returning('expires_at')
      .executeTakeFirstOrThrow();
    await this.#db.k.deleteFrom('sessions').where('expires_at', '<', sql<Date>`now()`).execute();
    return { token, csrfToken, expiresAt: r.expires_at };
  }

  /** The live session and its user for a raw token, or null (expired, unknown, or the account is disabled). */
  async session(token: string): Promise<{ user: UserRecord; csrfToken: string } | null> {
    const r = await this.#db.k
      .selectFrom('sessions as s')
      .innerJoin('users as u', 'u.id', 's.user_id')
      .select(USER_COLUMNS.map((c) => `u.${c}` as const))
      .select('s.csrf_token')
      .where('s.token_hash', '=', sha256(token))
      .where('s.expires_at', '>', sql<Date>`now()`)
      .where('u.disabled', '=', false)
      .executeTakeFirst();
    if (!r) return null;
    const { csrf_token, ...user } = r;
    return { user: asRecord(user), csrfToken: csrf_token };
  }

  async deleteSession(token: string): Promise<void> {
    await this.#db.k.deleteFrom('sessions').where('token_hash', '=', sha256(token)).execute();
  }
}

/** Ends every session of an account (disabled, password changed or reset). */
export async function endSessionsOf(k: Kx, userId: string, exceptTokenHash?: string): Promise<void> {
  let q = k.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptTokenHash) q = q.where('token_hash', '<>', exceptTokenHash);
  await q.execute();
}

export interface NewUser {
  username: string;
  password: string;
  displayName: string;
  role: Role;
  facilityId?: string | null;
  divisionId?: string | null;
  medicalInstitutionId?: string | null;
  phone?: string | null;
  createdBy?: string | null;
  /** Whether `phone` was proven by a code (sign-up); default: when a phone is given. */
  phoneVerified?: boolean;
}

export { MIN_PASSWORD_LENGTH };

/** Creates an account (the account repository, seeding, fixtures); rules are checked by the caller. */
export async function createUser(k: Kx, u: NewUser): Promise<string> {
  if (u.password.length < MIN_PASSWORD_LENGTH) throw new AppError('invalid', `password must have at least ${MIN_PASSWORD_LENGTH} characters`, { field: 'password', code: 'too_short', params: { minimum: MIN_PASSWORD_LENGTH } });
  const r = await k
    .insertInto('users')
    .values({
      username: u.username.toLowerCase(),
      password_hash: await hashPassword(u.password),
      display_name: u.displayName,
      role: u.role,
      facility_id: u.facilityId ?? null,
      division_id: u.divisionId ?? null,
      medical_institution_id: u.medicalInstitutionId ?? null,
      phone: u.phone ?? null,
      phone_verified_at: u.phone && (u.phoneVerified ?? true) ? sql<Date>`now()` : null,
      created_by: u.createdBy ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}
