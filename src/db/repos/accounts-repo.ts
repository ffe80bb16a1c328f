/**
 * Accounts as staff manage them, scoped by the access policy: administrators create, disable, enable and reset
 * accounts of every role; directors do the same for their own facility's teachers (`teacher_account`); everyone
 * reads and renames their own account and changes their own password. Every write is audited in its transaction.
 *
 * Decisions:
 * - A role's binding is checked here, in one place (ROLE_BINDINGS): teachers and directors need an existing, open
 *   facility, district officials a county-level division, health workers an existing medical institution; city
 *   officials, administrators and guardians none (a binding given where none belongs is refused, naming the field).
 * - Administrators may create guardian accounts (assisted registration for a family without a smartphone, at a
 *   community office); the mobile number is then unverified. Self sign-up with an SMS code is the normal way.
 * - A reset by staff sets a random temporary password, shown once to the person resetting (who hands it over), valid
 *   for 72 hours and good only for choosing a new password (NIST SP 800-63B §6.1.2.3) — rather than a code by SMS,
 *   because staff accounts often have no mobile number on file. It ends every session of the account at once, as
 *   disabling does. Nobody resets or disables their own account here (that is the account settings' job).
 * - A password an administrator types when creating an account is used as given (the HTTP contract's
 *   `POST /api/users`); leaving it out makes a temporary password instead, which is what the web app does.
 */
import { randomInt } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { passwordWeakness, MAX_PASSWORD_LENGTH } from '../../shared/account-rules.ts';
import { AppError, invalid } from '../../shared/errors.ts';
import { hashPassword, verifyPassword } from '../../shared/password.ts';
import type { Access } from '../access/scope.ts';
import { col, val } from '../access/scope.ts';
import type { Resource } from '../access/policy.ts';
import type { DB } from '../schema.gen.ts';
import type { Db, Kx } from '../pool.ts';
import { audit } from './audit.ts';
import type { Role, UserCaller } from './caller.ts';
import { isUuid } from './ids.ts';
import { notify } from './notify.ts';
import { createUser, endSessionsOf } from './users.ts';

/** What a role is bound to. */
export type Binding = 'facility' | 'division' | 'institution' | 'none';
export const ROLE_BINDINGS: Readonly<Record<Role, Binding>> = {
  guardian: 'none',
  teacher: 'facility',
  director: 'facility',
  health_worker: 'institution',
  district_official: 'division',
  city_official: 'none',
  admin: 'none',
};
const BINDING_FIELD = { facility: 'facilityId', division: 'divisionId', institution: 'medicalInstitutionId' } as const;
type BindingField = (typeof BINDING_FIELD)[keyof typeof BINDING_FIELD];

/** How long a temporary password set by staff works. */
export const TEMPORARY_PASSWORD_HOURS = 72;
// No 0/o, 1/l/i: the password is read out or copied by hand.
const TEMP_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A random temporary password, three groups of four (about 59 bits). */
export function temporaryPassword(): string {
  const group = () => Array.from({ length: 4 }, () => TEMP_ALPHABET[randomInt(0, TEMP_ALPHABET.length)]).join('');
  return `${group()}-${group()}-${group()}`;
}

export interface AccountView {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  facilityId: string | null;
  facilityName: string | null;
  divisionId: string | null;
  divisionName: string | null;
  medicalInstitutionId: string | null;
  medicalInstitutionName: string | null;
  phone: string | null;
  phoneVerified: boolean;
  disabled: boolean;
  disabledAt: string | null;
  secondFactor: boolean;
  mustChangePassword: boolean;
  createdAt: string;
}

export interface AccountFilter {
  role?: Role;
  facilityId?: string;
  divisionId?: string;
  medicalInstitutionId?: string;
  disabled?: boolean;
  /** Part of the username, name or mobile number. */
  q?: string;
}

export interface NewAccount {
  username: string;
  /** Omitted: a temporary password is made (shown once, to be changed at first login). */
  password?: string;
  role: Role;
  displayName: string;
  facilityId?: string | null;
  divisionId?: string | null;
  medicalInstitutionId?: string | null;
  phone?: string | null;
}

export interface CreatedAccount {
  account: AccountView;
  /** The temporary password, when one was made: shown once, never stored in the clear. */
  temporaryPassword: string | null;
  temporaryUntil: string | null;
}

export interface PasswordReset {
  temporaryPassword: string;
  temporaryUntil: string;
}

