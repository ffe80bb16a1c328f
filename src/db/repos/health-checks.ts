/**
 * Health checks (体检记录), scoped to a caller (policy: `health_record`): recording a check — measurements scored with
 * the WHO engine, flags raised and turned into follow-up tasks, the facility's director notified — and reading a
 * child's checks and growth. Every read of a child's record is audited with its purpose in the same transaction.
 * The check's id is made by the client, so a tablet that sends twice gets the first answer back (200, not a copy).
 */
import { sql, type SqlBool } from 'kysely';
import { followUpDue, healthFlags, type FlagKind, type Severity } from '../../care/health-flags.ts';
import { addDaysIso, addMonthsIso, daysBetweenIso, ENTRY_EXAM_POLICY } from '../../care/health-schedule.ts';
import { cm, days, growthReading, kg, loadWhoTables, scoreChild, type ChildScores, type IndicatorReading, type ScoreKey } from '../../growth/index.ts';
import { AppError, invalid } from '../../shared/errors.ts';
import { val, type Access } from '../access/scope.ts';
import type { Db, Kx } from '../pool.ts';
import { audit } from './audit.ts';
import { checkRow } from './health-access.ts';
import { isUuid } from './ids.ts';
import { notify } from './notify.ts';

export const CHECK_KINDS = ['entry', 'periodic', 'child_health_visit'] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

export interface CheckInput {
  /** Client-made (idempotent). */
  id: string;
  kind: CheckKind;
  examinedOn: string;
  weightKg?: number | null;
  lengthCm?: number | null;
  position?: 'l' | 'h' | null;
  headCm?: number | null;
  haemoglobinGL?: number | null;
  hearing?: 'pass' | 'refer' | null;
  vision?: 'normal' | 'abnormal' | null;
  oral?: 'healthy' | 'caries' | 'other' | null;
  cariesTeeth?: number | null;
  development?: 'normal' | 'suspect' | 'abnormal' | null;
  conclusion?: string | null;
  /** Entry exam only: fit for admission. */
  passed?: boolean | null;
  /** Entry exam only: valid until (default: three months after the exam). */
  validUntil?: string | null;
}

export interface FlagView {
  id: string;
  checkId: string;
  childId: string;
  kind: FlagKind;
  severity: Severity;
  value: number;
  dueOn: string;
  doneAt: string | null;
  outcome: string | null;
}

export interface CheckRecord {
  id: string;
  childId: string;
  kind: CheckKind;
  examinedOn: string;
  ageDays: number;
  weightKg: number | null;
  lengthCm: number | null;
  position: 'l' | 'h' | null;
  headCm: number | null;
  haemoglobinGL: number | null;
  hearing: 'pass' | 'refer' | null;
  vision: 'normal' | 'abnormal' | null;
  oral: 'healthy' | 'caries' | 'other' | null;
  cariesTeeth: number | null;
  development: 'normal' | 'suspect' | 'abnormal' | null;
  conclusion: string | null;
  passed: boolean | null;
  validUntil: string | null;
  facilityId: string | null;
  institution: { id: string; name: string } | null;
  recordedAt: string;
  /** The WHO scores of the measurements (computed on read). */
  scores: ChildScores;
  /** Scores WHO flags as implausible: to be measured again. */
  implausible: ScoreKey[];
  flags: FlagView[];
}

export interface GrowthView {
  child: { id: string; givenName: string; sex: 'M' | 'F'; birthDate: string };
  visits: Array<{ checkId: string; date: string; weightKg: number | null; lengthCm: number | null; position: 'l' | 'h' | null; headCm: number | null; scores: ChildScores }>;
  reading: IndicatorReading[];
}

type CheckRow = Awaited<ReturnType<ReturnType<typeof selectChecks>['executeTakeFirstOrThrow']>>;

function selectChecks(k: Kx) {
  return k
    .selectFrom('health_checks as h')
    .innerJoin('children as ch', 'ch.id', 'h.child_id')
    .leftJoin('medical_institutions as m', 'm.id', 'h.institution_id')
    .selectAll('h')
    .select(['ch.sex', 'ch.birth_date', 'm.name as institution_name', sql<string>`to_char(h.recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`.as('recorded_iso')]);
}

const sexOf = (s: string): 1 | 2 => (s === 'M' ? 1 : 2);

