/**
 * Administrative writes to reference data that has no end-user API: administrative divisions and medical
 * institutions (loaded from official lists, the demo city or test fixtures), and enrolments for fixtures.
 */
import type { Queryable } from './pool.ts';

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
export async function upsertDivisions(q: Queryable, list: readonly DivisionRecord[]): Promise<void> {
  for (const d of list) {
    await q.query(
      `INSERT INTO divisions (id, name, name_en, level, parent_id, population, children_0_3, lng, lat, boundary, synthetic)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, name_en = EXCLUDED.name_en, level = EXCLUDED.level, parent_id = EXCLUDED.parent_id,
         population = EXCLUDED.population, children_0_3 = EXCLUDED.children_0_3, lng = EXCLUDED.lng, lat = EXCLUDED.lat,
         boundary = EXCLUDED.boundary, synthetic = EXCLUDED.synthetic`,
      [d.id, d.name, d.nameEn ?? null, d.level, d.parentId, d.population ?? null, d.children0to3 ?? null, d.lng ?? null, d.lat ?? null, d.boundary ? JSON.stringify(d.boundary) : null, d.synthetic ?? false],
    );
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
export async function upsertMedicalInstitution(q: Queryable, m: MedicalInstitutionRecord): Promise<string> {
  const [r] = await q.query<{ id: string }>(
    `INSERT INTO medical_institutions (name, kind, division_id, address, lng, lat) VALUES ($1,$2,$3,$4,$5,$6)
     ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind RETURNING id`,
    [m.name, m.kind, m.divisionId, m.address ?? null, m.lng ?? null, m.lat ?? null],
  );
  return r!.id;
}

export interface ChildRecord {
  familyName: string;
  givenName: string;
  sex: 'M' | 'F';
  birthDate: string;
  facilityId: string | null;
  classId: string | null;
  serviceMode?: string | null;
  status?: 'applied' | 'waiting' | 'enrolled' | 'left';
  guardianIds?: string[];
  synthetic?: boolean;
}

/** Registers a child and links guardians (fixtures and seeding; the enrolment workflow is a later feature). */
export async function insertChild(q: Queryable, c: ChildRecord): Promise<string> {
  const [r] = await q.query<{ id: string }>(
    `INSERT INTO children (family_name, given_name, sex, birth_date, facility_id, class_id, service_mode, status, enrolled_from, synthetic)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8, CASE WHEN $8 = 'enrolled' THEN current_date END, $9) RETURNING id`,
    [c.familyName, c.givenName, c.sex, c.birthDate, c.facilityId, c.classId, c.serviceMode ?? null, c.status ?? 'enrolled', c.synthetic ?? false],
  );
  for (const g of c.guardianIds ?? []) await q.query(`INSERT INTO child_guardians (child_id, user_id) VALUES ($1, $2)`, [r!.id, g]);
  return r!.id;
}
