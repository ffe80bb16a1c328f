/**
 * The facility registry over HTTP. Every handler is a schema plus one call into a caller-scoped repository.
 */
import type { OpenAPIHono} from '@hono/zod-openapi';
import { createRoute, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import type { ApiEnv } from '../context.ts';
import { errorResponses, uuidParam } from '../schemas.ts';
import { requireLogin } from '../auth/session.ts';
import { AppError } from '../../shared/errors.ts';
import { facilitiesToCsv, facilitiesToGeoJson, facilitiesToXlsx, parseFacilitiesFile } from '../../care/facility-io/index.ts';
import { facilityCollectionSchema, facilityExportCollectionSchema, facilityInputOpenApi, facilityPatchOpenApi, facilityQuerySchema, facilitySchema, facilitySummarySchema, geoQuerySchema } from './schemas.ts';

const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

const list = createRoute({
  method: 'get',
  path: '/api/facilities',
  tags: ['facilities'],
  summary: 'Search the registry (public)',
  request: { query: facilityQuerySchema },
  responses: {
    200: json(z.object({ items: z.array(facilitySummarySchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() }), 'A page of facilities'),
    400: errorResponses[400],
  },
});

const geo = createRoute({
  method: 'get',
  path: '/api/facilities.geojson',
  tags: ['facilities'],
  summary: 'Facilities as GeoJSON points for the map (public)',
  request: { query: geoQuerySchema },
  responses: { 200: { description: 'FeatureCollection of Points', content: { 'application/geo+json': { schema: facilityCollectionSchema } } }, 400: errorResponses[400] },
});

const read = createRoute({
  method: 'get',
  path: '/api/facilities/{id}',
  tags: ['facilities'],
  summary: 'One facility with classes, prices, supervisor and medical partner (public)',
  request: { params: uuidParam },
  responses: { 200: json(facilitySchema, 'The facility'), 404: errorResponses[404] },
});

const create = createRoute({
  method: 'post',
  path: '/api/facilities',
  tags: ['facilities'],
  summary: 'Register a facility (city officials, admins; district officials in their division)',
  middleware: [requireLogin] as const,
  request: { body: { required: true, content: { 'application/json': { schema: facilityInputOpenApi } } } },
  responses: { 201: json(facilitySchema, 'Created'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 409: errorResponses[409], 413: errorResponses[413] },
});

const update = createRoute({
  method: 'patch',
  path: '/api/facilities/{id}',
  tags: ['facilities'],
  summary: 'Change a facility (directors: their own; district officials: their division; city officials and admins: all)',
  middleware: [requireLogin] as const,
  request: { params: uuidParam, body: { required: true, content: { 'application/json': { schema: facilityPatchOpenApi } } } },
  responses: { 200: json(facilitySchema, 'Updated'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404], 409: errorResponses[409], 413: errorResponses[413] },
});

const archive = createRoute({
  method: 'post',
  path: '/api/facilities/{id}/archive',
  tags: ['facilities'],
  summary: 'Archive a facility (never deleted)',
  middleware: [requireLogin] as const,
  request: { params: uuidParam },
  responses: { 200: json(facilitySchema, 'Archived'), 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404], 409: errorResponses[409] },
});

const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
const importRoute = createRoute({
  method: 'post',
  path: '/api/facilities/import',
  tags: ['facilities'],
  summary: 'Import facilities from CSV, XLSX or GeoJSON: all rows or none',
  description: 'The body is the file itself, sent with its Content-Type: text/csv (UTF-8, a BOM is fine), application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, or application/geo+json. Columns (English or Chinese headers): id, name, tier, ownership, filing_status, filing_number, division_id, address, lng, lat, crs, opening_days, open, close, services, classes, floor_area_m2, outdoor_area_m2, contact_person, contact_phone, supervisor_id, medical_institution_id. Every row is validated; if any row is bad, nothing is written and every bad row is listed with its row number and field.',
  middleware: [requireLogin, bodyLimit({ maxSize: MAX_IMPORT_BYTES, onError: () => { throw new AppError('too_large', `the file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`, { field: 'body' }); } })] as const,
  responses: { 200: json(z.object({ created: z.number().int(), updated: z.number().int() }), 'Imported'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 413: errorResponses[413] },
});

const exportRoute = createRoute({
  method: 'get',
  path: '/api/facilities/export',
  tags: ['facilities'],
  summary: 'Export the registry as CSV, XLSX or GeoJSON (officials and admins)',
  middleware: [requireLogin] as const,
  request: { query: z.object({ format: z.enum(['csv', 'xlsx', 'geojson']).default('csv') }).strict() },
  responses: {
    200: {
      description: 'The file, as an attachment (Content-Disposition: facilities-YYYY-MM-DD.csv|xlsx|geojson); the columns are those of the import',
      content: {
        'text/csv': { schema: z.string().openapi({ description: 'UTF-8 with a BOM, CRLF line ends (RFC 4180), a header row of the column names' }) },
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: z.string().openapi({ format: 'binary', description: 'An Excel workbook: one sheet, a header row of the column names' }) },
        'application/geo+json': { schema: facilityExportCollectionSchema },
      },
    },
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
  },
});

export function facilityRoutes(app: OpenAPIHono<ApiEnv>): void {
  app.openapi(list, async (c) => {
    const { page, pageSize, ...filter } = c.req.valid('query');
    const { items, total } = await c.get('repos').facilities.list(filter, page, pageSize);
    return c.json({ items, total, page, pageSize }, 200);
  });

  app.openapi(geo, async (c) => {
    const items = await c.get('repos').facilities.all(c.req.valid('query'));
    const fc = {
      type: 'FeatureCollection' as const,
      features: items.map(({ location, ...p }) => ({ type: 'Feature' as const, id: p.id, geometry: { type: 'Point' as const, coordinates: [location.lng, location.lat] }, properties: p })),
    };
    return c.json(fc, 200, { 'Content-Type': 'application/geo+json; charset=utf-8' });
  });

  app.openapi(importRoute, async (c) => {
    const type = c.req.header('content-type') ?? '';
    const buf = Buffer.from(await c.req.arrayBuffer());
    if (buf.length === 0) throw new AppError('invalid', 'the file is empty', { field: 'body' });
    const parsed = await parseFacilitiesFile(buf, type);
    if (parsed.issues.length) throw new AppError('invalid', `${parsed.issues.length} problem(s) in the file; nothing was imported`, { issues: parsed.issues });
    return c.json(await c.get('repos').facilities.importMany(parsed.rows), 200);
  });

  app.openapi(exportRoute, async (c) => {
    const { format } = c.req.valid('query');
    const list = await c.get('repos').facilities.exportAll();
    const stamp = new Date().toISOString().slice(0, 10);
    if (format === 'xlsx') {
      const buf = await facilitiesToXlsx(list);
      return c.body(new Uint8Array(buf), 200, {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `attachment; filename="facilities-${stamp}.xlsx"`,
      });
    }
    if (format === 'geojson') {
      return c.body(JSON.stringify(facilitiesToGeoJson(list)), 200, {
        'Content-Type': 'application/geo+json; charset=utf-8',
        'Content-Disposition': `attachment; filename="facilities-${stamp}.geojson"`,
      });
    }
    return c.body(facilitiesToCsv(list), 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="facilities-${stamp}.csv"` });
  });
  // Registered after the fixed paths (/export, /import) so that {id} does not shadow them.
  app.openapi(read, async (c) => c.json(await c.get('repos').facilities.get(c.req.valid('param').id), 200));
  app.openapi(create, async (c) => c.json(await c.get('repos').facilities.create(c.req.valid('json')), 201));
  app.openapi(update, async (c) => c.json(await c.get('repos').facilities.update(c.req.valid('param').id, c.req.valid('json')), 200));
  app.openapi(archive, async (c) => c.json(await c.get('repos').facilities.archive(c.req.valid('param').id), 200));
}
