/**
 * Scenario exports: GeoJSON (the new sites, closures and newly covered compounds with their roles, for QGIS and the
 * map) or XLSX (the engine's workbook: summary, every site, every compound's nearest open site). Both are built in
 * the state worker, from the stored answer and the stored state.
 */
import type { Repos } from '../../db/repos/index.ts';
import type { PlanWorkers } from './pools.ts';
import { userOf } from './runs.ts';

/** An export file. */
export interface ExportFile {
  body: string | Uint8Array;
  contentType: string;
  filename: string;
}

export const GEOJSON_TYPE = 'application/geo+json; charset=utf-8';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A saved scenario as a file.
 * @param repos - the caller's repositories (for the scope check before any work)
 * @param workers - the planning pools
 * @param scenarioId - the scenario
 * @param format - geojson or xlsx
 */
export async function exportScenario(repos: Repos, workers: PlanWorkers, scenarioId: string, format: 'geojson' | 'xlsx'): Promise<ExportFile> {
  repos.plan.scope();
  const caller = userOf(repos.caller);
  const name = `plan-${scenarioId.slice(0, 8)}`;
  if (format === 'geojson') return { body: await workers.geojson({ kind: 'geojson', caller, scenarioId }), contentType: GEOJSON_TYPE, filename: `${name}.geojson` };
  const task = { kind: 'xlsx' as const, caller, scenarioId };
  const body = (await workers.xlsx(task)) ?? (await workers.xlsx({ ...task, state: await workers.rebuild({ kind: 'rebuild', caller, scenarioId }) }))!;
  return { body, contentType: XLSX_TYPE, filename: `${name}.xlsx` };
}
