/**
 * Medical agreements (医育融合签约台账), scoped to a caller: the public ledger of who is signed with whom, from when to
 * when, for which services (policy: `agreement`); the signed document as a file (`agreement_document`); ending an
 * agreement early. Writes run in one transaction with their audit entry; overlaps are refused by the database
 * (agreement-write.ts).
 */
import { createHash } from 'node:crypto';
import { sql, type SqlBool } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { AgreementService } from '../../care/health-services.ts';
import { AppError, invalid } from '../../shared/errors.ts';
import { col, val, type Access } from '../access/scope.ts';
import type { Db, Kx } from '../pool.ts';
import { insertAgreement } from './agreement-write.ts';
import { audit } from './audit.ts';
import { checkRow } from './health-access.ts';
import type { Page } from './children.ts';
import { isUuid } from './ids.ts';

export type AgreementStatus = 'current' | 'future' | 'ended';

export interface AgreementView {
  id: string;
  facility: { id: string; name: string; divisionId: string };
  institution: { id: string; name: string; kind: string };
  validFrom: string;
  validTo: string | null;
  services: AgreementService[];
  signedOn: string | null;
  note: string | null;
  endedReason: string | null;
  status: AgreementStatus;
  /** Days from today to the last valid day (null: open-ended or ended). */
  daysLeft: number | null;
  document: { fileName: string; contentType: string; bytes: number; uploadedAt: string } | null;
}

export interface AgreementFilter {
  facilityId?: string;
  institutionId?: string;
  divisionId?: string;
  status?: AgreementStatus | 'expiring';
  /** With `expiring`: ending within this many days (default 60). */
  withinDays?: number;
}

export interface AgreementInput {
  facilityId: string;
  institutionId: string;
  validFrom: string;
  validTo: string | null;
  services: AgreementService[];
  signedOn?: string | null;
  note?: string | null;
}

export const DOCUMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

function selectAgreements(k: Kx) {
  return k
    .selectFrom('medical_agreements as a')
    .innerJoin('facilities as f', 'f.id', 'a.facility_id')
    .innerJoin('medical_institutions as m', 'm.id', 'a.institution_id')
    .select((eb) => [
      'a.id',
      'a.facility_id',
      'f.name as facility_name',
      'f.division_id',
      'a.institution_id',
      'm.name as institution_name',
      'm.kind as institution_kind',
      'a.valid_from',
      'a.valid_to',
      'a.signed_on',
      'a.note',
      'a.ended_reason',
      sql<AgreementStatus>`CASE WHEN a.valid @> current_date THEN 'current' WHEN lower(a.valid) > current_date THEN 'future' ELSE 'ended' END`.as('status'),
      sql<number | null>`CASE WHEN a.valid @> current_date AND a.valid_to IS NOT NULL THEN a.valid_to - current_date END`.as('days_left'),
      jsonArrayFrom(eb.selectFrom('medical_agreement_services as s').select('s.service').whereRef('s.agreement_id', '=', 'a.id').orderBy('s.service')).as('services'),
      sql<{ fileName: string; contentType: string; bytes: number; uploadedAt: string } | null>`(
        SELECT json_build_object('fileName', d.file_name, 'contentType', d.content_type, 'bytes', octet_length(d.bytes), 'uploadedAt', to_char(d.uploaded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))
        FROM medical_agreement_documents d WHERE d.agreement_id = a.id ORDER BY d.id DESC LIMIT 1)`.as('document'),
    ]);
}
type Row = Awaited<ReturnType<ReturnType<typeof selectAgreements>['executeTakeFirstOrThrow']>>;

function view(r: Row): AgreementView {
  return {
    id: r.id,
    facility: { id: r.facility_id, name: r.facility_name, divisionId: r.division_id },
    institution: { id: r.institution_id, name: r.institution_name, kind: r.institution_kind },
    validFrom: r.valid_from,
    validTo: r.valid_to,
    services: r.services.map((s) => s.service as AgreementService),
    signedOn: r.signed_on,
    note: r.note,
    endedReason: r.ended_reason,
    status: r.status,
    daysLeft: r.days_left,
    document: r.document,
  };
}

export class AgreementRepo {
  readonly #db: Db;
  readonly #access: Access;
  constructor(db: Db, access: Access) {
    this.#db = db;
    this.#access = access;
  }

