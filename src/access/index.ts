/**
 * src/access — the walking-network engine (pure: no database, no HTTP). The face other modules use.
 *
 * Public API (all distances in metres inside the engine; minutes = metres ÷ (km/h × 1000 / 60)):
 *
 *   Graph
 *     buildGraphFromFile(path, opts?): Graph            .osm (XML) or .osm.pbf, streamed in two passes
 *     buildGraphFromOsmXml(xml, opts?): Graph           an OSM XML document in memory (demo city, tests)
 *     buildGraph(source, opts?): Graph                  from any OsmSource (openOsm / xmlStringSource)
 *     graphSummary(g): GraphSummary                     nodes / edges / components / gates
 *     nodeFlagsOf(g, i): number                         NODE_GATE | NODE_ENTRANCE of a node (sparse list)
 *     saveGraphCache(g, path, source?) · loadGraphCache(path) · loadOrBuildGraph(osmPath, cachePath?)
 *     nodesCsv(g) · edgesCsv(g)                         `osm_id,lon,lat` and `from,to,meters` lines
 *   Snapping
 *     buildSnapIndex(g): SnapIndex
 *     snapPoints(index, coords, { maxSnapMeters = 500 }): SnappedPoints    unreachable: edge = -1
 *     pointsAtNodes(index, nodeIndices): SnappedPoints
 *   Searches (bucket queue = Dijkstra order by bucket, label-correcting inside, walking on along degree-2 chains;
 *   lower facility index wins ties)
 *     nearestFacility(g, facilities, points, { capMeters?, printed? }): NearestResult
 *     multiSourceNodes(g, facilities, limitMeters?): NodeLabels           per-node metres + facility
 *     oneToMany(g, sources, source, targets, limitMeters?): Float64Array
 *     matrix(g, sources, targets, cutoffMeters?): Float64Array            row-major, Infinity beyond the cutoff
 *   Isochrones
 *     isochrones(g, facilities, { minutes, speedKmh, cellMeters, offNetworkMeters, ids }): GeoJSON FeatureCollection
 *   Measures (inclusive limits)
 *     coverage(result, limitMeters, weights?) · coverageByDivision(...) · timeDistribution(minutes, weights?)
 *     twoStepFCA(g, facilities, points, limitMeters, '2sfca' | 'e2sfca' | 'g2sfca', supply?, demand?)
 *     meanByDivision(values, divisions, weights?)
 *   Input
 *     parsePointSet(geojson, field, weightField?): PointSet               AppError naming the field on bad input
 *   Whole queries (the CLI's and the pool's bodies)
 *     nearestColumns(g, fac, pts, weights, params): NearestColumns      `access nearest` per point, in typed columns
 *     nearestRowsOf(columns, facilityIds, pointIds) · nearestResultsJson(…)         rows / the `results` JSON text
 *     nearestRows(g, fac, pts, facilities, points, params): { results, summary }       the `access nearest` shape
 *     coverageReport(g, fac, pts, facilities, points, divisions, method, params)       per point + per division
 *   Synthetic
 *     gridGraph(nx, ny, spacingMeters?, origin?): Graph                                a street grid, no OSM needed
 *   Workers
 *     AccessPool.create(g, { threads?, timeoutMs? })     a piscina pool sharing the graph via SharedArrayBuffers
 *       .ready() · .nearest(facilities, points, params) · .isochrones(facilities, opts) · .isochronesJson(…)
 *       .coverage(facilities, points, { divisions, method, params }) · .destroy()
 *
 * Typical use:
 *   const g = loadOrBuildGraph('city.osm.pbf');
 *   const idx = buildSnapIndex(g);
 *   const f = snapPoints(idx, facilityCoords), p = snapPoints(idx, childCoords);
 *   const r = nearestFacility(g, f, p);
 *   const share = coverage(r, 15 * metersPerMinute(4), weights).weightedShare;
 */
export type { Graph, GraphSummary, BuildOptions } from './graph.ts';
export { buildGraph, buildGraphFromFile, buildGraphFromOsmXml, openOsm, graphSummary, nodeFlagsOf, graphBytes, nodesCsv, edgesCsv, assembleGraph, sharedArray } from './graph.ts';
export { xmlStringSource, xmlFileSource } from './osm-xml.ts';
export { pbfSource } from './osm-pbf.ts';
export type { OsmSource, WayVisitor, NodeVisitor } from './osm-source.ts';
export { isWalkableWay, WALKABLE_HIGHWAYS, NODE_GATE, NODE_ENTRANCE } from './osm-rules.ts';
export type { CacheSource } from './cache.ts';
export { saveGraphCache, loadGraphCache, loadOrBuildGraph } from './cache.ts';
export type { SnapIndex, SnappedPoints, SnapOptions } from './snap.ts';
export { buildSnapIndex, snapPoints, pointsAtNodes, TOO_FAR } from './snap.ts';
export { Searcher } from './search.ts';
export type { NearestResult, NearestOptions, NodeLabels, PrintedColumns } from './nearest.ts';
export {
  nearestFacility, multiSourceNodes, oneToMany, matrix, forEachWithin, metersPerMinute, metersToMinutes,
  REASONS, REASON_NONE, REASON_TOO_FAR, REASON_NO_PATH, REASON_BEYOND_CAP,
} from './nearest.ts';
export type { IsochroneCollection, IsochroneFeature, IsochroneOptions, MultiPolygon, TimeGrid } from './isochrones.ts';
export { isochrones, timeGrid, contourGrid, checkMinutes } from './isochrones.ts';
export type { CoverageSummary, TimeDistribution, FcaMethod, FcaResult } from './measures.ts';
export { coverage, coverageByDivision, timeDistribution, decayWeight, twoStepFCA, meanByDivision } from './measures.ts';
export type { PointSet } from './geojson.ts';
export { parsePointSet } from './geojson.ts';
export { gridGraph } from './synthetic.ts';
export type { NearestRow, NearestSummary, NearestColumns, QueryParams, CoverageReport } from './ops.ts';
export { nearestRows, nearestColumns, nearestRowsOf, nearestResultsJson, coverageReport, isochronesFor, queryParams } from './ops.ts';
export type { AccessPoolOptions } from './pool.ts';
export { AccessPool } from './pool.ts';
