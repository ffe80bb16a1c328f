/**
 * The write side of the facility registry: inserting and updating a facility with its classes inside the caller's
 * transaction, after the rules a schema cannot check (class caps, the supervising centre, the division). Access is
 * decided by the repository before these run (src/db/repos/facilities.ts).
 */
import { sql, type SqlBool } from 'kysely';
import { checkFacilityRules, supervisorTiersFor, type FacilityData } from '../../care/facility.ts';
import { NATIONAL_POLICY_2019 } from '../../care/policy.ts';
import { checkFacilityFees, feePolicyOn } from '../../care/fees.ts';
import { cityToday } from '../../shared/city-day.ts';
import type { ServiceMode } from '../../care/facility.ts';
import { toWgs84 } from '../../shared/coords.ts';
import { AppError, invalid } from '../../shared/errors.ts';
import type { Kx } from '../pool.ts';
import type { FacilityRow } from './facility-query.ts';
import { signFromToday } from './agreement-write.ts';

/**
 * Refuses a facility that breaks a registry rule (every problem named), including an affordable (普惠) facility's
 * monthly price above the fee cap of a class it applies to (src/care/fees.ts; a class with a fee of its own is
 * checked where that fee is set).
 * @param ownFees - per class id, the modes for which the class has its own fee in force today
 */
export function checkRules(data: FacilityData, ownFees: ReadonlyMap<string, readonly ServiceMode[]> = new Map()): void {
  const issues = checkFacilityRules(data, NATIONAL_POLICY_2019);
  const policy = feePolicyOn(cityToday());
  issues.push(...checkFacilityFees({ ownership: data.ownership, services: data.services, classes: data.classes.map((c) => ({ band: c.band, ownFees: c.id ? ownFees.get(c.id) : undefined })) }, policy));
  if (issues.length) throw new AppError('invalid', issues.map((i) => `${i.field}: ${i.message}`).join('; '), { issues });
}

/** Per class of a facility, the modes for which the class has a fee of its own in force today (class_fees). */
export async function ownClassFees(k: Kx, facilityId: string): Promise<Map<string, ServiceMode[]>> {
  const rows = await k
    .selectFrom('class_fees as cf')
    .innerJoin('classes as c', 'c.id', 'cf.class_id')
    .select(['cf.class_id', 'cf.mode'])
    .where('c.facility_id', '=', facilityId)
    .where(sql<SqlBool>`cf.during @> current_date`)
    .execute();
  const out = new Map<string, ServiceMode[]>();
  for (const r of rows) out.set(r.class_id, [...(out.get(r.class_id) ?? []), r.mode as ServiceMode]);
  return out;
}

/**
 * The supervising centre of a facility (the "1+12+N" tree): a county centre is supervised by the municipal centre;
 * every other facility by the municipal centre or the county centre of its own division. Without a choice, the
 * county centre of the division (or the municipal centre) is taken.
 */
export async function resolveSupervisor(k: Kx, data: FacilityData): Promise<string | null> {
  const allowed = supervisorTiersFor(data.tier);
  if (allowed.length === 0) {
    if (data.supervisorId) throw invalid('supervisorId', 'the municipal centre has no supervising centre', 'no_supervisor_allowed');
    return null;
  }
  if (data.supervisorId) {
    const s = await k.selectFrom('facilities').select(['tier', 'division_id', 'archived_at']).where('id', '=', data.supervisorId).executeTakeFirst();
    if (!s || s.archived_at) throw invalid('supervisorId', `supervising centre ${data.supervisorId} not found`, 'unknown_supervisor', { id: data.supervisorId });
    if (!allowed.includes(s.tier as (typeof allowed)[number])) {
      throw invalid('supervisorId', `a ${data.tier} facility is supervised by a ${allowed.join(' or ')}, not a ${s.tier}`, 'wrong_supervisor_tier', { expected: allowed.join('|'), actual: s.tier });
    }
    if (s.tier === 'county_centre' && s.division_id !== data.divisionId) {
      throw invalid('supervisorId', `the supervising county centre must be the one of division ${data.divisionId}`, 'supervisor_other_division', { division: data.divisionId });
    }
    return data.supervisorId;
  }
  const wanted = allowed[0]!;
  let q = k.selectFrom('facilities').select('id').where('tier', '=', wanted).where('archived_at', 'is', null);
  if (wanted === 'county_centre') q = q.where('division_id', '=', data.divisionId);
  return (await q.executeTakeFirst())?.id ?? null;
}

/** The division must exist and be county-level (区/县). */
export async function checkDivision(k: Kx, divisionId: string): Promise<void> {
  const d = await k.selectFrom('divisions').select('level').where('id', '=', divisionId).executeTakeFirst();
  if (!d) throw invalid('divisionId', `unknown division ${divisionId}`, 'unknown_division', { id: divisionId });
  if (d.level !== 'county') throw invalid('divisionId', `divisionId must name a county-level division (区/县), ${divisionId} is a ${d.level}`, 'not_a_county', { id: divisionId, level: d.level });
}

const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));

