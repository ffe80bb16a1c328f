/**
 * Scenario exports: GeoJSON (the new sites, closures and newly covered compounds with their roles, for QGIS and the
 * map) or XLSX (the engine's workbook: summary, every site, every compound's nearest open site). Both are built in
 * the state worker, from the stored answer and the stored state.
 */
import type { Repos } from '../../db/repos/index.ts';
import type { PlanWorkers } from './pools.ts';
import { storedScenario } from './whatif.ts';
import type { EngineFigures } from './worker-protocol.ts';

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
 * @param repos - the caller's repositories
 * @param workers - the planning pools
 * @param scenarioId - the scenario
 * @param format - geojson or xlsx
 */
export async function exportScenario(repos: Repos, workers: PlanWorkers, scenarioId: string, format: 'geojson' | 'xlsx'): Promise<ExportFile> {
  repos.plan.scope();
  if (format === 'geojson') {
    const s = await repos.planScenarios.get(scenarioId);
    const body = await workers.geojson({ kind: 'geojson', resultJson: s.resultJson, scenario: s.id, name: s.name, request: s.request });
    return { body, contentType: GEOJSON_TYPE, filename: `plan-${s.id.slice(0, 8)}.geojson` };
  }
  const stored = await storedScenario(repos, workers, scenarioId);
  const engine = (stored.engine ?? {}) as unknown as EngineFigures;
  const task = { kind: 'xlsx' as const, key: stored.key, engine, minutes: stored.request.minutes };
  const body = (await workers.xlsx(task)) ?? (await workers.xlsx({ ...task, state: (await stored.load()).state }))!;
  return { body, contentType: XLSX_TYPE, filename: `plan-${scenarioId.slice(0, 8)}.xlsx` };
}
