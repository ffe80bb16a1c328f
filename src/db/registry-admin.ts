/**
 * Administrative writes to reference data that has no end-user API: administrative divisions and medical
 * institutions (loaded from official lists, the demo city or test fixtures), and enrolments for fixtures.
 */
import { sql } from 'kysely';
import type { Db, Kx } from './pool.ts';

/** Rows in one of the reference tables (whether a database is empty). */
export async function countRows(db: Db, table: 'divisions' | 'users' | 'facilities'): Promise<number> {
  const r = await db.k.selectFrom(table).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  return r.n;
}

export interface DivisionRecord {
  id: string;
  name: string;
  nameEn?: string | null;
  level: 'city' | 'county' | 'street' | 'community';
  parentId: string | null;
  population?: number | null;
  children0to3?: number | null;
  lng?: number | null;
  lat?: number | null;
  boundary?: unknown;
  synthetic?: boolean;
}

/** Inserts or updates divisions (parents first). */
export async function upsertDivisions(k: Kx, list: readonly DivisionRecord[]): Promise<void> {
  for (const d of list) {
    const row = {
      id: d.id,
      name: d.name,
      name_en: d.nameEn ?? null,
      level: d.level,
      parent_id: d.parentId,
      population: d.population ?? null,
      children_0_3: d.children0to3 ?? null,
      lng: d.lng ?? null,
      lat: d.lat ?? null,
      boundary: d.boundary ? JSON.stringify(d.boundary) : null,
      synthetic: d.synthetic ?? false,
    };
    const { id: _id, ...update } = row;
    await k.insertInto('divisions').values(row).onConflict((oc) => oc.column('id').doUpdateSet(update)).execute();
  }
}

export interface MedicalInstitutionRecord {
  name: string;
  kind: 'maternal_child_hospital' | 'general_hospital' | 'community_health_centre' | 'township_health_centre' | 'clinic';
  divisionId: string;
  address?: string;
  lng?: number;
  lat?: number;
}

/** Inserts a medical institution (or returns the existing one of that name). */
export async function upsertMedicalInstitution(k: Kx, m: MedicalInstitutionRecord): Promise<string> {
  const r = await k
    .insertInto('medical_institutions')
    .values({ name: m.name, kind: m.kind, division_id: m.divisionId, address: m.address ?? null, lng: m.lng ?? null, lat: m.lat ?? null })
    .onConflict((oc) => oc.column('name').doUpdateSet({ kind: m.kind }))
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export interface ChildRecord {
  familyName: string;
  givenName: string;
  sex: 'M' | 'F';
  birthDate: string;
  /** Placed from today (open-ended) in this class, when given. */
  classId?: string | null;
  mode?: 'full_day' | 'half_day';
  /** First day of the placement (default today). */
  placedFrom?: string;
  homeLng?: number | null;
  homeLat?: number | null;
  guardianIds?: string[];
  synthetic?: boolean;
}

/** Registers a child, links guardians and places it (fixtures and seeding; families apply through the API). */
export async function insertChild(k: Kx, c: ChildRecord): Promise<string> {
  const { id } = await k
    .insertInto('children')
    .values({ family_name: c.familyName, given_name: c.givenName, sex: c.sex, birth_date: c.birthDate, home_lng: c.homeLng ?? null, home_lat: c.homeLat ?? null, synthetic: c.synthetic ?? false })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (c.guardianIds?.length) await k.insertInto('child_guardians').values(c.guardianIds.map((g) => ({ child_id: id, user_id: g }))).execute();
  if (c.classId) {
    const cls = await k.selectFrom('classes').select('facility_id').where('id', '=', c.classId).executeTakeFirstOrThrow();
    await k
      .insertInto('placements')
      .values({
        child_id: id,
        class_id: c.classId,
        facility_id: cls.facility_id,
        mode: c.mode ?? 'full_day',
        during: c.placedFrom ? sql<string>`daterange(${c.placedFrom}::date, NULL)` : sql<string>`daterange(current_date, NULL)`,
        synthetic: c.synthetic ?? false,
      })
      .execute();
  }
  return id;
}
