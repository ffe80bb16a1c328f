/** OpenAPI schemas of the monthly subsidy claims (answers mirror src/db/repos/subsidy-claims.ts). */
import { z } from '@hono/zod-openapi';
import { CLASS_BANDS } from '../../care/policy.ts';
import { LINE_REASONS } from '../../care/subsidy/index.ts';
import { CLAIM_ACTIONS, CLAIM_STATES } from '../../db/repos/subsidy-claims.ts';
import { pageOf, pageQuery } from '../schemas.ts';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'invalid_format').openapi({ example: '2026-10', description: 'A month, YYYY-MM' });

export const claimQuerySchema = z
  .object({
    month: month.optional(),
    division: z.string().max(40).optional(),
    facility: z.string().max(100).optional(),
    state: z.enum(CLAIM_STATES).optional(),
    ...pageQuery,
  })
  .strict();

export const claimSchema = z
  .object({
    id: z.string(),
    facilityId: z.string(),
    facilityName: z.string(),
    divisionId: z.string(),
    divisionName: z.string(),
    month: z.string(),
    state: z.enum(CLAIM_STATES),
    subsidyPolicyId: z.string().nullable(),
    feeCapPolicyId: z.string(),
    overCap: z.boolean().openapi({ description: "Some child's fee was above the affordable cap: the facility earns nothing that month" }),
    children: z.number().int(),
    eligibleChildren: z.number().int(),
    totalFen: z.number().int().openapi({ description: 'The claim in fen (1/100 yuan)' }),
    total: z.string().openapi({ example: '¥1,234.50' }),
    note: z.string().nullable(),
    version: z.number().int(),
    computedAt: z.string(),
  })
  .openapi('SubsidyClaim');

export const claimPageSchema = pageOf(claimSchema)
  .extend({ sumFen: z.number().int().openapi({ description: 'The sum of every claim matching the filter (all pages)' }), sum: z.string() })
  .openapi('SubsidyClaimPage');

const reason = z.enum([...LINE_REASONS, 'eligible'] as [string, ...string[]]);

export const claimDetailSchema = claimSchema
  .extend({
    events: z.array(
      z.object({
        at: z.string(),
        action: z.string(),
        fromState: z.enum(CLAIM_STATES).nullable(),
        toState: z.enum(CLAIM_STATES),
        totalFen: z.number().int(),
        note: z.string().nullable(),
        actor: z.object({ name: z.string().nullable(), role: z.string() }),
      }),
    ),
    breakdown: z
      .array(z.object({ reason, childMonths: z.number().int(), amountFen: z.number().int(), attendedDays: z.number().int(), placedDays: z.number().int() }))
      .openapi({ description: "The claim's children-months by (first) reason: how many and what they earn — no child named" }),
  })
  .openapi('SubsidyClaimDetail');

export const claimLineSchema = z
  .object({
    childId: z.string(),
    childName: z.string(),
    band: z.enum(CLASS_BANDS),
    workingDays: z.number().int(),
    placedDays: z.number().int(),
    attendedDays: z.number().int(),
    monthlyFeeFen: z.number().int(),
    capFen: z.number().int().nullable(),
    rateFen: z.number().int(),
    amountFen: z.number().int(),
    eligible: z.boolean(),
    reasons: z.array(z.enum(LINE_REASONS)),
  })
  .openapi('SubsidyClaimLine');

export const claimLinePageSchema = pageOf(claimLineSchema).openapi('SubsidyClaimLinePage');

export const claimRunInputSchema = z
  .object({
    month,
    facilityId: z.string().max(100).optional(),
    divisionId: z.string().max(40).optional(),
  })
  .strict()
  .openapi('SubsidyRunInput');

export const claimRunSchema = z
  .object({ month: z.string(), computed: z.array(claimSchema), locked: z.array(claimSchema).openapi({ description: 'Claims already confirmed or further along, left as they are' }) })
  .openapi('SubsidyRun');

export const claimStepSchema = z
  .object({
    action: z.enum(CLAIM_ACTIONS),
    note: z.string().trim().max(500).nullable().optional(),
    version: z.number().int().optional(),
  })
  .strict()
  .openapi('SubsidyClaimStep');

export const claimAdjustmentSchema = z
  .object({
    claimId: z.string(),
    paidFen: z.number().int(),
    dueFen: z.number().int(),
    deltaFen: z.number().int().openapi({ description: 'due − as computed: negative is clawed back (追回), positive owed (补发)' }),
    delta: z.string(),
    kind: z.enum(['clawback', 'top_up', 'unchanged']),
    childMonthsChanged: z.number().int(),
  })
  .openapi('SubsidyClaimAdjustment');
