/**
 * A guardian's side of a child's record (PIPL): adding a child with the guardian's separate consent (Art. 29/31),
 * correcting it (Art. 46), the consent's history and withdrawal (Art. 15), a copy of everything held (Art. 45) and
 * deletion (Art. 47) — keeping only what a rule requires (fee statements, placement history) and saying so.
 */
import { sql } from 'kysely';
import { ageInMonths } from '../../../care/age.ts';
import { currentWording, wordingByVersion, type ConsentWording } from '../../../care/consent.ts';
import { AppError, invalid } from '../../../shared/errors.ts';
import { col, val, type Access } from '../../access/scope.ts';
import type { Db, Kx } from '../../pool.ts';
import { audit } from '../audit.ts';
import { isUuid } from '../ids.ts';
import { cancelBookingIn } from './booking-write.ts';
import { dbClock } from './common.ts';

/** The oldest child the platform takes in (the 0–3 circle), in completed months at the time of adding. */
export const MAX_AGE_MONTHS_AT_ADD = 36;

export interface NewChild {
  familyName: string;
  givenName: string;
  sex: 'M' | 'F';
  birthDate: string;
  homeLng: number;
  homeLat: number;
  /** The consent wording the guardian agreed to (default: the one in force, which the UI shows). */
  consentVersion?: string;
  relationship?: 'mother' | 'father' | 'grandparent' | 'other';
}

export type ChildPatch = Partial<Omit<NewChild, 'consentVersion' | 'relationship'>>;

export interface ConsentView {
  id: string;
  purpose: 'child_record';
  wordingVersion: string;
  givenAt: string;
  withdrawnAt: string | null;
  guardianId: string;
}

export interface ErasureReport {
  /** The child's record is gone entirely. */
  erased: boolean;
  deleted: Array<{ record: string; count: number }>;
  /** What stays, and why (the guardian is told). */
  kept: Array<{ record: string; count: number; reason: string }>;
}

const consentSelect = ['id', 'purpose', 'wording_version as wordingVersion', 'given_at', 'withdrawn_at', 'guardian_id as guardianId'] as const;
type ConsentRow = { id: string; purpose: string; wordingVersion: string; given_at: Date; withdrawn_at: Date | null; guardianId: string };
const consentView = (r: ConsentRow): ConsentView => ({ id: r.id, purpose: 'child_record', wordingVersion: r.wordingVersion, givenAt: r.given_at.toISOString(), withdrawnAt: r.withdrawn_at?.toISOString() ?? null, guardianId: r.guardianId });

/** The wording a request names, which must be the one in force (a guardian agrees to what is shown today). */
function agreedWording(version: string | undefined, today: string): ConsentWording {
  const current = currentWording('child_record', today);
  if (version === undefined || version === current.version) return current;
  if (!wordingByVersion(version)) throw invalid('consentVersion', `no consent wording has version ${version}`, 'consent_version_unknown', { version });
  throw invalid('consentVersion', `wording ${version} is no longer in force; the current wording is ${current.version}`, 'consent_version_outdated', { current: current.version });
}

export class FamilyChildRepo {
  readonly #db: Db;
  readonly #access: Access;
  constructor(db: Db, access: Access) {
    this.#db = db;
    this.#access = access;
  }