export interface AccountPage {
  items: AccountView[];
  total: number;
  page: number;
  pageSize: number;
}

function selectAccounts(k: Kysely<DB>) {
  return k
    .selectFrom('users as u')
    .leftJoin('facilities as f', 'f.id', 'u.facility_id')
    .leftJoin('divisions as d', 'd.id', 'u.division_id')
    .leftJoin('medical_institutions as m', 'm.id', 'u.medical_institution_id')
    .select([
      'u.id',
      'u.username',
      'u.display_name',
      'u.role',
      'u.facility_id',
      'f.name as facility_name',
      'u.division_id',
      'd.name as division_name',
      'u.medical_institution_id',
      'm.name as institution_name',
      'u.phone',
      'u.phone_verified_at',
      'u.disabled_at',
      'u.totp_enabled_at',
      'u.password_temporary_until',
      'u.created_at',
    ]);
}
type Row = Awaited<ReturnType<ReturnType<typeof selectAccounts>['executeTakeFirstOrThrow']>>;
const iso = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString());

function view(r: Row): AccountView {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role as Role,
    facilityId: r.facility_id,
    facilityName: r.facility_name,
    divisionId: r.division_id,
    divisionName: r.division_name,
    medicalInstitutionId: r.medical_institution_id,
    medicalInstitutionName: r.institution_name,
    phone: r.phone,
    phoneVerified: r.phone_verified_at !== null,
    disabled: r.disabled_at !== null,
    disabledAt: iso(r.disabled_at),
    secondFactor: r.totp_enabled_at !== null,
    mustChangePassword: r.password_temporary_until !== null,
    createdAt: iso(r.created_at)!,
  };
}

/** The unique-value conflicts of an account, named by field and code. */
function accountConflict(e: unknown): unknown {
  if (!(e instanceof AppError) || e.code !== 'conflict') return e;
  const constraint = (e.cause as { constraint?: string } | undefined)?.constraint;
  if (constraint === 'users_username_key') return new AppError('conflict', 'this username is already used', { field: 'username', code: 'username_taken', cause: e });
  if (constraint === 'users_phone') return new AppError('conflict', 'an account with this mobile number already exists', { field: 'phone', code: 'phone_taken', cause: e });
  return e;
}

/** `%`, `_` and `\` taken literally in a LIKE pattern. */
const likeEscape = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

const notFound = (id: string, what = 'account') => new AppError('not_found', `${what} ${id} not found`, { field: 'id' });

/**
 * Checks a role's binding against the database: the place exists (and, for a facility, is not archived; for a
 * division, is county-level), and no binding is given that the role does not have.
 * @param k - the transaction
 */
async function checkBinding(k: Kx, role: Role, input: Pick<NewAccount, BindingField>): Promise<void> {
  const needs = ROLE_BINDINGS[role];
  for (const [binding, field] of Object.entries(BINDING_FIELD) as Array<[Exclude<Binding, 'none'>, BindingField]>) {
    const v = input[field];
    if (binding === needs) {
      if (!v) throw invalid(field, `a ${role} account must be bound to a ${binding}`, 'role_binding', { role, needs: field });
    } else if (v) {
      throw invalid(field, `a ${role} account is not bound to a ${binding}`, 'binding_not_allowed', { role });
    }
  }
  if (needs === 'facility') {
    const id = input.facilityId!;
    const f = isUuid(id) ? await k.selectFrom('facilities').select(['id', 'archived_at']).where('id', '=', id).executeTakeFirst() : undefined;
    if (!f) throw invalid('facilityId', `no facility ${id}`, 'unknown_facility', { id });
    if (f.archived_at) throw invalid('facilityId', `facility ${id} is archived`, 'archived', { id });
  } else if (needs === 'division') {
    const id = input.divisionId!;
    const d = await k.selectFrom('divisions').select(['id', 'level']).where('id', '=', id).executeTakeFirst();
    if (!d) throw invalid('divisionId', `no division ${id}`, 'unknown_division', { id });
    if (d.level !== 'county') throw invalid('divisionId', `a district official is bound to a county-level division (区/县), not a ${d.level}`, 'not_a_county', { id, level: d.level });
  } else if (needs === 'institution') {
    const id = input.medicalInstitutionId!;
    const m = isUuid(id) ? await k.selectFrom('medical_institutions').select('id').where('id', '=', id).executeTakeFirst() : undefined;
    if (!m) throw invalid('medicalInstitutionId', `no medical institution ${id}`, 'unknown_institution', { id });
  }
}

