/** OpenAPI schemas of the bureaus' desk (answers mirror src/db/repos: registry-desk, facility-filing, quality, audit-trail). */
import { z } from '@hono/zod-openapi';
import { FILING_STATUSES, OWNERSHIPS, TIERS } from '../../care/facility.ts';
import { FILING_ACTIONS } from '../../care/filing.ts';
import { QUALITY_GRADES } from '../../care/quality/index.ts';
import { pageOf, pageQuery } from '../schemas.ts';

const boolString = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1')
  .optional();
const isoDate = z.iso.date().openapi({ example: '2026-11-30' });

// ── registry desk ──
export const registryQuerySchema = z
  .object({
    division: z.string().max(40).optional(),
    tier: z.enum(TIERS).optional(),
    ownership: z.enum(OWNERSHIPS).optional(),
    filing: z.enum(FILING_STATUSES).optional(),
    state: z.enum(['live', 'archived', 'all']).default('live').openapi({ description: 'Live facilities (default), archived ones, or both (archived: only those the caller may restore)' }),
    editable: boolString.openapi({ description: 'Only the facilities the caller may edit' }),
    q: z.string().max(100).optional().openapi({ description: 'Part of the name, address or filing number' }),
    ...pageQuery,
  })
  .strict();

const supervisorRef = z.object({ id: z.string(), name: z.string(), tier: z.enum(TIERS) });

export const registryRowSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    tier: z.enum(TIERS),
    ownership: z.enum(OWNERSHIPS),
    filingStatus: z.enum(FILING_STATUSES),
    filingNumber: z.string().nullable(),
    divisionId: z.string(),
    divisionName: z.string(),
    address: z.string(),
    capacity: z.number().int(),
    supervisor: supervisorRef.nullable(),
    archived: z.boolean(),
    archivedAt: z.string().nullable(),
    updatedAt: z.string(),
    version: z.number().int(),
    canEdit: z.boolean().openapi({ description: 'The caller may edit it, its supervising centre included' }),
    canArchive: z.boolean().openapi({ description: 'The caller may archive or restore it' }),
    canRegister: z.boolean().openapi({ description: 'The caller may change its bureau-set fields (tier, ownership, filing …)' }),
  })
  .openapi('RegistryRow');
export const registryPageSchema = pageOf(registryRowSchema).openapi('RegistryPage');

// ── filing (备案) ──
export const filingStateSchema = z
  .object({
    facilityId: z.string(),
    status: z.enum(FILING_STATUSES),
    filingNumber: z.string().nullable(),
    version: z.number().int(),
    actions: z.array(z.enum(FILING_ACTIONS)).openapi({ description: 'The steps the caller may take now' }),
  })
  .openapi('FilingState');

export const filingStepSchema = z
  .object({
    action: z.enum(FILING_ACTIONS).openapi({ description: 'submit 提交备案 · approve 备案通过 (with filingNumber) · return 退回 (with note) · revoke 撤销 (with note)' }),
    filingNumber: z.string().trim().min(1).max(40).nullish(),
    note: z.string().max(500).nullish().openapi({ description: 'The reason (return, revoke) or a remark' }),
    version: z.number().int().min(1).optional().openapi({ description: 'The facility version the caller saw; a stale one is 409' }),
  })
  .strict()
  .openapi('FilingStep');

export const filingEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    fromStatus: z.enum(FILING_STATUSES).nullable(),
    toStatus: z.enum(FILING_STATUSES),
    filingNumber: z.string().nullable(),
    via: z.enum(['create', 'workflow', 'edit', 'import', 'migration']),
    action: z.enum(FILING_ACTIONS).nullable(),
    note: z.string().nullable(),
    actor: z.object({ name: z.string().nullable(), role: z.string() }),
  })
  .openapi('FilingEntry');
export const filingPageSchema = pageOf(filingEntrySchema).openapi('FilingPage');

// ── quality assessments ──
const itemScores = z.record(z.string().max(60), z.number().int()).openapi({ description: 'Points per item key of the standard (whole points, 0 … the item maximum)', example: { licence: 18, space: 36 } });
const vetoList = z.array(z.string().max(60)).max(40).openapi({ description: 'Keys of the veto items (否决项) found' });

export const assessmentInputSchema = z
  .object({
    facilityId: z.string().max(100),
    assessedOn: isoDate,
    standardId: z.string().max(60).optional().openapi({ description: 'Default: the standard in force on assessedOn' }),
    scores: itemScores.default({}),
    vetoes: vetoList.default([]),
    notes: z.string().max(2000).nullish(),
    status: z.enum(['draft', 'final']).default('draft'),
  })
  .strict()
  .openapi('AssessmentInput');

export const assessmentPatchSchema = z
  .object({
    assessedOn: isoDate.optional(),
    scores: itemScores.optional().openapi({ description: 'Replaces the scored items as a whole' }),
    vetoes: vetoList.optional(),
    notes: z.string().max(2000).nullish(),
    status: z.enum(['draft', 'final']).optional().openapi({ description: 'final closes the assessment for good (every item scored); omitted keeps it a draft' }),
    version: z.number().int().min(1).optional(),
  })
  .strict()
  .openapi('AssessmentPatch');

