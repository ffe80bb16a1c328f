/**
 * Enrolling the optional second factor (issue 9): TOTP after RFC 6238 (HMAC-SHA-1, 6 digits, 30-second steps — what
 * every authenticator app reads from an `otpauth://` URI) with ten single-use recovery codes. Who may enrol is the
 * policy's `second_factor` row (officials and administrators).
 *
 * 1. `setup` makes a fresh 160-bit secret (RFC 4226 §4's recommended length) and keeps it pending — login does not
 *    ask for a code until the factor is confirmed;
 * 2. `confirm` takes a code from the app: that proves the app holds the secret; the factor is on, the code's step is
 *    claimed (no replay), and ten recovery codes are returned once and kept only as SHA-256;
 * 3. `disable` takes a current code or a recovery code.
 * No QR code is drawn: the web app shows the URI and the base32 secret for manual entry (no QR library is installed).
 */
import { randomInt } from 'node:crypto';
import { sql } from 'kysely';
import { Secret } from 'otpauth';
import { AppError, invalid } from '../../shared/errors.ts';
import type { Access } from '../access/scope.ts';
import { val } from '../access/scope.ts';
import type { Db } from '../pool.ts';
import { AccountStore, totpFor } from './accounts.ts';
import { audit } from './audit.ts';
import type { UserCaller } from './caller.ts';
import { notify } from './notify.ts';
import { AuthStore, sha256 } from './users.ts';

export const RECOVERY_CODES = 10;
// Lower-case letters and digits without look-alikes, as the login schema accepts them (xxxx-xxxx).
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Ten fresh recovery codes, `xxxx-xxxx` (about 39 bits each). */
export function recoveryCodes(): string[] {
  const four = () => Array.from({ length: 4 }, () => RECOVERY_ALPHABET[randomInt(0, RECOVERY_ALPHABET.length)]).join('');
  return Array.from({ length: RECOVERY_CODES }, () => `${four()}-${four()}`);
}

export interface TotpSetup {
  /** Base32, for typing into the app by hand. */
  secret: string;
  /** `otpauth://totp/CareCircle:<username>?secret=…&issuer=CareCircle&algorithm=SHA1&digits=6&period=30` */
  uri: string;
  issuer: string;
  account: string;
}

export class SecondFactorRepo {
  readonly #db: Db;
  readonly #access: Access;
  constructor(db: Db, access: Access) {
    this.#db = db;
    this.#access = access;
  }

  async #me(): Promise<{ caller: UserCaller; user: NonNullable<Awaited<ReturnType<AuthStore['findById']>>> }> {
    const c = this.#access.caller;
    if (!this.#access.reachesRows('second_factor', 'update') || c.kind !== 'user') throw this.#access.refusal('second_factor', 'update');
    await this.#access.check(this.#db.k, 'second_factor', 'update', { user: val(c.userId) });
    const user = await new AuthStore(this.#db).findById(c.userId);
    if (!user) throw new AppError('not_found', 'account not found');
    return { caller: c, user };
  }

  /** Starts (or restarts) enrolment with a new secret. */
  async setup(): Promise<TotpSetup> {
    const { user } = await this.#me();
    if (user.totp_enabled_at) throw new AppError('conflict', 'the second factor is already on; turn it off first', { field: 'totp', code: 'totp_already_enabled' });
    const secret = new Secret({ size: 20 }).base32;
    await this.#db.k.updateTable('users').set({ totp_secret: secret, totp_last_step: null, totp_recovery: [] }).where('id', '=', user.id).where('totp_enabled_at', 'is', null).execute();
    const totp = totpFor(secret, user.username);
    return { secret, uri: totp.toString(), issuer: totp.issuer, account: user.username };
  }

  /** Turns the factor on with a code from the app; returns the recovery codes (shown once). */
  async confirm(code: string): Promise<string[]> {
    const { caller, user } = await this.#me();
    if (user.totp_enabled_at) throw new AppError('conflict', 'the second factor is already on', { field: 'code', code: 'totp_already_enabled' });
    if (!user.totp_secret) throw new AppError('conflict', 'start the set-up first', { field: 'code', code: 'totp_not_started' });
    const delta = totpFor(user.totp_secret, user.username).validate({ token: code, window: 1 });
    if (delta === null) throw invalid('code', 'the code is wrong or has expired', 'wrong_code');
    const step = Math.floor(Date.now() / 1000 / 30) + delta;
    const codes = recoveryCodes();
    return this.#db.tx(async (trx) => {
      const r = await trx
        .updateTable('users')
        .set({ totp_enabled_at: sql<Date>`now()`, totp_last_step: step, totp_recovery: codes.map((c) => sha256(c)) })
        .where('id', '=', user.id)
        .where('totp_enabled_at', 'is', null)
        .where('totp_secret', '=', user.totp_secret)
        .returning('id')
        .executeTakeFirst();
      if (!r) throw new AppError('conflict', 'the set-up was restarted meanwhile; scan the new secret', { field: 'code', code: 'totp_not_started' });
      await audit(trx, caller, 'update', 'account', user.id, { detail: { change: 'second_factor', on: true } });
      await notify(trx, [{ userId: user.id, template: 'second_factor_changed', params: { on: true } }]);
      return codes;
    });
  }

  /** Turns the factor off, with a current code or a recovery code. */
  async disable(code: string): Promise<void> {
    const { caller, user } = await this.#me();
    if (!user.totp_enabled_at) throw new AppError('conflict', 'the second factor is not on', { field: 'code', code: 'totp_not_enabled' });
    if (!(await new AccountStore(this.#db).checkSecondFactor(user, code))) throw invalid('code', 'the code is wrong or has expired', 'wrong_code');
    await this.#db.tx(async (trx) => {
      await trx.updateTable('users').set({ totp_secret: null, totp_enabled_at: null, totp_recovery: [], totp_last_step: null }).where('id', '=', user.id).execute();
      await audit(trx, caller, 'update', 'account', user.id, { detail: { change: 'second_factor', on: false } });
      await notify(trx, [{ userId: user.id, template: 'second_factor_changed', params: { on: false } }]);
    });
  }
}
