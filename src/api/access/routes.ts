/**
 * Walking accessibility over HTTP (public, aggregate): the roads layer for the map, 15-minute coverage of children
 * 0–3 for the loaded city (overall and per division), and isochrones around a facility or any clicked point.
 * Heavy work runs in the engine's worker pool; results are cached until the registry changes.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ApiEnv } from '../context.ts';
import { errorResponses, json, jsonText } from '../schemas.ts';
import { featureCollection, lineGeometry, multiPolygonGeometry, polygonGeometry } from '../geojson-schemas.ts';
import { AppError } from '../../shared/errors.ts';
import { toWgs84 } from '../../shared/coords.ts';
import type { AccessInputs } from '../../db/repos/access-inputs.ts';
import { pointSet, type CityNetwork } from './service.ts';

const minutesList = z
  .string()
  .regex(/^\d+(\.\d+)?(,\d+(\.\d+)?)*$/, 'minutes_list')
  .transform((s) => s.split(',').map(Number))
  .refine((a) => a.every((m) => m > 0 && m <= 60), { message: 'minutes_range', params: { maximum: 60 } })
  .refine((a) => a.length <= 6, { message: 'too_many', params: { maximum: 6 } });
const speed = z.coerce.number().gt(0, 'speedKmh must be > 0').max(20).default(4);

export const accessStatusSchema = z
  .object({
    loaded: z.boolean(),
    nodes: z.number().int(),
    edges: z.number().int(),
    components: z.number().int(),
    attribution: z.string().openapi({ description: 'Credit line of the street data, e.g. © OpenStreetMap contributors (ODbL)' }),
    synthetic: z.boolean().openapi({ description: 'Generated sample streets (the demo city): UIs credit them as such, in their own language' }),
  })
  .openapi('AccessStatus');

export const roadsSchema = featureCollection(
  lineGeometry,
  z
    .object({
      highway: z.string().optional(),
      name: z.string().optional(),
      access: z.string().optional().openapi({ description: '"private" marks a gated compound\'s inner road (小区内部道路), walkable for residents' }),
      waterway: z.string().optional(),
      railway: z.string().optional(),
      bridge: z.string().optional(),
      tunnel: z.string().optional(),
    })
    .openapi('RoadProperties', { description: 'OSM tags of the way, as far as present' }),
)
  .extend({ synthetic: z.boolean().optional() })
  .openapi('RoadCollection');

const timeDistributionSchema = z
  .object({
    bins: z.array(z.object({ from: z.number(), to: z.number().nullable().openapi({ description: 'null: the open last bin' }), weight: z.number(), points: z.number().int() })),
    unreachableWeight: z.number(),
    mean: z.number(),
    p50: z.number(),
    p90: z.number(),
    max: z.number(),
  })
  .openapi('TimeDistribution', { description: 'Weighted distribution of nearest-facility minutes (1-minute bins up to twice the limit)' });

const share = z.number().min(0).max(1).openapi({ description: 'covered / children, 0…1' });
export const coverageSchema = z
  .object({
    params: z.object({ minutes: z.number(), speedKmh: z.number(), free: z.boolean() }),
    summary: z.object({
      children: z.number().openapi({ description: 'Children 0–3 living in the residential compounds of the city' }),
      covered: z.number().openapi({ description: 'Of them, within the walk of a facility' }),
      share,
      demandPoints: z.number().int(),
      facilities: z.number().int(),
    }),
    divisions: z.array(z.object({ divisionId: z.string(), name: z.string(), children: z.number(), covered: z.number(), share })),
    distribution: z.union([timeDistributionSchema, z.null()]).openapi({ description: 'null without children or facilities' }),
    attribution: z.string(),
  })
  .openapi('Coverage');

export const isochronesSchema = featureCollection(
  z.union([polygonGeometry, multiPolygonGeometry]),
  z
    .object({
      facility: z.string().nullable().openapi({ description: 'The facility id, or "point" for a clicked location' }),
      minutes: z.number(),
      merged: z.boolean(),
      areaM2: z.number(),
    })
    .openapi('IsochroneProperties'),
).openapi('Isochrones', { description: 'One ring per limit: the area reachable within `minutes` (each ring contains the smaller ones)' });

const statusRoute = createRoute({
  method: 'get',
  path: '/api/access/status',
  tags: ['access'],
  summary: 'The loaded walking network (nodes, edges, components) and its attribution',
  responses: { 200: json(accessStatusSchema, 'Loaded') },
});
const roadsRoute = createRoute({
  method: 'get',
  path: '/api/access/roads.geojson',
  tags: ['access'],
  summary: 'The streets of the loaded city as GeoJSON lines (the map road layer)',
  responses: { 200: { description: 'FeatureCollection of LineStrings (gzip)', content: { 'application/geo+json': { schema: roadsSchema } } }, 503: errorResponses[503] },
});
const coverageRoute = createRoute({
  method: 'get',
  path: '/api/access/coverage',
  tags: ['access'],
  summary: 'Share of children 0–3 within N minutes’ walk of a facility (with a free place, optionally), overall and per division',
  request: {
    query: z
      .object({
        minutes: z.coerce.number().gt(0, 'minutes must be > 0').max(60).default(15),
        speedKmh: speed,
        free: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
      })
      .strict(),
  },
  responses: { 200: json(coverageSchema, 'Coverage'), 400: errorResponses[400], 503: errorResponses[503] },
});
const isoRoute = createRoute({
  method: 'get',
  path: '/api/access/isochrones',
  tags: ['access'],
  summary: 'Walking isochrones (default 5/10/15 minutes) around a facility or a point (lng/lat, WGS-84 or GCJ-02)',
  request: {
    query: z
      .object({
        facility: z.string().uuid().optional(),
        lng: z.coerce.number().min(-180).max(180).optional(),
        lat: z.coerce.number().min(-90).max(90).optional(),
        crs: z.enum(['wgs84', 'gcj02']).default('wgs84'),
        minutes: minutesList.default([5, 10, 15]),
        speedKmh: speed,
      })
      .strict(),
  },
  responses: { 200: { description: 'GeoJSON polygons, one per facility and limit', content: { 'application/geo+json': { schema: isochronesSchema } } }, 400: errorResponses[400], 404: errorResponses[404], 503: errorResponses[503] },
});

type CoverageBody = z.infer<typeof coverageSchema>;

/** Registers the access routes; `network()` is null when the server runs without a street network. */
export function accessRoutes(app: OpenAPIHono<ApiEnv>, network: () => CityNetwork | null): void {
  const cache = new Map<string, Promise<CoverageBody>>();
  const need = (): CityNetwork => {
    const n = network();
    if (!n) throw new AppError('unavailable', 'no walking network is loaded (start with `carecircle demo`, or `carecircle serve --osm FILE`)');
    return n;
  };

  app.openapi(statusRoute, (c) => {
    const n = network();
    if (!n) return c.json({ loaded: false, nodes: 0, edges: 0, components: 0, attribution: '', synthetic: false }, 200);
    const s = n.summary();
    return c.json({ loaded: true, nodes: s.nodes, edges: s.edges, components: s.components, attribution: n.attribution, synthetic: n.synthetic }, 200);
  });

  app.openapi(roadsRoute, (c) => {
    const n = need();
    c.header('Cache-Control', 'public, max-age=3600');
    return jsonText(c, roadsSchema, n.roadsGeoJson());
  });

  app.openapi(coverageRoute, async (c) => {
    const n = need();
    const { minutes, speedKmh, free } = c.req.valid('query');
    const inputs = c.get('repos').accessInputs;
    const key = `${await inputs.version()}|${minutes}|${speedKmh}|${free}`;
    let p = cache.get(key);
    if (!p) {
      p = computeCoverage(n, inputs, minutes, speedKmh, free);
      cache.set(key, p);
      p.catch(() => cache.delete(key));
      while (cache.size > 16) cache.delete(cache.keys().next().value!);
    }
    return c.json(await p, 200);
  });

  app.openapi(isoRoute, async (c) => {
    const n = need();
    const q = c.req.valid('query');
    let at: { id: string; lng: number; lat: number };
    if (q.facility) {
      const f = await c.get('repos').facilities.get(q.facility);
      at = { id: f.id, lng: f.location.lng, lat: f.location.lat };
    } else if (q.lng !== undefined && q.lat !== undefined) {
      at = { id: 'point', ...toWgs84({ lng: q.lng, lat: q.lat, crs: q.crs }) };
    } else throw new AppError('invalid', 'give a facility id, or lng and lat', { field: q.lng === undefined ? 'lng' : 'lat', code: 'required' });
    const text = await n.pool.isochronesJson(pointSet([at]), { minutes: q.minutes, speedKmh: q.speedKmh, merged: false });
    return jsonText(c, isochronesSchema, text);
  });
}

