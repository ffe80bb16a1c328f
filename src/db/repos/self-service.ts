/**
 * What people do for themselves with a mobile number and an SMS code: a guardian signs up (家长注册), anyone resets
 * a forgotten password. The code goes to the notification outbox (channel sms; a sender drains it); in demo mode only
 * (`reveal`), the answer also carries it so the demo works without a phone — never otherwise.
 *
 * - Sign-up says plainly when a number already has an account (as Chinese apps do: "该手机号已注册"); the throttle
 *   on sending codes bounds what that tells a prober.
 * - A reset answers the same whether or not the number has an account (a code row is made either way, so the
 *   throttle and the timing are the same); only an account's number gets an SMS. Resetting ends every session of
 *   the account and does not sign in: an account with a second factor still needs it at the next login, so a
 *   stolen SIM alone does not open an official's account.
 */
import { sql } from 'kysely';
import { AppError, invalid } from '../../shared/errors.ts';
import { hashPassword } from '../../shared/password.ts';
import type { Access } from '../access/scope.ts';
import type { Db } from '../pool.ts';
import { checkNewPassword } from './accounts-repo.ts';
import { audit } from './audit.ts';
import type { Caller, Role } from './caller.ts';
import { notify } from './notify.ts';
import { CODE_TEMPLATE, CODE_TTL_MINUTES, checkCode, consumeCode, issueCode } from './one-time-codes.ts';
import { AuthStore, createUser, endSessionsOf, type UserRecord } from './users.ts';

export interface CodeSent {
  expiresInSeconds: number;
  resendAfterSeconds: number;
  /** Demo mode only: the code, so the demo can be used without a phone. */
  demoCode?: string;
}

export interface SignupInput {
  phone: string;
  code: string;
  password: string;
  displayName: string;
}

const phoneTaken = () => new AppError('conflict', 'an account with this mobile number already exists', { field: 'phone', code: 'phone_taken' });

export class SelfServiceRepo {
  readonly #db: Db;
  readonly #access: Access;
  constructor(db: Db, access: Access) {
    this.#db = db;
    this.#access = access;
  }

  async #taken(phone: string): Promise<boolean> {
    const r = await this.#db.k
      .selectFrom('users')
      .select('id')
      .where((eb) => eb.or([eb('phone', '=', phone), eb('username', '=', phone)]))
      .executeTakeFirst();
    return r !== undefined;
  }

  /**
   * Sends a sign-up code to a mobile number that has no account yet.
   * @param address - the client address (throttled)
   * @param reveal - demo mode: put the code in the answer too
   */
  async startSignup(phone: string, address: string, reveal: boolean): Promise<CodeSent> {
    if (!this.#access.reachesRows('signup', 'create')) throw this.#access.refusal('signup', 'create');
    if (await this.#taken(phone)) throw phoneTaken();
    const issued = await this.#db.tx(async (trx) => {
      const c = await issueCode(trx, 'signup', phone, address);
      await notify(trx, [{ userId: null, phone, template: CODE_TEMPLATE.signup, params: { code: c.code, minutes: CODE_TTL_MINUTES }, channels: ['sms'] }]);
      return c;
    });
    return { expiresInSeconds: issued.expiresInSeconds, resendAfterSeconds: issued.resendAfterSeconds, ...(reveal ? { demoCode: issued.code } : {}) };
  }

  /**
   * Creates the guardian's account from a checked code: username = the mobile number, verified. The caller opens
   * the session.
   */
  async verifySignup(input: SignupInput): Promise<UserRecord> {
    if (!this.#access.reachesRows('signup', 'create')) throw this.#access.refusal('signup', 'create');
    checkNewPassword('password', input.password, [input.phone]);
    if (await this.#taken(input.phone)) throw phoneTaken();
    const codeId = await checkCode(this.#db, 'signup', input.phone, input.code);
    let id: string;
    try {
      id = await this.#db.tx(async (trx) => {
        await consumeCode(trx, codeId, 'signup', input.phone);
        const uid = await createUser(trx, { username: input.phone, password: input.password, displayName: input.displayName.trim(), role: 'guardian', phone: input.phone, phoneVerified: true });
        const me: Caller = { kind: 'user', userId: uid, username: input.phone, role: 'guardian', facilityId: null, divisionId: null, medicalInstitutionId: null };
        await audit(trx, me, 'create', 'account', uid, { detail: { role: 'guardian', via: 'signup' } });
        await notify(trx, [{ userId: uid, template: 'welcome', params: { role: 'guardian' } }]);
        return uid;
      });
    } catch (e) {
      const constraint = ((e as AppError).cause as { constraint?: string } | undefined)?.constraint;
      if (e instanceof AppError && e.code === 'conflict' && (constraint === 'users_phone' || constraint === 'users_username_key')) throw phoneTaken();
      throw e;
    }
    return (await new AuthStore(this.#db).findById(id))!;
  }

  /**
   * Sends a password-reset code if the number belongs to an enabled account; answers the same either way.
   * @param reveal - demo mode: put the code in the answer when one was sent
   */
  async startReset(phone: string, address: string, reveal: boolean): Promise<CodeSent> {
    if (!this.#access.reachesRows('password_reset', 'create')) throw this.#access.refusal('password_reset', 'create');
    const r = await this.#db.tx(async (trx) => {
      const user = await trx.selectFrom('users').select('id').where('phone', '=', phone).where('disabled', '=', false).executeTakeFirst();
      const c = await issueCode(trx, 'password_reset', phone, address);
      if (user) await notify(trx, [{ userId: user.id, phone, template: CODE_TEMPLATE.password_reset, params: { code: c.code, minutes: CODE_TTL_MINUTES }, channels: ['sms'] }]);
      return { c, sent: user !== undefined };
    });
    return { expiresInSeconds: r.c.expiresInSeconds, resendAfterSeconds: r.c.resendAfterSeconds, ...(reveal && r.sent ? { demoCode: r.c.code } : {}) };
  }

  /** Sets a new password from a checked code; ends every session of the account. */
  async verifyReset(input: { phone: string; code: string; password: string }): Promise<void> {
    if (!this.#access.reachesRows('password_reset', 'create')) throw this.#access.refusal('password_reset', 'create');
    const user = await this.#db.k.selectFrom('users').select(['id', 'username', 'role', 'facility_id', 'division_id', 'medical_institution_id']).where('phone', '=', input.phone).where('disabled', '=', false).executeTakeFirst();
    checkNewPassword('password', input.password, [input.phone, user?.username ?? null]);
    const codeId = await checkCode(this.#db, 'password_reset', input.phone, input.code);
    // A code issued for a number without an account was never sent: whoever holds it guessed it.
    if (!user) throw invalid('code', 'the code is wrong', 'wrong_code');
    const hash = await hashPassword(input.password);
    await this.#db.tx(async (trx) => {
      await consumeCode(trx, codeId, 'password_reset', input.phone);
      await trx.updateTable('users').set({ password_hash: hash, password_changed_at: sql<Date>`now()`, password_temporary_until: null }).where('id', '=', user.id).execute();
      await endSessionsOf(trx, user.id);
      const me: Caller = { kind: 'user', userId: user.id, username: user.username, role: user.role as Role, facilityId: user.facility_id, divisionId: user.division_id, medicalInstitutionId: user.medical_institution_id };
      await audit(trx, me, 'update', 'account', user.id, { detail: { change: 'password_reset', via: 'sms' } });
      await notify(trx, [{ userId: user.id, template: 'password_changed', params: { by: 'sms' } }]);
    });
  }
}
