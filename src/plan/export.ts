/**
 * Export helpers for plans: GeoJSON for planners (QGIS, the web map) and XLSX for officials (exceljs). Pure data in,
 * data out — writing files is the caller's job.
 */
import ExcelJS from 'exceljs';
import type { PlanResult, Problem } from './types.ts';
import { SiteStatus } from './types.ts';

/** A GeoJSON Point feature collection. */
export interface PointCollection {
  type: 'FeatureCollection';
  features: Array<{ type: 'Feature'; id: string; geometry: { type: 'Point'; coordinates: [number, number] }; properties: Record<string, unknown> }>;
}

/**
 * The plan's sites as GeoJSON points: every site with known coordinates, with `open`, `role` (new | existing |
 * closed | candidate) and `places`.
 * @param problem - the instance
 * @param result - a plan
 * @param coords - [lon, lat] per site id
 */
export function planToGeoJson(problem: Problem, result: PlanResult, coords: ReadonlyMap<string, readonly [number, number]>): PointCollection {
  const open = new Set(result.sites);
  const features: PointCollection['features'] = [];
  problem.siteIds.forEach((id, j) => {
    const c = coords.get(id);
    if (!c) return;
    const isOpen = open.has(id);
    const st = problem.status[j];
    const role = st === SiteStatus.candidate ? (isOpen ? 'new' : 'candidate') : isOpen ? 'existing' : 'closed';
    features.push({ type: 'Feature', id, geometry: { type: 'Point', coordinates: [c[0], c[1]] }, properties: { id, open: isOpen, role, places: problem.places ? problem.places[j] : null } });
  });
  return { type: 'FeatureCollection', features };
}

/**
 * Per-demand assignment: the nearest open site and its cost (null when unserved), and whether it is within maxCost.
 * @param problem - the instance
 * @param result - a plan
 * @param maxCost - inclusive limit for `covered` (omit for none)
 */
export function assignments(problem: Problem, result: PlanResult, maxCost?: number): Array<{ id: string; weight: number; site: string | null; cost: number | null; covered: boolean }> {
  const open = new Uint8Array(problem.siteIds.length);
  const set = new Set(result.sites);
  problem.siteIds.forEach((id, j) => (open[j] = set.has(id) ? 1 : 0));
  return problem.demandIds.map((id, i) => {
    for (let x = problem.rowStart[i]!; x < problem.rowStart[i + 1]!; x++) {
      const j = problem.rowSite[x]!;
      if (open[j]) {
        const cost = problem.rowCost[x]!;
        return { id, weight: problem.weights[i]!, site: problem.siteIds[j]!, cost, covered: maxCost === undefined ? true : cost <= maxCost };
      }
    }
    return { id, weight: problem.weights[i]!, site: null, cost: null, covered: false };
  });
}

/**
 * An .xlsx workbook (as bytes) with a summary sheet, the sites and the demand assignments.
 * @param problem - the instance
 * @param result - a plan
 * @param maxCost - inclusive limit for the `covered` column
 */
export async function planToXlsx(problem: Problem, result: PlanResult, maxCost?: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const summary = wb.addWorksheet('summary');
  summary.columns = [{ header: 'key', key: 'k', width: 18 }, { header: 'value', key: 'v', width: 40 }];
  for (const [k, v] of Object.entries({ model: result.objectiveName, objective: result.objective, optimal: result.optimal, bound: result.bound, gap: result.gap, status: result.status, solver: result.solver, seconds: result.seconds, covered: result.covered ?? null, coveredShare: result.coveredShare ?? null }))
    summary.addRow({ k, v: v === null ? '' : v });
  const sites = wb.addWorksheet('sites');
  sites.columns = [{ header: 'id', key: 'id', width: 20 }, { header: 'open', key: 'open' }, { header: 'role', key: 'role', width: 12 }, { header: 'places', key: 'places' }];
  const open = new Set(result.sites);
  problem.siteIds.forEach((id, j) => {
    const st = problem.status[j];
    const isOpen = open.has(id);
    sites.addRow({ id, open: isOpen, role: st === SiteStatus.candidate ? (isOpen ? 'new' : 'candidate') : isOpen ? 'existing' : 'closed', places: problem.places ? problem.places[j] : '' });
  });
  const dem = wb.addWorksheet('demand');
  dem.columns = [{ header: 'id', key: 'id', width: 20 }, { header: 'weight', key: 'weight' }, { header: 'site', key: 'site', width: 20 }, { header: 'cost', key: 'cost' }, { header: 'covered', key: 'covered' }];
  for (const a of assignments(problem, result, maxCost)) dem.addRow({ ...a, site: a.site ?? '', cost: a.cost ?? '' });
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