async function computeCoverage(n: CityNetwork, inputs: AccessInputs, minutes: number, speedKmh: number, free: boolean): Promise<CoverageBody> {
  const [supplyAll, demand, names] = await Promise.all([inputs.supply(), inputs.demand(), inputs.divisionNames()]);
  const supply = free ? supplyAll.filter((s) => s.free > 0) : supplyAll;
  const params = { minutes, speedKmh, free };
  if (demand.length === 0 || supply.length === 0) {
    return { params, summary: { children: demand.reduce((s, d) => s + d.children, 0), covered: 0, share: 0, demandPoints: demand.length, facilities: supply.length }, divisions: [], distribution: null, attribution: n.attribution };
  }
  const report = await n.pool.coverage(
    pointSet(supply),
    pointSet(demand.map((d) => ({ id: d.id, lng: d.lng, lat: d.lat, weight: d.children }))),
    { divisions: demand.map((d) => d.divisionId), method: 'coverage', params: { minutes, speedKmh } },
  );
  return {
    params,
    summary: {
      children: report.summary.weight,
      covered: report.summary.coveredWeight,
      share: report.summary.weight ? report.summary.coveredWeight / report.summary.weight : 0,
      demandPoints: demand.length,
      facilities: supply.length,
    },
    divisions: report.divisions
      .map((d) => ({ divisionId: d.division, name: names.get(d.division) ?? d.division, children: d.weight, covered: d.coveredWeight, share: d.weight ? d.coveredWeight / d.weight : 0 }))
      .sort((a, b) => a.divisionId.localeCompare(b.divisionId)),
    distribution: report.distribution,
    attribution: n.attribution,
  };
}
