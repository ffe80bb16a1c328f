/**
 * A facility's daily-care setup: the weekly menu (每周食谱) parents see, the care settings (publish meals and naps live
 * or at the end of the day, the absence follow-up time, the policy version), and the rows of uploaded photos (the
 * bytes live in files: src/api/care/photo-store.ts).
 */
import { sql } from 'kysely';
import { weekStart, addDays } from '../../care/days.ts';
import type { Meal } from '../../care/entries.ts';
import { dailyCarePolicy, DAILY_CARE_POLICIES } from '../../care/daily-policy.ts';
import { AppError, invalid } from '../../shared/errors.ts';
import type { Access } from '../access/scope.ts';
import { col, val } from '../access/scope.ts';
import type { Db } from '../pool.ts';
import { audit } from './audit.ts';
import { careSettings } from './care-entries.ts';
import { isUuid } from './ids.ts';

export interface MenuItem {
  date: string;
  meal: Meal;
  dishes: string[];
  allergens: string[];
}

export interface WeekMenu {
  facilityId: string;
  weekStart: string;
  items: MenuItem[];
}

export interface CareSettingsView {
  facilityId: string;
  policyId: string;
  publishMealsNaps: 'live' | 'end_of_day';
  publishAt: string;
  absenceDeadline: string;
  policies: string[];
}

export interface PhotoRow {
  id: string;
  sha256: string;
  bytes: number;
  mime: string;
  width: number | null;
  height: number | null;
}

const notFound = (what: string, id: string) => new AppError('not_found', `${what} ${id} not found`, { field: 'id' });

export class CareFacilityRepo {
  readonly #db: Db;
  readonly #access: Access;
  constructor(db: Db, access: Access) {
    this.#db = db;
    this.#access = access;
  }

