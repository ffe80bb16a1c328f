/**
 * The rules the web app shows beside its inputs — class caps, carer ratios and age bands of the care policy in
 * force, the places target, the registry's vocabularies — served from the same versioned policy the server checks
 * against, so the UI never keeps a copy that can drift.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute, z } from '@hono/zod-openapi';
import { FILING_STATUSES, OWNERSHIPS, PRICE_UNITS, SERVICE_MODES, TIERS } from '../../care/facility.ts';
import { CLASS_BANDS, policyOn, PLANNING_POLICY } from '../../care/policy.ts';
import type { ApiEnv } from '../context.ts';
import { errorResponses, json } from '../schemas.ts';

const classRule = z.object({
  maxChildren: z.number().int().openapi({ description: 'Class cap (班额)' }),
  childrenPerCarer: z.number().openapi({ description: 'Minimum ratio 1 : n (carers : children)' }),
  ageMonths: z.tuple([z.number().int(), z.number().int()]).openapi({ description: 'Age band in months, [from, to)' }),
});

const carePolicySchema = z
  .object({
    id: z.string(),
    effectiveFrom: z.string(),
    source: z.string(),
    classes: z.object(Object.fromEntries(CLASS_BANDS.map((b) => [b, classRule])) as Record<(typeof CLASS_BANDS)[number], typeof classRule>),
    familyPointMaxChildren: z.number().int(),
    familyPointChildrenPerCarer: z.number(),
    placesPer1000Target: z.number().openapi({ description: 'Places (托位) per 1,000 residents the plan aims for' }),
    vocabularies: z.object({
      tiers: z.array(z.enum(TIERS)),
      ownerships: z.array(z.enum(OWNERSHIPS)),
      filingStatuses: z.array(z.enum(FILING_STATUSES)),
      serviceModes: z.array(z.enum(SERVICE_MODES)),
      priceUnits: z.array(z.enum(PRICE_UNITS)),
      classBands: z.array(z.enum(CLASS_BANDS)),
    }),
  })
  .openapi('CarePolicy');

const care = createRoute({
  method: 'get',
  path: '/api/policy/care',
  tags: ['policy'],
  summary: 'The care policy in force on a date (default today): class caps, ratios, age bands, places target (public)',
  request: { query: z.object({ date: z.iso.date().optional().openapi({ example: '2026-12-01' }) }).strict() },
  responses: { 200: json(carePolicySchema, 'The policy'), 400: errorResponses[400] },
});

export function policyRoutes(app: OpenAPIHono<ApiEnv>): void {
  app.openapi(care, (c) => {
    const date = c.req.valid('query').date ?? new Date().toISOString().slice(0, 10);
    const p = policyOn(date);
    return c.json(
      {
        id: p.id,
        effectiveFrom: p.effectiveFrom,
        source: p.source,
        classes: Object.fromEntries(CLASS_BANDS.map((b) => [b, { ...p.classes[b], ageMonths: [...p.classes[b].ageMonths] as [number, number] }])) as z.infer<typeof carePolicySchema>['classes'],
        familyPointMaxChildren: p.familyPointMaxChildren,
        familyPointChildrenPerCarer: p.familyPointChildrenPerCarer,
        placesPer1000Target: PLANNING_POLICY.placesPer1000Target,
        vocabularies: { tiers: [...TIERS], ownerships: [...OWNERSHIPS], filingStatuses: [...FILING_STATUSES], serviceModes: [...SERVICE_MODES], priceUnits: [...PRICE_UNITS], classBands: [...CLASS_BANDS] },
      },
      200,
    );
  });
}