/** The WHO scores of a stored check. */
export async function scoresOf(r: { sex: string; age_days: number; weight_kg: number | null; length_cm: number | null; position: string | null; head_cm: number | null }): Promise<ChildScores> {
  const tables = await loadWhoTables();
  return scoreChild(tables, {
    sex: sexOf(r.sex),
    ageDays: days(r.age_days),
    weightKg: r.weight_kg === null ? null : kg(r.weight_kg),
    lengthCm: r.length_cm === null ? null : cm(r.length_cm),
    position: r.position as 'l' | 'h' | null,
    headCm: r.head_cm === null ? null : cm(r.head_cm),
  });
}

async function toRecord(r: CheckRow, flags: FlagView[]): Promise<CheckRecord> {
  const scores = await scoresOf(r);
  return {
    id: r.id,
    childId: r.child_id,
    kind: r.kind as CheckKind,
    examinedOn: r.examined_on,
    ageDays: r.age_days,
    weightKg: r.weight_kg,
    lengthCm: r.length_cm,
    position: r.position as CheckRecord['position'],
    headCm: r.head_cm,
    haemoglobinGL: r.haemoglobin_g_l,
    hearing: r.hearing as CheckRecord['hearing'],
    vision: r.vision as CheckRecord['vision'],
    oral: r.oral as CheckRecord['oral'],
    cariesTeeth: r.caries_teeth,
    development: r.development as CheckRecord['development'],
    conclusion: r.conclusion,
    passed: r.passed,
    validUntil: r.valid_until,
    facilityId: r.facility_id,
    institution: r.institution_id ? { id: r.institution_id, name: r.institution_name ?? '' } : null,
    recordedAt: r.recorded_iso,
    scores,
    implausible: [...healthFlags(scores, null).implausible],
    flags: flags.filter((f) => f.checkId === r.id),
  };
}

/** Flags of some checks. */
export async function flagsOf(k: Kx, checkIds: readonly string[]): Promise<FlagView[]> {
  if (checkIds.length === 0) return [];
  const rows = await k
    .selectFrom('health_flags')
    .select(['id', 'check_id', 'child_id', 'kind', 'severity', 'value', 'due_on', 'outcome', sql<string | null>`to_char(done_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`.as('done_iso')])
    .where('check_id', 'in', [...checkIds])
    .orderBy('created_at')
    .orderBy('kind')
    .execute();
  return rows.map((f) => ({ id: f.id, checkId: f.check_id, childId: f.child_id, kind: f.kind as FlagKind, severity: f.severity as Severity, value: f.value, dueOn: f.due_on, doneAt: f.done_iso, outcome: f.outcome }));
}

const notFound = (childId: string) => new AppError('not_found', `child ${childId} not found`, { field: 'id' });

export class HealthCheckRepo {
  readonly #db: Db;
  readonly #access: Access;
  constructor(db: Db, access: Access) {
    this.#db = db;
    this.#access = access;
  }

