import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildGraphFromFile, parsePointSet } from '../access/index.ts';
import { problemFromNetwork } from './geo.ts';
import { solvePlan } from './solve.ts';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const OSM = resolve(ROOT, '../shared/data/osm/beijing-bupt-haidian.osm');
const HAS_OSM = existsSync(OSM);
if (!HAS_OSM) console.warn(`OSM extract not found at ${OSM} — geographic planning tests skipped`);

function points(coords: Array<[number, number]>, prefix: string, extra: (k: number) => Record<string, unknown> = () => ({})) {
  return { type: 'FeatureCollection', features: coords.map((c, k) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: c }, properties: { id: `${prefix}${k}`, ...extra(k) } })) };
}

describe.skipIf(!HAS_OSM)('geographic mode (walking network from src/access)', () => {
  const g = HAS_OSM ? buildGraphFromFile(OSM) : null;
  const nodeCoords = (step: number, off: number, count: number): Array<[number, number]> => {
    const out: Array<[number, number]> = [];
    for (let k = 0; k < count; k++) {
      const v = (off + k * step) % g!.nodeCount;
      out.push([g!.lon[v]!, g!.lat[v]!]);
    }
    return out;
  };
  it('costs are walking minutes; a demand at a site node costs 0; plans cover within the limit', async () => {
    const dem = nodeCoords(37, 3, 60);
    const cand = [dem[0]!, ...nodeCoords(101, 11, 9)];
    const problem = problemFromNetwork({ graph: g!, demand: parsePointSet(points(dem, 'p', (k) => ({ weight: 1 + (k % 3) })), 'demand'), candidates: parsePointSet(points(cand, 'c'), 'candidates'), speedKmh: 4 });
    expect(problem.siteIds).toHaveLength(10);
    // demand p0 sits on candidate c0's node
    const row0 = Array.from(problem.rowSite.subarray(problem.rowStart[0]!, problem.rowStart[1]!));
    expect(row0[0]).toBe(0);
    expect(problem.rowCost[problem.rowStart[0]!]).toBe(0);
    const ex = await solvePlan({ problem, objective: 'coverage', p: 3, maxCost: 15, solver: 'exact' });
    const he = await solvePlan({ problem, objective: 'coverage', p: 3, maxCost: 15, solver: 'heuristic' });
    expect(ex.optimal).toBe(true);
    expect(he.objective).toBeLessThanOrEqual(ex.objective);
    expect(ex.covered).toBe(ex.objective);
  });
  it('the CLI plans from GeoJSON files with existing facilities kept open', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'cc-geo-'));
    writeFileSync(join(tmp, 'd.geojson'), JSON.stringify(points(nodeCoords(37, 3, 60), 'p')));
    writeFileSync(join(tmp, 'c.geojson'), JSON.stringify(points(nodeCoords(101, 11, 9), 'c')));
    writeFileSync(join(tmp, 'e.geojson'), JSON.stringify(points(nodeCoords(53, 7, 1), 'e')));
    const run = (extra: string[]) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((res) =>
        execFile(process.execPath, [join(ROOT, 'bin/carecircle.mjs'), 'plan', '--osm', OSM, '--demand', join(tmp, 'd.geojson'), '--candidates', join(tmp, 'c.geojson'), '--existing', join(tmp, 'e.geojson'), '--objective', 'coverage', '--p', '2', '--minutes', '10', ...extra], { cwd: ROOT, timeout: 60_000 }, (err, stdout, stderr) =>
          res({ code: err ? 1 : 0, stdout, stderr }),
        ),
      );
    const [out, geo] = await Promise.all([run([]), run(['--format', 'geojson'])]);
    expect(out.stderr).toBe('');
    const r = JSON.parse(out.stdout);
    expect(r.sites).toContain('e0');
    expect(r.opened).toHaveLength(2);
    expect(r.optimal).toBe(true);
    const fc = JSON.parse(geo.stdout);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(10);
    expect(fc.features.filter((f: { properties: { role: string } }) => f.properties.role === 'new').map((f: { id: string }) => f.id).sort()).toEqual([...r.opened].sort());
    expect(fc.features.find((f: { id: string }) => f.id === 'e0').properties.role).toBe('existing');
  });
});