/**
 * A new password chosen by its holder, checked for strength (src/shared/account-rules.ts).
 * @param field - the request field it came in
 * @param personal - the account's username and mobile number
 */
export function checkNewPassword(field: string, password: string, personal: ReadonlyArray<string | null>): void {
  if (password.length > MAX_PASSWORD_LENGTH) throw invalid(field, `at most ${MAX_PASSWORD_LENGTH} characters`, 'too_long', { maximum: MAX_PASSWORD_LENGTH });
  const weak = passwordWeakness(password, personal);
  if (weak) throw invalid(field, `the password is too weak (${weak}): use at least 8 characters, not a common password, not your username or number`, 'weak_password', { minimum: 8, reason: weak });
}

/** Accounts, scoped to one caller. */
export class AccountRepo {
  readonly #db: Db;
  readonly #access: Access;
  constructor(db: Db, access: Access) {
    this.#db = db;
    this.#access = access;
  }

  #require(resource: Resource, action: string): void {
    if (!this.#access.reachesRows(resource, action)) throw this.#access.refusal(resource, action);
  }

  #self(): UserCaller | null {
    return this.#access.caller.kind === 'user' ? this.#access.caller : null;
  }

  /**
   * A page of accounts the caller may see (administrators: all; directors: their facility's; others: their own).
   * @param resource - `account`, or `teacher_account` for the teachers a director manages
   */
  async list(filter: AccountFilter, page = 1, pageSize = 50, resource: 'account' | 'teacher_account' = 'account'): Promise<AccountPage> {
    const scope = this.#access.where(resource, 'read', { user: col('u.id'), facility: col('u.facility_id') });
    let q = selectAccounts(this.#db.k).where(scope);
    if (resource === 'teacher_account') q = q.where('u.role', '=', 'teacher');
    if (filter.role) q = q.where('u.role', '=', filter.role);
    if (filter.facilityId) q = isUuid(filter.facilityId) ? q.where('u.facility_id', '=', filter.facilityId) : q.where(sql<boolean>`false`);
    if (filter.divisionId) q = q.where('u.division_id', '=', filter.divisionId);
    if (filter.medicalInstitutionId) q = isUuid(filter.medicalInstitutionId) ? q.where('u.medical_institution_id', '=', filter.medicalInstitutionId) : q.where(sql<boolean>`false`);
    if (filter.disabled !== undefined) q = q.where('u.disabled', '=', filter.disabled);
    if (filter.q?.trim()) {
      const like = `%${likeEscape(filter.q.trim().toLowerCase())}%`;
      q = q.where((eb) => eb.or([eb('u.username', 'like', like), eb(sql<string>`lower(u.display_name)`, 'like', like), eb('u.phone', 'like', like)]));
    }
    const rows = await q
      .select(sql<number>`count(*) OVER ()`.as('total'))
      .orderBy('u.created_at', 'desc')
      .orderBy('u.id')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute();
    return { items: rows.map(({ total: _t, ...r }) => view(r)), total: Number(rows[0]?.total ?? 0), page, pageSize };
  }

  /** One account (404 outside the caller's scope). */
  async get(id: string, resource: 'account' | 'teacher_account' = 'account'): Promise<AccountView> {
    const scope = this.#access.where(resource, 'read', { user: col('u.id'), facility: col('u.facility_id') });
    if (!isUuid(id)) throw notFound(id);
    let q = selectAccounts(this.#db.k).where('u.id', '=', id).where(scope);
    if (resource === 'teacher_account') q = q.where('u.role', '=', 'teacher');
    const r = await q.executeTakeFirst();
    if (!r) throw notFound(id, resource === 'teacher_account' ? 'teacher' : 'account');
    return view(r);
  }

  /** Creates an account of any role (administrators). */
  async create(input: NewAccount): Promise<CreatedAccount> {
    this.#require('account', 'create');
    return this.#insert(input);
  }

  /**
   * Adds a teacher to a facility: a director's own (the only one they may name), or any for administrators. The
   * teacher gets a temporary password, shown once.
   */
  async createTeacher(input: Omit<NewAccount, 'role' | 'password' | 'divisionId' | 'medicalInstitutionId'>): Promise<CreatedAccount> {
    this.#require('teacher_account', 'create');
    const facilityId = input.facilityId ?? this.#self()?.facilityId ?? null;
    if (!facilityId) throw invalid('facilityId', 'name the facility the teacher works at', 'required');
    return this.#insert({ ...input, facilityId, role: 'teacher' }, async (trx) => {
      if (!(await this.#access.allows(trx, 'teacher_account', 'create', { facility: val(facilityId) }))) {
        throw new AppError('forbidden', 'you may add teachers to your own facility only', { field: 'facilityId', code: 'forbidden' });
      }
    });
  }

  async #insert(input: NewAccount, guard?: (trx: Kx) => Promise<void>): Promise<CreatedAccount> {
    const temp = input.password === undefined ? temporaryPassword() : null;
    const username = input.username.trim().toLowerCase();
    try {
      return await this.#db.tx(async (trx) => {
        await guard?.(trx);
        await checkBinding(trx, input.role, input);
        const clash = await trx
          .selectFrom('users')
          .select(['username', 'phone'])
          .where((eb) => eb.or([eb('username', '=', username), ...(input.phone ? [eb('phone', '=', input.phone)] : [])]))
          .execute();
        if (clash.some((c) => c.username === username)) throw new AppError('conflict', 'this username is already used', { field: 'username', code: 'username_taken' });
        if (input.phone && clash.some((c) => c.phone === input.phone)) throw new AppError('conflict', 'an account with this mobile number already exists', { field: 'phone', code: 'phone_taken' });
        const id = await createUser(trx, {
          username,
          password: input.password ?? temp!,
          displayName: input.displayName.trim(),
          role: input.role,
          facilityId: input.facilityId ?? null,
          divisionId: input.divisionId ?? null,
          medicalInstitutionId: input.medicalInstitutionId ?? null,
          phone: input.phone ?? null,
          phoneVerified: false,
          createdBy: this.#self()?.userId ?? null,
        });
        let until: Date | null = null;
        if (temp) {
          const r = await trx
            .updateTable('users')
            .set({ password_temporary_until: sql<Date>`now() + make_interval(hours => ${TEMPORARY_PASSWORD_HOURS})` })
            .where('id', '=', id)
            .returning('password_temporary_until')
            .executeTakeFirstOrThrow();
          until = r.password_temporary_until;
        }
        await audit(trx, this.#access.caller, 'create', 'account', id, { detail: { role: input.role, facilityId: input.facilityId ?? null, divisionId: input.divisionId ?? null, medicalInstitutionId: input.medicalInstitutionId ?? null, temporaryPassword: temp !== null } });
        const account = view(await selectAccounts(trx).where('u.id', '=', id).executeTakeFirstOrThrow());
        return { account, temporaryPassword: temp, temporaryUntil: iso(until) };
      });
    } catch (e) {
      throw accountConflict(e);
    }
  }

  /** Renames an account (one's own; administrators: any). */
  async update(id: string, patch: { displayName: string }): Promise<AccountView> {
    this.#require('account', 'update');
    if (!isUuid(id)) throw notFound(id);
    return this.#db.tx(async (trx) => {
      const row = await trx.selectFrom('users').select(['id', 'facility_id']).where('id', '=', id).executeTakeFirst();
      if (!row) throw notFound(id);
      await this.#access.check(trx, 'account', 'update', { user: val(row.id), facility: val(row.facility_id) }, { readAs: 'account', what: `account ${id}` });
      await trx.updateTable('users').set({ display_name: patch.displayName.trim() }).where('id', '=', id).execute();
      await audit(trx, this.#access.caller, 'update', 'account', id, { detail: { fields: ['displayName'] } });
      return view(await selectAccounts(trx).where('u.id', '=', id).executeTakeFirstOrThrow());
    });
  }

  /** The target of a staff action, locked, checked against the policy; never the caller's own account. */
  async #target(trx: Kx, resource: 'account' | 'teacher_account', action: 'disable' | 'reset', id: string) {
    const row = isUuid(id) ? await trx.selectFrom('users').select(['id', 'role', 'facility_id', 'disabled_at']).where('id', '=', id).forUpdate().executeTakeFirst() : undefined;
    const what = resource === 'teacher_account' ? 'teacher' : 'account';
    if (!row || (resource === 'teacher_account' && row.role !== 'teacher')) throw notFound(id, what);
    await this.#access.check(trx, resource, action, { user: val(row.id), facility: val(row.facility_id) }, { readAs: 'account', what: `${what} ${id}` });
    if (row.id === this.#self()?.userId) throw new AppError('conflict', 'you cannot do this to your own account (use your account settings)', { field: 'id', code: 'own_account' });
    return row;
  }

  /**
   * Disables or enables an account. Disabling ends every session of the account in the same transaction, so its
   * next request is refused.
   * @param resource - `account` (administrators) or `teacher_account` (a director's teachers)
   */
  async setDisabled(resource: 'account' | 'teacher_account', id: string, disabled: boolean): Promise<AccountView> {
    this.#require(resource, 'disable');
    return this.#db.tx(async (trx) => {
      const row = await this.#target(trx, resource, 'disable', id);
      if ((row.disabled_at !== null) !== disabled) {
        await trx
          .updateTable('users')
          .set(disabled ? { disabled: true, disabled_at: sql<Date>`now()`, disabled_by: this.#self()?.userId ?? null } : { disabled: false, disabled_at: null, disabled_by: null })
          .where('id', '=', id)
          .execute();
        await audit(trx, this.#access.caller, disabled ? 'disable' : 'enable', 'account', id, { detail: { role: row.role } });
      }
      if (disabled) await endSessionsOf(trx, id);
      return view(await selectAccounts(trx).where('u.id', '=', id).executeTakeFirstOrThrow());
    });
  }

  /**
   * Resets someone's password to a temporary one (shown once, valid 72 hours, to be changed at first login) and ends
   * their sessions. An administrator may also clear the second factor (a lost phone).
   * @param resource - `account` (administrators) or `teacher_account` (a director's teachers)
   */
  async resetPassword(resource: 'account' | 'teacher_account', id: string, opts: { clearSecondFactor?: boolean } = {}): Promise<PasswordReset> {
    this.#require(resource, 'reset');
    const temp = temporaryPassword();
    const hash = await hashPassword(temp);
    return this.#db.tx(async (trx) => {
      const row = await this.#target(trx, resource, 'reset', id);
      const clear = opts.clearSecondFactor === true;
      const r = await trx
        .updateTable('users')
        .set({
          password_hash: hash,
          password_changed_at: sql<Date>`now()`,
          password_temporary_until: sql<Date>`now() + make_interval(hours => ${TEMPORARY_PASSWORD_HOURS})`,
          ...(clear ? { totp_secret: null, totp_enabled_at: null, totp_recovery: [], totp_last_step: null } : {}),
        })
        .where('id', '=', id)
        .returning('password_temporary_until')
        .executeTakeFirstOrThrow();
      await endSessionsOf(trx, id);
      await audit(trx, this.#access.caller, 'update', 'account', id, { detail: { change: 'password_reset', role: row.role, secondFactorCleared: clear } });
      await notify(trx, [{ userId: id, template: 'password_changed', params: { by: 'staff' } }]);
      return { temporaryPassword: temp, temporaryUntil: iso(r.password_temporary_until)! };
    });
  }

  /**
   * Changes the caller's own password: the current one is needed; every other session of the account ends (the one
   * asking stays signed in); a temporary password stops being temporary.
   * @param keepTokenHash - the SHA-256 of the asking session's token
   */
  async changeOwnPassword(currentPassword: string, newPassword: string, keepTokenHash: string | null): Promise<void> {
    const me = this.#self();
    if (!me) throw this.#access.refusal('account', 'update');
    const row = await this.#db.k.selectFrom('users').select(['id', 'username', 'phone', 'password_hash', 'facility_id']).where('id', '=', me.userId).executeTakeFirst();
    if (!row) throw notFound(me.userId);
    if (!(await verifyPassword(currentPassword, row.password_hash))) throw invalid('currentPassword', 'the current password is wrong', 'wrong_password');
    if (newPassword === currentPassword) throw invalid('newPassword', 'the new password must differ from the current one', 'same_password');
    checkNewPassword('newPassword', newPassword, [row.username, row.phone]);
    const hash = await hashPassword(newPassword);
    await this.#db.tx(async (trx) => {
      await this.#access.check(trx, 'account', 'update', { user: val(row.id), facility: val(row.facility_id) });
      await trx.updateTable('users').set({ password_hash: hash, password_changed_at: sql<Date>`now()`, password_temporary_until: null }).where('id', '=', row.id).execute();
      await endSessionsOf(trx, row.id, keepTokenHash ?? undefined);
      await audit(trx, this.#access.caller, 'update', 'account', row.id, { detail: { change: 'password' } });
      await notify(trx, [{ userId: row.id, template: 'password_changed', params: { by: 'self' } }]);
    });
  }
}
