/**
 * The demo city's streets as GeoJSON for the map (web/src/map/layers.ts draws a `roads` source of LineStrings): one
 * feature per walkable way, plus rivers and railways, with `highway`/`waterway`/`railway`, `name` and
 * `access: "private"` (compound roads) as properties. Coordinates to 6 decimals (~0.1 m), deterministic.
 */
import type { Network } from './network.ts';
import { isWalkable } from './walk.ts';

interface RoadFeature {
  type: 'Feature';
  properties: Record<string, string>;
  geometry: { type: 'LineString'; coordinates: [number, number][] };
}

/** The network's ways as a GeoJSON FeatureCollection (JSON text). */
export function roadsGeoJson(net: Network): string {
  const parts: string[] = [];
  for (const w of net.ways) {
    const tags = new Map(w.tags);
    if (!isWalkable(w.tags) && !tags.has('waterway') && !tags.has('railway')) continue;
    const properties: Record<string, string> = {};
    for (const k of ['highway', 'waterway', 'railway', 'name', 'access', 'bridge', 'tunnel']) {
      const v = tags.get(k);
      if (v !== undefined) properties[k] = v;
    }
    const f: RoadFeature = {
      type: 'Feature',
      properties,
      geometry: { type: 'LineString', coordinates: w.nodes.map((n) => [Math.round(net.lng[n]! * 1e6) / 1e6, Math.round(net.lat[n]! * 1e6) / 1e6]) },
    };
    parts.push(JSON.stringify(f));
  }
  return `{"type":"FeatureCollection","synthetic":true,"features":[\n${parts.join(',\n')}\n]}\n`;
}
