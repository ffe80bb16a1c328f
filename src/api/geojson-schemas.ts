/** GeoJSON (RFC 7946) geometries as OpenAPI schemas, for the map answers. Coordinates are WGS-84 [lng, lat]. */
import { z } from '@hono/zod-openapi';

const position = z.array(z.number()).min(2).max(3).openapi({ description: '[lng, lat] (WGS-84)' });

export const pointGeometry = z.object({ type: z.literal('Point'), coordinates: position }).openapi('PointGeometry');
export const lineGeometry = z.object({ type: z.literal('LineString'), coordinates: z.array(position) }).openapi('LineStringGeometry');
export const polygonGeometry = z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(position)) }).openapi('PolygonGeometry');
export const multiPolygonGeometry = z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(position))) }).openapi('MultiPolygonGeometry');

/** A FeatureCollection of features with the given geometry and properties schemas. */
export function featureCollection<G extends z.ZodType, P extends z.ZodType>(geometry: G, properties: P) {
  return z.object({
    type: z.literal('FeatureCollection'),
    features: z.array(z.object({ type: z.literal('Feature'), id: z.union([z.string(), z.number()]).optional(), geometry, properties })),
  });
}