/** Inserts a facility with its classes (and its medical agreement). */
export async function insertFacility(k: Kx, input: FacilityData): Promise<string> {
  checkRules(input);
  await checkDivision(k, input.divisionId);
  const supervisorId = await resolveSupervisor(k, input);
  const loc = toWgs84(input.location);
  const { id } = await k
    .insertInto('facilities')
    .values({
      name: input.name,
      tier: input.tier,
      ownership: input.ownership,
      filing_status: input.filingStatus,
      filing_number: input.filingNumber ?? null,
      division_id: input.divisionId,
      address: input.address,
      lng: loc.lng,
      lat: loc.lat,
      opening_hours: json(input.openingHours),
      services: JSON.stringify(input.services),
      floor_area_m2: input.floorAreaM2 ?? null,
      outdoor_area_m2: input.outdoorAreaM2 ?? null,
      contact: json(input.contact),
      supervisor_id: supervisorId,
      policy_id: NATIONAL_POLICY_2019.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (input.classes.length) {
    await k
      .insertInto('classes')
      .values(input.classes.map((c) => ({ facility_id: id, name: c.name, band: c.band, capacity: c.capacity })))
      .execute();
  }
  if (input.medicalInstitutionId) await signAgreement(k, id, input.medicalInstitutionId);
  return id;
}

/** The institution the facility is signed with today, if any (agreement-write.ts). */
export { currentInstitution } from './agreement-write.ts';

/** Signs the facility with an institution from today (ending the agreements in force with others): agreement-write.ts. */
export const signAgreement = (k: Kx, facilityId: string, institutionId: string): Promise<void> => signFromToday(k, facilityId, institutionId);

/**
 * Writes a full facility record over the current one. When `replaceClasses`, the classes given replace the list:
 * entries with an id update that class, entries without one add a class, a class left out is archived (refused
 * while children are placed in it today).
 */
export async function updateFacility(k: Kx, id: string, data: FacilityData, replaceClasses: boolean, current: FacilityRow): Promise<void> {
  checkRules(data, await ownClassFees(k, id));
  await checkDivision(k, data.divisionId);
  const unchanged = data.tier === current.tier && data.divisionId === current.division_id && (data.supervisorId === undefined || data.supervisorId === current.supervisor_id);
  const supervisorId = unchanged ? current.supervisor_id : await resolveSupervisor(k, data);
  const loc = toWgs84(data.location);
  await k
    .updateTable('facilities')
    .set({
      name: data.name,
      tier: data.tier,
      ownership: data.ownership,
      filing_status: data.filingStatus,
      filing_number: data.filingNumber ?? null,
      division_id: data.divisionId,
      address: data.address,
      lng: loc.lng,
      lat: loc.lat,
      opening_hours: json(data.openingHours),
      services: JSON.stringify(data.services),
      floor_area_m2: data.floorAreaM2 ?? null,
      outdoor_area_m2: data.outdoorAreaM2 ?? null,
      contact: json(data.contact),
      supervisor_id: supervisorId,
      version: sql<number>`version + 1`,
      updated_at: sql<Date>`now()`,
    })
    .where('id', '=', id)
    .execute();
  if (replaceClasses) await replaceClassList(k, id, data.classes, current);
  if (data.medicalInstitutionId) await signAgreement(k, id, data.medicalInstitutionId);
}

async function replaceClassList(k: Kx, facilityId: string, classes: FacilityData['classes'], current: FacilityRow): Promise<void> {
  const existing = new Map(current.classes.map((c) => [c.id, c]));
  const kept = new Set<string>();
  for (const [i, c] of classes.entries()) {
    if (!c.id) continue;
    const old = existing.get(c.id);
    if (!old) throw invalid(`classes.${i}.id`, `class ${c.id} does not belong to this facility`, 'not_your_class', { id: c.id });
    if (c.capacity < old.enrolled) {
      throw new AppError('conflict', `${c.name}: capacity ${c.capacity} is below the ${old.enrolled} children enrolled`, {
        field: `classes.${i}.capacity`,
        code: 'below_enrolled',
        params: { capacity: c.capacity, enrolled: old.enrolled },
      });
    }
    kept.add(c.id);
  }
  for (const old of current.classes) {
    if (kept.has(old.id)) continue;
    if (old.enrolled > 0) {
      throw new AppError('conflict', `class ${old.name} still has ${old.enrolled} children enrolled; it cannot be removed`, { field: 'classes', code: 'class_has_children', params: { enrolled: old.enrolled, name: old.name } });
    }
    // Free the name first so a replacement class may reuse it.
    await k
      .updateTable('classes')
      .set({ archived_at: sql<Date>`now()`, name: sql<string>`name || ' (archived ' || id::text || ')'` })
      .where('id', '=', old.id)
      .execute();
  }
  for (const c of classes) {
    if (c.id) await k.updateTable('classes').set({ name: c.name, band: c.band, capacity: c.capacity }).where('id', '=', c.id).execute();
  }
  const added = classes.filter((c) => !c.id);
  if (added.length) await k.insertInto('classes').values(added.map((c) => ({ facility_id: facilityId, name: c.name, band: c.band, capacity: c.capacity }))).execute();
}