export const assessmentSchema = z
  .object({
    id: z.string(),
    facilityId: z.string(),
    facilityName: z.string(),
    divisionId: z.string(),
    divisionName: z.string(),
    standardId: z.string(),
    assessedOn: z.string(),
    status: z.enum(['draft', 'final']),
    scores: z.record(z.string(), z.number().int()).openapi({ description: 'Points per item key' }),
    vetoes: z.array(z.string()),
    totalPoints: z.number().int(),
    maxPoints: z.number().int(),
    grade: z.enum(QUALITY_GRADES),
    complete: z.boolean(),
    missing: z.array(z.string()).openapi({ description: 'Items not scored yet' }),
    dimensions: z.array(z.object({ key: z.string(), points: z.number().int(), maxPoints: z.number().int() })),
    notes: z.string().nullable(),
    assessor: z.object({ name: z.string().nullable(), role: z.string() }),
    award: z.object({ policyId: z.string().nullable(), amountFen: z.number().int(), formatted: z.string().openapi({ example: '¥50,000.00' }) }).openapi({ description: 'What the grade earns under the subsidy policy in force on the assessment date (at most once a year per facility)' }),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    finalizedAt: z.string().nullable(),
  })
  .openapi('Assessment');
export const assessmentPageSchema = pageOf(assessmentSchema).openapi('AssessmentPage');

export const assessmentQuerySchema = z
  .object({
    facility: z.string().max(100).optional(),
    division: z.string().max(40).optional(),
    status: z.enum(['draft', 'final']).optional(),
    ...pageQuery,
  })
  .strict();

const qualityItem = z.object({ key: z.string(), zh: z.string(), en: z.string(), maxPoints: z.number().int() });
export const qualityStandardSchema = z
  .object({
    id: z.string(),
    effectiveFrom: z.string(),
    source: z.string(),
    totalPoints: z.number().int(),
    dimensions: z.array(z.object({ key: z.string(), zh: z.string(), en: z.string(), maxPoints: z.number().int(), items: z.array(qualityItem) })),
    vetoes: z.array(z.object({ key: z.string(), zh: z.string(), en: z.string() })),
    thresholds: z.array(z.object({ grade: z.enum(QUALITY_GRADES), minPoints: z.number().int() })),
    validYears: z.number().int(),
    awards: z.array(z.object({ grade: z.enum(QUALITY_GRADES), amountFen: z.number().int(), formatted: z.string() })).openapi({ description: 'The award per grade under the subsidy policy in force on the date asked' }),
  })
  .openapi('QualityStandard');

// ── subsidy policy ──
const fenAmount = z.object({ fen: z.number().int(), formatted: z.string().openapi({ example: '¥500.00' }) });
export const subsidyPolicySchema = z
  .object({
    id: z.string(),
    effectiveFrom: z.string(),
    source: z.string(),
    operating: z.object({
      independent: fenAmount,
      kindergartenClass: fenAmount,
      eligibleOwnerships: z.array(z.enum(OWNERSHIPS)),
      requireFiled: z.boolean(),
      minAttendance: z.object({ num: z.number().int(), den: z.number().int() }),
      attendanceBasis: z.enum(['placed_days', 'working_days']),
      prorate: z.boolean(),
      capAtFee: z.boolean(),
    }),
    construction: z.object({ perPlace: fenAmount, eligibleOwnerships: z.array(z.enum(OWNERSHIPS)) }),
    quality: z.array(z.object({ grade: z.enum(QUALITY_GRADES), award: fenAmount })),
  })
  .openapi('SubsidyPolicy');
export const feeCapPolicySchema = z
  .object({
    id: z.string(),
    effectiveFrom: z.string(),
    source: z.string(),
    cappedOwnerships: z.array(z.enum(OWNERSHIPS)),
    caps: z.array(z.object({ band: z.string(), cap: fenAmount })),
  })
  .openapi('FeeCapPolicy');
export const moneyPolicySchema = z
  .object({ inForce: z.object({ subsidy: z.string().nullable(), feeCaps: z.string() }), subsidy: z.array(subsidyPolicySchema), feeCaps: z.array(feeCapPolicySchema) })
  .openapi('MoneyPolicies');

// ── audit trail ──
export const auditQuerySchema = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    actor: z.string().max(100).optional().openapi({ description: 'The acting account (id)' }),
    facility: z.string().max(100).optional().openapi({ description: 'The facility the child was placed at' }),
    action: z.enum(['read', 'list', 'create', 'update', 'archive', 'delete', 'export', 'import', 'refuse', 'restore']).optional(),
    ...pageQuery,
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'too_small', path: ['to'] });

export const auditEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    action: z.string(),
    entity: z.string(),
    purpose: z.string().nullable(),
    actor: z.object({ id: z.string().nullable(), name: z.string().nullable(), role: z.string(), workplace: z.string().nullable() }),
    child: z.object({ ref: z.string().openapi({ description: 'Pseudonymous reference: 8 hex digits of a keyed hash of the child id', example: '3fa9c2d1' }), name: z.string().nullable().openapi({ description: "Only in a guardian's view of their own children" }) }),
    facility: z.object({ id: z.string(), name: z.string(), divisionId: z.string() }).nullable(),
  })
  .openapi('AuditEntry');
export const auditPageSchema = pageOf(auditEntrySchema).openapi('AuditPage');