  /**
   * Records a check of a child (health workers: children of signed facilities; directors: their facility's). Flags
   * become follow-up tasks, due by severity, and the director of the child's facility is notified in-app. A repeat
   * of the same id answers the stored check (`created: false`).
   */
  async record(childId: string, input: CheckInput): Promise<{ check: CheckRecord; created: boolean }> {
    if (!isUuid(childId)) throw notFound(childId);
    return this.#db.tx(async (trx) => {
      await checkRow(this.#access, trx, 'health_record', 'create', { child: val(childId) }, { readAs: 'health_record', what: `child ${childId}` });
      const child = await trx.selectFrom('children').select(['id', 'sex', 'birth_date', sql<string>`current_date::text`.as('today')]).where('id', '=', childId).executeTakeFirst();
      if (!child) throw notFound(childId);
      const v = this.#validate(input, child.birth_date, child.today);
      const existing = await trx.selectFrom('health_checks').select(['id', 'child_id']).where('id', '=', input.id).executeTakeFirst();
      if (existing) return this.#repeat(trx, existing, childId);
      // The facility the check is for: the placement covering the day, else the next one (an entry exam before it).
      const placement = await trx
        .selectFrom('placements')
        .select('facility_id')
        .where('child_id', '=', childId)
        .where(sql<SqlBool>`during @> ${input.examinedOn}::date OR lower(during) > ${input.examinedOn}::date`)
        .orderBy(sql`during @> ${input.examinedOn}::date`, 'desc')
        .orderBy(sql`lower(during)`)
        .limit(1)
        .executeTakeFirst();
      const caller = this.#access.caller;
      const institutionId = caller.kind === 'user' && caller.role === 'health_worker' ? caller.medicalInstitutionId : null;
      const ageDays = daysBetweenIso(child.birth_date, input.examinedOn);
      const inserted = await trx
        .insertInto('health_checks')
        .values({
          id: input.id,
          child_id: childId,
          facility_id: placement?.facility_id ?? null,
          institution_id: institutionId,
          kind: input.kind,
          examined_on: input.examinedOn,
          age_days: ageDays,
          weight_kg: input.weightKg ?? null,
          length_cm: input.lengthCm ?? null,
          position: input.lengthCm == null ? null : (input.position ?? null),
          head_cm: input.headCm ?? null,
          haemoglobin_g_l: input.haemoglobinGL ?? null,
          hearing: input.hearing ?? null,
          vision: input.vision ?? null,
          oral: input.oral ?? null,
          caries_teeth: input.cariesTeeth ?? null,
          development: input.development ?? null,
          conclusion: input.conclusion?.trim() || null,
          passed: v.passed,
          valid_until: v.validUntil,
          recorded_by: caller.kind === 'user' ? caller.userId : null,
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!inserted) {
        // a concurrent send of the same id won
        const again = await trx.selectFrom('health_checks').select(['id', 'child_id']).where('id', '=', input.id).executeTakeFirstOrThrow();
        return this.#repeat(trx, again, childId);
      }
      const scores = await scoresOf({ sex: child.sex, age_days: ageDays, weight_kg: input.weightKg ?? null, length_cm: input.lengthCm ?? null, position: input.position ?? null, head_cm: input.headCm ?? null });
      const { flags } = healthFlags(scores, input.haemoglobinGL ?? null);
      if (flags.length) {
        const rows = await trx
          .insertInto('health_flags')
          .values(flags.map((f) => ({ check_id: input.id, child_id: childId, kind: f.kind, severity: f.severity, value: f.value, due_on: followUpDue(input.examinedOn, f.severity) })))
          .returning(['id', 'kind', 'severity'])
          .execute();
        if (placement) {
          const directors = await trx.selectFrom('users').select('id').where('role', '=', 'director').where('facility_id', '=', placement.facility_id).where('disabled', '=', false).execute();
          await notify(
            trx,
            directors.flatMap((d) => rows.map((f) => ({ userId: d.id, template: 'health_flag', params: { flagId: f.id, kind: f.kind, severity: f.severity, childId, facilityId: placement.facility_id } }))),
          );
        }
      }
      await audit(trx, caller, 'create', 'health_check', input.id, { childIds: [childId], purpose: 'health_check', detail: { kind: input.kind, flags: flags.map((f) => f.kind) } });
      return { check: await this.#one(trx, input.id), created: true };
    });
  }

  /** A child's checks, newest first, with scores and flags (audited: `purpose`). */
  async listForChild(childId: string, purpose: string): Promise<CheckRecord[]> {
    if (!isUuid(childId)) throw notFound(childId);
    return this.#db.tx(async (trx) => {
      await checkRow(this.#access, trx, 'health_record', 'read', { child: val(childId) }, { what: `child ${childId}` });
      const rows = await selectChecks(trx).where('h.child_id', '=', childId).orderBy('h.examined_on', 'desc').orderBy('h.recorded_at', 'desc').execute();
      const flags = await flagsOf(trx, rows.map((r) => r.id));
      await audit(trx, this.#access.caller, 'read', 'health_record', childId, { childIds: [childId], purpose });
      return Promise.all(rows.map((r) => toRecord(r, flags)));
    });
  }

  /** A child's measurements over time, scored, with the plain-language reading (audited: growth_chart). */
  async growth(childId: string): Promise<GrowthView> {
    if (!isUuid(childId)) throw notFound(childId);
    return this.#db.tx(async (trx) => {
      await checkRow(this.#access, trx, 'health_record', 'read', { child: val(childId) }, { what: `child ${childId}` });
      const child = await trx.selectFrom('children').select(['id', 'given_name', 'sex', 'birth_date']).where('id', '=', childId).executeTakeFirstOrThrow();
      const rows = await selectChecks(trx)
        .where('h.child_id', '=', childId)
        .where((eb) => eb.or([eb('h.weight_kg', 'is not', null), eb('h.length_cm', 'is not', null), eb('h.head_cm', 'is not', null)]))
        .orderBy('h.examined_on')
        .execute();
      const visits = await Promise.all(
        rows.map(async (r) => ({ checkId: r.id, date: r.examined_on, weightKg: r.weight_kg, lengthCm: r.length_cm, position: r.position as 'l' | 'h' | null, headCm: r.head_cm, scores: await scoresOf(r) })),
      );
      await audit(trx, this.#access.caller, 'read', 'health_record', childId, { childIds: [childId], purpose: 'growth_chart' });
      return { child: { id: child.id, givenName: child.given_name, sex: child.sex as 'M' | 'F', birthDate: child.birth_date }, visits, reading: growthReading(visits) };
    });
  }

  /**
   * Marks a flag's follow-up done with its outcome (health workers and directors of the child). 409 when done.
   * @param flagId - the flag
   * @param outcome - what was found or arranged
   */
  async completeFlag(flagId: string, outcome: string): Promise<FlagView> {
    if (!isUuid(flagId)) throw new AppError('not_found', `flag ${flagId} not found`, { field: 'id' });
    return this.#db.tx(async (trx) => {
      const f = await trx.selectFrom('health_flags').select(['id', 'child_id', 'check_id', 'done_at']).where('id', '=', flagId).forUpdate().executeTakeFirst();
      if (!f) throw new AppError('not_found', `flag ${flagId} not found`, { field: 'id' });
      await checkRow(this.#access, trx, 'health_record', 'update', { child: val(f.child_id) }, { what: `flag ${flagId}` });
      if (f.done_at) throw new AppError('conflict', 'this follow-up is already done', { field: 'id', code: 'already_done' });
      const by = this.#access.caller.kind === 'user' ? this.#access.caller.userId : null;
      await trx.updateTable('health_flags').set({ done_at: sql<Date>`now()`, done_by: by, outcome: outcome.trim() }).where('id', '=', f.id).execute();
      await audit(trx, this.#access.caller, 'update', 'health_flag', f.id, { childIds: [f.child_id], purpose: 'follow_up' });
      return (await flagsOf(trx, [f.check_id])).find((x) => x.id === f.id)!;
    });
  }

  async #one(trx: Kx, id: string): Promise<CheckRecord> {
    const r = await selectChecks(trx).where('h.id', '=', id).executeTakeFirstOrThrow();
    return toRecord(r, await flagsOf(trx, [id]));
  }

