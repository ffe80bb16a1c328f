/**
 * A plan report as GeoJSON (RFC 7946, WGS-84) for planners' GIS (QGIS) and the map: the new sites, the closures and
 * the compounds the plan newly covers, each with its role; the collection carries the scenario, its request, how the
 * solve went and the coverage before and after.
 */
import type { ClosedSite, CoverageFigure, NewlyCovered, ProposedSite, SolveSummary } from './report.ts';

type Point = { type: 'Point'; coordinates: [number, number] };

/** A new site of the plan. */
export interface NewSiteFeature {
  type: 'Feature';
  id: string;
  geometry: Point;
  properties: { id: string; role: 'new'; name: string; kind: string; divisionId: string; places: number; newlyCovered: number };
}

/** A facility the plan closes. */
export interface ClosedSiteFeature {
  type: 'Feature';
  id: string;
  geometry: Point;
  properties: { id: string; role: 'closed'; name: string; divisionId: string; places: number };
}

/** A compound the plan newly covers. */
export interface NewlyCoveredFeature {
  type: 'Feature';
  id: string;
  geometry: Point;
  properties: { id: string; role: 'newly_covered'; name: string; children: number; site: string; siteName: string | null };
}

/** The export. */
export interface ReportCollection<R> {
  type: 'FeatureCollection';
  name: string;
  properties: { scenario: string; request: R; solve: SolveSummary; coverage: { before: CoverageFigure; after: CoverageFigure } };
  features: Array<NewSiteFeature | ClosedSiteFeature | NewlyCoveredFeature>;
}

/** What the export reads of a report. */
export interface ReportForExport {
  solve: SolveSummary;
  sites: readonly ProposedSite[];
  closed: readonly ClosedSite[];
  newlyCovered: readonly NewlyCovered[];
  coverage: { before: CoverageFigure; after: CoverageFigure };
}

/**
 * The report as a FeatureCollection: new sites, then closures, then newly covered compounds (ids `demand:<id>`).
 * @param report - the plan report
 * @param meta - the scenario's id, name and request
 */
export function reportToGeoJson<R>(report: ReportForExport, meta: { scenario: string; name: string; request: R }): ReportCollection<R> {
  const names = new Map(report.sites.map((s) => [s.id, s.name]));
  const at = (lng: number, lat: number): Point => ({ type: 'Point', coordinates: [lng, lat] });
  return {
    type: 'FeatureCollection',
    name: meta.name,
    properties: { scenario: meta.scenario, request: meta.request, solve: report.solve, coverage: { before: report.coverage.before, after: report.coverage.after } },
    features: [
      ...report.sites.map((x): NewSiteFeature => ({ type: 'Feature', id: x.id, geometry: at(x.lng, x.lat), properties: { id: x.id, role: 'new', name: x.name, kind: x.kind, divisionId: x.divisionId, places: x.places, newlyCovered: x.newlyCovered } })),
      ...report.closed.map((x): ClosedSiteFeature => ({ type: 'Feature', id: x.id, geometry: at(x.lng, x.lat), properties: { id: x.id, role: 'closed', name: x.name, divisionId: x.divisionId, places: x.places } })),
      ...report.newlyCovered.map((x): NewlyCoveredFeature => ({ type: 'Feature', id: `demand:${x.id}`, geometry: at(x.lng, x.lat), properties: { id: x.id, role: 'newly_covered', name: x.name, children: x.children, site: x.siteId, siteName: names.get(x.siteId) ?? null } })),
    ],
  };
}
