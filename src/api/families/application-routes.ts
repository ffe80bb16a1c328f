/**
 * Applications, the waiting list, offers and placements over HTTP. A family applies (up to three ranked
 * facilities); a director sees the facility's applications in waiting-list order and offers a class; the family
 * accepts (→ the placement; the last place goes to one family, 409 `full` for the rest) or declines.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute, z } from '@hono/zod-openapi';
import type { ApiEnv } from '../context.ts';
import { errorResponses, json, pageOf, pageQuery, uuidParam } from '../schemas.ts';
import { requireLogin } from '../auth/session.ts';
import type { CareSearch } from './care-search.ts';
import { applicationSchema, entryExamSchema, isoDate, newApplicationSchema, newOfferSchema, offerSchema, placementSchema } from './schemas.ts';

const tags = ['families'];
const err = (...codes: Array<keyof typeof errorResponses>) => Object.fromEntries(codes.map((c) => [c, errorResponses[c]]));
const body = <T extends z.ZodType>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });

const apply = createRoute({
  method: 'post',
  path: '/api/applications',
  tags,
  summary: 'Apply for full-day or half-day care (guardian): up to 3 ranked facilities, checked against the child’s age at the start date',
  middleware: [requireLogin] as const,
  request: body(newApplicationSchema),
  responses: { 201: json(applicationSchema, 'Filed, with the waiting-list positions'), ...err(400, 401, 403, 404, 409) },
});
const listApps = createRoute({
  method: 'get',
  path: '/api/applications',
  tags,
  summary: 'Applications the caller may see (a family: its own; a director: those naming the facility, in waiting-list order with facilityId)',
  middleware: [requireLogin] as const,
  request: { query: z.object({ ...pageQuery, childId: z.string().max(100).optional(), facilityId: z.string().max(100).optional(), status: z.enum(['open', 'placed', 'withdrawn']).optional() }).strict() },
  responses: { 200: json(pageOf(applicationSchema).openapi('ApplicationPage'), 'A page of applications'), ...err(400, 401, 403) },
});
const readApp = createRoute({
  method: 'get',
  path: '/api/applications/{id}',
  tags,
  summary: 'One application with its choices, positions and reasons, and offers',
  middleware: [requireLogin] as const,
  request: { params: uuidParam },
  responses: { 200: json(applicationSchema, 'The application'), ...err(401, 403, 404) },
});
const withdrawApp = createRoute({
  method: 'post',
  path: '/api/applications/{id}/withdraw',
  tags,
  summary: 'Withdraw an open application (its open offer goes on to the next family)',
  middleware: [requireLogin] as const,
  request: { params: uuidParam },
  responses: { 200: json(applicationSchema, 'Withdrawn'), ...err(401, 403, 404, 409) },
});
const makeOffer = createRoute({
  method: 'post',
  path: '/api/applications/{id}/offers',
  tags,
  summary: 'Offer a class to an application naming the director’s facility (the child within the class band at the start date; fee within the cap)',
  middleware: [requireLogin] as const,
  request: { params: uuidParam, ...body(newOfferSchema) },
  responses: { 201: json(offerSchema, 'Offered, open until expiresAt'), ...err(400, 401, 403, 404, 409) },
});
const readOffer = createRoute({
  method: 'get',
  path: '/api/offers/{id}',
  tags,
  summary: 'One offer',
  middleware: [requireLogin] as const,
  request: { params: uuidParam },
  responses: { 200: json(offerSchema, 'The offer'), ...err(401, 403, 404) },
});
const accept = createRoute({
  method: 'post',
  path: '/api/offers/{id}/accept',
  tags,
  summary: 'Accept an offer (guardian): creates the placement and withdraws the other choices; the last place goes to one family (409 full)',
  middleware: [requireLogin] as const,
  request: { params: uuidParam },
  responses: { 200: json(z.object({ placementId: z.string(), offer: offerSchema }).openapi('OfferAccepted'), 'Placed'), ...err(401, 403, 404, 409) },
});
const decline = createRoute({
  method: 'post',
  path: '/api/offers/{id}/decline',
  tags,
  summary: 'Decline an offer (guardian): the place goes to the next family; the other choices keep waiting',
  middleware: [requireLogin] as const,
  request: { params: uuidParam },
  responses: { 200: json(offerSchema, 'Declined'), ...err(401, 403, 404, 409) },
});
const withdrawOffer = createRoute({
  method: 'post',
  path: '/api/offers/{id}/withdraw',
  tags,
  summary: 'Withdraw an open offer (director); the family keeps waiting',
  middleware: [requireLogin] as const,
  request: { params: uuidParam },
  responses: { 200: json(offerSchema, 'Withdrawn'), ...err(401, 403, 404, 409) },
});
const readPlacement = createRoute({
  method: 'get',
  path: '/api/placements/{id}',
  tags,
  summary: 'One placement, with whether it may start (the entry health exam)',
  middleware: [requireLogin] as const,
  request: { params: uuidParam },
  responses: { 200: json(placementSchema, 'The placement'), ...err(401, 403, 404) },
});
const listPlacements = createRoute({
  method: 'get',
  path: '/api/placements',
  tags,
  summary: 'Placements the caller may see, of a child or a facility',
  middleware: [requireLogin] as const,
  request: { query: z.object({ childId: z.string().max(100).optional(), facilityId: z.string().max(100).optional(), current: z.enum(['true', 'false']).optional() }).strict() },
  responses: { 200: json(z.object({ items: z.array(placementSchema) }).openapi('PlacementList'), 'Placements'), ...err(400, 401, 403) },
});
const endPlacement = createRoute({
  method: 'post',
  path: '/api/placements/{id}/end',
  tags,
  summary: 'End a placement after a last day (the family’s notice or the facility’s decision); the freed place is offered on',
  middleware: [requireLogin] as const,
  request: { params: uuidParam, ...body(z.object({ lastDay: isoDate, reason: z.enum(['family_notice', 'facility', 'age', 'other']).optional() }).strict().openapi('EndPlacement')) },
  responses: { 200: json(z.object({ id: z.string(), cancelled: z.boolean(), placement: z.union([placementSchema, z.null()]) }).openapi('PlacementEnded'), 'Ended (or cancelled before it began)'), ...err(400, 401, 403, 404, 409) },
});
const exams = createRoute({
  method: 'get',
  path: '/api/children/{id}/entry-exams',
  tags,
  summary: 'A child’s entry health exams (入托体检)',
  middleware: [requireLogin] as const,
  request: { params: uuidParam },
  responses: { 200: json(z.object({ items: z.array(entryExamSchema) }).openapi('EntryExamList'), 'Exams'), ...err(401, 403, 404) },
});
const recordExam = createRoute({
  method: 'post',
  path: '/api/children/{id}/entry-exams',
  tags,
  summary: 'Record an entry health exam: passed or not, and the date (director, or the signed medical institution)',
  middleware: [requireLogin] as const,
  request: { params: uuidParam, ...body(z.object({ examinedOn: isoDate, passed: z.boolean(), note: z.string().trim().max(500).nullish() }).strict().openapi('NewEntryExam')) },
  responses: { 201: json(entryExamSchema, 'Recorded'), ...err(400, 401, 403, 404) },
});

/** Registers the application, offer and placement routes; `care` gives the walking metres of each choice. */
export function applicationRoutes(app: OpenAPIHono<ApiEnv>, care: CareSearch): void {
  app.openapi(apply, async (c) => c.json(await c.get('repos').families.applications.create(c.req.valid('json'), (home, to) => care.walkMeters(home, to)), 201));
  app.openapi(listApps, async (c) => {
    const { page, pageSize, ...filter } = c.req.valid('query');
    return c.json(await c.get('repos').families.applications.list(filter, page, pageSize), 200);
  });
  app.openapi(readApp, async (c) => c.json(await c.get('repos').families.applications.get(c.req.valid('param').id), 200));
  app.openapi(withdrawApp, async (c) => c.json(await c.get('repos').families.applications.withdraw(c.req.valid('param').id), 200));
  app.openapi(makeOffer, async (c) => c.json(await c.get('repos').families.offers.make(c.req.valid('param').id, c.req.valid('json')), 201));
  app.openapi(readOffer, async (c) => c.json(await c.get('repos').families.offers.get(c.req.valid('param').id), 200));
  app.openapi(accept, async (c) => c.json(await c.get('repos').families.offers.accept(c.req.valid('param').id), 200));
  app.openapi(decline, async (c) => c.json(await c.get('repos').families.offers.decline(c.req.valid('param').id), 200));
  app.openapi(withdrawOffer, async (c) => c.json(await c.get('repos').families.offers.withdraw(c.req.valid('param').id), 200));
  app.openapi(readPlacement, async (c) => c.json(await c.get('repos').families.placements.get(c.req.valid('param').id), 200));
  app.openapi(listPlacements, async (c) => {
    const q = c.req.valid('query');
    return c.json({ items: await c.get('repos').families.placements.list({ childId: q.childId, facilityId: q.facilityId, current: q.current === 'true' }) }, 200);
  });
  app.openapi(endPlacement, async (c) => {
    const { id } = c.req.valid('param');
    const { lastDay, reason } = c.req.valid('json');
    const r = await c.get('repos').families.placements.end(id, lastDay, reason);
    return c.json('cancelled' in r ? { id, cancelled: true, placement: null } : { id, cancelled: false, placement: r }, 200);
  });
  app.openapi(exams, async (c) => c.json({ items: await c.get('repos').families.placements.entryExams(c.req.valid('param').id) }, 200));
  app.openapi(recordExam, async (c) => c.json(await c.get('repos').families.placements.recordEntryExam(c.req.valid('param').id, c.req.valid('json')), 201));
}