  /**
   * Adds a child: the caller becomes its guardian, and their consent to the wording in force (or the version named,
   * which must be that one) is recorded with its version and time, in the same transaction.
   */
  async create(input: NewChild): Promise<{ id: string; consent: ConsentView }> {
    if (!this.#access.reachesRows('child', 'create')) throw this.#access.refusal('child', 'create');
    const caller = this.#access.caller;
    if (caller.kind !== 'user') throw this.#access.refusal('child', 'create');
    return this.#db.tx(async (trx) => {
      await this.#access.check(trx, 'child', 'create', { user: val(caller.userId) });
      const clock = await dbClock(trx);
      checkBirthDate(input.birthDate, clock.today);
      const wording = agreedWording(input.consentVersion, clock.today);
      const { id } = await trx
        .insertInto('children')
        .values({ family_name: input.familyName, given_name: input.givenName, sex: input.sex, birth_date: input.birthDate, home_lng: input.homeLng, home_lat: input.homeLat })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx.insertInto('child_guardians').values({ child_id: id, user_id: caller.userId, relationship: input.relationship ?? 'parent' }).execute();
      const consent = await trx
        .insertInto('consents')
        .values({ child_id: id, guardian_id: caller.userId, purpose: 'child_record', wording_version: wording.version })
        .returning(consentSelect)
        .executeTakeFirstOrThrow();
      await audit(trx, caller, 'create', 'child', id, { childIds: [id], detail: { consent: wording.version } });
      return { id, consent: consentView(consent) };
    });
  }

  /**
   * The home and birth date of a child the caller may read, for a search from the child's home (audited, with the
   * purpose).
   */
  async searchFacts(childId: string): Promise<{ lng: number | null; lat: number | null; birthDate: string }> {
    if (!isUuid(childId)) throw new AppError('not_found', `child ${childId} not found`, { field: 'childId' });
    const scope = this.#access.where('child', 'read', { child: col('ch.id') });
    return this.#db.tx(async (trx) => {
      const r = await trx.selectFrom('children as ch').select(['ch.home_lng', 'ch.home_lat', 'ch.birth_date']).where('ch.id', '=', childId).where(scope).executeTakeFirst();
      if (!r) throw new AppError('not_found', `child ${childId} not found`, { field: 'childId' });
      await audit(trx, this.#access.caller, 'read', 'child', childId, { childIds: [childId], purpose: 'care_search' });
      return { lng: r.home_lng, lat: r.home_lat, birthDate: r.birth_date };
    });
  }

  /** Corrects a child's record (name, sex, birth date, home). */
  async update(id: string, patch: ChildPatch): Promise<void> {
    if (!this.#access.reachesRows('child', 'update')) throw this.#access.refusal('child', 'update');
    if (!isUuid(id)) throw new AppError('not_found', `child ${id} not found`, { field: 'id' });
    await this.#db.tx(async (trx) => {
      await this.#access.check(trx, 'child', 'update', { child: val(id) }, { readAs: 'child', what: `child ${id}` });
      const clock = await dbClock(trx);
      if (patch.birthDate !== undefined) checkBirthDate(patch.birthDate, clock.today);
      const set: Record<string, unknown> = {};
      if (patch.familyName !== undefined) set.family_name = patch.familyName;
      if (patch.givenName !== undefined) set.given_name = patch.givenName;
      if (patch.sex !== undefined) set.sex = patch.sex;
      if (patch.birthDate !== undefined) set.birth_date = patch.birthDate;
      if (patch.homeLng !== undefined) set.home_lng = patch.homeLng;
      if (patch.homeLat !== undefined) set.home_lat = patch.homeLat;
      if (Object.keys(set).length === 0) throw invalid('body', 'nothing to change', 'required');
      await trx.updateTable('children').set(set).where('id', '=', id).execute();
      await audit(trx, this.#access.caller, 'update', 'child', id, { childIds: [id], detail: { fields: Object.keys(patch) } });
    });
  }

  /** The consent history of a child (newest first). */
  async consents(childId: string): Promise<ConsentView[]> {
    const scope = this.#access.where('consent', 'read', { child: col('c.child_id') });
    if (!isUuid(childId)) throw new AppError('not_found', `child ${childId} not found`, { field: 'id' });
    return this.#db.tx(async (trx) => {
      await this.#access.check(trx, 'consent', 'read', { child: val(childId) }, { what: `child ${childId}` });
      const rows = await trx.selectFrom('consents as c').select(consentSelect.map((x) => `c.${x}` as const)).where('c.child_id', '=', childId).where(scope).orderBy('c.given_at', 'desc').execute();
      await audit(trx, this.#access.caller, 'read', 'consent', childId, { childIds: [childId] });
      return rows.map(consentView);
    });
  }

  /** Gives consent again (after a withdrawal): the wording in force; refused while the caller's consent is open. */
  async giveConsent(childId: string, version: string | undefined): Promise<ConsentView> {
    if (!this.#access.reachesRows('consent', 'create')) throw this.#access.refusal('consent', 'create');
    if (!isUuid(childId)) throw new AppError('not_found', `child ${childId} not found`, { field: 'id' });
    const caller = this.#access.caller;
    return this.#db.tx(async (trx) => {
      await this.#access.check(trx, 'consent', 'create', { child: val(childId) }, { what: `child ${childId}` });
      if (caller.kind !== 'user') throw this.#access.refusal('consent', 'create');
      const clock = await dbClock(trx);
      const wording = agreedWording(version, clock.today);
      const open = await trx.selectFrom('consents').select('id').where('child_id', '=', childId).where('guardian_id', '=', caller.userId).where('withdrawn_at', 'is', null).executeTakeFirst();
      if (open) throw new AppError('conflict', 'your consent for this child is already in force', { field: 'wordingVersion', code: 'duplicate' });
      const r = await trx.insertInto('consents').values({ child_id: childId, guardian_id: caller.userId, purpose: 'child_record', wording_version: wording.version }).returning(consentSelect).executeTakeFirstOrThrow();
      await audit(trx, caller, 'create', 'consent', r.id, { childIds: [childId], detail: { version: wording.version } });
      return consentView(r);
    });
  }

  /**
   * Withdraws the caller's consent: processing for new purposes stops — open applications are withdrawn and future
   * bookings cancelled (by the cancellation rules). A current placement continues under the care contract until the
   * family ends it; the answer says what was stopped.
   */
  async withdrawConsent(childId: string): Promise<{ consent: ConsentView; applicationsWithdrawn: number; bookingsCancelled: number }> {
    if (!this.#access.reachesRows('consent', 'update')) throw this.#access.refusal('consent', 'update');
    if (!isUuid(childId)) throw new AppError('not_found', `child ${childId} not found`, { field: 'id' });
    const caller = this.#access.caller;
    return this.#db.tx(async (trx) => {
      await this.#access.check(trx, 'consent', 'update', { child: val(childId) }, { what: `child ${childId}` });
      if (caller.kind !== 'user') throw this.#access.refusal('consent', 'update');
      const r = await trx
        .updateTable('consents')
        .set({ withdrawn_at: sql<Date>`now()` })
        .where('child_id', '=', childId)
        .where('guardian_id', '=', caller.userId)
        .where('withdrawn_at', 'is', null)
        .returning(consentSelect)
        .executeTakeFirst();
      if (!r) throw new AppError('conflict', 'you have no consent in force for this child', { field: 'id', code: 'consent_required' });
      const stillOpen = await trx.selectFrom('consents').select('id').where('child_id', '=', childId).where('withdrawn_at', 'is', null).executeTakeFirst();
      let applicationsWithdrawn = 0;
      let bookingsCancelled = 0;
      if (!stillOpen) {
        const apps = await trx.updateTable('applications').set({ status: 'withdrawn', decided_at: sql<Date>`now()` }).where('child_id', '=', childId).where('status', '=', 'open').returning('id').execute();
        applicationsWithdrawn = apps.length;
        if (apps.length) {
          const ids = apps.map((a) => a.id);
          await trx.updateTable('application_choices').set({ status: 'withdrawn' }).where('application_id', 'in', ids).where('status', 'in', ['waiting', 'offered']).execute();
          await trx.updateTable('offers').set({ status: 'withdrawn', decided_at: sql<Date>`now()` }).where('application_id', 'in', ids).where('status', '=', 'open').execute();
        }
        const future = await trx.selectFrom('bookings').select('id').where('child_id', '=', childId).where('status', '=', 'booked').where(sql<boolean>`lower(during) > now()`).execute();
        for (const b of future) await cancelBookingIn(trx, b.id, 'family');
        bookingsCancelled = future.length;
      }
      await audit(trx, caller, 'update', 'consent', r.id, { childIds: [childId], detail: { withdrawn: true, applicationsWithdrawn, bookingsCancelled } });
      return { consent: consentView(r), applicationsWithdrawn, bookingsCancelled };
    });
  }

  /** Everything held about a child (PIPL Art. 45), as one document; the export is audited. */
  async exportRecord(childId: string): Promise<ChildExport> {
    if (!this.#access.reachesRows('child', 'export')) throw this.#access.refusal('child', 'export');
    if (!isUuid(childId)) throw new AppError('not_found', `child ${childId} not found`, { field: 'id' });
    return this.#db.tx(async (trx) => {
      await this.#access.check(trx, 'child', 'export', { child: val(childId) }, { readAs: 'child', what: `child ${childId}` });
      const out = await collectRecord(trx, childId);
      await audit(trx, this.#access.caller, 'export', 'child', childId, { childIds: [childId], purpose: 'guardian_copy' });
      return out;
    });
  }

  /**
   * Deletes a child's record on the guardian's request (PIPL Art. 47). Refused while a placement is current or
   * ahead. Applications, offers, uncharged bookings, entry exams and consents are deleted; fee statements, charged
   * bookings and past placements stay (accounting and care records the law requires), with the child's name and home
   * removed — and the answer says what stayed and why.
   */
  async erase(childId: string): Promise<ErasureReport> {
    if (!this.#access.reachesRows('child', 'delete')) throw this.#access.refusal('child', 'delete');
    if (!isUuid(childId)) throw new AppError('not_found', `child ${childId} not found`, { field: 'id' });
    return this.#db.tx(async (trx) => {
      await this.#access.check(trx, 'child', 'delete', { child: val(childId) }, { readAs: 'child', what: `child ${childId}` });
      await trx.selectFrom('children').select('id').where('id', '=', childId).forUpdate().execute();
      const active = await trx.selectFrom('placements').select('id').where('child_id', '=', childId).where(sql<boolean>`upper_inf(during) OR upper(during) > current_date`).executeTakeFirst();
      if (active) throw new AppError('conflict', 'the child holds a current or future placement; end it with the facility first', { field: 'id', code: 'placement_active' });
      const count = async (table: 'applications' | 'entry_exams' | 'consents', ) => (await trx.selectFrom(table).select(sql<number>`count(*)::int`.as('n')).where('child_id', '=', childId).executeTakeFirstOrThrow()).n;
      const deleted: ErasureReport['deleted'] = [];
      const kept: ErasureReport['kept'] = [];
      const statements = (await trx.selectFrom('fee_statements').select(sql<number>`count(*)::int`.as('n')).where('child_id', '=', childId).executeTakeFirstOrThrow()).n;
      const charged = (await trx.selectFrom('bookings').select(sql<number>`count(*)::int`.as('n')).where('child_id', '=', childId).where('charged', '>', 0).executeTakeFirstOrThrow()).n;
      const placements = (await trx.selectFrom('placements').select(sql<number>`count(*)::int`.as('n')).where('child_id', '=', childId).executeTakeFirstOrThrow()).n;
      for (const t of ['applications', 'entry_exams', 'consents'] as const) {
        const n = await count(t);
        if (n) deleted.push({ record: t, count: n });
      }
      const unchargedBookings = await trx.deleteFrom('bookings').where('child_id', '=', childId).where('charged', '=', 0).returning('id').execute();
      if (unchargedBookings.length) deleted.push({ record: 'bookings', count: unchargedBookings.length });
      const mustKeep = statements + charged + placements > 0;
      if (!mustKeep) {
        await trx.deleteFrom('children').where('id', '=', childId).execute();
        await audit(trx, this.#access.caller, 'delete', 'child', childId, { childIds: [childId], detail: { deleted } });
        return { erased: true, deleted: [{ record: 'child', count: 1 }, ...deleted], kept };
      }
      await trx.deleteFrom('applications').where('child_id', '=', childId).execute();
      await trx.deleteFrom('entry_exams').where('child_id', '=', childId).execute();
      await trx.deleteFrom('consents').where('child_id', '=', childId).execute();
      await trx.updateTable('children').set({ family_name: '（已删除）', given_name: '（已删除）', home_lng: null, home_lat: null }).where('id', '=', childId).execute();
      deleted.push({ record: 'name_and_home', count: 1 });
      if (statements) kept.push({ record: 'fee_statements', count: statements, reason: 'accounting records must be kept (会计档案管理办法)' });
      if (charged) kept.push({ record: 'charged_bookings', count: charged, reason: 'charged bookings are accounting records (会计档案管理办法)' });
      if (placements) kept.push({ record: 'placements', count: placements, reason: "a facility keeps its enrolment history (托育机构管理规范（试行）: 儿童档案); with the child's birth date only" });
      await audit(trx, this.#access.caller, 'delete', 'child', childId, { childIds: [childId], detail: { deleted, kept: kept.map((k) => k.record) } });
      return { erased: false, deleted, kept };
    });
  }
}

