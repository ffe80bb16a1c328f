/**
 * Quality assessments (WS/T 821-2023 style), scoped by the access policy row `assessment`: a district assessor
 * scores the facilities of their division (the city all of them); a director reads their own facility's; nobody
 * else reads item points or notes — the public sees only the final grade, on the facility card (`publicGrade`).
 * Points and grade are the pure engine's (src/care/quality), stored beside the scores; a final assessment is never
 * changed (a trigger refuses it too).
 */
import { sql, type SqlBool } from 'kysely';
import { gradeValidUntil, scoreAssessment, standardById, standardOn, type AssessmentResult, type QualityGrade } from '../../care/quality/index.ts';
import { formatFen } from '../../care/money.ts';
import { qualityAwardFor } from '../../care/subsidy/index.ts';
import { AppError } from '../../shared/errors.ts';
import { col, val, type Access } from '../access/scope.ts';
import type { Db, Kx } from '../pool.ts';
import { audit } from './audit.ts';
import { auditActor, auditRole } from './caller.ts';
import type { Page } from './children.ts';
import { isUuid } from './ids.ts';

export type AssessmentStatus = 'draft' | 'final';

export interface AssessmentView {
  id: string;
  facilityId: string;
  facilityName: string;
  divisionId: string;
  divisionName: string;
  standardId: string;
  assessedOn: string;
  status: AssessmentStatus;
  scores: Record<string, number>;
  vetoes: string[];
  totalPoints: number;
  maxPoints: number;
  grade: QualityGrade;
  complete: boolean;
  missing: string[];
  dimensions: Array<{ key: string; points: number; maxPoints: number }>;
  notes: string | null;
  assessor: { name: string | null; role: string };
  /** What the grade earns under the subsidy policy in force on the assessment date (once a year; src/care/subsidy). */
  award: { policyId: string | null; amountFen: number; formatted: string };
  version: number;
  createdAt: string;
  updatedAt: string;
  finalizedAt: string | null;
}

/** The grade the public facility card shows: the latest final assessment still standing. */
export interface PublicGrade {
  grade: QualityGrade;
  assessedOn: string;
  validUntil: string;
  standardId: string;
}

export interface AssessmentInput {
  facilityId: string;
  assessedOn: string;
  standardId?: string;
  scores: Record<string, number>;
  vetoes: string[];
  notes?: string | null;
  status?: AssessmentStatus;
}

export interface AssessmentPatch {
  assessedOn?: string;
  scores?: Record<string, number>;
  vetoes?: string[];
  notes?: string | null;
  status?: AssessmentStatus;
  version?: number;
}

export interface AssessmentFilter {
  facilityId?: string;
  divisionId?: string;
  status?: AssessmentStatus;
}

function selectAssessments(k: Kx) {
  return k
    .selectFrom('quality_assessments as qa')
    .innerJoin('facilities as f', 'f.id', 'qa.facility_id')
    .innerJoin('divisions as d', 'd.id', 'f.division_id')
    .leftJoin('users as u', 'u.id', 'qa.assessor_id')
    .select([
      'qa.id',
      'qa.facility_id',
      'f.name as facility_name',
      'f.division_id',
      'd.name as division_name',
      'qa.standard_id',
      'qa.assessed_on',
      'qa.status',
      'qa.scores',
      'qa.vetoes',
      'qa.notes',
      'u.display_name as assessor_name',
      'qa.assessor_role',
      'qa.version',
      'qa.created_at',
      'qa.updated_at',
      'qa.finalized_at',
    ]);
}
type Row = Awaited<ReturnType<ReturnType<typeof selectAssessments>['executeTakeFirstOrThrow']>>;

function standardOf(id: string) {
  const s = standardById(id);
  if (!s) throw new AppError('invalid', `unknown assessment standard ${id}`, { field: 'standardId', code: 'unknown_standard', params: { id } });
  return s;
}

function toView(r: Row): AssessmentView {
  const standard = standardOf(r.standard_id);
  const scores = r.scores as Record<string, number>;
  const result = scoreAssessment(standard, { scores, vetoes: r.vetoes });
  const award = qualityAwardFor(result.grade, r.assessed_on);
  return {
    id: r.id,
    facilityId: r.facility_id,
    facilityName: r.facility_name,
    divisionId: r.division_id,
    divisionName: r.division_name,
    standardId: r.standard_id,
    assessedOn: r.assessed_on,
    status: r.status as AssessmentStatus,
    scores,
    vetoes: r.vetoes,
    totalPoints: result.totalPoints,
    maxPoints: result.maxPoints,
    grade: result.grade,
    complete: result.complete,
    missing: result.missing,
    dimensions: result.dimensions.map((d) => ({ key: d.key, points: d.points, maxPoints: d.maxPoints })),
    notes: r.notes,
    assessor: { name: r.assessor_name, role: r.assessor_role },
    award: { policyId: award.policyId, amountFen: award.amountFen, formatted: formatFen(award.amountFen) },
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
    finalizedAt: r.finalized_at ? r.finalized_at.toISOString() : null,
  };
}