  /** A page of agreements (the public ledger), newest period first. */
  async list(filter: AgreementFilter, page = 1, pageSize = 50): Promise<Page<AgreementView>> {
    const scope = this.#access.where('agreement', 'read', { facility: col('a.facility_id'), institution: col('a.institution_id') });
    let q = selectAgreements(this.#db.k).select(sql<number>`count(*) OVER ()::int`.as('total')).where(scope);
    if (filter.facilityId) q = q.where(sql<SqlBool>`a.facility_id::text = ${filter.facilityId}`);
    if (filter.institutionId) q = q.where(sql<SqlBool>`a.institution_id::text = ${filter.institutionId}`);
    if (filter.divisionId) q = q.where('f.division_id', '=', filter.divisionId);
    if (filter.status === 'current') q = q.where(sql<SqlBool>`a.valid @> current_date`);
    if (filter.status === 'future') q = q.where(sql<SqlBool>`lower(a.valid) > current_date`);
    if (filter.status === 'ended') q = q.where(sql<SqlBool>`upper(a.valid) <= current_date`);
    if (filter.status === 'expiring') q = q.where(sql<SqlBool>`a.valid @> current_date AND a.valid_to IS NOT NULL AND a.valid_to - current_date <= ${filter.withinDays ?? 60}`);
    const rows = await q
      .orderBy(sql`CASE WHEN a.valid @> current_date THEN 0 WHEN lower(a.valid) > current_date THEN 1 ELSE 2 END`)
      .orderBy(filter.status === 'expiring' ? 'a.valid_to' : 'a.valid_from', filter.status === 'expiring' ? 'asc' : 'desc')
      .orderBy('a.id')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute();
    return { items: rows.map(({ total: _t, ...r }) => view(r)), total: rows[0]?.total ?? 0, page, pageSize };
  }

  /** One agreement; not_found when absent. */
  async get(id: string, k: Kx = this.#db.k): Promise<AgreementView> {
    if (!isUuid(id)) throw new AppError('not_found', `agreement ${id} not found`, { field: 'id' });
    const scope = this.#access.where('agreement', 'read', { facility: col('a.facility_id'), institution: col('a.institution_id') });
    const r = await selectAgreements(k).where('a.id', '=', id).where(scope).executeTakeFirst();
    if (!r) throw new AppError('not_found', `agreement ${id} not found`, { field: 'id' });
    return view(r);
  }

  /**
   * Records a new agreement (bureaus: their division's facilities). 409 `service_already_covered` when another
   * agreement of the facility covers one of its services in the period.
   */
  async create(input: AgreementInput): Promise<AgreementView> {
    return this.#db.tx(async (trx) => {
      const f = await trx.selectFrom('facilities').select(['id', 'archived_at']).where(sql<SqlBool>`id::text = ${input.facilityId}`).executeTakeFirst();
      if (!f) throw invalid('facilityId', `unknown facility ${input.facilityId}`, 'unknown_reference');
      await checkRow(this.#access, trx, 'agreement', 'create', { facility: val(f.id) }, { what: `facility ${f.id}` });
      if (f.archived_at) throw new AppError('conflict', 'the facility is archived', { field: 'facilityId', code: 'archived' });
      const m = await trx.selectFrom('medical_institutions').select('id').where(sql<SqlBool>`id::text = ${input.institutionId}`).executeTakeFirst();
      if (!m) throw invalid('institutionId', `unknown medical institution ${input.institutionId}`, 'unknown_institution', { id: input.institutionId });
      const id = await insertAgreement(trx, { ...input, createdBy: this.#access.caller.kind === 'user' ? this.#access.caller.userId : null });
      await audit(trx, this.#access.caller, 'create', 'agreement', id, { detail: { facilityId: input.facilityId, institutionId: input.institutionId, services: input.services } });
      return this.get(id, trx);
    });
  }

  /**
   * Ends an agreement on `validTo` (the last valid day; today or later ends it then, yesterday ends it now). Only
   * shortens: a longer period is a new agreement. Ending one ends the institution's access to the facility's
   * children (signed_facilities) from the next day.
   */
  async end(id: string, validTo: string, reason: string | null): Promise<AgreementView> {
    return this.#db.tx(async (trx) => {
      const a = await this.#lock(trx, id);
      await checkRow(this.#access, trx, 'agreement', 'update', { facility: val(a.facility_id) }, { what: `agreement ${id}` });
      if (a.ended) throw new AppError('conflict', 'the agreement has already ended', { field: 'id', code: 'agreement_ended' });
      if (validTo < a.valid_from) throw invalid('validTo', `validTo ${validTo} is before the agreement began (${a.valid_from})`, 'end_before_start', { from: a.valid_from, to: validTo });
      if (a.valid_to !== null && validTo > a.valid_to) throw invalid('validTo', `the agreement already ends on ${a.valid_to}; sign a new one to extend it`, 'shorten_only');
      await trx.updateTable('medical_agreements').set({ valid_to: validTo, ended_reason: reason }).where('id', '=', a.id).execute();
      await audit(trx, this.#access.caller, 'update', 'agreement', a.id, { detail: { validTo, reason } });
      return this.get(a.id, trx);
    });
  }

  /** Attaches the signed document (PDF, PNG or JPEG; the latest upload is the agreement's document). */
  async attachDocument(id: string, file: { fileName: string; contentType: string; bytes: Buffer }): Promise<AgreementView> {
    const type = file.contentType.split(';')[0]!.trim().toLowerCase();
    if (file.bytes.length === 0) throw new AppError('invalid', 'the file is empty', { field: 'body', code: 'file_empty' });
    if (!(DOCUMENT_TYPES as readonly string[]).includes(type) || !sniff(type, file.bytes)) throw new AppError('unsupported', 'the document must be a PDF, PNG or JPEG file', { field: 'body', code: 'not_a_pdf_or_image' });
    if (file.bytes.length > MAX_DOCUMENT_BYTES) throw new AppError('too_large', 'the document is larger than 10 MB', { field: 'body', code: 'file_too_large', params: { maximum: MAX_DOCUMENT_BYTES } });
    const name = file.fileName.trim().slice(0, 200) || `agreement-${id}.${type === 'application/pdf' ? 'pdf' : type === 'image/png' ? 'png' : 'jpg'}`;
    return this.#db.tx(async (trx) => {
      const a = await this.#lock(trx, id);
      await checkRow(this.#access, trx, 'agreement', 'update', { facility: val(a.facility_id) }, { what: `agreement ${id}` });
      await trx
        .insertInto('medical_agreement_documents')
        .values({ agreement_id: a.id, file_name: name, content_type: type, bytes: file.bytes, sha256: createHash('sha256').update(file.bytes).digest('hex'), uploaded_by: this.#access.caller.kind === 'user' ? this.#access.caller.userId : null })
        .execute();
      await audit(trx, this.#access.caller, 'update', 'agreement', a.id, { detail: { document: name, bytes: file.bytes.length } });
      return this.get(a.id, trx);
    });
  }

  /** The signed document (agreement_document.read: the facility, the institution, the bureaus). */
  async document(id: string): Promise<{ fileName: string; contentType: string; bytes: Buffer }> {
    if (!isUuid(id)) throw new AppError('not_found', `agreement ${id} not found`, { field: 'id' });
    return this.#db.tx(async (trx) => {
      const a = await trx.selectFrom('medical_agreements').select(['id', 'facility_id', 'institution_id']).where('id', '=', id).executeTakeFirst();
      if (!a) throw new AppError('not_found', `agreement ${id} not found`, { field: 'id' });
      await checkRow(this.#access, trx, 'agreement_document', 'read', { facility: val(a.facility_id), institution: val(a.institution_id) }, { what: `agreement ${id}` });
      const d = await trx.selectFrom('medical_agreement_documents').select(['file_name', 'content_type', 'bytes']).where('agreement_id', '=', id).orderBy('id', 'desc').limit(1).executeTakeFirst();
      if (!d) throw new AppError('not_found', 'no document is attached to this agreement', { field: 'document' });
      await audit(trx, this.#access.caller, 'read', 'agreement_document', id, { purpose: 'agreement_ledger' });
      return { fileName: d.file_name, contentType: d.content_type, bytes: d.bytes };
    });
  }

  async #lock(trx: Kx, id: string) {
    if (!isUuid(id)) throw new AppError('not_found', `agreement ${id} not found`, { field: 'id' });
    const a = await trx
      .selectFrom('medical_agreements')
      .select(['id', 'facility_id', 'valid_from', 'valid_to', sql<boolean>`upper(valid) <= current_date`.as('ended')])
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!a) throw new AppError('not_found', `agreement ${id} not found`, { field: 'id' });
    return a;
  }
}

/** Whether the bytes start like the type says (a PDF's %PDF-, PNG's signature, JPEG's SOI marker). */
function sniff(type: string, b: Buffer): boolean {
  if (type === 'application/pdf') return b.subarray(0, 5).toString('latin1') === '%PDF-';
  if (type === 'image/png') return b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;
}
