/**
 * Agreement with the networkx/pyosmium peer on every extract in ../shared/data/osm:
 *   node --import tsx bench/peers/run.ts [points per file, default 5000] [facilities, default 25]
 * Prints a table (graph sizes side by side, agreement within 0.01 min, disagreements with their explanation).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compareWithPeer, peerAvailable } from './compare.ts';

// ../shared/data/osm beside the checkout; OSM_DATA overrides (e.g. from a git worktree).
const dataDir = process.env.OSM_DATA ?? join(import.meta.dirname, '../../../shared/data/osm');
const nPoints = Number(process.argv[2] ?? 5000);
const nFacilities = Number(process.argv[3] ?? 25);
const peer = peerAvailable();
if (!existsSync(dataDir)) {
  process.stdout.write(`skipped: no OSM extracts at ${dataDir}\n`);
  process.exit(0);
}
if (!peer.ok) {
  process.stdout.write(`skipped: ${peer.why}\n`);
  process.exit(0);
}
const files = readdirSync(dataDir).filter((f) => /\.osm(\.pbf)?$/.test(f)).sort();
const lines = ['| extract | nodes ours / peer | edges ours / peer | components | points | agree ≤ 0.01 min | max Δ min | same facility (+ ties) | disagreements |', '|---|---|---|---|---|---|---|---|---|'];
const explained: string[] = [];
for (const f of files) {
  const c = compareWithPeer(join(dataDir, f), nFacilities, nPoints, 7);
  const o = c.graph.ours;
  const p = c.graph.peer;
  lines.push(
    `| ${f} | ${o.nodes} / ${p.nodes} | ${o.edges} / ${p.edges} | ${o.components} / ${p.components} | ${c.points} | ${(c.share * 100).toFixed(3)} % | ${c.maxDiffMinutes.toExponential(1)} | ${c.sameFacility} (+${c.tiedFacility}) of ${c.reachable} | ${c.disagreements.length} (${c.unexplained} unexplained) |`,
  );
  for (const d of c.disagreements) explained.push(`- ${f}: node ${d.point}: ours ${d.ours?.toFixed(3) ?? 'none'} min, peer ${d.peer?.toFixed(3) ?? 'none'} min — ${d.why}`);
}
process.stdout.write(`${lines.join('\n')}\n${explained.length ? `\n${explained.join('\n')}\n` : ''}`);
