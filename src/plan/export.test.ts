import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { assignments, planToGeoJson, planToXlsx } from './export.ts';
import { buildProblem } from './problem.ts';
import { solvePlan } from './solve.ts';

describe('plan export', () => {
  const problem = buildProblem({ demandIds: ['d1', 'd2', 'd3'], weights: [5, 4, 6], siteIds: ['A', 'B'], pairDemand: [0, 1, 2, 0, 1], pairSite: [0, 0, 0, 1, 1], pairCost: [100, 150, 30, 40, 60], places: [10, 3] });
  it('GeoJSON marks open and candidate sites; assignments give the nearest open site', async () => {
    const r = await solvePlan({ problem, objective: 'coverage', p: 1, maxCost: 100, solver: 'heuristic' });
    const g = planToGeoJson(problem, r, new Map([['A', [116.3, 39.9] as const], ['B', [116.4, 39.95] as const]]));
    expect(g.features.map((f) => [f.id, f.properties.role])).toEqual([
      ['A', 'new'],
      ['B', 'candidate'],
    ]);
    expect(assignments(problem, r, 100)).toEqual([
      { id: 'd1', weight: 5, site: 'A', cost: 100, covered: true },
      { id: 'd2', weight: 4, site: 'A', cost: 150, covered: false },
      { id: 'd3', weight: 6, site: 'A', cost: 30, covered: true },
    ]);
  });
  it('XLSX has summary, sites and demand sheets', async () => {
    const r = await solvePlan({ problem, objective: 'median', p: 1, solver: 'heuristic' });
    const bytes = await planToXlsx(problem, r);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['summary', 'sites', 'demand']);
    expect(wb.getWorksheet('sites')!.getRow(2).getCell(1).value).toBe('A');
    expect(wb.getWorksheet('demand')!.rowCount).toBe(4);
  });
});
