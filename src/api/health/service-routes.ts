/**
 * The free services and staff training over HTTP: service sessions (pediatric massage by age, development guidance,
 * parent classes) with registration by guardians (409 `full` when the last place is gone), attendance and each
 * child's counts; training courses, registration of staff, completion and a facility's staff compliance.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute, z } from '@hono/zod-openapi';
import { SERVICE_KINDS } from '../../care/health-services.ts';
import { TRAINING_KINDS } from '../../care/training-rules.ts';
import type { ApiEnv } from '../context.ts';
import { errorResponses, json, pageOf, pageQuery, uuidParam } from '../schemas.ts';
import { requireLogin } from '../auth/session.ts';
import {
  childServicesSchema,
  courseInputSchema,
  courseRegistrationSchema,
  courseSchema,
  facilityStaffSchema,
  registrationSchema,
  sessionInputSchema,
  sessionSchema,
  uuid,
} from './schemas.ts';

const E = errorResponses;
const body = <T extends z.ZodType>(schema: T) => ({ body: { required: true, content: { 'application/json': { schema } } } });
const bool = z.enum(['true', 'false']).transform((v) => v === 'true');

const listSessions = createRoute({
  method: 'get',
  path: '/api/services/sessions',
  tags: ['services'],
  summary: "Service sessions the caller may see (guardians: at their children's facilities), soonest first",
  middleware: [requireLogin] as const,
  request: { query: z.object({ facilityId: uuid.optional(), kind: z.enum(SERVICE_KINDS).optional(), includePast: bool.optional(), ...pageQuery }).strict() },
  responses: { 200: json(pageOf(sessionSchema).openapi('ServiceSessionPage'), 'A page of sessions'), 400: E[400], 401: E[401], 403: E[403] },
});
const readSession = createRoute({
  method: 'get',
  path: '/api/services/sessions/{id}',
  tags: ['services'],
  summary: 'One session with its places',
  middleware: [requireLogin] as const,
  request: { params: uuidParam },
  responses: { 200: json(sessionSchema, 'The session'), 401: E[401], 403: E[403], 404: E[404] },
});
const createSession = createRoute({
  method: 'post',
  path: '/api/services/sessions',
  tags: ['services'],
  summary: 'Schedule a session (directors at their facility; health workers at signed facilities). Massage sessions are for one age band',
  middleware: [requireLogin] as const,
  request: body(sessionInputSchema),
  responses: { 201: json(sessionSchema, 'Scheduled'), 400: E[400], 401: E[401], 403: E[403], 404: E[404] },
});
const cancelSession = createRoute({
  method: 'post',
  path: '/api/services/sessions/{id}/cancel',
  tags: ['services'],
  summary: 'Cancel a session',
  middleware: [requireLogin] as const,
  request: { params: uuidParam },
  responses: { 200: json(sessionSchema, 'Cancelled'), 401: E[401], 403: E[403], 404: E[404] },
});
const register = createRoute({
  method: 'post',
  path: '/api/services/sessions/{id}/registrations',
  tags: ['services'],
  summary: 'Register a child for a session (guardians). 409 `full` when no place is left (decided under a lock on the session)',
  middleware: [requireLogin] as const,
  request: { params: uuidParam, ...body(z.object({ childId: uuid }).strict().openapi('ServiceRegistrationInput')) },
  responses: { 201: json(registrationSchema, 'Registered'), 400: E[400], 401: E[401], 403: E[403], 404: E[404], 409: E[409] },
});
const roster = createRoute({
  method: 'get',
  path: '/api/services/sessions/{id}/registrations',
  tags: ['services'],
  summary: 'The registrations of a session (the facility, the institution running it)',
  middleware: [requireLogin] as const,
  request: { params: uuidParam },
  responses: { 200: json(z.object({ items: z.array(registrationSchema) }).openapi('ServiceRoster'), 'The roster'), 401: E[401], 403: E[403], 404: E[404] },
});
const cancelRegistration = createRoute({
  method: 'delete',
  path: '/api/services/registrations/{id}',
  tags: ['services'],
  summary: 'Cancel a registration before the session starts (guardians)',
  middleware: [requireLogin] as const,
  request: { params: uuidParam },
  responses: { 200: json(registrationSchema, 'Cancelled'), 401: E[401], 403: E[403], 404: E[404], 409: E[409] },
});
const attendance = createRoute({
  method: 'patch',
  path: '/api/services/registrations/{id}',
  tags: ['services'],
  summary: 'Take attendance (the facility, the institution)',
  middleware: [requireLogin] as const,
  request: { params: uuidParam, ...body(z.object({ attended: z.boolean() }).strict().openapi('ServiceAttendance')) },
  responses: { 200: json(registrationSchema, 'Recorded'), 400: E[400], 401: E[401], 403: E[403], 404: E[404], 409: E[409] },
});
const childServices = createRoute({
  method: 'get',
  path: '/api/children/{id}/services',
  tags: ['services'],
  summary: "A child's services: attended and registered per kind, and upcoming sessions (the counts the city reports)",
  middleware: [requireLogin] as const,
  request: { params: uuidParam },
  responses: { 200: json(childServicesSchema, 'The counts'), 401: E[401], 403: E[403], 404: E[404] },
});

const listCourses = createRoute({
  method: 'get',
  path: '/api/training/courses',
  tags: ['training'],
  summary: 'Training courses (职前 / 职后 / 安全) of the municipal centre and hospitals, current and coming',
  middleware: [requireLogin] as const,
  request: { query: z.object({ kind: z.enum(TRAINING_KINDS).optional(), includePast: bool.optional(), ...pageQuery }).strict() },
  responses: { 200: json(pageOf(courseSchema).openapi('TrainingCoursePage'), 'A page of courses'), 400: E[400], 401: E[401], 403: E[403] },
});
const readCourse = createRoute({
  method: 'get',
  path: '/api/training/courses/{id}',
  tags: ['training'],
  summary: 'One course',
  middleware: [requireLogin] as const,
  request: { params: uuidParam },
  responses: { 200: json(courseSchema, 'The course'), 401: E[401], 403: E[403], 404: E[404] },
});
const createCourse = createRoute({
  method: 'post',
  path: '/api/training/courses',
  tags: ['training'],
  summary: 'Announce a course (the municipal centre’s director, a hospital’s health worker, city officials)',
  middleware: [requireLogin] as const,
  request: body(courseInputSchema),
  responses: { 201: json(courseSchema, 'Announced'), 400: E[400], 401: E[401], 403: E[403] },
});
const registerStaff = createRoute({
  method: 'post',
  path: '/api/training/courses/{id}/registrations',
  tags: ['training'],
  summary: 'Register a staff member (directors: their staff; staff: themselves). 409 `full` when the course is full',
  middleware: [requireLogin] as const,
  request: { params: uuidParam, ...body(z.object({ staffId: uuid }).strict().openapi('TrainingRegistrationInput')) },
  responses: { 201: json(courseRegistrationSchema, 'Registered'), 400: E[400], 401: E[401], 403: E[403], 404: E[404], 409: E[409] },
});
const courseRoster = createRoute({
  method: 'get',
  path: '/api/training/courses/{id}/registrations',
  tags: ['training'],
  summary: "A course's registrations and completions (its provider)",
  middleware: [requireLogin] as const,
  request: { params: uuidParam },
  responses: { 200: json(z.object({ items: z.array(courseRegistrationSchema) }).openapi('TrainingRoster'), 'The roster'), 401: E[401], 403: E[403], 404: E[404] },
});
const completeCourse = createRoute({
  method: 'post',
  path: '/api/training/registrations/{id}/complete',
  tags: ['training'],
  summary: 'Record a completion (the provider, from the last day): a training record with the hours and the certificate',
  middleware: [requireLogin] as const,
  request: { params: uuidParam, ...body(z.object({ certificateNo: z.string().trim().max(100).nullable().optional() }).strict().openapi('TrainingCompletion')) },
  responses: { 200: json(courseRegistrationSchema, 'Completed'), 400: E[400], 401: E[401], 403: E[403], 404: E[404], 409: E[409] },
});
const staff = createRoute({
  method: 'get',
  path: '/api/training/staff',
  tags: ['training'],
  summary: "A facility's staff with training hours by kind, certificates, health certificates and compliance",
  middleware: [requireLogin] as const,
  request: { query: z.object({ facilityId: uuid }).strict() },
  responses: { 200: json(facilityStaffSchema, 'The staff'), 400: E[400], 401: E[401], 403: E[403], 404: E[404] },
});

export function serviceRoutes(app: OpenAPIHono<ApiEnv>): void {
  app.openapi(listSessions, async (c) => {
    const { page, pageSize, ...filter } = c.req.valid('query');
    return c.json(await c.get('repos').services.list(filter, page, pageSize), 200);
  });
  app.openapi(readSession, async (c) => c.json(await c.get('repos').services.get(c.req.valid('param').id), 200));
  app.openapi(createSession, async (c) => c.json(await c.get('repos').services.create(c.req.valid('json')), 201));
  app.openapi(cancelSession, async (c) => c.json(await c.get('repos').services.cancel(c.req.valid('param').id), 200));
  app.openapi(register, async (c) => c.json(await c.get('repos').services.register(c.req.valid('param').id, c.req.valid('json').childId), 201));
  app.openapi(roster, async (c) => c.json({ items: await c.get('repos').services.roster(c.req.valid('param').id) }, 200));
  app.openapi(cancelRegistration, async (c) => c.json(await c.get('repos').services.cancelRegistration(c.req.valid('param').id), 200));
  app.openapi(attendance, async (c) => c.json(await c.get('repos').services.setAttendance(c.req.valid('param').id, c.req.valid('json').attended), 200));
  app.openapi(childServices, async (c) => c.json(await c.get('repos').services.childServices(c.req.valid('param').id), 200));

  app.openapi(listCourses, async (c) => {
    const { page, pageSize, ...filter } = c.req.valid('query');
    return c.json(await c.get('repos').training.courses(filter, page, pageSize), 200);
  });
  app.openapi(readCourse, async (c) => c.json(await c.get('repos').training.course(c.req.valid('param').id), 200));
  app.openapi(createCourse, async (c) => c.json(await c.get('repos').training.createCourse(c.req.valid('json')), 201));
  app.openapi(registerStaff, async (c) => c.json(await c.get('repos').training.register(c.req.valid('param').id, c.req.valid('json').staffId), 201));
  app.openapi(courseRoster, async (c) => c.json({ items: await c.get('repos').training.roster(c.req.valid('param').id) }, 200));
  app.openapi(completeCourse, async (c) => c.json(await c.get('repos').training.complete(c.req.valid('param').id, c.req.valid('json').certificateNo ?? null), 200));
  app.openapi(staff, async (c) => c.json(await c.get('repos').training.staff(c.req.valid('query').facilityId), 200));
}
