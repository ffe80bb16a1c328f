/**
 * The map's style and layer list. No remote tiles and no glyphs: a plain background plus our own GeoJSON sources,
 * drawn with fill, line and circle layers only (symbol text layers would need a glyph URL we do not have offline;
 * cluster counts and division names are HTML markers instead).
 *
 * Layer order (bottom → top) is the LAYER_GROUPS order: divisions, roads (added once the server says a street
 * network is loaded: {@link addRoadLayers} inserts them before {@link ROADS_BEFORE}), walking circles
 * (isochrones), facilities.
 */
import type { AddLayerObject, ExpressionSpecification, Map as MlMap, StyleSpecification } from 'maplibre-gl';
import { TIER_COLORS, TIER_RADIUS } from '../components/tiers.ts';

export const MAP_BACKGROUND = '#eef2ef';

/** Source ids. */
export const SRC = { divisions: 'divisions', facilities: 'facilities', roads: 'roads', isochrones: 'isochrones', walkOrigin: 'walk-origin' } as const;

/** Facility layers a test (or a click handler) can query. */
export const FACILITY_LAYERS = ['facility-clusters', 'facility-points'] as const;

/** Road layers, bottom to top (a test queries these with queryRenderedFeatures). */
export const ROAD_LAYERS = [
  'water-line',
  'road-private',
  'road-minor-casing',
  'road-minor',
  'road-path',
  'rail-line',
  'road-major-casing',
  'road-major',
] as const;

/** Walking-circle layers (isochrone fills and outlines, and the clicked point). */
export const ISOCHRONE_LAYERS = ['isochrone-fill', 'isochrone-line', 'walk-origin'] as const;

/**
 * The layer groups, bottom to top. `available: false` groups are placeholders shown as "coming soon";
 * `needsNetwork` groups are listed only when the server has a walking network (GET /api/access/status).
 */
export const LAYER_GROUPS = [
  { id: 'divisions', layers: ['division-fill', 'division-line', 'division-centroid'], available: true, needsNetwork: false },
  { id: 'roads', layers: ROAD_LAYERS, available: true, needsNetwork: true },
  { id: 'facilities', layers: ['facility-clusters', 'facility-points', 'facility-selected'], available: true, needsNetwork: false },
] as const;
export type LayerGroupId = (typeof LAYER_GROUPS)[number]['id'];

/** Roads are inserted below this layer: above the division areas, under the walking circles and facilities. */
export const ROADS_BEFORE = 'isochrone-fill';

/** A blank style: background colour only; sources are added by the page. */
export function blankStyle(): StyleSpecification {
  return {
    version: 8,
    name: 'carecircle-blank',
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': MAP_BACKGROUND } }],
  };
}

const tierColor: ExpressionSpecification = ['match', ['get', 'tier'], ...Object.entries(TIER_COLORS).flat(), '#64748b'] as unknown as ExpressionSpecification;
const tierRadius: ExpressionSpecification = ['match', ['get', 'tier'], ...Object.entries(TIER_RADIUS).flat(), 6] as unknown as ExpressionSpecification;

/** Division areas (polygons) or centroids (points), whichever the API serves. */
export const divisionLayers: AddLayerObject[] = [
  {
    id: 'division-fill',
    type: 'fill',
    source: SRC.divisions,
    filter: ['==', ['geometry-type'], 'Polygon'],
    paint: { 'fill-color': '#ffffff', 'fill-opacity': 0.75 },
  },
  {
    id: 'division-line',
    type: 'line',
    source: SRC.divisions,
    filter: ['in', ['geometry-type'], ['literal', ['Polygon', 'LineString']]],
    paint: { 'line-color': '#7aa7a5', 'line-width': ['interpolate', ['linear'], ['zoom'], 7, 0.8, 12, 2], 'line-dasharray': [3, 2] },
  },
  {
    id: 'division-centroid',
    type: 'circle',
    source: SRC.divisions,
    filter: ['==', ['geometry-type'], 'Point'],
    paint: {
      'circle-radius': ['interpolate', ['exponential', 2], ['zoom'], 7, 22, 12, 700],
      'circle-color': '#d3e5e1',
      'circle-opacity': ['interpolate', ['linear'], ['zoom'], 7, 0.7, 11, 0.35, 12, 0],
      'circle-blur': 0.6,
    },
  },
];

