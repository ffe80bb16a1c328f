/**
 * The people around a child's day: who may drop off and collect (pickup persons, with a photo), absences reported
 * ahead (sick with symptoms — which count for the cluster rule — or leave), carers clocking in and out of a class
 * (the live ratio), and teacher profiles for parents (family name and role, qualification, experience, training hours
 * from the training records, health certificate — never a full name or a phone number, domain.md §3).
 */
import { sql } from 'kysely';
import { AppError, invalid } from '../../shared/errors.ts';
import type { Access } from '../access/scope.ts';
import { col, val } from '../access/scope.ts';
import type { Db, Kx } from '../pool.ts';
import { audit } from './audit.ts';
import { careSettings } from './care-entries.ts';
import { applyOutbreakRule, applyRatioRule } from './care-rules.ts';
import { isUuid } from './ids.ts';

export interface PickupPerson {
  id: string;
  childId: string;
  displayName: string;
  relationship: string;
  phoneTail: string | null;
  photoId: string | null;
  guardian: boolean;
  addedAt: string;
}

export interface AbsenceReport {
  id: string;
  childId: string;
  from: string;
  to: string;
  reason: 'sick' | 'leave';
  symptoms: string[];
  note: string | null;
  reportedAt: string;
  cancelled: boolean;
}

export interface TeacherProfile {
  staffId: string;
  /** Family name and role, e.g. 王老师 (never the full name). */
  title: string;
  role: 'director' | 'carer' | 'health';
  lead: boolean;
  qualification: string;
  yearsOfExperience: number | null;
  trainingHours: { preService: number; inService: number; safety: number; total: number };
  healthCertValidTo: string | null;
  healthCertValid: boolean;
  photoId: string | null;
}

export interface Shift {
  id: string;
  staffId: string;
  classId: string;
  since: string;
  until: string | null;
}

const notFound = (what: string, id: string) => new AppError('not_found', `${what} ${id} not found`, { field: 'id' });

export class CarePeopleRepo {
  readonly #db: Db;
  readonly #access: Access;
  constructor(db: Db, access: Access) {
    this.#db = db;
    this.#access = access;
  }

