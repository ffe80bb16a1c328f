/**
 * The map's style and layer list. No remote tiles and no glyphs: a plain background plus our own GeoJSON sources,
 * drawn with fill, line and circle layers only (symbol text layers would need a glyph URL we do not have offline;
 * cluster counts and division names are HTML markers instead).
 *
 * Layer order (bottom → top) is the LAYER_GROUPS order. Roads will slot in between divisions and facilities:
 * add them with {@link addRoadLayers}, which inserts before {@link ROADS_BEFORE}.
 */
import type { AddLayerObject, ExpressionSpecification, Map as MlMap, StyleSpecification } from 'maplibre-gl';
import { TIERS } from '../api/types.ts';
import { TIER_COLORS, TIER_RADIUS } from '../components/tiers.ts';

export const MAP_BACKGROUND = '#eef2ef';
export const OSM_ATTRIBUTION = '© OpenStreetMap contributors (ODbL)';

/** Source ids. */
export const SRC = { divisions: 'divisions', facilities: 'facilities', roads: 'roads' } as const;

/** Facility layers a test (or a click handler) can query. */
export const FACILITY_LAYERS = ['facility-clusters', 'facility-points'] as const;

/** The layer groups, bottom to top; `available: false` groups are placeholders shown as "coming soon". */
export const LAYER_GROUPS = [
  { id: 'divisions', layers: ['division-fill', 'division-line', 'division-centroid'], available: true },
  { id: 'roads', layers: ['road-line'], available: false },
  { id: 'facilities', layers: ['facility-clusters', 'facility-points', 'facility-selected'], available: true },
] as const;
export type LayerGroupId = (typeof LAYER_GROUPS)[number]['id'];

/** Roads are inserted below this layer (above the division areas). */
export const ROADS_BEFORE = 'facility-clusters';

/** A blank style: background colour only; sources are added by the page. */
export function blankStyle(): StyleSpecification {
  return {
    version: 8,
    name: 'carecircle-blank',
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': MAP_BACKGROUND } }],
  };
}

const tierColor: ExpressionSpecification = ['match', ['get', 'tier'], ...TIERS.flatMap((t) => [t, TIER_COLORS[t]]), '#64748b'] as unknown as ExpressionSpecification;
const tierRadius: ExpressionSpecification = ['match', ['get', 'tier'], ...TIERS.flatMap((t) => [t, TIER_RADIUS[t]]), 6] as unknown as ExpressionSpecification;

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

/**
 * Adds the road layer (later: our own OSM-derived GeoJSON). Kept here so the layer order stays in one place.
 * @param map - the map
 * @param data - a GeoJSON FeatureCollection of LineStrings
 */
export function addRoadLayers(map: MlMap, data: object): void {
  if (map.getSource(SRC.roads)) return;
  map.addSource(SRC.roads, { type: 'geojson', data: data as never, attribution: OSM_ATTRIBUTION });
  map.addLayer(
    { id: 'road-line', type: 'line', source: SRC.roads, paint: { 'line-color': '#c9d3d0', 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 0.5, 16, 4] } },
    ROADS_BEFORE,
  );
}