  #me(): string | null {
    return this.#access.caller.kind === 'user' ? this.#access.caller.userId : null;
  }

  /**
   * The menu of the week containing `date` (default this week).
   * @param facilityId - the facility (guardians: one their child attends)
   */
  async menu(facilityId: string, date?: string): Promise<WeekMenu> {
    const scope = this.#access.where('menu', 'read', { facility: col('m.facility_id') });
    if (!isUuid(facilityId)) throw notFound('facility', facilityId);
    if (!(await this.#access.allows(this.#db.k, 'menu', 'read', { facility: val(facilityId) }))) throw notFound('facility', facilityId);
    const today = date ?? (await sql<{ d: string }>`SELECT current_date::text AS d`.execute(this.#db.k)).rows[0]!.d;
    const start = weekStart(today);
    const rows = await this.#db.k
      .selectFrom('menu_items as m')
      .select(['m.day', 'm.meal', 'm.dishes', 'm.allergens'])
      .where('m.facility_id', '=', facilityId)
      .where('m.day', '>=', start)
      .where('m.day', '<', addDays(start, 7))
      .where(scope)
      .orderBy('m.day')
      .orderBy(sql`array_position(ARRAY['breakfast','morning_snack','lunch','afternoon_snack','dinner'], m.meal)`)
      .execute();
    return { facilityId, weekStart: start, items: rows.map((r) => ({ date: r.day, meal: r.meal as Meal, dishes: r.dishes, allergens: r.allergens })) };
  }

  /**
   * Replaces the menu of a week (the week's items as given; other weeks untouched).
   * @param facilityId - the facility
   * @param start - the Monday of the week
   * @param items - the week's items
   */
  async setMenu(facilityId: string, start: string, items: readonly MenuItem[]): Promise<WeekMenu> {
    if (!this.#access.reachesRows('menu', 'update')) throw this.#access.refusal('menu', 'update');
    if (!isUuid(facilityId)) throw notFound('facility', facilityId);
    if (weekStart(start) !== start) throw invalid('weekStart', 'the week starts on a Monday', 'invalid');
    const end = addDays(start, 7);
    items.forEach((it, i) => {
      if (it.date < start || it.date >= end) throw invalid(`items.${i}.date`, `the day is not in the week of ${start}`, 'invalid');
    });
    const keys = new Set<string>();
    items.forEach((it, i) => {
      const k = `${it.date}|${it.meal}`;
      if (keys.has(k)) throw invalid(`items.${i}.meal`, 'this meal of this day is listed twice', 'duplicate');
      keys.add(k);
    });
    await this.#db.tx(async (trx) => {
      await this.#access.check(trx, 'menu', 'update', { facility: val(facilityId) }, { what: 'facility' });
      await trx.deleteFrom('menu_items').where('facility_id', '=', facilityId).where('day', '>=', start).where('day', '<', end).execute();
      if (items.length) await trx.insertInto('menu_items').values(items.map((it) => ({ facility_id: facilityId, day: it.date, meal: it.meal, dishes: [...it.dishes], allergens: [...it.allergens], updated_by: this.#me() }))).execute();
      await audit(trx, this.#access.caller, 'update', 'menu', facilityId, { detail: { weekStart: start, items: items.length } });
    });
    return this.menu(facilityId, start);
  }

  /** The facility's care settings. */
  async settings(facilityId: string): Promise<CareSettingsView> {
    if (!this.#access.reachesRows('care_settings', 'read')) throw this.#access.refusal('care_settings', 'read');
    if (!isUuid(facilityId)) throw notFound('facility', facilityId);
    if (!(await this.#access.allows(this.#db.k, 'care_settings', 'read', { facility: val(facilityId) }))) throw notFound('facility', facilityId);
    const exists = await this.#db.k.selectFrom('facilities').select('id').where('id', '=', facilityId).executeTakeFirst();
    if (!exists) throw notFound('facility', facilityId);
    const s = await careSettings(this.#db.k, facilityId);
    return { facilityId, policyId: s.policy.id, publishMealsNaps: s.publishMealsNaps, publishAt: s.publishAt, absenceDeadline: s.absenceDeadline, policies: DAILY_CARE_POLICIES.map((p) => p.id) };
  }

  /** Changes the care settings. */
  async updateSettings(facilityId: string, patch: Partial<Pick<CareSettingsView, 'policyId' | 'publishMealsNaps' | 'publishAt' | 'absenceDeadline'>>): Promise<CareSettingsView> {
    if (!this.#access.reachesRows('care_settings', 'update')) throw this.#access.refusal('care_settings', 'update');
    if (!isUuid(facilityId)) throw notFound('facility', facilityId);
    if (patch.policyId && dailyCarePolicy(patch.policyId).id !== patch.policyId) throw invalid('policyId', 'no such policy version', 'invalid_choice', { options: DAILY_CARE_POLICIES.map((p) => p.id).join('|') });
    await this.#db.tx(async (trx) => {
      await this.#access.check(trx, 'care_settings', 'update', { facility: val(facilityId) }, { what: 'facility' });
      const cur = await careSettings(trx, facilityId);
      const row = {
        facility_id: facilityId,
        policy_id: patch.policyId ?? cur.policy.id,
        publish_meals_naps: patch.publishMealsNaps ?? cur.publishMealsNaps,
        publish_at: patch.publishAt ?? cur.publishAt,
        absence_deadline: patch.absenceDeadline ?? cur.absenceDeadline,
        updated_by: this.#me(),
        updated_at: sql<Date>`now()`,
      };
      const { facility_id: _f, ...update } = row;
      await trx.insertInto('care_settings').values(row).onConflict((oc) => oc.column('facility_id').doUpdateSet(update)).execute();
      await audit(trx, this.#access.caller, 'update', 'care_settings', facilityId, { detail: patch });
    });
    return this.settings(facilityId);
  }

  /**
   * Records an uploaded photo of a child (its bytes already stored under their SHA-256).
   * @param childId - the child
   * @param p - the cleaned photo's facts
   */
  async addChildPhoto(childId: string, p: Omit<PhotoRow, 'id'>, purpose: 'entry' | 'pickup_person'): Promise<PhotoRow> {
    if (!this.#access.reachesRows('photo', 'create')) throw this.#access.refusal('photo', 'create');
    if (!isUuid(childId)) throw notFound('child', childId);
    return this.#db.tx(async (trx) => {
      await this.#access.check(trx, 'photo', 'create', { child: val(childId) }, { what: 'child' });
      const placed = await trx.selectFrom('child_facility_links').select('facility_id').where('child_id', '=', childId).executeTakeFirst();
      const r = await trx
        .insertInto('care_photos')
        .values({ child_id: childId, facility_id: placed?.facility_id ?? null, purpose, sha256: p.sha256, bytes: p.bytes, mime: p.mime, width: p.width, height: p.height, uploaded_by: this.#me() })
        .returning('id')
        .executeTakeFirstOrThrow();
      await audit(trx, this.#access.caller, 'create', 'photo', r.id, { childIds: [childId] });
      return { id: r.id, ...p };
    });
  }

  /** Records a staff member's profile photo (their own; a director for the facility's staff). */
  async addStaffPhoto(staffId: string, p: Omit<PhotoRow, 'id'>): Promise<PhotoRow> {
    if (!this.#access.reachesRows('teacher_profile', 'update')) throw this.#access.refusal('teacher_profile', 'update');
    if (!isUuid(staffId)) throw notFound('staff', staffId);
    return this.#db.tx(async (trx) => {
      const sp = await trx.selectFrom('staff_profiles').select(['facility_id', 'user_id']).where('id', '=', staffId).executeTakeFirst();
      if (!sp) throw notFound('staff', staffId);
      await this.#access.check(trx, 'teacher_profile', 'update', { facility: val(sp.facility_id), user: val(sp.user_id) }, { what: 'staff' });
      const r = await trx
        .insertInto('care_photos')
        .values({ staff_id: staffId, facility_id: sp.facility_id, purpose: 'staff', sha256: p.sha256, bytes: p.bytes, mime: p.mime, width: p.width, height: p.height, uploaded_by: this.#me() })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx.insertInto('staff_profile_photos').values({ staff_id: staffId, photo_id: r.id }).onConflict((oc) => oc.column('staff_id').doUpdateSet({ photo_id: r.id })).execute();
      await audit(trx, this.#access.caller, 'update', 'staff_profile', staffId, { detail: { photo: r.id } });
      return { id: r.id, ...p };
    });
  }

  /**
   * A photo the caller may see: a child's (photo.read on the child) or a staff member's (teacher_profile.read).
   * @param id - the photo
   */
  async photo(id: string): Promise<PhotoRow> {
    if (!this.#access.reachesRows('photo', 'read') && !this.#access.reachesRows('teacher_profile', 'read')) throw this.#access.refusal('photo', 'read');
    if (!isUuid(id)) throw notFound('photo', id);
    return this.#db.tx(async (trx) => {
      const p = await trx.selectFrom('care_photos').selectAll().where('id', '=', id).executeTakeFirst();
      if (!p) throw notFound('photo', id);
      if (p.child_id) {
        if (!(await this.#access.allows(trx, 'photo', 'read', { child: val(p.child_id) }))) throw notFound('photo', id);
        await audit(trx, this.#access.caller, 'read', 'photo', id, { childIds: [p.child_id] });
      } else {
        const classes = await trx.selectFrom('class_staff').select('class_id').where('staff_id', '=', p.staff_id!).where(sql<boolean>`during @> current_date`).execute();
        let ok = false;
        for (const c of classes) if (await this.#access.allows(trx, 'teacher_profile', 'read', { class: val(c.class_id), facility: val(p.facility_id) })) ok = true;
        if (!ok && !classes.length) ok = await this.#access.allows(trx, 'teacher_profile', 'read', { facility: val(p.facility_id) });
        if (!ok) throw notFound('photo', id);
      }
      return { id: p.id, sha256: p.sha256, bytes: p.bytes, mime: p.mime, width: p.width, height: p.height };
    });
  }
}
