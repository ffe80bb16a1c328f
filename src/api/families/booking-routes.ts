/** Temporary and hourly care bookings over HTTP: book whole hours (409 `full` for a full hour), cancel, read. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute, z } from '@hono/zod-openapi';
import type { ApiEnv } from '../context.ts';
import { errorResponses, json, pageOf, pageQuery, uuidParam } from '../schemas.ts';
import { requireLogin } from '../auth/session.ts';
import { bookingSchema, isoDate, newBookingSchema } from './schemas.ts';

const tags = ['families'];
const err = (...codes: Array<keyof typeof errorResponses>) => Object.fromEntries(codes.map((c) => [c, errorResponses[c]]));

const create = createRoute({
  method: 'post',
  path: '/api/bookings',
  tags,
  summary: 'Book whole hours of temporary (or hourly) care for a child (guardian); the price is fixed at booking; a full hour → 409 full',
  middleware: [requireLogin] as const,
  request: { body: { content: { 'application/json': { schema: newBookingSchema } }, required: true } },
  responses: { 201: json(bookingSchema, 'Booked'), ...err(400, 401, 403, 404, 409) },
});
const cancel = createRoute({
  method: 'delete',
  path: '/api/bookings/{id}',
  tags,
  summary: 'Cancel a booking (free until 12 hours before; later the hour is charged, by the temporary-care policy)',
  middleware: [requireLogin] as const,
  request: { params: uuidParam },
  responses: { 200: json(bookingSchema, 'Cancelled, with what is charged'), ...err(401, 403, 404, 409) },
});
const read = createRoute({
  method: 'get',
  path: '/api/bookings/{id}',
  tags,
  summary: 'One booking',
  middleware: [requireLogin] as const,
  request: { params: uuidParam },
  responses: { 200: json(bookingSchema, 'The booking'), ...err(401, 403, 404) },
});
const list = createRoute({
  method: 'get',
  path: '/api/bookings',
  tags,
  summary: 'The bookings the caller may see (a family: its children’s; a facility: its own), of a child, facility or day',
  middleware: [requireLogin] as const,
  request: { query: z.object({ ...pageQuery, childId: z.string().max(100).optional(), facilityId: z.string().max(100).optional(), date: isoDate.optional(), upcoming: z.enum(['true', 'false']).optional() }).strict() },
  responses: { 200: json(pageOf(bookingSchema).openapi('BookingPage'), 'A page of bookings'), ...err(400, 401, 403) },
});

/** Registers the booking routes. */
export function bookingRoutes(app: OpenAPIHono<ApiEnv>): void {
  app.openapi(create, async (c) => c.json(await c.get('repos').families.bookings.create(c.req.valid('json')), 201));
  app.openapi(cancel, async (c) => c.json(await c.get('repos').families.bookings.cancel(c.req.valid('param').id), 200));
  app.openapi(read, async (c) => c.json(await c.get('repos').families.bookings.get(c.req.valid('param').id), 200));
  app.openapi(list, async (c) => {
    const { page, pageSize, upcoming, ...filter } = c.req.valid('query');
    return c.json(await c.get('repos').families.bookings.list({ ...filter, upcoming: upcoming === 'true' }, page, pageSize), 200);
  });
}