/** Facilities: clusters when zoomed out, tier-coloured points, and a ring around the selected one. */
export const facilityLayers: AddLayerObject[] = [
  {
    id: 'facility-clusters',
    type: 'circle',
    source: SRC.facilities,
    filter: ['has', 'point_count'],
    paint: {
      'circle-color': '#0b5c6b',
      'circle-opacity': 0.88,
      'circle-radius': ['step', ['get', 'point_count'], 15, 10, 19, 30, 24, 80, 30],
      'circle-stroke-color': 'rgba(11,92,107,0.25)',
      'circle-stroke-width': 7,
    },
  },
  {
    id: 'facility-points',
    type: 'circle',
    source: SRC.facilities,
    filter: ['!', ['has', 'point_count']],
    paint: {
      'circle-color': tierColor,
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, ['*', tierRadius, 0.8], 14, ['*', tierRadius, 1.35]],
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 2,
    },
  },
  {
    id: 'facility-selected',
    type: 'circle',
    source: SRC.facilities,
    filter: ['==', ['get', 'id'], '__none__'],
    paint: {
      'circle-color': 'rgba(0,0,0,0)',
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, 13, 14, 19],
      'circle-stroke-color': '#f2b84b',
      'circle-stroke-width': 4,
    },
  },
];


// ─── Roads ────────────────────────────────────────────────────────────────────────────────────────────────────
// One GeoJSON source of the city's street lines (OSM tags as properties). Classes are drawn from quiet to strong
// so arterials read first; minor classes get zero width (nothing drawn) below their zoom, and whole layers start at
// a minzoom, so the whole-city view shows only the arterial skeleton and rivers.

const hw: ExpressionSpecification = ['get', 'highway'];
const isPrivate: ExpressionSpecification = ['==', ['get', 'access'], 'private'];

/** Arterials: 主干道 primary/trunk, 次干道 secondary, 支路 tertiary (with their links). */
export const MAJOR_ROADS = ['motorway', 'motorway_link', 'trunk', 'trunk_link', 'primary', 'primary_link', 'secondary', 'secondary_link', 'tertiary', 'tertiary_link'] as const;
/** Local streets: residential, living street, unclassified, public service roads, tracks. */
export const MINOR_ROADS = ['residential', 'living_street', 'unclassified', 'road', 'service', 'track'] as const;
/** Walking-only ways, drawn dashed. */
export const PATHS = ['footway', 'path', 'pedestrian', 'steps', 'cycleway', 'bridleway', 'corridor'] as const;

/** Line width (px) by zoom and class; `0` hides a class below its zoom. */
function widthByClass(stops: ReadonlyArray<readonly [number, Readonly<Record<string, number>>, number]>, extra = 0): ExpressionSpecification {
  const out: unknown[] = ['interpolate', ['exponential', 1.5], ['zoom']];
  for (const [z, byClass, other] of stops) {
    const m: unknown[] = ['match', hw];
    for (const [k, v] of Object.entries(byClass)) m.push(k, v === 0 ? 0 : v + extra);
    m.push(other === 0 ? 0 : other + extra);
    out.push(z, m);
  }
  return out as ExpressionSpecification;
}

