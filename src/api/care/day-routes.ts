/** The class day (tablet), the director's dashboard, attendance, alerts and outbreak reports over HTTP. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute, z } from '@hono/zod-openapi';
import type { ApiEnv } from '../context.ts';
import { errorResponses, json, uuidParam } from '../schemas.ts';
import { requireLogin } from '../auth/session.ts';
import { alertSchema, attendanceSchema, classDaySchema, dashboardSchema, isoDate, myClassesSchema, outbreakSchema } from './schemas.ts';

const readErrors = { 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404] };
const body = <T extends z.ZodType>(schema: T) => ({ body: { required: true, content: { 'application/json': { schema } } } });

const myClasses = createRoute({
  method: 'get',
  path: '/api/care/classes',
  tags: ['daily care'],
  summary: 'The classes the caller records for (their own first), with today’s counts',
  middleware: [requireLogin] as const,
  responses: { 200: json(myClassesSchema, 'Classes'), 401: errorResponses[401], 403: errorResponses[403] },
});

const classDay = createRoute({
  method: 'get',
  path: '/api/classes/{id}/day',
  tags: ['daily care'],
  summary: 'A class’s day on the tablet: expected children (placements and bookings), who is in, checks, absences, carers on duty, the ratio, alerts',
  middleware: [requireLogin] as const,
  request: { params: uuidParam, query: z.object({ date: isoDate.optional() }).strict() },
  responses: { 200: json(classDaySchema, 'The class day'), ...readErrors },
});

const dashboard = createRoute({
  method: 'get',
  path: '/api/facilities/{id}/care-dashboard',
  tags: ['daily care'],
  summary: 'The facility now: attendance, each class’s ratio, open alerts and tasks, check completeness, who is not yet collected',
  middleware: [requireLogin] as const,
  request: { params: uuidParam },
  responses: { 200: json(dashboardSchema, 'The dashboard'), ...readErrors },
});

const attendance = createRoute({
  method: 'get',
  path: '/api/children/{id}/attendance',
  tags: ['daily care'],
  summary: 'A child’s attendance in a month: check-in/out, who dropped off and collected, absences',
  middleware: [requireLogin] as const,
  request: { params: uuidParam, query: z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'invalid_format').openapi({ example: '2026-12' }) }).strict() },
  responses: { 200: json(attendanceSchema, 'Days'), ...readErrors },
});

const alerts = createRoute({
  method: 'get',
  path: '/api/facilities/{id}/care-alerts',
  tags: ['daily care'],
  summary: 'Alerts and tasks of the care rules (open ones, or all of the last 31 days)',
  middleware: [requireLogin] as const,
  request: { params: uuidParam, query: z.object({ status: z.enum(['open', 'all']).default('open') }).strict() },
  responses: { 200: json(z.object({ alerts: z.array(alertSchema) }).openapi('CareAlertList'), 'Alerts'), ...readErrors },
});

const closeAlert = createRoute({
  method: 'post',
  path: '/api/care-alerts/{id}/close',
  tags: ['daily care'],
  summary: 'Close an alert or task: done (what was done) or dismissed',
  middleware: [requireLogin] as const,
  request: { params: uuidParam, ...body(z.object({ status: z.enum(['done', 'dismissed']), resolution: z.string().trim().min(1).max(500) }).strict().openapi('CloseAlertInput')) },
  responses: { 200: json(alertSchema, 'Closed'), ...readErrors, 409: errorResponses[409] },
});

const outbreaks = createRoute({
  method: 'get',
  path: '/api/care/outbreaks',
  tags: ['daily care'],
  summary: 'Outbreak reports (clusters of similar cases) of the caller’s scope, the last 90 days: counts, never child names',
  middleware: [requireLogin] as const,
  request: { query: z.object({ divisionId: z.string().regex(/^\d{6}$/, 'invalid_format').optional() }).strict() },
  responses: { 200: json(z.object({ outbreaks: z.array(outbreakSchema) }).openapi('OutbreakList'), 'Reports'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403] },
});

const reported = createRoute({
  method: 'post',
  path: '/api/care/outbreaks/{id}/reported',
  tags: ['daily care'],
  summary: 'Record that an outbreak was reported to the CDC / district health bureau',
  middleware: [requireLogin] as const,
  request: { params: uuidParam, ...body(z.object({ note: z.string().trim().min(1).max(500) }).strict().openapi('OutbreakReportedInput')) },
  responses: { 200: json(outbreakSchema, 'Recorded'), ...readErrors, 409: errorResponses[409] },
});

export function careDayRoutes(app: OpenAPIHono<ApiEnv>): void {
  app.openapi(myClasses, async (c) => c.json({ classes: await c.get('repos').care.day.myClasses() }, 200));
  app.openapi(classDay, async (c) => c.json(await c.get('repos').care.day.classDay(c.req.valid('param').id, c.req.valid('query').date), 200));
  app.openapi(dashboard, async (c) => c.json(await c.get('repos').care.day.dashboard(c.req.valid('param').id), 200));
  app.openapi(attendance, async (c) => {
    const { id } = c.req.valid('param');
    const { month } = c.req.valid('query');
    return c.json({ childId: id, month, days: await c.get('repos').care.day.attendance(id, month) }, 200);
  });
  app.openapi(alerts, async (c) => c.json({ alerts: (await c.get('repos').care.alerts.list(c.req.valid('param').id, c.req.valid('query').status)) as z.infer<typeof alertSchema>[] }, 200));
  app.openapi(closeAlert, async (c) => {
    const { status, resolution } = c.req.valid('json');
    return c.json((await c.get('repos').care.alerts.close(c.req.valid('param').id, status, resolution)) as z.infer<typeof alertSchema>, 200);
  });
  app.openapi(outbreaks, async (c) => c.json({ outbreaks: await c.get('repos').care.alerts.outbreaks(c.req.valid('query').divisionId) }, 200));
  app.openapi(reported, async (c) => c.json(await c.get('repos').care.alerts.markReported(c.req.valid('param').id, c.req.valid('json').note), 200));
}
