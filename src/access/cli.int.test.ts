/**
 * `carecircle access …` end to end: spawns the real CLI (bin/carecircle.mjs) and checks the contract's output shapes,
 * and that bad input gives one clear `error: …` line naming the field and a non-zero exit.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const fixture = join(root, 'test/fixtures/osm/gate.osm');
const tmp = mkdtempSync(join(tmpdir(), 'cc-access-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(root, 'bin/carecircle.mjs'), 'access', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const point = (id: string, lon: number, lat: number, props: Record<string, unknown> = {}) => ({ type: 'Feature', properties: { id, ...props }, geometry: { type: 'Point', coordinates: [lon, lat] } });
const write = (name: string, value: unknown): string => {
  const p = join(tmp, name);
  writeFileSync(p, typeof value === 'string' ? value : JSON.stringify(value));
  return p;
};
const facilities = write('f.geojson', { type: 'FeatureCollection', features: [point('f1', 116.35, 39.96, { capacity: 20 })] });
const points = write('p.geojson', {
  type: 'FeatureCollection',
  features: [point('p1', 116.352, 39.961, { weight: 3, division: 'A' }), point('p2', 116.3515, 39.96, { weight: 2, division: 'B' }), point('far', 116.5, 39.96)],
});

describe('access CLI', () => {
  it('graph prints a one-line JSON summary and writes the CSVs', () => {
    const nodes = join(tmp, 'n.csv');
    const edges = join(tmp, 'e.csv');
    const r = cli('graph', '--osm', fixture, '--out-nodes', nodes, '--out-edges', edges);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ nodes: 4, edges: 3, components: 1 });
    expect(readFileSync(nodes, 'utf8').split('\n')[0]).toBe('osm_id,lon,lat');
    expect(readFileSync(edges, 'utf8').split('\n')[0]).toBe('from,to,meters');
    expect(readFileSync(edges, 'utf8').trim().split('\n')).toHaveLength(4);
  });

  it('nearest prints the contract JSON', () => {
    const r = cli('nearest', '--osm', fixture, '--facilities', facilities, '--points', points, '--minutes', '5');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(['params', 'results', 'summary', 'timings']);
    expect(doc.results[0]).toMatchObject({ id: 'p1', facility: 'f1', covered: true });
    expect(doc.results[0].minutes).toBeGreaterThan(0);
    expect(doc.results[1]).toMatchObject({ id: 'p2', facility: 'f1', covered: true });
    expect(doc.results[2]).toEqual({ id: 'far', facility: null, minutes: null, meters: null, covered: false, reason: 'too far from network' });
    expect(doc.summary).toMatchObject({ points: 3, covered: 2, weight: 6, coveredWeight: 5 });
    expect(Object.keys(doc.timings)).toEqual(['load_ms', 'snap_ms', 'search_ms']);
  });

  it('nearest --max-minutes caps the search with a reason; csv and geojson formats', () => {
    const capped = JSON.parse(cli('nearest', '--osm', fixture, '--facilities', facilities, '--points', points, '--max-minutes', '1').stdout);
    expect(capped.results[0]).toMatchObject({ minutes: null, reason: 'beyond max minutes' });
    const csv = cli('nearest', '--osm', fixture, '--facilities', facilities, '--points', points, '--format', 'csv').stdout.trim().split('\n');
    expect(csv[0]).toBe('id,facility,minutes,meters,covered,reason');
    expect(csv).toHaveLength(4);
    const gj = JSON.parse(cli('nearest', '--osm', fixture, '--facilities', facilities, '--points', points, '--format', 'geojson').stdout);
    expect(gj.type).toBe('FeatureCollection');
    expect(gj.features[0].properties).toMatchObject({ id: 'p1', facility: 'f1' });
  });

  it('isochrones prints nested GeoJSON polygons, per facility and merged', () => {
    const r = cli('isochrones', '--osm', fixture, '--facilities', facilities, '--minutes', '1,2,3');
    expect(r.code).toBe(0);
    const fc = JSON.parse(r.stdout);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.map((f: { properties: { facility: string | null; minutes: number } }) => [f.properties.facility, f.properties.minutes])).toEqual([
      ['f1', 1], ['f1', 2], ['f1', 3], [null, 1], [null, 2], [null, 3],
    ]);
    expect(fc.features[0].geometry.type).toBe('MultiPolygon');
  });

  it('coverage reports per point and per division for each method', () => {
    for (const method of ['coverage', '2sfca', 'e2sfca', 'g2sfca']) {
      const r = cli('coverage', '--osm', fixture, '--facilities', facilities, '--points', points, '--method', method);
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.stdout);
      expect(doc.method).toBe(method);
      expect(doc.divisions.map((d: { division: string }) => d.division)).toEqual(['', 'A', 'B']);
    }
    const doc = JSON.parse(cli('coverage', '--osm', fixture, '--facilities', facilities, '--points', points, '--method', '2sfca').stdout);
    // 20 places shared by the 5 children in reach: 4 per child.
    expect(doc.results[0].value).toBeCloseTo(4, 9);
  });

  const bad: Array<[string, string[], RegExp]> = [
    ['a missing OSM file', ['nearest', '--osm', join(tmp, 'absent.osm'), '--facilities', facilities, '--points', points], /^error: osm: file not found/],
    ['a corrupt OSM file', ['graph', '--osm', write('corrupt.osm', 'PK\u0003\u0004 zip?')], /^error: osm: .*neither OSM XML nor OSM PBF/],
    ['a truncated OSM file', ['graph', '--osm', write('trunc.osm', readFileSync(fixture, 'utf8').slice(0, 300))], /^error: osm: .*truncated/],
    ['a missing facilities file', ['nearest', '--osm', fixture, '--facilities', join(tmp, 'nope.geojson'), '--points', points], /^error: facilities: file not found/],
    ['facilities that are not JSON', ['nearest', '--osm', fixture, '--facilities', write('x.geojson', '{oops'), '--points', points], /^error: facilities: .* not valid JSON/],
    ['a non-point geometry', ['nearest', '--osm', fixture, '--facilities', facilities, '--points', write('line.geojson', { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 'l' }, geometry: { type: 'LineString', coordinates: [[116.35, 39.96], [116.36, 39.96]] } }] })], /^error: points: feature 1 \(id l\) has a LineString geometry/],
    ['coordinates out of range', ['nearest', '--osm', fixture, '--facilities', write('oor.geojson', { type: 'FeatureCollection', features: [point('f9', 116.35, 95)] }), '--points', points], /^error: facilities: .*out of range/],
    ['speed ≤ 0', ['nearest', '--osm', fixture, '--facilities', facilities, '--points', points, '--speed-kmh', '0'], /^error: .*--speed-kmh must be greater than 0/],
    ['minutes ≤ 0', ['nearest', '--osm', fixture, '--facilities', facilities, '--points', points, '--minutes', '-5'], /^error: .*--minutes must be greater than 0/],
    ['isochrone minutes ≤ 0', ['isochrones', '--osm', fixture, '--facilities', facilities, '--minutes', '5,0'], /^error: .*--minutes/],
    ['an unknown method', ['coverage', '--osm', fixture, '--facilities', facilities, '--points', points, '--method', 'gravity'], /^error: method:/],
    ['a missing --osm', ['nearest', '--facilities', facilities, '--points', points], /^error: missing required option --osm/],
  ];
  for (const [what, args, message] of bad) {
    it(`rejects ${what} with one line and a non-zero exit`, () => {
      const r = cli(...args);
      expect(r.code).not.toBe(0);
      const lines = r.stderr.split('\n').filter((l) => l && !l.startsWith('progress:'));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(message);
      expect(r.stdout).toBe('');
    });
  }
});
