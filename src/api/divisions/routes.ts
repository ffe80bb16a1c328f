/** Divisions, their planning figures, and the 1+12+N tree (all public). */
import type { OpenAPIHono} from '@hono/zod-openapi';
import { createRoute, z } from '@hono/zod-openapi';
import type { ApiEnv } from '../context.ts';
import { errorResponses, pageOf, pageQuery } from '../schemas.ts';
import { TIERS } from '../../care/facility.ts';
import { featureCollection, multiPolygonGeometry, pointGeometry, polygonGeometry } from '../geojson-schemas.ts';

const divisionSchema = z
  .object({
    id: z.string().openapi({ example: '140403' }),
    name: z.string().openapi({ example: '潞州区' }),
    nameEn: z.string().nullable(),
    level: z.enum(['city', 'county', 'street', 'community']),
    parentId: z.string().nullable(),
    population: z.number().int().nullable(),
    children0to3: z.number().int().nullable(),
    centroid: z.object({ lng: z.number(), lat: z.number() }).nullable(),
    facilities: z.number().int(),
    places: z.number().int(),
    placesPer1000: z.number().nullable(),
    synthetic: z.boolean(),
  })
  .openapi('Division');

type Node = { id: string; name: string; tier: (typeof TIERS)[number]; divisionId: string; capacity: number; children: Node[] };
// Recursive schemas need a name so the OpenAPI generator emits a $ref instead of recursing forever.
const nodeSchema: z.ZodType<Node> = z
  .lazy(() => z.object({ id: z.string(), name: z.string(), tier: z.enum(TIERS), divisionId: z.string(), capacity: z.number().int(), children: z.array(nodeSchema) }))
  .openapi('NetworkNode');

const list = createRoute({
  method: 'get',
  path: '/api/divisions',
  tags: ['divisions'],
  summary: 'Administrative divisions with places per 1,000 residents',
  request: { query: z.object({ level: z.enum(['city', 'county', 'street', 'community']).optional(), parent: z.string().max(40).optional(), page: pageQuery.page, pageSize: pageQuery.pageSize.default(200) }).strict() },
  responses: { 200: { description: 'A page of divisions, by code', content: { 'application/json': { schema: pageOf(divisionSchema).openapi('DivisionPage') } } }, 400: errorResponses[400] },
});
const geo = createRoute({
  method: 'get',
  path: '/api/divisions.geojson',
  tags: ['divisions'],
  summary: 'Divisions of one level as GeoJSON (boundary polygons where known, else centroids)',
  request: { query: z.object({ level: z.enum(['county', 'street', 'community']).default('county') }).strict() },
  responses: {
    200: { description: 'FeatureCollection', content: { 'application/geo+json': { schema: featureCollection(z.union([pointGeometry, polygonGeometry, multiPolygonGeometry]), divisionSchema).openapi('DivisionCollection') } } },
    400: errorResponses[400],
  },
});
const read = createRoute({
  method: 'get',
  path: '/api/divisions/{id}',
  tags: ['divisions'],
  summary: 'One division',
  request: { params: z.object({ id: z.string().max(40) }) },
  responses: { 200: { description: 'The division', content: { 'application/json': { schema: divisionSchema } } }, 404: errorResponses[404] },
});
const tree = createRoute({
  method: 'get',
  path: '/api/network/tree',
  tags: ['network'],
  summary: 'The 1+12+N network: municipal centre → county centres → community, family and other points',
  responses: { 200: { description: 'The tree', content: { 'application/json': { schema: z.object({ root: z.union([nodeSchema, z.null()]) }) } } } },
});

export function divisionRoutes(app: OpenAPIHono<ApiEnv>): void {
  app.openapi(list, async (c) => {
    const { page, pageSize, ...filter } = c.req.valid('query');
    return c.json({ ...(await c.get('repos').divisions.list(filter, page, pageSize)), page, pageSize }, 200);
  });
  app.openapi(geo, async (c) => {
    const fc = await c.get('repos').divisions.geojson(c.req.valid('query').level);
    return c.json(fc, 200, { 'Content-Type': 'application/geo+json; charset=utf-8' });
  });
  app.openapi(read, async (c) => c.json(await c.get('repos').divisions.get(c.req.valid('param').id), 200));
  app.openapi(tree, async (c) => c.json({ root: await c.get('repos').facilities.tree() }, 200));
}
