/**
 * Acceptance 1: correctness against an independent implementation (bench/peers/networkx_peer.py — pyosmium +
 * networkx, same walking-graph rules). On every extract in ../shared/data/osm, random facilities and points on graph
 * nodes must agree on ≥ 99.9 % of points within 0.01 minutes, and every disagreement must be explained.
 * Skips with a message when the extracts or Debian's python3-networkx / python3-pyosmium are absent.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareWithPeer, peerAvailable, PYTHON } from '../../bench/peers/compare.ts';
import { buildGraphFromFile } from './index.ts';

// ../shared/data/osm beside the checkout; OSM_DATA overrides (e.g. from a git worktree).
const dataDir = process.env.OSM_DATA ?? join(import.meta.dirname, '../../../shared/data/osm');
const files = existsSync(dataDir) ? readdirSync(dataDir).filter((f) => /\.osm(\.pbf)?$/.test(f)).sort() : [];
const peer = peerAvailable();
const skip = files.length === 0 ? `no OSM extracts at ${dataDir}` : !peer.ok ? peer.why : '';

describe('agreement with the networkx peer', () => {
  if (skip) {
    it.skip(`skipped: ${skip}`, () => {});
    return;
  }
  it('covers every extract in the data folder (six expected)', () => expect(files.length).toBeGreaterThanOrEqual(6));
  for (const file of files) {
    it(`${file}: same graph, ≥ 99.9 % of points within 0.01 min, disagreements explained`, () => {
      const c = compareWithPeer(join(dataDir, file), 25, 3000, 20261129);
      expect(c.graph.ours).toEqual(c.graph.peer);
      expect(c.share).toBeGreaterThanOrEqual(0.999);
      expect(c.maxDiffMinutes).toBeLessThanOrEqual(0.01);
      expect(c.disagreements.filter((d) => d.why === 'unexplained')).toEqual([]);
      // The facility found differs only on exact ties.
      expect(c.sameFacility + c.tiedFacility).toBe(c.reachable);
    }, 120_000);
  }

  it('reads a PBF and its XML form (written by libosmium) to the same graph, bit for bit', () => {
    const pbf = join(dataDir, 'monaco-osrm.osm.pbf');
    const dir = mkdtempSync(join(tmpdir(), 'cc-pbf-xml-'));
    try {
      const xml = join(dir, 'monaco.osm');
      const r = spawnSync(PYTHON, [join(import.meta.dirname, '../../bench/peers/pbf_to_xml.py'), pbf, xml], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      const a = buildGraphFromFile(pbf);
      const b = buildGraphFromFile(xml);
      expect(b.nodeCount).toBe(a.nodeCount);
      let differ = 0;
      for (let i = 0; i < a.nodeCount; i++) if (!Object.is(a.lon[i], b.lon[i]) || !Object.is(a.lat[i], b.lat[i]) || a.osmIds[i] !== b.osmIds[i]) differ++;
      expect(differ).toBe(0);
      expect(Array.from(b.targets)).toEqual(Array.from(a.targets));
      expect(Array.from(b.meters)).toEqual(Array.from(a.meters));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
