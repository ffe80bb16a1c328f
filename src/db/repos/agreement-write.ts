/**
 * Writing medical agreements (医育融合签约): an agreement row and one row per service, in the caller's transaction.
 * The database refuses two agreements of a facility covering the same service on the same day (EXCLUDE on
 * medical_agreement_services, migration 0600); this module turns that refusal into a 409 naming the service, and
 * holds the registry's "sign from today" (a bureau official's PATCH medicalInstitutionId).
 */
import { sql, type SqlBool } from 'kysely';
import { AGREEMENT_SERVICES, type AgreementService } from '../../care/health-services.ts';
import { AppError, invalid, isAppError } from '../../shared/errors.ts';
import type { Kx } from '../pool.ts';

export interface NewAgreement {
  facilityId: string;
  institutionId: string;
  validFrom: string;
  validTo: string | null;
  services: readonly AgreementService[];
  signedOn?: string | null;
  note?: string | null;
  createdBy?: string | null;
  /** A stable id (the demo city, imports); default: a new one. */
  id?: string;
}

/** What a registry signature covers when nobody says otherwise. */
export const STANDARD_SERVICES: readonly AgreementService[] = ['health_check', 'growth_assessment', 'development_guidance', 'tcm_massage', 'parent_class', 'visiting_doctor'];

/** Services of the facility's agreements that overlap `[from, to]` (to null: open-ended), with their institution. */
export async function overlappingServices(k: Kx, facilityId: string, from: string, to: string | null, services: readonly string[], exceptAgreement?: string) {
  let q = k
    .selectFrom('medical_agreement_services as s')
    .innerJoin('medical_agreements as a', 'a.id', 's.agreement_id')
    .innerJoin('medical_institutions as m', 'm.id', 'a.institution_id')
    .select(['s.service', 'a.id as agreementId', 'm.name as institutionName', 'a.valid_from as validFrom', 'a.valid_to as validTo'])
    .where('s.facility_id', '=', facilityId)
    .where('s.service', 'in', services.length ? [...services] : ['-'])
    .where(sql<SqlBool>`s.valid && daterange(${from}::date, ${to}::date, '[]')`);
  if (exceptAgreement) q = q.where('a.id', '<>', exceptAgreement);
  return q.orderBy('s.service').execute();
}

/**
 * Inserts an agreement with its services. Refuses (409 `overlaps`, naming the service and the other institution)
 * when the facility already has an agreement covering one of the services in the period — checked first for the
 * message, and decided by the EXCLUDE constraint either way.
 * @param k - the transaction
 * @param a - the agreement
 * @returns the agreement's id
 */
export async function insertAgreement(k: Kx, a: NewAgreement): Promise<string> {
  if (a.validTo !== null && a.validTo < a.validFrom) throw invalid('validTo', `validTo ${a.validTo} is before validFrom ${a.validFrom}`, 'end_before_start', { from: a.validFrom, to: a.validTo });
  const services = [...new Set(a.services)];
  for (const [i, s] of services.entries()) if (!AGREEMENT_SERVICES.includes(s)) throw invalid(`services.${i}`, `unknown service ${s}`, 'invalid_choice', { options: AGREEMENT_SERVICES.join(', ') });
  if (services.length === 0) throw invalid('services', 'an agreement covers at least one service', 'too_few', { minimum: 1 });
  const clash = (await overlappingServices(k, a.facilityId, a.validFrom, a.validTo, services))[0];
  if (clash) throw overlapError(clash);
  const row = await k
    .insertInto('medical_agreements')
    .values({
      ...(a.id ? { id: a.id } : {}),
      facility_id: a.facilityId,
      institution_id: a.institutionId,
      valid_from: a.validFrom,
      valid_to: a.validTo,
      signed_on: a.signedOn ?? null,
      note: a.note ?? null,
      created_by: a.createdBy ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  try {
    await k
      .insertInto('medical_agreement_services')
      .columns(['agreement_id', 'facility_id', 'valid', 'service'])
      .expression(
        k
          .selectFrom('medical_agreements as a')
          .select(['a.id', 'a.facility_id', sql<string>`a.valid`.as('valid'), sql<string>`unnest(${services}::text[])`.as('service')])
          .where('a.id', '=', row.id),
      )
      .execute();
  } catch (e) {
    throw asOverlap(e, services);
  }
  return row.id;
}

/** The 409 for a service already covered by another agreement. */
export function overlapError(c: { service: string; institutionName: string; validFrom: string; validTo: string | null }): AppError {
  return new AppError('conflict', `${c.service} is already covered from ${c.validFrom} to ${c.validTo ?? 'open end'} by the agreement with ${c.institutionName}`, {
    field: 'services',
    code: 'service_already_covered',
    params: { service: c.service, institution: c.institutionName, from: c.validFrom, to: c.validTo },
  });
}

/** An exclusion violation (a concurrent writer won) as the same 409. */
export function asOverlap(e: unknown, services: readonly string[]): unknown {
  if (isAppError(e) && e.issues[0]?.code === 'overlaps') {
    return new AppError('conflict', `a service is already covered by another agreement in this period (${services.join(', ')})`, { field: 'services', code: 'service_already_covered', params: { service: services.join(', '), institution: null, from: null, to: null }, cause: e });
  }
  return e;
}

/** The institution the facility is signed with today (the latest-signed agreement in force), if any. */
export async function currentInstitution(k: Kx, facilityId: string): Promise<string | null> {
  const r = await k
    .selectFrom('medical_agreements')
    .select('institution_id')
    .where('facility_id', '=', facilityId)
    .where(sql<SqlBool>`valid @> current_date`)
    .orderBy('valid_from', 'desc')
    .executeTakeFirst();
  return r?.institution_id ?? null;
}

/**
 * Signs the facility with an institution from today for the standard services (the registry's medicalInstitutionId):
 * agreements in force with other institutions end yesterday, later ones are withdrawn. Nothing changes when the
 * facility is already signed with that institution.
 * @param k - the transaction
 */
export async function signFromToday(k: Kx, facilityId: string, institutionId: string, createdBy: string | null = null): Promise<void> {
  const m = await k.selectFrom('medical_institutions').select('id').where('id', '=', institutionId).executeTakeFirst();
  if (!m) throw invalid('medicalInstitutionId', `unknown medical institution ${institutionId}`, 'unknown_institution', { id: institutionId });
  if ((await currentInstitution(k, facilityId)) === institutionId) return;
  await k.deleteFrom('medical_agreements').where('facility_id', '=', facilityId).where(sql<SqlBool>`valid_from >= current_date`).execute();
  await k
    .updateTable('medical_agreements')
    .set({ valid_to: sql<string>`current_date - 1`, ended_reason: 'replaced in the registry' })
    .where('facility_id', '=', facilityId)
    .where(sql<SqlBool>`valid @> current_date`)
    .execute();
  const today = await k.selectNoFrom(sql<string>`current_date::text`.as('d')).executeTakeFirstOrThrow();
  await insertAgreement(k, { facilityId, institutionId, validFrom: today.d, validTo: null, services: STANDARD_SERVICES, signedOn: today.d, createdBy });
}
