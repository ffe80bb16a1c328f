/**
 * The free services (医育融合服务), scoped to a caller (policy: `service_session`, `service_registration`): sessions of
 * pediatric massage by age, early-development guidance and parent classes (家长课堂) with a capacity; registration by
 * guardians for their children — the last place decided under a row lock on the session, so two guardians racing for
 * it cannot both get it (409 `full` for the second); cancelling, attendance, and each child's service counts.
 */
import { sql, type SqlBool } from 'kysely';
import { MASSAGE_BANDS, massageBandFor, registrationProblem, type ServiceKind } from '../../care/health-services.ts';
import { AppError, invalid } from '../../shared/errors.ts';
import { col, val, type Access } from '../access/scope.ts';
import type { Db, Kx } from '../pool.ts';
import { audit } from './audit.ts';
import { checkRow } from './health-access.ts';
import type { Page } from './children.ts';
import { isUuid } from './ids.ts';

export interface SessionInput {
  kind: ServiceKind;
  title: string;
  facilityId: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
  ageFromMonths?: number | null;
  ageToMonths?: number | null;
  location?: string | null;
  description?: string | null;
}

export interface SessionView {
  id: string;
  kind: ServiceKind;
  title: string;
  facility: { id: string; name: string };
  institution: { id: string; name: string } | null;
  startsAt: string;
  endsAt: string;
  capacity: number;
  registered: number;
  free: number;
  ageFromMonths: number | null;
  ageToMonths: number | null;
  /** Massage sessions: the techniques taught at these ages (Chinese names of the service specification). */
  techniques: string[];
  location: string | null;
  description: string | null;
  cancelled: boolean;
  /** The caller's children registered (guardians). */
  mine: Array<{ registrationId: string; childId: string }>;
}

export interface RegistrationView {
  id: string;
  sessionId: string;
  child: { id: string; familyName: string; givenName: string; birthDate: string };
  registeredAt: string;
  cancelled: boolean;
  attended: boolean | null;
}

export interface ChildServiceCounts {
  childId: string;
  /** Per kind: sessions attended, and registered but not yet held or marked. */
  counts: Array<{ kind: ServiceKind; attended: number; registered: number }>;
  upcoming: Array<{ registrationId: string; sessionId: string; kind: ServiceKind; title: string; startsAt: string; facilityName: string }>;
}