  #me(): string | null {
    return this.#access.caller.kind === 'user' ? this.#access.caller.userId : null;
  }

  // ── pickup persons ──

  /** The people allowed to collect a child (revoked ones left out). */
  async pickups(childId: string): Promise<PickupPerson[]> {
    const scope = this.#access.where('pickup_person', 'read', { child: col('p.child_id') });
    if (!isUuid(childId)) throw notFound('child', childId);
    return this.#db.tx(async (trx) => {
      if (!(await this.#access.allows(trx, 'pickup_person', 'read', { child: val(childId) }))) throw notFound('child', childId);
      const rows = await trx
        .selectFrom('pickup_persons as p')
        .select(['p.id', 'p.child_id', 'p.display_name', 'p.relationship', 'p.phone_tail', 'p.photo_id', 'p.user_id', 'p.added_at'])
        .where('p.child_id', '=', childId)
        .where('p.revoked_at', 'is', null)
        .where(scope)
        .orderBy('p.added_at')
        .orderBy('p.id')
        .execute();
      await audit(trx, this.#access.caller, 'read', 'pickup_person', null, { childIds: [childId] });
      return rows.map((r) => ({ id: r.id, childId: r.child_id, displayName: r.display_name, relationship: r.relationship, phoneTail: r.phone_tail, photoId: r.photo_id, guardian: r.user_id !== null, addedAt: r.added_at.toISOString() }));
    });
  }

  /** Adds a person to a child's pickup list. */
  async addPickup(childId: string, p: { displayName: string; relationship: string; phoneTail?: string; photoId?: string }): Promise<PickupPerson> {
    if (!this.#access.reachesRows('pickup_person', 'create')) throw this.#access.refusal('pickup_person', 'create');
    if (!isUuid(childId)) throw notFound('child', childId);
    return this.#db.tx(async (trx) => {
      await this.#access.check(trx, 'pickup_person', 'create', { child: val(childId) }, { what: 'child' });
      if (p.photoId) {
        const ph = await trx.selectFrom('care_photos').select('id').where('id', '=', p.photoId).where('child_id', '=', childId).executeTakeFirst();
        if (!ph) throw invalid('photoId', 'no such photo of this child', 'unknown_reference');
      }
      const r = await trx
        .insertInto('pickup_persons')
        .values({ child_id: childId, display_name: p.displayName, relationship: p.relationship, phone_tail: p.phoneTail ?? null, photo_id: p.photoId ?? null, added_by: this.#me() })
        .returning(['id', 'added_at'])
        .executeTakeFirstOrThrow();
      await audit(trx, this.#access.caller, 'create', 'pickup_person', r.id, { childIds: [childId] });
      return { id: r.id, childId, displayName: p.displayName, relationship: p.relationship, phoneTail: p.phoneTail ?? null, photoId: p.photoId ?? null, guardian: false, addedAt: r.added_at.toISOString() };
    });
  }

  /** Revokes a pickup person (kept for the record). */
  async revokePickup(id: string): Promise<void> {
    if (!this.#access.reachesRows('pickup_person', 'delete')) throw this.#access.refusal('pickup_person', 'delete');
    if (!isUuid(id)) throw notFound('pickup person', id);
    await this.#db.tx(async (trx) => {
      const p = await trx.selectFrom('pickup_persons').select(['child_id', 'revoked_at']).where('id', '=', id).executeTakeFirst();
      if (!p) throw notFound('pickup person', id);
      await this.#access.check(trx, 'pickup_person', 'delete', { child: val(p.child_id) }, { what: 'pickup person' });
      if (p.revoked_at) return;
      await trx.updateTable('pickup_persons').set({ revoked_at: sql<Date>`now()`, revoked_by: this.#me() }).where('id', '=', id).execute();
      await audit(trx, this.#access.caller, 'delete', 'pickup_person', id, { childIds: [p.child_id] });
    });
  }

  // ── absences ──

  /**
   * Reports an absence ahead (idempotent by its client-made id). A sick absence counts for the cluster rule of the
   * child's class.
   */
  async reportAbsence(childId: string, a: { id: string; from: string; to: string; reason: 'sick' | 'leave'; symptoms?: string[]; note?: string }): Promise<{ created: boolean; absence: AbsenceReport }> {
    if (!this.#access.reachesRows('absence_report', 'create')) throw this.#access.refusal('absence_report', 'create');
    if (!isUuid(childId)) throw notFound('child', childId);
    if (a.to < a.from) throw invalid('to', 'the last day is before the first', 'invalid');
    if (a.reason === 'leave' && a.symptoms?.length) throw invalid('symptoms', 'symptoms go with a sick absence', 'invalid');
    return this.#db.tx(async (trx) => {
      await this.#access.check(trx, 'absence_report', 'create', { child: val(childId) }, { what: 'child' });
      const existing = await this.#absence(trx, a.id);
      if (existing) {
        if (existing.childId !== childId) throw new AppError('conflict', `absence ${a.id} belongs to another child`, { field: 'id', code: 'duplicate' });
        return { created: false, absence: existing };
      }
      const days = Math.round((Date.parse(a.to) - Date.parse(a.from)) / 86_400_000) + 1;
      if (days > 62) throw invalid('to', 'an absence report covers at most 62 days', 'too_big', { maximum: 62 });
      const today = (await sql<{ d: string }>`SELECT current_date::text AS d`.execute(trx)).rows[0]!.d;
      if (a.to < today) throw invalid('to', 'the absence is over; the attendance record shows past days', 'in_past');
      await trx
        .insertInto('absence_reports')
        .values({ id: a.id, child_id: childId, days: sql<string>`daterange(${a.from}::date, ${a.to}::date, '[]')`, reason: a.reason, symptoms: a.symptoms ?? [], note: a.note ?? null, reported_by: this.#me() })
        .execute();
      await audit(trx, this.#access.caller, 'create', 'absence_report', a.id, { childIds: [childId] });
      if (a.reason === 'sick' && a.from <= today && today <= a.to) {
        const placed = await trx.selectFrom('care_roster_sources').select(['class_id', 'facility_id']).where('child_id', '=', childId).where(sql<boolean>`days @> current_date`).executeTakeFirst();
        if (placed) {
          const s = await careSettings(trx, placed.facility_id!);
          await applyOutbreakRule(trx, placed.facility_id!, placed.class_id!, today, s.policy, new Date());
        }
      }
      return { created: true, absence: (await this.#absence(trx, a.id))! };
    });
  }

  async #absence(k: Kx, id: string): Promise<AbsenceReport | null> {
    const r = await k
      .selectFrom('absence_reports')
      .select(['id', 'child_id', sql<string>`lower(days)::text`.as('from'), sql<string>`(upper(days) - 1)::text`.as('to'), 'reason', 'symptoms', 'note', 'reported_at', 'cancelled_at'])
      .where('id', '=', id)
      .executeTakeFirst();
    return r ? { id: r.id, childId: r.child_id, from: r.from, to: r.to, reason: r.reason as 'sick' | 'leave', symptoms: r.symptoms, note: r.note, reportedAt: r.reported_at.toISOString(), cancelled: r.cancelled_at !== null } : null;
  }

  /** A child's absence reports from a date on (default: the last 31 days). */
  async absences(childId: string): Promise<AbsenceReport[]> {
    const scope = this.#access.where('absence_report', 'read', { child: col('a.child_id') });
    if (!isUuid(childId)) throw notFound('child', childId);
    return this.#db.tx(async (trx) => {
      if (!(await this.#access.allows(trx, 'absence_report', 'read', { child: val(childId) }))) throw notFound('child', childId);
      const ids = await trx.selectFrom('absence_reports as a').select('a.id').where('a.child_id', '=', childId).where(sql<boolean>`upper(a.days) > current_date - 31`).where(scope).orderBy(sql`lower(a.days)`, 'desc').limit(100).execute();
      const out: AbsenceReport[] = [];
      for (const { id } of ids) out.push((await this.#absence(trx, id))!);
      await audit(trx, this.#access.caller, 'read', 'absence_report', null, { childIds: [childId] });
      return out;
    });
  }

  /** Cancels an absence report (kept, marked cancelled). */
  async cancelAbsence(id: string): Promise<void> {
    if (!this.#access.reachesRows('absence_report', 'delete')) throw this.#access.refusal('absence_report', 'delete');
    if (!isUuid(id)) throw notFound('absence', id);
    await this.#db.tx(async (trx) => {
      const a = await trx.selectFrom('absence_reports').select(['child_id', 'cancelled_at']).where('id', '=', id).executeTakeFirst();
      if (!a) throw notFound('absence', id);
      await this.#access.check(trx, 'absence_report', 'delete', { child: val(a.child_id) }, { what: 'absence' });
      if (a.cancelled_at) return;
      await trx.updateTable('absence_reports').set({ cancelled_at: sql<Date>`now()` }).where('id', '=', id).execute();
      await audit(trx, this.#access.caller, 'delete', 'absence_report', id, { childIds: [a.child_id] });
    });
  }

  // ── staff shifts ──

  /**
   * Clocks the caller in to a class (their staff profile at the class's facility); the ratio is re-evaluated.
   * @param classId - the class
   */
  async clockIn(classId: string): Promise<Shift> {
    if (!this.#access.reachesRows('staff_shift', 'create')) throw this.#access.refusal('staff_shift', 'create');
    if (!isUuid(classId)) throw notFound('class', classId);
    return this.#db.tx(async (trx) => {
      const cls = await trx.selectFrom('classes').select(['facility_id']).where('id', '=', classId).executeTakeFirst();
      if (!cls) throw notFound('class', classId);
      await this.#access.check(trx, 'staff_shift', 'create', { facility: val(cls.facility_id), user: val(this.#me()) }, { readAs: 'staff_shift', what: 'class' });
      const staff = await trx.selectFrom('staff_profiles').select('id').where('user_id', '=', this.#me()).where('facility_id', '=', cls.facility_id).executeTakeFirst();
      if (!staff) throw new AppError('conflict', 'your account has no staff profile at this facility', { field: 'classId', code: 'no_staff_profile' });
      const open = await trx.selectFrom('staff_shifts').select(['class_id']).where('staff_id', '=', staff.id).where(sql<boolean>`upper_inf(during)`).executeTakeFirst();
      if (open) throw new AppError('conflict', 'you are already clocked in; clock out first', { field: 'classId', code: 'already_clocked_in', params: { classId: open.class_id } });
      const r = await trx
        .insertInto('staff_shifts')
        .values({ staff_id: staff.id, facility_id: cls.facility_id, class_id: classId, during: sql<string>`tstzrange(now(), NULL)` })
        .returning(['id', sql<Date>`lower(during)`.as('since')])
        .executeTakeFirstOrThrow();
      await audit(trx, this.#access.caller, 'create', 'staff_shift', r.id, {});
      const s = await careSettings(trx, cls.facility_id);
      await applyRatioRule(trx, classId, (await sql<{ d: string }>`SELECT current_date::text AS d`.execute(trx)).rows[0]!.d, s.policy, this.#me());
      return { id: r.id, staffId: staff.id, classId, since: r.since.toISOString(), until: null };
    });
  }

  /** Ends a shift now (one's own; a director any in the facility); the ratio is re-evaluated. */
  async clockOut(shiftId: string): Promise<Shift> {
    if (!this.#access.reachesRows('staff_shift', 'update')) throw this.#access.refusal('staff_shift', 'update');
    if (!isUuid(shiftId)) throw notFound('shift', shiftId);
    return this.#db.tx(async (trx) => {
      const s = await trx
        .selectFrom('staff_shifts as s')
        .innerJoin('staff_profiles as sp', 'sp.id', 's.staff_id')
        .select(['s.id', 's.staff_id', 's.class_id', 's.facility_id', 'sp.user_id', sql<Date>`lower(s.during)`.as('since'), sql<Date | null>`upper(s.during)`.as('until')])
        .where('s.id', '=', shiftId)
        .executeTakeFirst();
      if (!s) throw notFound('shift', shiftId);
      await this.#access.check(trx, 'staff_shift', 'update', { facility: val(s.facility_id), user: val(s.user_id) }, { what: 'shift' });
      let until = s.until;
      if (!until) {
        const r = await trx.updateTable('staff_shifts').set({ during: sql<string>`tstzrange(lower(during), now(), CASE WHEN now() > lower(during) THEN '[)' ELSE '[]' END)` }).where('id', '=', shiftId).returning(sql<Date>`upper(during)`.as('until')).executeTakeFirstOrThrow();
        until = r.until;
        await audit(trx, this.#access.caller, 'update', 'staff_shift', shiftId, {});
        const st = await careSettings(trx, s.facility_id);
        await applyRatioRule(trx, s.class_id, (await sql<{ d: string }>`SELECT current_date::text AS d`.execute(trx)).rows[0]!.d, st.policy, this.#me());
      }
      return { id: s.id, staffId: s.staff_id, classId: s.class_id, since: s.since.toISOString(), until: until ? until.toISOString() : null };
    });
  }

  /** Today's shifts of a class. */
  async shifts(classId: string): Promise<Shift[]> {
    const scope = this.#access.where('staff_shift', 'read', { facility: col('s.facility_id') });
    if (!isUuid(classId)) throw notFound('class', classId);
    const cls = await this.#db.k.selectFrom('classes').select('facility_id').where('id', '=', classId).executeTakeFirst();
    if (!cls || !(await this.#access.allows(this.#db.k, 'staff_shift', 'read', { facility: val(cls.facility_id) }))) throw notFound('class', classId);
    const rows = await this.#db.k
      .selectFrom('staff_shifts as s')
      .select(['s.id', 's.staff_id', 's.class_id', sql<Date>`lower(s.during)`.as('since'), sql<Date | null>`upper(s.during)`.as('until')])
      .where('s.class_id', '=', classId)
      .where(sql<boolean>`s.during && tstzrange(current_date::timestamptz, (current_date + 1)::timestamptz)`)
      .where(scope)
      .orderBy(sql`lower(s.during)`)
      .execute();
    return rows.map((r) => ({ id: r.id, staffId: r.staff_id, classId: r.class_id, since: r.since.toISOString(), until: r.until ? r.until.toISOString() : null }));
  }

  // ── teacher profiles ──

  /**
   * The staff of a class today, as parents see them.
   * @param classId - the class (guardians: a class their child is in)
   */
  async teachersOfClass(classId: string): Promise<TeacherProfile[]> {
    const scope = this.#access.where('teacher_profile', 'read', { class: col('cs.class_id'), facility: col('sp.facility_id') });
    if (!isUuid(classId)) throw notFound('class', classId);
    const rows = await sql<{
      id: string; family_name: string; role: TeacherProfile['role']; lead: boolean; qualification: string; hired_on: string | null;
      pre: number; inn: number; safety: number; cert: string | null; valid: boolean; photo_id: string | null;
    }>`
      SELECT sp.id, sp.family_name, sp.role, cs.lead, sp.qualification, sp.hired_on,
             COALESCE(t.pre, sp.training_pre_hours)::float8 AS pre, COALESCE(t.inn, sp.training_in_hours)::float8 AS inn, COALESCE(t.safety, sp.training_safety_hours)::float8 AS safety,
             sp.health_cert_valid_to AS cert, COALESCE(sp.health_cert_valid_to >= current_date, false) AS valid, ph.photo_id
      FROM class_staff cs
      JOIN staff_profiles sp ON sp.id = cs.staff_id
      LEFT JOIN LATERAL (SELECT sum(hours) FILTER (WHERE kind = 'pre_service') AS pre, sum(hours) FILTER (WHERE kind = 'in_service') AS inn, sum(hours) FILTER (WHERE kind = 'safety') AS safety
                         FROM staff_training st WHERE st.staff_id = sp.id) t ON true
      LEFT JOIN staff_profile_photos ph ON ph.staff_id = sp.id
      WHERE cs.class_id = ${classId}::uuid AND cs.during @> current_date AND ${scope}
      ORDER BY cs.lead DESC, sp.role, sp.id`.execute(this.#db.k);
    if (rows.rows.length === 0) {
      const cls = await this.#db.k.selectFrom('classes').select('facility_id').where('id', '=', classId).executeTakeFirst();
      if (!cls || !(await this.#access.allows(this.#db.k, 'teacher_profile', 'read', { class: val(classId), facility: val(cls.facility_id) }))) throw notFound('class', classId);
    }
    const today = Date.now();
    return rows.rows.map((r) => ({
      staffId: r.id,
      title: `${r.family_name}${r.role === 'director' ? '园长' : r.role === 'health' ? '保健医' : '老师'}`,
      role: r.role,
      lead: r.lead,
      qualification: r.qualification,
      yearsOfExperience: r.hired_on ? Math.max(0, Math.floor((today - Date.parse(r.hired_on)) / (365.25 * 86_400_000))) : null,
      trainingHours: { preService: r.pre, inService: r.inn, safety: r.safety, total: r.pre + r.inn + r.safety },
      healthCertValidTo: r.cert,
      healthCertValid: r.valid,
      photoId: r.photo_id,
    }));
  }

  /**
   * Sets a staff member's profile photo (their own; a director for the facility's staff).
   * @param staffId - the staff profile
   * @param photoId - a photo uploaded for that staff member
   */
  async setStaffPhoto(staffId: string, photoId: string): Promise<void> {
    if (!this.#access.reachesRows('teacher_profile', 'update')) throw this.#access.refusal('teacher_profile', 'update');
    if (!isUuid(staffId)) throw notFound('staff', staffId);
    await this.#db.tx(async (trx) => {
      const sp = await trx.selectFrom('staff_profiles').select(['facility_id', 'user_id']).where('id', '=', staffId).executeTakeFirst();
      if (!sp) throw notFound('staff', staffId);
      await this.#access.check(trx, 'teacher_profile', 'update', { facility: val(sp.facility_id), user: val(sp.user_id) }, { what: 'staff' });
      const ph = await trx.selectFrom('care_photos').select('id').where('id', '=', photoId).where('staff_id', '=', staffId).executeTakeFirst();
      if (!ph) throw invalid('photoId', 'no such photo of this staff member', 'unknown_reference');
      await trx.insertInto('staff_profile_photos').values({ staff_id: staffId, photo_id: photoId }).onConflict((oc) => oc.column('staff_id').doUpdateSet({ photo_id: photoId })).execute();
      await audit(trx, this.#access.caller, 'update', 'staff_profile', staffId, {});
    });
  }
}
