/**
 * Staff training (职前 / 职后 / 安全培训), scoped to a caller (policy: `training_course`, `training_record`): courses run
 * by the municipal centre (or another facility) or a hospital; registration of staff (directors their staff, staff
 * themselves) with the capacity decided under a lock on the course row; completion by the course's provider, which
 * writes the staff_training record — the one source of every training hour (the profile's hours are computed from
 * it, migration 0600) — with its certificate and expiry; and the staff list of a facility with hours, certificates and
 * compliance (src/care/training-rules.ts).
 */
import { sql, type SqlBool } from 'kysely';
import { addDaysIso, addMonthsIso } from '../../care/health-schedule.ts';
import { facilityCompliance, staffIssues, type ComplianceIssue, type FacilityCompliance, type TrainingKind } from '../../care/training-rules.ts';
import { AppError, invalid } from '../../shared/errors.ts';
import { col, val, type Access } from '../access/scope.ts';
import type { Db, Kx } from '../pool.ts';
import { audit } from './audit.ts';
import { checkRow } from './health-access.ts';
import type { Page } from './children.ts';
import { isUuid } from './ids.ts';

export interface CourseInput {
  kind: TrainingKind;
  title: string;
  providerFacilityId?: string | null;
  providerInstitutionId?: string | null;
  startsOn: string;
  endsOn: string;
  hours: number;
  capacity: number;
  certificateValidMonths?: number | null;
  location?: string | null;
}

export interface CourseView {
  id: string;
  kind: TrainingKind;
  title: string;
  provider: { kind: 'facility' | 'institution'; id: string; name: string };
  startsOn: string;
  endsOn: string;
  hours: number;
  capacity: number;
  registered: number;
  free: number;
  certificateValidMonths: number | null;
  location: string | null;
  cancelled: boolean;
}

export interface CourseRegistrationView {
  id: string;
  courseId: string;
  staff: { id: string; familyName: string; givenName: string; role: string; facilityId: string; facilityName: string };
  registeredAt: string;
  completed: { trainingId: string; heldOn: string; hours: number; certificateNo: string | null; certificateValidTo: string | null } | null;
}

export interface StaffTrainingView {
  id: string;
  familyName: string;
  givenName: string;
  role: 'director' | 'carer' | 'health';
  qualification: string;
  hours: Record<TrainingKind, number>;
  healthCertValidTo: string | null;
  certificates: Array<{ trainingId: string; title: string; kind: TrainingKind; heldOn: string; certificateNo: string | null; validTo: string | null; expired: boolean }>;
  issues: ComplianceIssue[];
}

export interface FacilityStaffView {
  facilityId: string;
  asOf: string;
  staff: StaffTrainingView[];
  compliance: FacilityCompliance;
}

function selectCourses(k: Kx) {
  return k
    .selectFrom('training_courses as c')
    .leftJoin('facilities as pf', 'pf.id', 'c.provider_facility_id')
    .leftJoin('medical_institutions as pi', 'pi.id', 'c.provider_institution_id')
    .select([
      'c.id',
      'c.kind',
      'c.title',
      'c.provider_facility_id',
      'c.provider_institution_id',
      sql<string>`COALESCE(pf.name, pi.name)`.as('provider_name'),
      'c.starts_on',
      'c.ends_on',
      'c.hours',
      'c.capacity',
      'c.certificate_valid_months',
      'c.location',
      'c.cancelled_at',
      sql<number>`(SELECT count(*)::int FROM training_registrations r WHERE r.course_id = c.id AND r.cancelled_at IS NULL)`.as('registered'),
    ]);
}
type CourseRow = Awaited<ReturnType<ReturnType<typeof selectCourses>['executeTakeFirstOrThrow']>>;

