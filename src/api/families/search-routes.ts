/**
 * Finding care and the hours of temporary care, over HTTP (public: no personal data is involved, unless a guardian
 * searches from a child's home — then the child's record is read under the access policy and audited).
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute, z } from '@hono/zod-openapi';
import { SERVICE_MODES } from '../../care/facility.ts';
import { toWgs84 } from '../../shared/coords.ts';
import { AppError, invalid } from '../../shared/errors.ts';
import type { ApiEnv } from '../context.ts';
import { errorResponses, json, uuidParam } from '../schemas.ts';
import type { CareSearch } from './care-search.ts';
import { availabilitySchema, careAnswerSchema, isoDate } from './schemas.ts';

const tags = ['families'];
const bool = z.enum(['true', 'false']).transform((v) => v === 'true');

const search = createRoute({
  method: 'get',
  path: '/api/care/search',
  tags,
  summary: 'Facilities within a walk of a home, by walking minutes over the street network, with free places for the age band of birthDate from startDate (public; or from a child’s home with childId)',
  request: {
    query: z
      .object({
        lng: z.coerce.number().min(-180).max(180).optional(),
        lat: z.coerce.number().min(-90).max(90).optional(),
        crs: z.enum(['wgs84', 'gcj02']).default('wgs84'),
        birthDate: isoDate.optional(),
        startDate: isoDate.optional(),
        childId: z.string().max(100).optional().openapi({ description: 'Search from this child’s home and age (a guardian’s own child)' }),
        mode: z.enum(SERVICE_MODES).optional(),
        minutes: z.coerce.number().gt(0).max(60).default(15),
        maxFee: z.coerce.number().min(0).max(100_000).optional(),
        affordableOnly: bool.default(false).openapi({ description: '普惠性 only: public and affordable facilities' }),
      })
      .strict(),
  },
  responses: { 200: json(careAnswerSchema, 'Facilities by walking minutes'), 400: errorResponses[400], 401: errorResponses[401], 404: errorResponses[404], 503: errorResponses[503] },
});

const availability = createRoute({
  method: 'get',
  path: '/api/facilities/{id}/availability',
  tags,
  summary: 'Free places of temporary care per hour of opening on a date, for a child of birthDate (public)',
  request: { params: uuidParam, query: z.object({ date: isoDate, birthDate: isoDate.optional() }).strict() },
  responses: { 200: json(availabilitySchema, 'One slot per hour of opening'), 400: errorResponses[400], 404: errorResponses[404] },
});

const compounds = createRoute({
  method: 'get',
  path: '/api/compounds',
  tags,
  summary: 'Residential compounds (小区) and villages by name, to set a home from a list (public place data)',
  request: { query: z.object({ q: z.string().trim().min(1).max(40), limit: z.coerce.number().int().min(1).max(50).default(20) }).strict() },
  responses: {
    200: json(
      z
        .object({ items: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string(), divisionId: z.string(), divisionName: z.string(), communityName: z.string().nullable(), lng: z.number(), lat: z.number() })) })
        .openapi('CompoundList'),
      'Matching compounds, shortest names first',
    ),
    400: errorResponses[400],
  },
});

/** Registers the search and availability routes. */
export function careSearchRoutes(app: OpenAPIHono<ApiEnv>, care: CareSearch): void {
  app.openapi(search, async (c) => {
    const q = c.req.valid('query');
    const repos = c.get('repos');
    let { lng, lat, birthDate } = q;
    if (q.childId) {
      const facts = await repos.families.children.searchFacts(q.childId);
      if (lng === undefined || lat === undefined) {
        if (facts.lng === null || facts.lat === null) throw invalid('childId', 'the child has no home location on record; give lng and lat', 'no_home');
        lng = facts.lng;
        lat = facts.lat;
      }
      birthDate ??= facts.birthDate;
    }
    if (lng === undefined) throw new AppError('invalid', 'lng: give the home’s longitude (or a childId)', { field: 'lng', code: 'required' });
    if (lat === undefined) throw new AppError('invalid', 'lat: give the home’s latitude (or a childId)', { field: 'lat', code: 'required' });
    const home = q.childId ? { lng, lat } : toWgs84({ lng, lat, crs: q.crs });
    const answer = await care.search(repos.families.search, { lng: home.lng, lat: home.lat, birthDate, startDate: q.startDate, mode: q.mode, minutes: q.minutes, maxFee: q.maxFee, affordableOnly: q.affordableOnly });
    return c.json(answer, 200);
  });

  app.openapi(compounds, async (c) => {
    const { q, limit } = c.req.valid('query');
    return c.json({ items: await c.get('repos').families.search.compounds(q, limit) }, 200);
  });

  app.openapi(availability, async (c) => {
    const { id } = c.req.valid('param');
    const { date, birthDate } = c.req.valid('query');
    const r = await c.get('repos').families.bookings.availability(id, date, birthDate ?? null);
    return c.json({ facilityId: id, date, mode: r.mode, price: r.price, slots: r.slots }, 200);
  });
}
