/**
 * Golden tests on hand-written OSM XML fixtures (test/fixtures/osm/*.osm): each fixture's graph (nodes, edges,
 * components, gate flags) and the walking minutes from its facility node (named in the fixture's comment) to every
 * node, compared with the checked-in `*.expected.json`. `REGEN=1 npx vitest run src/access/golden.test.ts` rewrites
 * them after a deliberate change (review the diff).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraphFromFile, graphSummary, buildSnapIndex, snapPoints, nearestFacility, metersPerMinute, isochrones, nodeFlagsOf, NODE_GATE, NODE_ENTRANCE, REASONS } from './index.ts';

const dir = join(import.meta.dirname, '../../test/fixtures/osm');
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.osm')).sort();

function golden(file: string): unknown {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const facilityId = Number(/facility (\d+) -->/.exec(text)?.[1]);
  const g = buildGraphFromFile(path);
  const nodes = [];
  for (let i = 0; i < g.nodeCount; i++) {
    nodes.push({ id: g.osmIds[i], lon: g.lon[i], lat: g.lat[i], component: g.component[i], gate: (nodeFlagsOf(g, i) & NODE_GATE) !== 0, entrance: (nodeFlagsOf(g, i) & NODE_ENTRANCE) !== 0 });
  }
  const edges = [];
  for (let i = 0; i < g.nodeCount; i++) {
    for (let k = g.offsets[i]!; k < g.offsets[i + 1]!; k++) {
      const j = g.targets[k]!;
      if (j > i) edges.push([g.osmIds[i], g.osmIds[j], Math.round(g.meters[k]! * 100) / 100]);
    }
  }
  const fi = nodes.findIndex((n) => n.id === facilityId);
  const index = buildSnapIndex(g);
  const fac = snapPoints(index, [[g.lon[fi]!, g.lat[fi]!]]);
  const pts = snapPoints(index, nodes.map((n) => [n.lon, n.lat] as [number, number]));
  const r = nearestFacility(g, fac, pts);
  const mpm = metersPerMinute(4);
  const minutes = nodes.map((n, i) => ({ id: n.id, minutes: r.facility[i]! >= 0 ? Math.round((r.meters[i]! / mpm) * 1e4) / 1e4 : null, reason: REASONS[r.reason[i]!] || undefined }));
  return { summary: graphSummary(g), facility: facilityId, nodes, edges, minutes };
}

describe('golden OSM fixtures', () => {
  it('has the fixtures the walking rules need', () => {
    for (const f of ['gate', 'steps', 'foot-no', 'access-no', 'access-private', 'area', 'oneway', 'island', 'duplicate-nodes']) expect(fixtures).toContain(`${f}.osm`);
  });
  for (const file of fixtures) {
    it(file, () => {
      const actual = JSON.parse(JSON.stringify(golden(file)));
      const expectedPath = join(dir, file.replace(/\.osm$/, '.expected.json'));
      if (process.env.REGEN === '1') writeFileSync(expectedPath, `${JSON.stringify(actual, null, 1)}\n`);
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  }
});

describe('golden isochrones (open the .geojson files in any map viewer)', () => {
  for (const file of ['gate.osm', 'oneway.osm', 'island.osm']) {
    it(file, () => {
      const path = join(dir, file);
      const facilityId = Number(/facility (\d+) -->/.exec(readFileSync(path, 'utf8'))?.[1]);
      const g = buildGraphFromFile(path);
      const k = Array.from(g.osmIds).indexOf(facilityId);
      const fac = snapPoints(buildSnapIndex(g), [[g.lon[k]!, g.lat[k]!]]);
      const actual = JSON.parse(JSON.stringify(isochrones(g, fac, { minutes: [1, 2, 3], ids: [`node ${facilityId}`], cellMeters: 10, offNetworkMeters: 50, merged: false })));
      const expectedPath = join(dir, file.replace(/\.osm$/, '.isochrones.geojson'));
      if (process.env.REGEN === '1') writeFileSync(expectedPath, `${JSON.stringify(actual)}\n`);
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  }
});

describe('walking rules, spelled out', () => {
  const load = (f: string) => buildGraphFromFile(join(dir, f));
  const ids = (f: string) => Array.from(load(f).osmIds);
  it('keeps gates and entrances as flagged nodes', () => {
    const s = graphSummary(load('gate.osm'));
    expect(s).toMatchObject({ nodes: 4, edges: 3, gates: 1, entrances: 1, components: 1 });
  });
  it('walks steps, not motorways', () => expect(ids('steps.osm')).toEqual([1, 2, 3]));
  it('drops foot=no', () => expect(ids('foot-no.osm')).toEqual([1, 2, 3]));
  it('drops access=no unless foot=yes/designated/permissive', () => expect(ids('access-no.osm')).toEqual([1, 2, 4, 5, 6]));
  it('keeps access=private', () => expect(ids('access-private.osm')).toEqual([1, 2, 3, 4]));
  it('drops area=yes', () => expect(ids('area.osm')).toEqual([5, 6, 7]));
  it('walks one-way streets both ways', () => {
    const g = load('oneway.osm');
    expect(g.edgeCount).toBe(3);
    expect(g.componentCount).toBe(1);
  });
  it('knows components and splits ways at missing nodes', () => {
    const g = load('island.osm');
    expect(g.componentCount).toBe(2);
    // Node 5 is cut off by the missing node 999 and, on no edge, is not part of the graph.
    expect(Array.from(g.osmIds)).toEqual([1, 2, 3, 4]);
    expect(g.edgeCount).toBe(2);
  });
  it('snaps deterministically at duplicate coordinates (lower edge index)', () => {
    const g = load('duplicate-nodes.osm');
    const idx = buildSnapIndex(g);
    const a = snapPoints(idx, [[116.351, 39.96]]);
    const b = snapPoints(idx, [[116.351, 39.96]]);
    expect(a.edge[0]).toBe(b.edge[0]);
    expect(a.gap[0]).toBe(0);
    // Edges (by node index, u < v): 1-2, 2-5 (via node 2), then 3-4: the first edge at distance 0 wins.
    expect([g.osmIds[a.u[0]!], g.osmIds[a.v[0]!]]).toEqual([1, 2]);
  });
});
