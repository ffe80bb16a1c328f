/** A guardian's copy of everything held about their child (PIPL Art. 45), as a JSON download (policy row `child_export`). */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute, z } from '@hono/zod-openapi';
import { requireLogin } from '../auth/session.ts';
import type { ApiEnv } from '../context.ts';
import { errorResponses as e, json, uuidParam } from '../schemas.ts';

const childExportSchema = z
  .object({
    generatedAt: z.string(),
    child: z.object({ id: z.string(), familyName: z.string(), givenName: z.string(), sex: z.string(), birthDate: z.string(), home: z.object({ lng: z.number(), lat: z.number() }).nullable(), registeredAt: z.string() }),
    guardians: z.array(z.object({ name: z.string(), relationship: z.string() })),
    placements: z.array(z.object({ facility: z.string(), className: z.string(), mode: z.string(), from: z.string(), to: z.string().nullable(), monthlyFee: z.number().nullable() })),
    waitingList: z.array(z.object({ facility: z.string(), band: z.string(), appliedOn: z.string(), priority: z.number().int() })),
    attendance: z.array(z.object({ month: z.string(), facility: z.string(), days: z.number().int() })),
    subsidyMonths: z.array(z.object({ month: z.string(), facility: z.string(), attendedDays: z.number().int(), amountFen: z.number().int(), eligible: z.boolean(), reasons: z.array(z.string()) })),
    accessLog: z.array(z.object({ at: z.string(), actorRole: z.string(), action: z.string(), entity: z.string(), purpose: z.string().nullable() })),
  })
  .openapi('ChildExport');

const route = createRoute({
  method: 'get',
  path: '/api/children/{id}/export',
  tags: ['children'],
  summary: "Everything held about the child, for their guardian (a JSON file; the download is audited)",
  middleware: [requireLogin] as const,
  request: { params: uuidParam },
  responses: { 200: json(childExportSchema, 'The copy (Content-Disposition: attachment)'), 401: e[401], 403: e[403], 404: e[404] },
});

/** Registers the guardian's download. */
export function childExportRoutes(app: OpenAPIHono<ApiEnv>): void {
  app.openapi(route, async (c) => {
    const id = c.req.valid('param').id;
    const body = await c.get('repos').childExport.export(id);
    c.header('Content-Disposition', `attachment; filename="child-${id}.json"`);
    return c.json(body, 200);
  });
}
