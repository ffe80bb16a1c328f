/**
 * The money policies, public: every version of the subsidy and award policy and of the affordable fee cap, with the
 * versions in force on a date — amounts in fen and as written in China (¥500.00), from the same versioned policies
 * the engine computes with (src/care/subsidy, src/care/fee-cap.ts).
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute, z } from '@hono/zod-openapi';
import { FEE_CAP_POLICIES, feeCapPolicyOn } from '../../care/fee-cap.ts';
import { formatFen, type Fen } from '../../care/money.ts';
import { CLASS_BANDS } from '../../care/policy.ts';
import { QUALITY_GRADES } from '../../care/quality/index.ts';
import { SUBSIDY_POLICIES, subsidyPolicyFor } from '../../care/subsidy/index.ts';
import type { ApiEnv } from '../context.ts';
import { errorResponses, json } from '../schemas.ts';
import { moneyPolicySchema } from './schemas.ts';
import { cityToday } from '../../shared/city-day.ts';

const amount = (f: Fen) => ({ fen: f as number, formatted: formatFen(f) });

const route = createRoute({
  method: 'get',
  path: '/api/policy/subsidy',
  tags: ['policy'],
  summary: 'The subsidy and award policy versions and the affordable fee caps, with those in force on a date (default today; public)',
  request: { query: z.object({ date: z.iso.date().optional() }).strict() },
  responses: { 200: json(moneyPolicySchema, 'The versions'), 400: errorResponses[400] },
});

/** Registers GET /api/policy/subsidy (public). */
export function moneyPolicyRoutes(app: OpenAPIHono<ApiEnv>): void {
  app.openapi(route, (c) => {
    const date = c.req.valid('query').date ?? cityToday();
    return c.json(
      {
        inForce: { subsidy: subsidyPolicyFor(date.slice(0, 7))?.id ?? null, feeCaps: feeCapPolicyOn(date).id },
        subsidy: SUBSIDY_POLICIES.map((p) => ({
          id: p.id,
          effectiveFrom: p.effectiveFrom,
          source: p.source,
          operating: {
            independent: amount(p.operating.independentFen),
            kindergartenClass: amount(p.operating.kindergartenClassFen),
            eligibleOwnerships: [...p.operating.eligibleOwnerships],
            requireFiled: p.operating.requireFiled,
            minAttendance: { ...p.operating.minAttendance },
            attendanceBasis: p.operating.attendanceBasis,
            prorate: p.operating.prorate,
            capAtFee: p.operating.capAtFee,
          },
          construction: { perPlace: amount(p.construction.perPlaceFen), eligibleOwnerships: [...p.construction.eligibleOwnerships] },
          quality: QUALITY_GRADES.map((grade) => ({ grade, award: amount(p.quality.byGradeFen[grade]) })),
        })),
        feeCaps: FEE_CAP_POLICIES.map((p) => ({
          id: p.id,
          effectiveFrom: p.effectiveFrom,
          source: p.source,
          cappedOwnerships: [...p.cappedOwnerships],
          caps: CLASS_BANDS.map((band) => ({ band, cap: amount(p.capsFen[band]) })),
        })),
      },
      200,
    );
  });
}
