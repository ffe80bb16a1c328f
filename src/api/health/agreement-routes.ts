/**
 * Medical partners over HTTP (医育融合): the agreement ledger (public), recording and ending agreements (bureaus), the
 * signed document as a file, visiting-doctor logs, and the bureaus' reports by division (signing rate, services per
 * child, training compliance).
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { DOCUMENT_TYPES, MAX_DOCUMENT_BYTES } from '../../db/repos/agreements.ts';
import { AppError } from '../../shared/errors.ts';
import type { ApiEnv } from '../context.ts';
import { errorResponses, json, pageOf, pageQuery, uuidParam } from '../schemas.ts';
import { requireLogin } from '../auth/session.ts';
import { agreementInputSchema, agreementSchema, divisionIdQuery, isoDate, serviceReportSchema, signingReportSchema, trainingReportSchema, uuid, visitInputSchema, visitSchema } from './schemas.ts';
import { cityToday } from '../../shared/city-day.ts';

const list = createRoute({
  method: 'get',
  path: '/api/agreements',
  tags: ['health'],
  summary: 'The medical agreement ledger (public): who is signed with whom, from when to when, for which services',
  request: {
    query: z
      .object({
        facilityId: uuid.optional(),
        institutionId: uuid.optional(),
        divisionId: divisionIdQuery.optional(),
        status: z.enum(['current', 'future', 'ended', 'expiring']).optional().openapi({ description: 'expiring: in force and ending within withinDays (default 60)' }),
        withinDays: z.coerce.number().int().min(1).max(365).optional(),
        ...pageQuery,
      })
      .strict(),
  },
  responses: { 200: json(pageOf(agreementSchema).openapi('MedicalAgreementPage'), 'A page of agreements'), 400: errorResponses[400] },
});

const read = createRoute({
  method: 'get',
  path: '/api/agreements/{id}',
  tags: ['health'],
  summary: 'One agreement',
  request: { params: uuidParam },
  responses: { 200: json(agreementSchema, 'The agreement'), 404: errorResponses[404] },
});

const create = createRoute({
  method: 'post',
  path: '/api/agreements',
  tags: ['health'],
  summary: 'Record an agreement (bureaus; district officials for their division). 409 when another agreement of the facility covers a service in the period',
  middleware: [requireLogin] as const,
  request: { body: { required: true, content: { 'application/json': { schema: agreementInputSchema } } } },
  responses: { 201: json(agreementSchema, 'Recorded'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 409: errorResponses[409] },
});

const end = createRoute({
  method: 'post',
  path: '/api/agreements/{id}/end',
  tags: ['health'],
  summary: "End an agreement on a day (its last valid day); the institution's access to the facility's children ends with it",
  middleware: [requireLogin] as const,
  request: { params: uuidParam, body: { required: true, content: { 'application/json': { schema: z.object({ validTo: isoDate, reason: z.string().trim().max(500).nullable().optional() }).strict().openapi('AgreementEnd') } } } },
  responses: { 200: json(agreementSchema, 'Ended'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404], 409: errorResponses[409] },
});

const binary = z.string().openapi({ type: 'string', format: 'binary' });
const DOC_TYPES = { 'application/pdf': { schema: binary }, 'image/png': { schema: binary }, 'image/jpeg': { schema: binary } };

const putDocument = createRoute({
  method: 'put',
  path: '/api/agreements/{id}/document',
  tags: ['health'],
  summary: 'Attach the signed document (the body is the file: PDF, PNG or JPEG, up to 10 MB)',
  middleware: [
    requireLogin,
    // Only the file types are read as a stream (a JSON body was already read by the text guard).
    async (c, next) => {
      const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (!(DOCUMENT_TYPES as readonly string[]).includes(type)) throw new AppError('unsupported', 'the document must be a PDF, PNG or JPEG file', { field: 'body', code: 'not_a_pdf_or_image' });
      await next();
    },
    bodyLimit({
      maxSize: MAX_DOCUMENT_BYTES,
      onError: () => {
        throw new AppError('too_large', 'the document is larger than 10 MB', { field: 'body', code: 'file_too_large', params: { maximum: MAX_DOCUMENT_BYTES } });
      },
    }),
  ] as const,
  request: { params: uuidParam, query: z.object({ fileName: z.string().max(200).optional() }).strict(), body: { required: true, content: DOC_TYPES } },
  responses: { 200: json(agreementSchema, 'Attached'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404], 413: errorResponses[413], 415: errorResponses[415] },
});

const getDocument = createRoute({
  method: 'get',
  path: '/api/agreements/{id}/document',
  tags: ['health'],
  summary: 'The signed document (the facility, the institution, the bureaus)',
  middleware: [requireLogin] as const,
  request: { params: uuidParam },
  responses: { 200: { description: 'The file', content: DOC_TYPES }, 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404] },
});

const visits = createRoute({
  method: 'get',
  path: '/api/visits',
  tags: ['health'],
  summary: 'Visiting-doctor logs the caller may see (the facility, the institution, the bureaus), newest first',
  middleware: [requireLogin] as const,
  request: { query: z.object({ facilityId: uuid.optional(), from: isoDate.optional(), to: isoDate.optional(), ...pageQuery }).strict() },
  responses: { 200: json(pageOf(visitSchema).openapi('DoctorVisitPage'), 'A page of visits'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404] },
});

const logVisit = createRoute({
  method: 'post',
  path: '/api/visits',
  tags: ['health'],
  summary: "Log a visit to a facility the caller's institution was signed with that day (health workers)",
  middleware: [requireLogin] as const,
  request: { body: { required: true, content: { 'application/json': { schema: visitInputSchema } } } },
  responses: { 201: json(visitSchema, 'Logged'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404], 409: errorResponses[409] },
});

const divisionQuery = z.object({ divisionId: divisionIdQuery.optional().openapi({ description: 'one county-level division (district officials: theirs)' }) }).strict();
const signing = createRoute({
  method: 'get',
  path: '/api/health/reports/signing',
  tags: ['health'],
  summary: 'Signing rate of medical agreements by division (target 100%)',
  middleware: [requireLogin] as const,
  request: { query: divisionQuery },
  responses: { 200: json(signingReportSchema, 'Per division'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403] },
});
const services = createRoute({
  method: 'get',
  path: '/api/health/reports/services',
  tags: ['health'],
  summary: 'Free services per placed child by division: children served and attendances per kind, in a period (default: this year)',
  middleware: [requireLogin] as const,
  request: { query: divisionQuery.extend({ from: isoDate.optional(), to: isoDate.optional() }).strict() },
  responses: { 200: json(serviceReportSchema, 'Per division'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403] },
});
const training = createRoute({
  method: 'get',
  path: '/api/health/reports/training',
  tags: ['health'],
  summary: 'Training compliance per facility: every director ≥ 60 hours, every staff member’s health certificate valid',
  middleware: [requireLogin] as const,
  request: { query: divisionQuery },
  responses: { 200: json(trainingReportSchema, 'Per facility'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403] },
});

export function agreementRoutes(app: OpenAPIHono<ApiEnv>): void {
  app.openapi(list, async (c) => {
    const { page, pageSize, ...filter } = c.req.valid('query');
    return c.json(await c.get('repos').agreements.list(filter, page, pageSize), 200);
  });
  app.openapi(read, async (c) => c.json(await c.get('repos').agreements.get(c.req.valid('param').id), 200));
  app.openapi(create, async (c) => c.json(await c.get('repos').agreements.create(c.req.valid('json')), 201));
  app.openapi(end, async (c) => {
    const b = c.req.valid('json');
    return c.json(await c.get('repos').agreements.end(c.req.valid('param').id, b.validTo, b.reason ?? null), 200);
  });
  app.openapi(putDocument, async (c) => {
    const bytes = Buffer.from(await c.req.arrayBuffer());
    const a = await c.get('repos').agreements.attachDocument(c.req.valid('param').id, { fileName: c.req.valid('query').fileName ?? '', contentType: c.req.header('content-type') ?? '', bytes });
    return c.json(a, 200);
  });
  app.openapi(getDocument, async (c) => {
    const d = await c.get('repos').agreements.document(c.req.valid('param').id);
    return c.body(new Uint8Array(d.bytes), 200, { 'Content-Type': d.contentType, 'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(d.fileName)}` });
  });
  app.openapi(visits, async (c) => {
    const { page, pageSize, ...filter } = c.req.valid('query');
    return c.json(await c.get('repos').visits.list(filter, page, pageSize), 200);
  });
  app.openapi(logVisit, async (c) => c.json(await c.get('repos').visits.create(c.req.valid('json')), 201));
  app.openapi(signing, async (c) => c.json({ target: 1, rows: await c.get('repos').healthReports.signing(c.req.valid('query').divisionId) }, 200));
  app.openapi(services, async (c) => {
    const q = c.req.valid('query');
    const to = q.to ?? cityToday();
    const from = q.from ?? `${to.slice(0, 4)}-01-01`;
    if (to < from) throw new AppError('invalid', 'to: before from', { field: 'to', code: 'end_before_start', params: { from, to } });
    return c.json({ from, to, rows: await c.get('repos').healthReports.services(from, to, q.divisionId) }, 200);
  });
  app.openapi(training, async (c) => c.json({ rows: await c.get('repos').healthReports.training(c.req.valid('query').divisionId) }, 200));
}