const iso = (col: string) => sql<string>`to_char(${sql.ref(col)} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

/** Sessions with their places taken and, for a guardian (`uid`), their children's registrations. */
function selectSessions(k: Kx, uid: string | null) {
  return k
    .selectFrom('service_sessions as s')
    .innerJoin('facilities as f', 'f.id', 's.facility_id')
    .leftJoin('medical_institutions as m', 'm.id', 's.institution_id')
    .select([
      's.id',
      's.kind',
      's.title',
      's.facility_id',
      'f.name as facility_name',
      's.institution_id',
      'm.name as institution_name',
      iso('s.starts_at').as('starts_iso'),
      iso('s.ends_at').as('ends_iso'),
      's.capacity',
      's.age_from_months',
      's.age_to_months',
      's.location',
      's.description',
      's.cancelled_at',
      sql<number>`(SELECT count(*)::int FROM service_registrations r WHERE r.session_id = s.id AND r.cancelled_at IS NULL)`.as('registered'),
      sql<Array<{ registrationId: string; childId: string }>>`COALESCE((SELECT json_agg(json_build_object('registrationId', r.id, 'childId', r.child_id) ORDER BY r.registered_at)
        FROM service_registrations r JOIN child_guardians g ON g.child_id = r.child_id AND g.user_id = ${uid}::uuid
        WHERE r.session_id = s.id AND r.cancelled_at IS NULL), '[]'::json)`.as('mine'),
    ]);
}

type SessionRow = Awaited<ReturnType<ReturnType<typeof selectSessions>['executeTakeFirstOrThrow']>>;

export class ServiceRepo {
  readonly #db: Db;
  readonly #access: Access;
  constructor(db: Db, access: Access) {
    this.#db = db;
    this.#access = access;
  }

  #select(k: Kx) {
    const c = this.#access.caller;
    return selectSessions(k, c.kind === 'user' && c.role === 'guardian' ? c.userId : null);
  }

  #view(r: SessionRow): SessionView {
    const band = r.kind === 'tcm_massage' && r.age_from_months !== null ? massageBandFor(r.age_from_months) : null;
    return {
      id: r.id,
      kind: r.kind as ServiceKind,
      title: r.title,
      facility: { id: r.facility_id, name: r.facility_name },
      institution: r.institution_id ? { id: r.institution_id, name: r.institution_name ?? '' } : null,
      startsAt: r.starts_iso,
      endsAt: r.ends_iso,
      capacity: r.capacity,
      registered: r.registered,
      free: Math.max(0, r.capacity - r.registered),
      ageFromMonths: r.age_from_months,
      ageToMonths: r.age_to_months,
      techniques: band ? [...band.techniques] : [],
      location: r.location,
      description: r.description,
      cancelled: r.cancelled_at !== null,
      mine: r.mine,
    };
  }

  /** Sessions the caller may see (guardians: at their children's facilities), soonest first; past ones on request. */
  async list(filter: { facilityId?: string; kind?: ServiceKind; includePast?: boolean }, page = 1, pageSize = 50): Promise<Page<SessionView>> {
    const scope = this.#access.where('service_session', 'read', { facility: col('s.facility_id') });
    let q = this.#select(this.#db.k).select(sql<number>`count(*) OVER ()::int`.as('total')).where(scope);
    if (filter.facilityId) q = q.where(sql<SqlBool>`s.facility_id::text = ${filter.facilityId}`);
    if (filter.kind) q = q.where('s.kind', '=', filter.kind);
    if (!filter.includePast) q = q.where(sql<SqlBool>`s.ends_at > now()`);
    const rows = await q.orderBy('s.starts_at').orderBy('s.id').limit(pageSize).offset((page - 1) * pageSize).execute();
    return { items: rows.map(({ total: _t, ...r }) => this.#view(r)), total: rows[0]?.total ?? 0, page, pageSize };
  }

  /** One session (404 outside the caller's scope). */
  async get(id: string, k: Kx = this.#db.k): Promise<SessionView> {
    if (!isUuid(id)) throw new AppError('not_found', `session ${id} not found`, { field: 'id' });
    const scope = this.#access.where('service_session', 'read', { facility: col('s.facility_id') });
    const r = await this.#select(k).where('s.id', '=', id).where(scope).executeTakeFirst();
    if (!r) throw new AppError('not_found', `session ${id} not found`, { field: 'id' });
    return this.#view(r);
  }

  /** Schedules a session at a facility (directors: their own; health workers: signed facilities). */
  async create(input: SessionInput): Promise<SessionView> {
    if (!isUuid(input.facilityId)) throw new AppError('not_found', `facility ${input.facilityId} not found`, { field: 'facilityId' });
    let from = input.ageFromMonths ?? null;
    let to = input.ageToMonths ?? null;
    if (input.kind === 'tcm_massage') {
      const band = from === null ? null : massageBandFor(from);
      if (!band) throw invalid('ageFromMonths', `a massage session is for one age band: ${MASSAGE_BANDS.map((b) => `${b.fromMonths}–${b.toMonths}`).join(', ')} months`, 'age_outside_session', { age: from, from: 6, to: 36 });
      to ??= band.toMonths;
      if (to > band.toMonths) throw invalid('ageToMonths', `the techniques change at ${band.toMonths + 1} months`, 'age_outside_session', { age: to, from: band.fromMonths, to: band.toMonths });
      from = Math.max(from!, band.fromMonths);
    }
    if (from !== null && to !== null && to < from) throw invalid('ageToMonths', 'ageToMonths is below ageFromMonths', 'end_before_start', { from, to });
    if (Date.parse(input.endsAt) <= Date.parse(input.startsAt)) throw invalid('endsAt', 'the session ends before it starts', 'end_before_start', { from: input.startsAt, to: input.endsAt });
    return this.#db.tx(async (trx) => {
      await checkRow(this.#access, trx, 'service_session', 'create', { facility: val(input.facilityId) }, { what: `facility ${input.facilityId}` });
      const caller = this.#access.caller;
      const past = await trx.selectNoFrom(sql<boolean>`${input.startsAt}::timestamptz <= now()`.as('past')).executeTakeFirstOrThrow();
      if (past.past) throw invalid('startsAt', 'the session starts in the past', 'in_past');
      const row = await trx
        .insertInto('service_sessions')
        .values({
          kind: input.kind,
          title: input.title.trim(),
          facility_id: input.facilityId,
          institution_id: caller.kind === 'user' && caller.role === 'health_worker' ? caller.medicalInstitutionId : null,
          starts_at: input.startsAt,
          ends_at: input.endsAt,
          capacity: input.capacity,
          age_from_months: from,
          age_to_months: to,
          location: input.location?.trim() || null,
          description: input.description?.trim() || null,
          created_by: caller.kind === 'user' ? caller.userId : null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await audit(trx, caller, 'create', 'service_session', row.id, { detail: { kind: input.kind, facilityId: input.facilityId } });
      return this.get(row.id, trx);
    });
  }

  /** Cancels a session (its registrations stay, for the record; nobody can register any more). */
  async cancel(id: string): Promise<SessionView> {
    return this.#db.tx(async (trx) => {
      const s = await this.#lockSession(trx, id);
      await checkRow(this.#access, trx, 'service_session', 'update', { facility: val(s.facility_id) }, { what: `session ${id}` });
      if (!s.cancelled_at) await trx.updateTable('service_sessions').set({ cancelled_at: sql<Date>`now()` }).where('id', '=', s.id).execute();
      await audit(trx, this.#access.caller, 'update', 'service_session', s.id, { detail: { cancelled: true } });
      return this.get(s.id, trx);
    });
  }

  /**
   * Registers a child for a session (guardians: their own children, attending the session's facility). The session
   * row is locked first, so the count of registrations and the insert are one decision: 409 `full` when no place is
   * left, 409 `already_registered` for a second registration of the same child.
   */
  async register(sessionId: string, childId: string): Promise<RegistrationView> {
    if (!isUuid(childId)) throw new AppError('not_found', `child ${childId} not found`, { field: 'childId' });
    return this.#db.tx(async (trx) => {
      const visible = await this.#access.allows(trx, 'service_session', 'read', { facility: sql<string>`(SELECT s.facility_id::text FROM service_sessions s WHERE s.id::text = ${sessionId})` });
      if (!isUuid(sessionId) || !visible) {
        if (!this.#access.reachesRows('service_registration', 'create')) throw this.#access.refusal('service_registration', 'create');
        throw new AppError('not_found', `session ${sessionId} not found`, { field: 'id' });
      }
      const s = await this.#lockSession(trx, sessionId);
      await checkRow(this.#access, trx, 'service_registration', 'create', { child: val(childId), facility: val(s.facility_id) }, { readAs: 'service_registration', what: `child ${childId}` });
      const child = await trx.selectFrom('children').select(['id', 'birth_date']).where('id', '=', childId).executeTakeFirstOrThrow();
      const attends = await trx.selectFrom('child_facility_links').select('child_id').where('child_id', '=', childId).where('facility_id', '=', s.facility_id).executeTakeFirst();
      if (!attends) throw new AppError('conflict', 'the child does not attend the facility this session is for', { field: 'childId', code: 'not_attending_facility' });
      const problem = registrationProblem(child.birth_date, { ageFromMonths: s.age_from_months, ageToMonths: s.age_to_months, startsOn: s.starts_on, started: s.started, cancelled: s.cancelled_at !== null });
      if (problem) {
        const params = 'params' in problem ? problem.params : undefined;
        throw new AppError(problem.code === 'age_outside_session' ? 'invalid' : 'conflict', `cannot register: ${problem.code}`, { field: problem.code === 'age_outside_session' ? 'childId' : 'id', code: problem.code, params });
      }
      const already = await trx.selectFrom('service_registrations').select('id').where('session_id', '=', s.id).where('child_id', '=', childId).where('cancelled_at', 'is', null).executeTakeFirst();
      if (already) throw new AppError('conflict', 'the child is already registered for this session', { field: 'childId', code: 'already_registered' });
      const taken = await trx.selectFrom('service_registrations').select(sql<number>`count(*)::int`.as('n')).where('session_id', '=', s.id).where('cancelled_at', 'is', null).executeTakeFirstOrThrow();
      if (taken.n >= s.capacity) throw new AppError('full', `the session is full (${s.capacity} places)`, { field: 'id', code: 'full', params: { capacity: s.capacity } });
      const caller = this.#access.caller;
      const row = await trx
        .insertInto('service_registrations')
        .values({ session_id: s.id, child_id: childId, registered_by: caller.kind === 'user' ? caller.userId : null })
        .returning('id')
        .executeTakeFirstOrThrow();
      await audit(trx, caller, 'create', 'service_registration', row.id, { childIds: [childId], purpose: 'service_booking' });
      return this.#registration(trx, row.id);
    });
  }

  /** Cancels a registration before the session starts (guardians: their children's). */
  async cancelRegistration(id: string): Promise<RegistrationView> {
    return this.#db.tx(async (trx) => {
      const r = await this.#lockRegistration(trx, id);
      await checkRow(this.#access, trx, 'service_registration', 'delete', { child: val(r.child_id), facility: val(r.facility_id) }, { readAs: 'service_registration', what: `registration ${id}` });
      if (r.started) throw new AppError('conflict', 'the session has already started', { field: 'id', code: 'session_started' });
      if (!r.cancelled_at) await trx.updateTable('service_registrations').set({ cancelled_at: sql<Date>`now()` }).where('id', '=', r.id).execute();
      await audit(trx, this.#access.caller, 'delete', 'service_registration', r.id, { childIds: [r.child_id], purpose: 'service_booking' });
      return this.#registration(trx, r.id);
    });
  }

  /** Takes attendance of one registration (directors, health workers). */
  async setAttendance(id: string, attended: boolean): Promise<RegistrationView> {
    return this.#db.tx(async (trx) => {
      const r = await this.#lockRegistration(trx, id);
      await checkRow(this.#access, trx, 'service_registration', 'update', { child: val(r.child_id), facility: val(r.facility_id) }, { readAs: 'service_registration', what: `registration ${id}` });
      if (r.cancelled_at) throw new AppError('conflict', 'the registration was cancelled', { field: 'id', code: 'session_cancelled' });
      const by = this.#access.caller.kind === 'user' ? this.#access.caller.userId : null;
      await trx.updateTable('service_registrations').set({ attended, attendance_by: by, attendance_at: sql<Date>`now()` }).where('id', '=', r.id).execute();
      await audit(trx, this.#access.caller, 'update', 'service_registration', r.id, { childIds: [r.child_id], purpose: 'service_attendance' });
      return this.#registration(trx, r.id);
    });
  }

  /** The registrations of a session (the roster; audited). */
  async roster(sessionId: string): Promise<RegistrationView[]> {
    if (!this.#access.reachesRows('service_registration', 'read')) throw this.#access.refusal('service_registration', 'read');
    return this.#db.tx(async (trx) => {
      const s = await this.get(sessionId, trx);
      const scope = this.#access.where('service_registration', 'read', { child: col('r.child_id'), facility: val(s.facility.id) });
      const ids = await trx.selectFrom('service_registrations as r').select('r.id').where('r.session_id', '=', s.id).where(scope).orderBy('r.registered_at').orderBy('r.id').execute();
      const out = await Promise.all(ids.map((r) => this.#registration(trx, r.id)));
      if (out.length) await audit(trx, this.#access.caller, 'list', 'service_registration', s.id, { childIds: out.map((r) => r.child.id), purpose: 'service_attendance' });
      return out;
    });
  }

  /** A child's services: counts per kind and the upcoming registrations (guardians, the facility, health workers). */
  async childServices(childId: string): Promise<ChildServiceCounts> {
    if (!isUuid(childId)) throw new AppError('not_found', `child ${childId} not found`, { field: 'id' });
    return this.#db.tx(async (trx) => {
      await checkRow(this.#access, trx, 'service_registration', 'read', { child: val(childId) }, { what: `child ${childId}` });
      const counts = await trx
        .selectFrom('service_registrations as r')
        .innerJoin('service_sessions as s', 's.id', 'r.session_id')
        .select(['s.kind', sql<number>`count(*) FILTER (WHERE r.attended)::int`.as('attended'), sql<number>`count(*) FILTER (WHERE r.attended IS NULL AND s.cancelled_at IS NULL)::int`.as('registered')])
        .where('r.child_id', '=', childId)
        .where('r.cancelled_at', 'is', null)
        .groupBy('s.kind')
        .execute();
      const upcoming = await trx
        .selectFrom('service_registrations as r')
        .innerJoin('service_sessions as s', 's.id', 'r.session_id')
        .innerJoin('facilities as f', 'f.id', 's.facility_id')
        .select(['r.id as registrationId', 's.id as sessionId', 's.kind', 's.title', iso('s.starts_at').as('startsAt'), 'f.name as facilityName'])
        .where('r.child_id', '=', childId)
        .where('r.cancelled_at', 'is', null)
        .where('s.cancelled_at', 'is', null)
        .where(sql<SqlBool>`s.starts_at > now()`)
        .orderBy('s.starts_at')
        .execute();
      await audit(trx, this.#access.caller, 'read', 'service_registration', childId, { childIds: [childId], purpose: 'service_counts' });
      const kinds: ServiceKind[] = ['tcm_massage', 'development_guidance', 'parent_class'];
      return {
        childId,
        counts: kinds.map((kind) => {
          const c = counts.find((x) => x.kind === kind);
          return { kind, attended: c?.attended ?? 0, registered: c?.registered ?? 0 };
        }),
        upcoming: upcoming.map((u) => ({ ...u, kind: u.kind as ServiceKind })),
      };
    });
  }

  async #lockSession(trx: Kx, id: string) {
    if (!isUuid(id)) throw new AppError('not_found', `session ${id} not found`, { field: 'id' });
    const s = await trx
      .selectFrom('service_sessions')
      .select(['id', 'facility_id', 'capacity', 'age_from_months', 'age_to_months', 'cancelled_at', sql<boolean>`starts_at <= now()`.as('started'), sql<string>`(starts_at AT TIME ZONE current_setting('TimeZone'))::date::text`.as('starts_on')])
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!s) throw new AppError('not_found', `session ${id} not found`, { field: 'id' });
    return s;
  }

  async #lockRegistration(trx: Kx, id: string) {
    if (!isUuid(id)) throw new AppError('not_found', `registration ${id} not found`, { field: 'id' });
    const r = await trx
      .selectFrom('service_registrations as r')
      .innerJoin('service_sessions as s', 's.id', 'r.session_id')
      .select(['r.id', 'r.child_id', 'r.cancelled_at', 's.facility_id', sql<boolean>`s.starts_at <= now()`.as('started')])
      .where('r.id', '=', id)
      .forUpdate('r')
      .executeTakeFirst();
    if (!r) throw new AppError('not_found', `registration ${id} not found`, { field: 'id' });
    return r;
  }

  async #registration(trx: Kx, id: string): Promise<RegistrationView> {
    const r = await trx
      .selectFrom('service_registrations as r')
      .innerJoin('children as ch', 'ch.id', 'r.child_id')
      .select(['r.id', 'r.session_id', 'r.cancelled_at', 'r.attended', iso('r.registered_at').as('registered_iso'), 'ch.id as child_id', 'ch.family_name', 'ch.given_name', 'ch.birth_date'])
      .where('r.id', '=', id)
      .executeTakeFirstOrThrow();
    return {
      id: r.id,
      sessionId: r.session_id,
      child: { id: r.child_id, familyName: r.family_name, givenName: r.given_name, birthDate: r.birth_date },
      registeredAt: r.registered_iso,
      cancelled: r.cancelled_at !== null,
      attended: r.attended,
    };
  }
}
