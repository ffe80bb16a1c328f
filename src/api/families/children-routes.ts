/**
 * A child's record from the guardian's side (PIPL): add a child with the guardian's separate consent, correct it,
 * the consent's history and withdrawal, a copy of what is held, and deletion. Every handler is a schema plus one
 * call into the caller-scoped repository.
 *
 * Consent at POST /api/children: the body may name `consentVersion`, the wording the guardian was shown (GET
 * /api/consent/wording); when it is left out, sending the request is the guardian's consent to the wording in force
 * — the web app shows that wording with a box to tick before it sends. Either way the consent row records the
 * version and the time, in the same transaction as the child.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute, z } from '@hono/zod-openapi';
import { currentWording } from '../../care/consent.ts';
import type { ApiEnv } from '../context.ts';
import { errorResponses, json, uuidParam } from '../schemas.ts';
import { requireLogin } from '../auth/session.ts';
import { childExportSchema, childPatchSchema, consentSchema, consentWordingSchema, createdChildSchema, erasureSchema, newChildSchema } from './schemas.ts';

const tags = ['families'];
const err = (...codes: Array<keyof typeof errorResponses>) => Object.fromEntries(codes.map((c) => [c, errorResponses[c]]));

const wording = createRoute({
  method: 'get',
  path: '/api/consent/wording',
  tags,
  summary: 'The consent wording in force for a child’s record (zh-CN and English), with its version (public)',
  responses: { 200: json(consentWordingSchema, 'The wording') },
});
const create = createRoute({
  method: 'post',
  path: '/api/children',
  tags,
  summary: 'Add a child (guardian): the caller becomes its guardian; the consent to the wording in force (or consentVersion, which must be that one) is recorded with version and time',
  middleware: [requireLogin] as const,
  request: { body: { content: { 'application/json': { schema: newChildSchema } }, required: true } },
  responses: { 201: json(createdChildSchema, 'The child’s id and the consent recorded'), ...err(400, 401, 403) },
});
const patch = createRoute({
  method: 'patch',
  path: '/api/children/{id}',
  tags,
  summary: 'Correct a child’s record (PIPL Art. 46): names, sex, birth date, home',
  middleware: [requireLogin] as const,
  request: { params: uuidParam, body: { content: { 'application/json': { schema: childPatchSchema } }, required: true } },
  responses: { 200: json(z.object({ id: z.string() }).openapi('ChildUpdated'), 'Updated'), ...err(400, 401, 403, 404) },
});
const consents = createRoute({
  method: 'get',
  path: '/api/children/{id}/consents',
  tags,
  summary: 'The guardian consents recorded for a child (newest first)',
  middleware: [requireLogin] as const,
  request: { params: uuidParam },
  responses: { 200: json(z.object({ items: z.array(consentSchema) }).openapi('ConsentList'), 'Consents'), ...err(401, 403, 404) },
});
const give = createRoute({
  method: 'post',
  path: '/api/children/{id}/consents',
  tags,
  summary: 'Give consent again (after a withdrawal), to the wording in force',
  middleware: [requireLogin] as const,
  request: { params: uuidParam, body: { content: { 'application/json': { schema: z.object({ wordingVersion: z.string().min(1).max(60).optional() }).strict().openapi('GiveConsent') } }, required: true } },
  responses: { 201: json(consentSchema, 'Recorded'), ...err(400, 401, 403, 404, 409) },
});
const withdraw = createRoute({
  method: 'post',
  path: '/api/children/{id}/consents/withdraw',
  tags,
  summary: 'Withdraw the caller’s consent (PIPL Art. 15): open applications are withdrawn and future bookings cancelled',
  middleware: [requireLogin] as const,
  request: { params: uuidParam },
  responses: {
    200: json(z.object({ consent: consentSchema, applicationsWithdrawn: z.number().int(), bookingsCancelled: z.number().int() }).openapi('ConsentWithdrawn'), 'Withdrawn'),
    ...err(401, 403, 404, 409),
  },
});
const exportRoute = createRoute({
  method: 'get',
  path: '/api/children/{id}/export',
  tags,
  summary: 'Everything held about a child, for their guardian (PIPL Art. 45): record, consents, applications, offers, placements, bookings, statements, entry exams, attendance, subsidy months and who read it (a JSON download; the download is audited)',
  middleware: [requireLogin] as const,
  request: { params: uuidParam },
  responses: { 200: json(childExportSchema, 'The record'), ...err(401, 403, 404) },
});
const erase = createRoute({
  method: 'post',
  path: '/api/children/{id}/erase',
  tags,
  summary: 'Delete a child’s record (PIPL Art. 47); records the law requires are kept, and the answer says which and why',
  middleware: [requireLogin] as const,
  request: { params: uuidParam },
  responses: { 200: json(erasureSchema, 'What was deleted and what was kept'), ...err(401, 403, 404, 409) },
});

/** Registers the guardian-side child routes. */
export function familyChildRoutes(app: OpenAPIHono<ApiEnv>): void {
  app.openapi(wording, (c) => {
    const w = currentWording('child_record', new Date().toISOString().slice(0, 10));
    return c.json({ version: w.version, purpose: w.purpose, effectiveFrom: w.effectiveFrom, zh: w.zh, en: w.en }, 200);
  });
  app.openapi(create, async (c) => c.json(await c.get('repos').families.children.create(c.req.valid('json')), 201));
  app.openapi(patch, async (c) => {
    const { id } = c.req.valid('param');
    await c.get('repos').families.children.update(id, c.req.valid('json'));
    return c.json({ id }, 200);
  });
  app.openapi(consents, async (c) => c.json({ items: await c.get('repos').families.children.consents(c.req.valid('param').id) }, 200));
  app.openapi(give, async (c) => c.json(await c.get('repos').families.children.giveConsent(c.req.valid('param').id, c.req.valid('json').wordingVersion), 201));
  app.openapi(withdraw, async (c) => c.json(await c.get('repos').families.children.withdrawConsent(c.req.valid('param').id), 200));
  app.openapi(exportRoute, async (c) => {
    const id = c.req.valid('param').id;
    const record = await c.get('repos').families.children.exportRecord(id);
    c.header('Content-Disposition', `attachment; filename="child-${id}.json"`);
    return c.json(record, 200);
  });
  app.openapi(erase, async (c) => c.json(await c.get('repos').families.children.erase(c.req.valid('param').id), 200));
}
