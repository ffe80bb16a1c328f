/**
 * Accounts and sessions. Session tokens are random 256-bit values; only their SHA-256 is stored, so a database
 * leak does not leak live sessions. Login attempts are recorded in the database (shared by every API replica) for
 * the rate limit.
 */
import { createHash, randomBytes } from 'node:crypto';
import { AppError } from '../../shared/errors.ts';
import { hashPassword } from '../../shared/password.ts';
import type { Db, Queryable } from '../pool.ts';
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
}

export interface PublicUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  facilityId: string | null;
  divisionId: string | null;
  medicalInstitutionId: string | null;
}

export function publicUser(u: UserRecord): PublicUser {
  return {
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    role: u.role,
    facilityId: u.facility_id,
    divisionId: u.division_id,
    medicalInstitutionId: u.medical_institution_id,
  };
}

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

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export const SESSION_TTL_HOURS = 12;

/** The authentication store (used before a caller is known, so it is not caller-scoped). */
export class AuthStore {
  readonly #db: Db;
  constructor(db: Db) {
    this.#db = db;
  }

  async findByUsername(username: string): Promise<UserRecord | null> {
    const [u] = await this.#db.query<UserRecord>(`SELECT * FROM users WHERE username = $1`, [username.trim().toLowerCase()]);
    return u ?? null;
  }

  /** Creates a session; returns the raw token (for the cookie) and its CSRF token. */
  async createSession(userId: string): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    const [r] = await this.#db.query<{ expires_at: Date }>(
      `INSERT INTO sessions (token_hash, user_id, csrf_token, expires_at) VALUES ($1, $2, $3, now() + make_interval(hours => $4)) RETURNING expires_at`,
      [sha256(token), userId, csrfToken, SESSION_TTL_HOURS],
    );
    await this.#db.query(`DELETE FROM sessions WHERE expires_at < now()`);
    return { token, csrfToken, expiresAt: r!.expires_at };
  }

  /** The live session and its user for a raw token, or null. */
  async session(token: string): Promise<{ user: UserRecord; csrfToken: string } | null> {
    const [r] = await this.#db.query<UserRecord & { csrf_token: string }>(
      `SELECT u.*, s.csrf_token FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.token_hash = $1 AND s.expires_at > now() AND NOT u.disabled`,
      [sha256(token)],
    );
    if (!r) return null;
    const { csrf_token, ...user } = r;
    return { user, csrfToken: csrf_token };
  }

  async deleteSession(token: string): Promise<void> {
    await this.#db.query(`DELETE FROM sessions WHERE token_hash = $1`, [sha256(token)]);
  }

  /** Failed attempts for each key within the window. */
  async recentFailures(keys: readonly string[], windowSeconds: number): Promise<number> {
    const [r] = await this.#db.query<{ n: number }>(
      `SELECT COALESCE(max(n), 0) AS n FROM (SELECT count(*) AS n FROM login_attempts WHERE key = ANY($1) AND at > now() - make_interval(secs => $2) GROUP BY key) t`,
      [keys, windowSeconds],
    );
    return r?.n ?? 0;
  }

  async recordFailure(keys: readonly string[]): Promise<void> {
    await this.#db.query(`INSERT INTO login_attempts (key) SELECT unnest($1::text[])`, [keys]);
    await this.#db.query(`DELETE FROM login_attempts WHERE at < now() - interval '1 day'`);
  }

  async clearFailures(keys: readonly string[]): Promise<void> {
    await this.#db.query(`DELETE FROM login_attempts WHERE key = ANY($1)`, [keys]);
  }
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
}

/** Creates an account (admin tooling, seeding). */
export async function createUser(q: Queryable, u: NewUser): Promise<string> {
  if (u.password.length < 8) throw new AppError('invalid', 'password must have at least 8 characters', { field: 'password' });
  const [r] = await q.query<{ id: string }>(
    `INSERT INTO users (username, password_hash, display_name, role, facility_id, division_id, medical_institution_id, phone)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8) RETURNING id`,
    [u.username.toLowerCase(), await hashPassword(u.password), u.displayName, u.role, u.facilityId ?? null, u.divisionId ?? null, u.medicalInstitutionId ?? null, u.phone ?? null],
  );
  return r!.id;
}