  async #repeat(trx: Kx, existing: { id: string; child_id: string }, childId: string): Promise<{ check: CheckRecord; created: boolean }> {
    if (existing.child_id !== childId) throw new AppError('conflict', `check id ${existing.id} is already used for another child`, { field: 'id', code: 'duplicate' });
    return { check: await this.#one(trx, existing.id), created: false };
  }

  #validate(input: CheckInput, birthDate: string, today: string): { passed: boolean | null; validUntil: string | null } {
    if (input.examinedOn < birthDate) throw invalid('examinedOn', `the check is dated before the child was born (${birthDate})`, 'examined_before_birth', { birthDate });
    if (input.examinedOn > today) throw invalid('examinedOn', 'the check is dated in the future', 'in_future');
    if (input.lengthCm != null && !input.position) throw invalid('position', 'a length or height needs its position: l (lying) or h (standing)', 'position_required');
    if (input.cariesTeeth != null && input.oral !== 'caries') throw invalid('cariesTeeth', 'caries teeth are counted with oral: caries', 'invalid');
    if (input.kind !== 'entry') {
      if (input.passed != null || input.validUntil != null) throw invalid('passed', 'only an entry exam has a result (passed, validUntil)', 'entry_exam_result');
      return { passed: null, validUntil: null };
    }
    if (typeof input.passed !== 'boolean') throw invalid('passed', 'an entry exam needs its result: passed true or false', 'entry_exam_result');
    if (!input.passed) {
      if (input.validUntil != null) throw invalid('validUntil', 'a failed entry exam is valid for nothing', 'entry_exam_result');
      return { passed: false, validUntil: null };
    }
    const validUntil = input.validUntil ?? addDaysIso(addMonthsIso(input.examinedOn, ENTRY_EXAM_POLICY.validMonths), -1);
    if (validUntil < input.examinedOn) throw invalid('validUntil', 'validUntil is before the exam', 'end_before_start', { from: input.examinedOn, to: validUntil });
    return { passed: true, validUntil };
  }
}