const courseView = (r: CourseRow): CourseView => ({
  id: r.id,
  kind: r.kind as TrainingKind,
  title: r.title,
  provider: r.provider_facility_id ? { kind: 'facility', id: r.provider_facility_id, name: r.provider_name } : { kind: 'institution', id: r.provider_institution_id!, name: r.provider_name },
  startsOn: r.starts_on,
  endsOn: r.ends_on,
  hours: r.hours,
  capacity: r.capacity,
  registered: r.registered,
  free: Math.max(0, r.capacity - r.registered),
  certificateValidMonths: r.certificate_valid_months,
  location: r.location,
  cancelled: r.cancelled_at !== null,
});

const courseAnchors = (c: { provider_facility_id: string | null; provider_institution_id: string | null }) => ({ user: val(null), facility: val(c.provider_facility_id), institution: val(c.provider_institution_id) });

export class TrainingRepo {
  readonly #db: Db;
  readonly #access: Access;
  constructor(db: Db, access: Access) {
    this.#db = db;
    this.#access = access;
  }

  /** Courses (staff and officials see them all), current and coming first; ended ones on request. */
  async courses(filter: { kind?: TrainingKind; includePast?: boolean }, page = 1, pageSize = 50): Promise<Page<CourseView>> {
    const scope = this.#access.where('training_course', 'read', { facility: col('c.provider_facility_id'), institution: col('c.provider_institution_id') });
    let q = selectCourses(this.#db.k).select(sql<number>`count(*) OVER ()::int`.as('total')).where(scope);
    if (filter.kind) q = q.where('c.kind', '=', filter.kind);
    if (!filter.includePast) q = q.where(sql<SqlBool>`c.ends_on >= current_date`);
    const rows = await q.orderBy('c.starts_on').orderBy('c.id').limit(pageSize).offset((page - 1) * pageSize).execute();
    return { items: rows.map(({ total: _t, ...r }) => courseView(r)), total: rows[0]?.total ?? 0, page, pageSize };
  }

  async course(id: string, k: Kx = this.#db.k): Promise<CourseView> {
    if (!isUuid(id)) throw new AppError('not_found', `course ${id} not found`, { field: 'id' });
    const scope = this.#access.where('training_course', 'read', { facility: col('c.provider_facility_id'), institution: col('c.provider_institution_id') });
    const r = await selectCourses(k).where('c.id', '=', id).where(scope).executeTakeFirst();
    if (!r) throw new AppError('not_found', `course ${id} not found`, { field: 'id' });
    return courseView(r);
  }

  /**
   * Announces a course. The provider defaults to the caller's own facility (a director of the municipal centre) or
   * institution (a health worker); officials name one.
   */
  async createCourse(input: CourseInput): Promise<CourseView> {
    const c = this.#access.caller;
    const pf = input.providerFacilityId ?? (input.providerInstitutionId ? null : c.kind === 'user' && c.role === 'director' ? c.facilityId : null);
    const pi = input.providerInstitutionId ?? (pf ? null : c.kind === 'user' && c.role === 'health_worker' ? c.medicalInstitutionId : null);
    if ((pf === null) === (pi === null)) throw invalid('providerFacilityId', 'a course is run by exactly one provider: a facility or a medical institution', 'provider_required');
    if (input.endsOn < input.startsOn) throw invalid('endsOn', 'the course ends before it starts', 'end_before_start', { from: input.startsOn, to: input.endsOn });
    for (const [f, v] of [['providerFacilityId', pf], ['providerInstitutionId', pi]] as const) if (v !== null && !isUuid(v)) throw invalid(f, 'not a known provider', 'unknown_reference');
    return this.#db.tx(async (trx) => {
      await checkRow(this.#access, trx, 'training_course', 'create', { facility: val(pf), institution: val(pi) }, { what: 'the provider' });
      const row = await trx
        .insertInto('training_courses')
        .values({
          kind: input.kind,
          title: input.title.trim(),
          provider_facility_id: pf,
          provider_institution_id: pi,
          starts_on: input.startsOn,
          ends_on: input.endsOn,
          hours: input.hours,
          capacity: input.capacity,
          certificate_valid_months: input.certificateValidMonths ?? null,
          location: input.location?.trim() || null,
          created_by: c.kind === 'user' ? c.userId : null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await audit(trx, c, 'create', 'training_course', row.id);
      return this.course(row.id, trx);
    });
  }

  /**
   * Registers a staff member for a course (directors: their staff; staff: themselves). The course row is locked, so
   * the last place goes to one of two racing registrations (409 `full` for the other).
   */
  async register(courseId: string, staffId: string): Promise<CourseRegistrationView> {
    if (!isUuid(staffId)) throw new AppError('not_found', `staff member ${staffId} not found`, { field: 'staffId' });
    return this.#db.tx(async (trx) => {
      const course = await this.#lockCourse(trx, courseId);
      const s = await trx.selectFrom('staff_profiles').select(['id', 'user_id', 'facility_id']).where('id', '=', staffId).executeTakeFirst();
      if (!s) {
        if (!this.#access.reachesRows('training_record', 'create')) throw this.#access.refusal('training_record', 'create');
        throw new AppError('not_found', `staff member ${staffId} not found`, { field: 'staffId' });
      }
      await checkRow(this.#access, trx, 'training_record', 'create', { user: val(s.user_id), facility: val(s.facility_id) }, { what: `staff member ${staffId}` });
      if (course.cancelled_at) throw new AppError('conflict', 'the course was cancelled', { field: 'id', code: 'session_cancelled' });
      if (course.ended) throw new AppError('conflict', 'the course has already ended', { field: 'id', code: 'course_ended' });
      const already = await trx.selectFrom('training_registrations').select('id').where('course_id', '=', course.id).where('staff_id', '=', staffId).where('cancelled_at', 'is', null).executeTakeFirst();
      if (already) throw new AppError('conflict', 'already registered for this course', { field: 'staffId', code: 'already_registered' });
      const taken = await trx.selectFrom('training_registrations').select(sql<number>`count(*)::int`.as('n')).where('course_id', '=', course.id).where('cancelled_at', 'is', null).executeTakeFirstOrThrow();
      if (taken.n >= course.capacity) throw new AppError('full', `the course is full (${course.capacity} places)`, { field: 'id', code: 'full', params: { capacity: course.capacity } });
      const caller = this.#access.caller;
      const row = await trx.insertInto('training_registrations').values({ course_id: course.id, staff_id: staffId, registered_by: caller.kind === 'user' ? caller.userId : null }).returning('id').executeTakeFirstOrThrow();
      await audit(trx, caller, 'create', 'training_registration', row.id, { detail: { courseId: course.id, staffId } });
      return (await this.#registrations(trx, course.id, row.id))[0]!;
    });
  }

  /** The registrations of a course, with completions (the provider: who may complete may see the roster). */
  async roster(courseId: string): Promise<CourseRegistrationView[]> {
    return this.#db.tx(async (trx) => {
      const c = await this.#lockCourse(trx, courseId, false);
      await checkRow(this.#access, trx, 'training_record', 'update', courseAnchors(c), { what: `course ${courseId}` });
      return this.#registrations(trx, c.id);
    });
  }

  /**
   * Records that a registered staff member completed the course (its provider, after the course's last day): a
   * staff_training row with the course's kind and hours, and the certificate valid for the course's months.
   */
  async complete(registrationId: string, certificateNo: string | null): Promise<CourseRegistrationView> {
    if (!isUuid(registrationId)) throw new AppError('not_found', `registration ${registrationId} not found`, { field: 'id' });
    return this.#db.tx(async (trx) => {
      const r = await trx.selectFrom('training_registrations').select(['id', 'course_id', 'staff_id', 'cancelled_at']).where('id', '=', registrationId).forUpdate().executeTakeFirst();
      if (!r) throw new AppError('not_found', `registration ${registrationId} not found`, { field: 'id' });
      const c = await this.#lockCourse(trx, r.course_id, false);
      await checkRow(this.#access, trx, 'training_record', 'update', courseAnchors(c), { what: `registration ${registrationId}` });
      if (r.cancelled_at) throw new AppError('conflict', 'the registration was cancelled', { field: 'id', code: 'session_cancelled' });
      if (!c.ended_or_last_day) throw new AppError('conflict', `the course runs until ${c.ends_on}`, { field: 'id', code: 'not_completed_yet' });
      const done = await trx.selectFrom('staff_training').select('id').where('staff_id', '=', r.staff_id).where('course_id', '=', c.id).executeTakeFirst();
      if (done) throw new AppError('conflict', 'this completion is already recorded', { field: 'id', code: 'already_done' });
      await trx
        .insertInto('staff_training')
        .values({
          staff_id: r.staff_id,
          kind: c.kind,
          title: c.title,
          hours: c.hours,
          held_on: c.ends_on,
          course_id: c.id,
          provider: c.provider_name,
          certificate_no: certificateNo?.trim() || null,
          certificate_valid_to: c.certificate_valid_months ? addDaysIso(addMonthsIso(c.ends_on, c.certificate_valid_months), -1) : null,
        })
        .execute();
      await audit(trx, this.#access.caller, 'update', 'training_registration', r.id, { detail: { completed: true } });
      return (await this.#registrations(trx, c.id, r.id))[0]!;
    });
  }

  /**
   * A facility's staff with hours (computed from staff_training), certificates and compliance (directors: their
   * facility; staff: themselves; bureaus: their division).
   */
  async staff(facilityId: string): Promise<FacilityStaffView> {
    if (!isUuid(facilityId)) throw new AppError('not_found', `facility ${facilityId} not found`, { field: 'facilityId' });
    const scope = this.#access.where('training_record', 'read', { user: col('sp.user_id'), facility: col('sp.facility_id') });
    return this.#db.tx(async (trx) => {
      const rows = await trx
        .selectFrom('staff_profiles as sp')
        .innerJoin('staff_training_hours as h', 'h.staff_id', 'sp.id')
        .select(['sp.id', 'sp.family_name', 'sp.given_name', 'sp.role', 'sp.qualification', 'sp.health_cert_valid_to', 'h.pre_service_hours', 'h.in_service_hours', 'h.safety_hours', sql<string>`current_date::text`.as('today')])
        .where('sp.facility_id', '=', facilityId)
        .where(scope)
        .orderBy(sql`CASE sp.role WHEN 'director' THEN 0 WHEN 'health' THEN 1 ELSE 2 END`)
        .orderBy(sql`sp.family_name || sp.given_name`)
        .orderBy('sp.id')
        .execute();
      // No rows: a facility of one's own without staff is an empty list; anything else is not found (private).
      if (rows.length === 0 && !(await this.#access.allows(trx, 'training_record', 'read', { user: val(null), facility: val(facilityId) }))) {
        throw new AppError('not_found', `facility ${facilityId} not found`, { field: 'facilityId' });
      }
      const certs = rows.length
        ? await trx
            .selectFrom('staff_training')
            .select(['id', 'staff_id', 'title', 'kind', 'held_on', 'certificate_no', 'certificate_valid_to'])
            .where('staff_id', 'in', rows.map((r) => r.id))
            .where((eb) => eb.or([eb('certificate_no', 'is not', null), eb('certificate_valid_to', 'is not', null)]))
            .orderBy('held_on', 'desc')
            .execute()
        : [];
      const today = rows[0]?.today ?? (await trx.selectNoFrom(sql<string>`current_date::text`.as('d')).executeTakeFirstOrThrow()).d;
      const staff = rows.map((r): StaffTrainingView => {
        const facts = { role: r.role as StaffTrainingView['role'], hours: { pre_service: r.pre_service_hours ?? 0, in_service: r.in_service_hours ?? 0, safety: r.safety_hours ?? 0 }, healthCertValidTo: r.health_cert_valid_to };
        return {
          id: r.id,
          familyName: r.family_name,
          givenName: r.given_name,
          role: facts.role,
          qualification: r.qualification,
          hours: facts.hours,
          healthCertValidTo: r.health_cert_valid_to,
          certificates: certs
            .filter((c) => c.staff_id === r.id)
            .map((c) => ({ trainingId: c.id, title: c.title, kind: c.kind as TrainingKind, heldOn: c.held_on, certificateNo: c.certificate_no, validTo: c.certificate_valid_to, expired: c.certificate_valid_to !== null && c.certificate_valid_to < today })),
          issues: staffIssues(facts, today),
        };
      });
      await audit(trx, this.#access.caller, 'list', 'staff_training', facilityId, { purpose: 'training_compliance' });
      return { facilityId, asOf: today, staff, compliance: facilityCompliance(staff.map((s) => ({ role: s.role, hours: s.hours, healthCertValidTo: s.healthCertValidTo })), today) };
    });
  }

  async #lockCourse(trx: Kx, id: string, lock = true) {
    if (!isUuid(id)) throw new AppError('not_found', `course ${id} not found`, { field: 'id' });
    let q = trx
      .selectFrom('training_courses as c')
      .leftJoin('facilities as pf', 'pf.id', 'c.provider_facility_id')
      .leftJoin('medical_institutions as pi', 'pi.id', 'c.provider_institution_id')
      .select([
        'c.id',
        'c.kind',
        'c.title',
        'c.hours',
        'c.capacity',
        'c.ends_on',
        'c.cancelled_at',
        'c.certificate_valid_months',
        'c.provider_facility_id',
        'c.provider_institution_id',
        sql<string>`COALESCE(pf.name, pi.name)`.as('provider_name'),
        sql<boolean>`c.ends_on < current_date`.as('ended'),
        sql<boolean>`c.ends_on <= current_date`.as('ended_or_last_day'),
      ])
      .where('c.id', '=', id);
    if (lock) q = q.forUpdate('c');
    const c = await q.executeTakeFirst();
    if (!c) throw new AppError('not_found', `course ${id} not found`, { field: 'id' });
    return c;
  }

  async #registrations(trx: Kx, courseId: string, onlyId?: string): Promise<CourseRegistrationView[]> {
    let q = trx
      .selectFrom('training_registrations as r')
      .innerJoin('staff_profiles as sp', 'sp.id', 'r.staff_id')
      .innerJoin('facilities as f', 'f.id', 'sp.facility_id')
      .leftJoin('staff_training as t', (j) => j.onRef('t.staff_id', '=', 'r.staff_id').onRef('t.course_id', '=', 'r.course_id'))
      .select([
        'r.id',
        'r.course_id',
        sql<string>`to_char(r.registered_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`.as('registered_iso'),
        'sp.id as staff_id',
        'sp.family_name',
        'sp.given_name',
        'sp.role',
        'sp.facility_id',
        'f.name as facility_name',
        't.id as training_id',
        't.held_on',
        't.hours',
        't.certificate_no',
        't.certificate_valid_to',
      ])
      .where('r.course_id', '=', courseId)
      .where('r.cancelled_at', 'is', null);
    if (onlyId) q = q.where('r.id', '=', onlyId);
    const rows = await q.orderBy('r.registered_at').orderBy('r.id').execute();
    return rows.map((r) => ({
      id: r.id,
      courseId: r.course_id,
      staff: { id: r.staff_id, familyName: r.family_name, givenName: r.given_name, role: r.role, facilityId: r.facility_id, facilityName: r.facility_name },
      registeredAt: r.registered_iso,
      completed: r.training_id ? { trainingId: r.training_id, heldOn: r.held_on!, hours: r.hours!, certificateNo: r.certificate_no, certificateValidTo: r.certificate_valid_to } : null,
    }));
  }
}