/** Refuses a birth date in the future, or of a child too old for the 0–3 circle. */
function checkBirthDate(birthDate: string, today: string): void {
  if (birthDate > today) throw invalid('birthDate', `the birth date ${birthDate} is in the future`, 'invalid_date');
  const months = ageInMonths(birthDate, today);
  if (months >= MAX_AGE_MONTHS_AT_ADD) throw invalid('birthDate', `the circle serves children under ${MAX_AGE_MONTHS_AT_ADD} months; this child is ${months} months old`, 'too_big', { maximum: MAX_AGE_MONTHS_AT_ADD });
}

/** Everything held about a child, by kind of record. */
export interface ChildExport {
  child: { id: string; familyName: string; givenName: string; sex: string; birthDate: string; homeLng: number | null; homeLat: number | null; createdAt: string };
  guardians: Array<{ displayName: string; relationship: string }>;
  consents: ConsentView[];
  applications: Array<{ id: string; mode: string; startDate: string; status: string; appliedOn: string; choices: Array<{ rank: number; facilityName: string; status: string }> }>;
  offers: Array<{ id: string; facilityName: string; className: string; startDate: string; monthlyFee: number; status: string; expiresAt: string }>;
  placements: Array<{ id: string; facilityName: string; className: string; mode: string; from: string; until: string | null; monthlyFee: number | null }>;
  bookings: Array<{ id: string; facilityName: string; day: string; start: string; end: string; price: number; status: string; charged: number }>;
  statements: Array<{ id: string; facilityName: string; month: string; amountDue: number; paid: boolean }>;
  entryExams: Array<{ examinedOn: string; passed: boolean; note: string | null }>;
  /** Days attended per month and facility (daily care's attendance). */
  attendance: Array<{ month: string; facilityName: string; days: number }>;
  /** The subsidy months the child counted for in the bureaus' claims (amounts in fen). */
  subsidyMonths: Array<{ month: string; facilityName: string; attendedDays: number; amountFen: number; eligible: boolean; reasons: string[] }>;
  generatedAt: string;
  /** Who read or changed the record: role, action, purpose and time (the audit trail; names of staff are not shown). */
  accessLog: Array<{ at: string; role: string; action: string; entity: string; purpose: string | null }>;
}

