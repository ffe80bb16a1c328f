/**
 * The day's records over HTTP (the contract): POST /api/children/{id}/events (201 new, 200 repeat of the same id),
 * GET /api/children/{id}/events?date, bulk entries for a class, withdrawals.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute, z } from '@hono/zod-openapi';
import type { ApiEnv } from '../context.ts';
import { errorResponses, json, uuidParam } from '../schemas.ts';
import { requireLogin } from '../auth/session.ts';
import { bulkInputSchema, entryInputSchema, entryListSchema, entrySchema, isoDate } from './schemas.ts';
import type { EntryKind } from '../../care/entries.ts';

const body = <T extends z.ZodType>(schema: T) => ({ body: { required: true, content: { 'application/json': { schema } } } });
const writeErrors = { 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404], 409: errorResponses[409] };

const post = createRoute({
  method: 'post',
  path: '/api/children/{id}/events',
  tags: ['daily care'],
  summary: "Record an entry of the child's day (the teacher of the child's class, or the director)",
  description:
    'kind is one of check_in, check_out, morning_check, noon_check, temperature, meal, water, nap_start, nap_end, diaper, activity, outdoor, note, photo. The id is made by the client: the same id sent again answers the stored entry with 200 and writes nothing. Temperatures outside 34–43 °C are refused naming temperatureC; a check-out before the check-in is 409. A temperature runs the fever rule (its assessment is stored with the entry).',
  middleware: [requireLogin] as const,
  request: { params: uuidParam, ...body(entryInputSchema) },
  responses: { 201: json(entrySchema, 'Recorded'), 200: json(entrySchema, 'Already recorded (the same id): the stored entry'), ...writeErrors },
});

const list = createRoute({
  method: 'get',
  path: '/api/children/{id}/events',
  tags: ['daily care'],
  summary: "A child's day: the entries of a date, current versions, in time order (guardians of the child, staff of its facility)",
  middleware: [requireLogin] as const,
  request: { params: uuidParam, query: z.object({ date: isoDate.optional().openapi({ description: 'Default: today (the city’s date)' }) }).strict() },
  responses: { 200: json(entryListSchema, 'The entries'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404] },
});

const retract = createRoute({
  method: 'post',
  path: '/api/children/{id}/events/{entryId}/retract',
  tags: ['daily care'],
  summary: 'Withdraw an entry: a new version marked withdrawn (parents see it as withdrawn; nothing is deleted)',
  middleware: [requireLogin] as const,
  request: {
    params: z.object({ id: uuidParam.shape.id, entryId: z.string().max(100).openapi({ param: { name: 'entryId', in: 'path' } }) }),
    ...body(z.object({ version: z.number().int().min(2).max(1000), reason: z.string().trim().min(1).max(200) }).strict().openapi('RetractInput')),
  },
  responses: { 201: json(entrySchema, 'Withdrawn'), 200: json(entrySchema, 'Already withdrawn (the same version)'), ...writeErrors },
});

const bulk = createRoute({
  method: 'post',
  path: '/api/classes/{id}/events',
  tags: ['daily care'],
  summary: 'One entry for many children of a class ("the whole class ate all of lunch"): the children present now, or those named',
  middleware: [requireLogin] as const,
  request: { params: uuidParam, ...body(bulkInputSchema) },
  responses: {
    201: json(z.object({ created: z.number().int(), existing: z.number().int(), entries: z.array(entrySchema) }).openapi('CareBulkResult'), 'Recorded (created counts the new entries; a repeat creates none)'),
    ...writeErrors,
  },
});

export function careEntryRoutes(app: OpenAPIHono<ApiEnv>): void {
  app.openapi(post, async (c) => {
    const { kind, id, at, version, reason, ...fields } = c.req.valid('json');
    const r = await c.get('repos').care.entries.record(c.req.valid('param').id, { id: id.toLowerCase(), kind: kind as EntryKind, at, version, reason, fields });
    return c.json(r.entry as z.infer<typeof entrySchema>, r.created ? 201 : 200);
  });
  app.openapi(list, async (c) => {
    const childId = c.req.valid('param').id;
    const repos = c.get('repos');
    const date = c.req.valid('query').date ?? (await repos.care.entries.today());
    const events = await repos.care.entries.list(childId, date);
    return c.json({ childId, date, events: events as z.infer<typeof entrySchema>[] }, 200);
  });
  app.openapi(retract, async (c) => {
    const { id, entryId } = c.req.valid('param');
    const { version, reason } = c.req.valid('json');
    const r = await c.get('repos').care.entries.retract(id, entryId.toLowerCase(), version, reason);
    return c.json(r.entry as z.infer<typeof entrySchema>, r.created ? 201 : 200);
  });
  app.openapi(bulk, async (c) => {
    const { kind, id, at, childIds, ...fields } = c.req.valid('json');
    const r = await c.get('repos').care.entries.recordBulk(c.req.valid('param').id, id.toLowerCase(), { kind: kind as EntryKind, at, fields }, childIds?.map((x) => x.toLowerCase()));
    return c.json({ ...r, entries: r.entries as z.infer<typeof entrySchema>[] }, 201);
  });
}
