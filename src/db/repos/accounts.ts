/**
 * Account upkeep that happens at login, before a caller is known: upgrading a password hash made at a lower cost, and
 * the optional second factor (TOTP, RFC 6238: 30-second steps, 6 digits, ±1 step of clock drift; recovery codes
 * kept only as SHA-256 and consumed on use).
 */
import { sql } from 'kysely';
import { Secret, TOTP } from 'otpauth';
import { hashPassword } from '../../shared/password.ts';
import type { Db } from '../pool.ts';
import { sha256, type UserRecord } from './users.ts';

/** The TOTP parameters every authenticator app understands (RFC 6238 defaults). */
export function totpFor(secretBase32: string, label: string): TOTP {
  return new TOTP({ issuer: 'CareCircle', label, algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secretBase32) });
}

export class AccountStore {
  readonly #db: Db;
  constructor(db: Db) {
    this.#db = db;
  }

  /** Stores a fresh hash at today's cost (after a successful login with an older one). */
  async rehash(userId: string, password: string): Promise<void> {
    await this.#db.k.updateTable('users').set({ password_hash: await hashPassword(password) }).where('id', '=', userId).execute();
  }

  /**
   * Checks a second-factor code: a current TOTP code, or an unused recovery code (which is then used up).
   * @param user - the account (with its TOTP secret)
   * @param code - six digits, or a recovery code `xxxx-xxxx`
   */
  async checkSecondFactor(user: UserRecord, code: string): Promise<boolean> {
    if (!user.totp_secret) return false;
    if (/^\d{6}$/.test(code)) {
      const delta = totpFor(user.totp_secret, user.username).validate({ token: code, window: 1 });
      if (delta === null) return false;
      // RFC 6238 §5.2: a code is accepted once; the step is claimed atomically so a replay in the same window fails.
      const step = Math.floor(Date.now() / 1000 / 30) + delta;
      const claimed = await this.#db.k
        .updateTable('users')
        .set({ totp_last_step: step })
        .where('id', '=', user.id)
        .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
        .returning('id')
        .executeTakeFirst();
      return claimed !== undefined;
    }
    const h = sha256(code.toLowerCase());
    const r = await this.#db.k
      .updateTable('users')
      .set({ totp_recovery: sql<string[]>`array_remove(totp_recovery, ${h})` })
      .where('id', '=', user.id)
      .where(sql<boolean>`${h} = ANY(totp_recovery)`)
      .returning('id')
      .executeTakeFirst();
    return r !== undefined;
  }
}