/**
 * The grade the public facility card shows: the latest final assessment whose grade still stands (the standard's
 * validity from the assessment date), or null.
 * @param k - the query builder (a transaction or the pool)
 * @param facilityId - the facility
 */
export async function publicGrade(k: Kx, facilityId: string): Promise<PublicGrade | null> {
  const r = await k
    .selectFrom('quality_assessments')
    .select(['grade', 'assessed_on', 'standard_id', sql<string>`current_date::text`.as('today')])
    .where('facility_id', '=', facilityId)
    .where('status', '=', 'final')
    .orderBy('assessed_on', 'desc')
    .orderBy('finalized_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!r) return null;
  const standard = standardById(r.standard_id);
  if (!standard) return null;
  const validUntil = gradeValidUntil(r.assessed_on, standard);
  if (validUntil < r.today) return null;
  return { grade: r.grade as QualityGrade, assessedOn: r.assessed_on, validUntil, standardId: r.standard_id };
}

function checkFinal(result: AssessmentResult, status: AssessmentStatus): void {
  if (status === 'final' && !result.complete) {
    throw new AppError('invalid', `${result.missing.length} item(s) are not scored yet; a final assessment scores every item`, { field: 'status', code: 'assessment_incomplete', params: { missing: result.missing.length } });
  }
}

/** Quality assessments as one caller sees them. */
export class QualityRepo {
  readonly #db: Db;
  readonly #access: Access;

  constructor(db: Db, access: Access) {
    this.#db = db;
    this.#access = access;
  }

  /** A page of the assessments the caller may read, newest first. */
  async list(filter: AssessmentFilter, page = 1, pageSize = 50): Promise<Page<AssessmentView>> {
    const scope = this.#access.where('assessment', 'read', { facility: col('qa.facility_id') });
    let q = selectAssessments(this.#db.k).where(scope);
    if (filter.facilityId) q = isUuid(filter.facilityId) ? q.where('qa.facility_id', '=', filter.facilityId) : q.where(sql<SqlBool>`false`);
    if (filter.divisionId) q = q.where('f.division_id', '=', filter.divisionId);
    if (filter.status) q = q.where('qa.status', '=', filter.status);
    const rows = await q
      .select(sql<number>`count(*) OVER ()::int`.as('total'))
      .orderBy('qa.assessed_on', 'desc')
      .orderBy('qa.created_at', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute();
    let total = rows[0]?.total ?? 0;
    if (rows.length === 0 && page > 1) {
      let c = this.#db.k.selectFrom('quality_assessments as qa').innerJoin('facilities as f', 'f.id', 'qa.facility_id').select(sql<number>`count(*)::int`.as('n')).where(scope);
      if (filter.facilityId && isUuid(filter.facilityId)) c = c.where('qa.facility_id', '=', filter.facilityId);
      if (filter.divisionId) c = c.where('f.division_id', '=', filter.divisionId);
      if (filter.status) c = c.where('qa.status', '=', filter.status);
      total = (await c.executeTakeFirst())?.n ?? 0;
    }
    return { items: rows.map(toView), total, page, pageSize };
  }

  /** One assessment; not_found when absent or out of the caller's scope. */
  async get(id: string, k: Kx = this.#db.k): Promise<AssessmentView> {
    const scope = this.#access.where('assessment', 'read', { facility: col('qa.facility_id') });
    if (!isUuid(id)) throw new AppError('not_found', `assessment ${id} not found`, { field: 'id' });
    const r = await selectAssessments(k).where('qa.id', '=', id).where(scope).executeTakeFirst();
    if (!r) throw new AppError('not_found', `assessment ${id} not found`, { field: 'id' });
    return toView(r);
  }

  /** Starts (or records at once, final) an assessment of a facility; one draft per facility at a time. */
  async create(input: AssessmentInput): Promise<AssessmentView> {
    if (!this.#access.reachesRows('assessment', 'create')) throw this.#access.refusal('assessment', 'create');
    return this.#db.tx(async (trx) => {
      const f = isUuid(input.facilityId) ? await trx.selectFrom('facilities').select(['id', 'archived_at']).where('id', '=', input.facilityId).forUpdate().executeTakeFirst() : undefined;
      if (!f) throw new AppError('not_found', `facility ${input.facilityId} not found`, { field: 'facilityId', code: 'not_found' });
      await this.#access.check(trx, 'assessment', 'create', { facility: val(f.id) }, { readAs: 'facility' });
      if (f.archived_at) throw new AppError('conflict', 'the facility is archived', { field: 'facilityId', code: 'archived' });
      await this.#notInFuture(trx, input.assessedOn);
      const standard = input.standardId ? standardOf(input.standardId) : standardOn(input.assessedOn);
      const result = scoreAssessment(standard, { scores: input.scores, vetoes: input.vetoes });
      const status = input.status ?? 'draft';
      checkFinal(result, status);
      const draft = await trx.selectFrom('quality_assessments').select('id').where('facility_id', '=', f.id).where('status', '=', 'draft').executeTakeFirst();
      if (draft) throw new AppError('conflict', 'the facility already has an assessment in progress; finish that one', { field: 'facilityId', code: 'draft_exists', params: { id: draft.id } });
      const { id } = await trx
        .insertInto('quality_assessments')
        .values({
          facility_id: f.id,
          standard_id: standard.id,
          assessed_on: input.assessedOn,
          status,
          scores: JSON.stringify(input.scores),
          vetoes: input.vetoes,
          total_points: result.totalPoints,
          grade: result.grade,
          complete: result.complete,
          notes: input.notes ?? null,
          assessor_id: auditActor(this.#access.caller),
          assessor_role: auditRole(this.#access.caller),
          finalized_at: status === 'final' ? sql<Date>`now()` : null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await audit(trx, this.#access.caller, 'create', 'assessment', id, { detail: { facilityId: f.id, status, grade: result.grade } });
      return this.get(id, trx);
    });
  }

  /** Changes a draft (scores replace the scored items as a whole); `status: 'final'` closes it for good. */
  async update(id: string, patch: AssessmentPatch): Promise<AssessmentView> {
    // A role that may change no assessment is refused as such (403), before any row is looked at.
    if (!this.#access.reachesRows('assessment', 'update')) throw this.#access.refusal('assessment', 'update');
    return this.#db.tx(async (trx) => {
      const cur = isUuid(id) ? await trx.selectFrom('quality_assessments').selectAll().where('id', '=', id).forUpdate().executeTakeFirst() : undefined;
      if (!cur) throw new AppError('not_found', `assessment ${id} not found`, { field: 'id' });
      await this.#access.check(trx, 'assessment', 'update', { facility: val(cur.facility_id) }, { readAs: 'assessment', what: `assessment ${id}` });
      if (cur.status === 'final') throw new AppError('conflict', 'a final assessment cannot be changed; start a new one', { field: 'id', code: 'assessment_final' });
      if (patch.version !== undefined && patch.version !== cur.version) {
        throw new AppError('conflict', `the assessment was changed by someone else (version ${cur.version}, yours ${patch.version}); reload and try again`, { field: 'version', code: 'stale_version', params: { current: cur.version, yours: patch.version } });
      }
      const assessedOn = patch.assessedOn ?? cur.assessed_on;
      if (patch.assessedOn !== undefined) await this.#notInFuture(trx, assessedOn);
      const scores = patch.scores ?? (cur.scores as Record<string, number>);
      const vetoes = patch.vetoes ?? cur.vetoes;
      const result = scoreAssessment(standardOf(cur.standard_id), { scores, vetoes });
      const status = patch.status ?? 'draft';
      checkFinal(result, status);
      await trx
        .updateTable('quality_assessments')
        .set({
          assessed_on: assessedOn,
          scores: JSON.stringify(scores),
          vetoes,
          total_points: result.totalPoints,
          grade: result.grade,
          complete: result.complete,
          notes: patch.notes === undefined ? cur.notes : patch.notes,
          status,
          finalized_at: status === 'final' ? sql<Date>`now()` : null,
          assessor_id: auditActor(this.#access.caller),
          assessor_role: auditRole(this.#access.caller),
          version: sql<number>`version + 1`,
          updated_at: sql<Date>`now()`,
        })
        .where('id', '=', id)
        .execute();
      await audit(trx, this.#access.caller, 'update', 'assessment', id, { detail: { status, grade: result.grade } });
      return this.get(id, trx);
    });
  }

  async #notInFuture(trx: Kx, date: string): Promise<void> {
    const r = await sql<{ future: boolean }>`SELECT (${date}::date > current_date) AS future`.execute(trx);
    if (r.rows[0]?.future) throw new AppError('invalid', `assessedOn ${date} is after today`, { field: 'assessedOn', code: 'date_in_future' });
  }
}