async function collectRecord(k: Kx, childId: string): Promise<ChildExport> {
  const c = await k.selectFrom('children').selectAll().where('id', '=', childId).executeTakeFirstOrThrow();
  const guardians = await k.selectFrom('child_guardians as g').innerJoin('users as u', 'u.id', 'g.user_id').select(['u.display_name as displayName', 'g.relationship']).where('g.child_id', '=', childId).execute();
  const consents = (await k.selectFrom('consents').select(consentSelect).where('child_id', '=', childId).orderBy('given_at').execute()).map(consentView);
  const apps = await k.selectFrom('applications').select(['id', 'mode', 'start_date', 'status', 'applied_on']).where('child_id', '=', childId).orderBy('created_at').execute();
  const choices = apps.length
    ? await k.selectFrom('application_choices as c').innerJoin('facilities as f', 'f.id', 'c.facility_id').select(['c.application_id', 'c.rank', 'f.name', 'c.status']).where('c.application_id', 'in', apps.map((a) => a.id)).orderBy('c.rank').execute()
    : [];
  const offers = await k
    .selectFrom('offers as o')
    .innerJoin('applications as a', 'a.id', 'o.application_id')
    .innerJoin('facilities as f', 'f.id', 'o.facility_id')
    .innerJoin('classes as k', 'k.id', 'o.class_id')
    .select(['o.id', 'f.name as facilityName', 'k.name as className', 'o.start_date', 'o.monthly_fee', 'o.status', 'o.expires_at'])
    .where('a.child_id', '=', childId)
    .orderBy('o.created_at')
    .execute();
  const placements = await k
    .selectFrom('placements as p')
    .innerJoin('facilities as f', 'f.id', 'p.facility_id')
    .innerJoin('classes as k', 'k.id', 'p.class_id')
    .select(['p.id', 'f.name as facilityName', 'k.name as className', 'p.mode', sql<string>`lower(p.during)::text`.as('from'), sql<string | null>`(upper(p.during) - 1)::text`.as('until'), 'p.monthly_fee'])
    .where('p.child_id', '=', childId)
    .orderBy(sql`lower(p.during)`)
    .execute();
  const bookings = await k
    .selectFrom('bookings as b')
    .innerJoin('facilities as f', 'f.id', 'b.facility_id')
    .select(['b.id', 'f.name as facilityName', 'b.day', sql<string>`to_char(lower(b.during), 'HH24:MI')`.as('start'), sql<string>`to_char(upper(b.during), 'HH24:MI')`.as('end'), 'b.price', 'b.status', 'b.charged'])
    .where('b.child_id', '=', childId)
    .orderBy('b.during')
    .execute();
  const statements = await k.selectFrom('fee_statements as s').innerJoin('facilities as f', 'f.id', 's.facility_id').select(['s.id', 'f.name as facilityName', 's.month', 's.amount_due', 's.paid_at']).where('s.child_id', '=', childId).orderBy('s.month').execute();
  const exams = await k.selectFrom('entry_exams').select(['examined_on', 'passed', 'note']).where('child_id', '=', childId).orderBy('examined_on').execute();
  const attendance = await sql<{ month: string; facilityName: string; days: number }>`
    SELECT to_char(a.day, 'YYYY-MM') AS month, f.name AS "facilityName", count(*)::int AS days
    FROM attendance a JOIN facilities f ON f.id = a.facility_id
    WHERE a.child_id = ${childId}::uuid AND a.check_in_at IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2`.execute(k);
  const subsidy = await sql<{ month: string; facilityName: string; attended_days: number; amount_fen: string; eligible: boolean; reasons: string[] }>`
    SELECT to_char(sc.month, 'YYYY-MM') AS month, f.name AS "facilityName", l.attended_days, l.amount_fen::text, l.eligible, l.reasons
    FROM subsidy_claim_lines l JOIN subsidy_claims sc ON sc.id = l.claim_id JOIN facilities f ON f.id = sc.facility_id
    WHERE l.child_id = ${childId}::uuid ORDER BY sc.month`.execute(k);
  const log = await k.selectFrom('audit_log').select(['at', 'actor_role', 'action', 'entity', 'purpose']).where('child_id', '=', childId).orderBy('at', 'desc').orderBy('id', 'desc').limit(5000).execute();
  const now = (await sql<{ now: Date }>`SELECT now() AS now`.execute(k)).rows[0]!.now;
  return {
    child: { id: c.id, familyName: c.family_name, givenName: c.given_name, sex: c.sex, birthDate: c.birth_date, homeLng: c.home_lng, homeLat: c.home_lat, createdAt: c.created_at.toISOString() },
    guardians,
    consents,
    applications: apps.map((a) => ({
      id: a.id,
      mode: a.mode,
      startDate: a.start_date,
      status: a.status,
      appliedOn: a.applied_on,
      choices: choices.filter((x) => x.application_id === a.id).map((x) => ({ rank: x.rank, facilityName: x.name, status: x.status })),
    })),
    offers: offers.map((o) => ({ id: o.id, facilityName: o.facilityName, className: o.className, startDate: o.start_date, monthlyFee: Number(o.monthly_fee), status: o.status, expiresAt: o.expires_at.toISOString() })),
    placements: placements.map((p) => ({ id: p.id, facilityName: p.facilityName, className: p.className, mode: p.mode, from: p.from, until: p.until, monthlyFee: p.monthly_fee === null ? null : Number(p.monthly_fee) })),
    bookings: bookings.map((b) => ({ id: b.id, facilityName: b.facilityName, day: b.day, start: b.start, end: b.end, price: Number(b.price), status: b.status, charged: Number(b.charged) })),
    statements: statements.map((s) => ({ id: s.id, facilityName: s.facilityName, month: s.month.slice(0, 7), amountDue: Number(s.amount_due), paid: s.paid_at !== null })),
    entryExams: exams.map((e) => ({ examinedOn: e.examined_on, passed: e.passed, note: e.note })),
    attendance: attendance.rows,
    subsidyMonths: subsidy.rows.map((s) => ({ month: s.month, facilityName: s.facilityName, attendedDays: s.attended_days, amountFen: Number(s.amount_fen), eligible: s.eligible, reasons: s.reasons })),
    generatedAt: now.toISOString(),
    accessLog: log.map((l) => ({ at: l.at.toISOString(), role: l.actor_role, action: l.action, entity: l.entity, purpose: l.purpose })),
  };
}