const majorWidth = (extra: number) =>
  widthByClass(
    [
      [8, { trunk: 1.1, primary: 1.1, primary_link: 0.6, secondary: 0.8, secondary_link: 0.5, tertiary: 0, tertiary_link: 0 }, 0],
      [10.5, { trunk: 2, primary: 2, primary_link: 1, secondary: 1.5, secondary_link: 0.8, tertiary: 0.9, tertiary_link: 0.6 }, 0.9],
      [13, { trunk: 5, primary: 5, primary_link: 2.5, secondary: 4, secondary_link: 2, tertiary: 3, tertiary_link: 1.8 }, 3],
      [17, { trunk: 20, primary: 20, primary_link: 10, secondary: 16, secondary_link: 8, tertiary: 12, tertiary_link: 7 }, 12],
    ],
    extra,
  );
const minorWidth = (extra: number) =>
  widthByClass(
    [
      [12, { residential: 0.6, living_street: 0.6, unclassified: 0.7, road: 0.6, service: 0, track: 0 }, 0],
      [13.5, { residential: 1.6, living_street: 1.4, unclassified: 1.8, road: 1.4, service: 0.7, track: 0.6 }, 0.7],
      [17, { residential: 9, living_street: 7, unclassified: 9, road: 7, service: 4, track: 2.5 }, 4],
    ],
    extra,
  );

/** The road layers, bottom to top (see {@link ROAD_LAYERS}). */
export const roadLayers: AddLayerObject[] = [
  {
    id: 'water-line',
    type: 'line',
    source: SRC.roads,
    filter: ['has', 'waterway'],
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': '#8fbde0', 'line-width': ['interpolate', ['exponential', 1.5], ['zoom'], 8, 1.2, 12, 3, 17, 14] },
  },
  {
    // gated-compound inner roads (小区内部道路, access=private): walkable for residents, drawn in a light sand tone
    id: 'road-private',
    type: 'line',
    source: SRC.roads,
    minzoom: 14,
    filter: ['all', ['has', 'highway'], isPrivate],
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': '#e6d9bd', 'line-width': ['interpolate', ['exponential', 1.5], ['zoom'], 14, 1, 17, 4] },
  },
  {
    id: 'road-minor-casing',
    type: 'line',
    source: SRC.roads,
    minzoom: 13,
    filter: ['all', ['in', hw, ['literal', MINOR_ROADS]], ['!', isPrivate]],
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': '#d6dedb', 'line-width': minorWidth(1.4) },
  },
  {
    id: 'road-minor',
    type: 'line',
    source: SRC.roads,
    minzoom: 12,
    filter: ['all', ['in', hw, ['literal', MINOR_ROADS]], ['!', isPrivate]],
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': ['interpolate', ['linear'], ['zoom'], 12, '#c3cdca', 13.5, '#ffffff'], 'line-width': minorWidth(0) },
  },
  {
    id: 'road-path',
    type: 'line',
    source: SRC.roads,
    minzoom: 14,
    filter: ['all', ['in', hw, ['literal', PATHS]], ['!', isPrivate]],
    paint: { 'line-color': '#8e9d9a', 'line-width': ['interpolate', ['linear'], ['zoom'], 14, 0.8, 17, 2], 'line-dasharray': [2, 1.5] },
  },
  {
    id: 'rail-line',
    type: 'line',
    source: SRC.roads,
    minzoom: 9,
    filter: ['has', 'railway'],
    paint: { 'line-color': '#8a9396', 'line-width': ['interpolate', ['linear'], ['zoom'], 9, 1, 16, 3], 'line-dasharray': [4, 3] },
  },
  {
    id: 'road-major-casing',
    type: 'line',
    source: SRC.roads,
    minzoom: 12,
    filter: ['all', ['in', hw, ['literal', MAJOR_ROADS]], ['!', isPrivate]],
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': ['case', ['==', ['get', 'bridge'], 'yes'], '#6f7f7c', '#93a3a0'], 'line-width': majorWidth(2.4), 'line-opacity': ['interpolate', ['linear'], ['zoom'], 12, 0, 13, 1] },
  },
  {
    id: 'road-major',
    type: 'line',
    source: SRC.roads,
    filter: ['all', ['in', hw, ['literal', MAJOR_ROADS]], ['!', isPrivate]],
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: {
      // darker grey lines at city zoom; white streets with a darker casing up close
      'line-color': ['interpolate', ['linear'], ['zoom'], 11, ['match', hw, ['tertiary', 'tertiary_link'], '#b9c4c1', '#94a3a0'], 13, ['match', hw, ['tertiary', 'tertiary_link'], '#ffffff', '#fffaeb']],
      'line-width': majorWidth(0),
    },
  },
];

/** Layer ids that exist on the map, in order; the first one is a safe `beforeId`. */
function firstPresent(map: MlMap, ids: readonly string[]): string | undefined {
  return ids.find((id) => map.getLayer(id));
}

/**
 * Adds the roads source and layers under the walking circles and facilities (a no-op when present). The street
 * data's credit is the page's own attribution control (it follows the UI's language), not the source's.
 * @param map - the map
 * @param data - the roads GeoJSON, or its URL (MapLibre then fetches and parses it in its worker)
 */
export function addRoadLayers(map: MlMap, data: string | object): void {
  if (map.getSource(SRC.roads)) return;
  map.addSource(SRC.roads, { type: 'geojson', data: data as never, maxzoom: 16, tolerance: 0.45 });
  const before = firstPresent(map, [ROADS_BEFORE, ...FACILITY_LAYERS]);
  for (const l of roadLayers) map.addLayer(l, before);
}

// ─── Walking circles (15分钟托育服务圈) ─────────────────────────────────────────────────────────────────────────────

/** Ring colours, 5 → 15 minutes: the nearest ring darkest; fills stack, so the 15-minute ring is the lightest. */
export const ISOCHRONE_COLORS: Readonly<Record<number, string>> = { 5: '#0b5c6b', 10: '#2b8f8c', 15: '#79c2b4' };
export const ISOCHRONE_OPACITY = 0.26;
const isoColor: ExpressionSpecification = ['match', ['get', 'minutes'], 5, ISOCHRONE_COLORS[5]!, 10, ISOCHRONE_COLORS[10]!, 15, ISOCHRONE_COLORS[15]!, '#79c2b4'];

/** Isochrone fills (largest first), their outlines, and the clicked point. */
export const isochroneLayers: AddLayerObject[] = [
  {
    id: 'isochrone-fill',
    type: 'fill',
    source: SRC.isochrones,
    layout: { 'fill-sort-key': ['-', 0, ['get', 'minutes']] },
    paint: { 'fill-color': isoColor, 'fill-opacity': ISOCHRONE_OPACITY },
  },
  {
    id: 'isochrone-line',
    type: 'line',
    source: SRC.isochrones,
    layout: { 'line-join': 'round' },
    paint: { 'line-color': ['match', ['get', 'minutes'], 15, '#2b8f8c', '#0b5c6b'], 'line-width': ['match', ['get', 'minutes'], 15, 2, 1.2], 'line-opacity': 0.85 },
  },
  {
    id: 'walk-origin',
    type: 'circle',
    source: SRC.walkOrigin,
    paint: { 'circle-radius': 7, 'circle-color': '#f2b84b', 'circle-stroke-color': '#083f4a', 'circle-stroke-width': 2.5 },
  },
];

/**
 * Adds the (empty) walking-circle sources and layers; call before the facility layers are added.
 * @param map - the map
 */
export function addIsochroneLayers(map: MlMap): void {
  if (map.getSource(SRC.isochrones)) return;
  const empty = { type: 'FeatureCollection', features: [] } as never;
  map.addSource(SRC.isochrones, { type: 'geojson', data: empty });
  map.addSource(SRC.walkOrigin, { type: 'geojson', data: empty });
  const before = firstPresent(map, FACILITY_LAYERS);
  for (const l of isochroneLayers) map.addLayer(l, before);
}
