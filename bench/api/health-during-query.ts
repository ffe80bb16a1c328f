/**
 * Benchmark: does the API stay responsive while a city-wide walking query runs? Starts `carecircle demo` (the
 * synthetic city: ~170k-node street graph, ~3,800 demand points, ~400 facilities), then repeatedly asks for the
 * city's coverage at a new minute limit (never cached) while a second loop sends GET /api/health every 20 ms.
 * Reports health latency percentiles during the queries and the query times; writes bench/api/RESULTS.md.
 *
 *   npx tsx bench/api/health-during-query.ts [--data DIR]
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../src/db/index.ts';
import { startCli } from '../../test/spawn.ts';

const dataArg = process.argv.indexOf('--data');
const dataDir = dataArg > 0 ? process.argv[dataArg + 1]! : join(tmpdir(), 'carecircle-bench-demo');
mkdirSync(dataDir, { recursive: true });
const port = await freePort();
const server = await startCli('demo', port, ['--data', dataDir], 240_000);
const base = server.base;

const pct = (a: number[], p: number) => a[Math.min(a.length - 1, Math.floor(a.length * p))]!;
const health: number[] = [];
const idleHealth: number[] = [];
const queries: number[] = [];

async function ping(into: number[]): Promise<void> {
  const t0 = performance.now();
  const r = await fetch(`${base}/api/health`);
  await r.text();
  into.push(performance.now() - t0);
}

try {
  // Warm up (graph pages, worker start, JIT), then measure health alone.
  await fetch(`${base}/api/access/coverage?minutes=14.5`).then((r) => r.text());
  for (let i = 0; i < 50; i++) {
    await ping(idleHealth);
    await new Promise((r) => setTimeout(r, 20));
  }
  for (let k = 0; k < 8; k++) {
    const minutes = 10 + k * 0.7; // a new limit each time: no cached answer
    let running = true;
    const pinger = (async () => {
      while (running) {
        await ping(health);
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    const t0 = performance.now();
    const r = await fetch(`${base}/api/access/coverage?minutes=${minutes}`);
    if (!r.ok) throw new Error(`coverage ${r.status}: ${await r.text()}`);
    await r.json();
    queries.push(performance.now() - t0);
    running = false;
    await pinger;
  }
} finally {
  await server.stop();
}

health.sort((a, b) => a - b);
idleHealth.sort((a, b) => a - b);
queries.sort((a, b) => a - b);
const fmt = (x: number) => `${x.toFixed(1)} ms`;
const lines = [
  '# API responsiveness during city-wide walking queries',
  '',
  `Run ${new Date().toISOString()} on ${process.platform} ${process.arch}, Node ${process.version}; 2 shared cores.`,
  '',
  `City-wide coverage (demo city, ~170k-node graph, all demand points × all facilities, in the worker pool): median ${fmt(pct(queries, 0.5))}, max ${fmt(queries[queries.length - 1]!)} over ${queries.length} uncached queries.`,
  '',
  '| GET /api/health | n | p50 | p95 | max |',
  '|---|---|---|---|---|',
  `| idle | ${idleHealth.length} | ${fmt(pct(idleHealth, 0.5))} | ${fmt(pct(idleHealth, 0.95))} | ${fmt(idleHealth[idleHealth.length - 1]!)} |`,
  `| during queries | ${health.length} | ${fmt(pct(health, 0.5))} | ${fmt(pct(health, 0.95))} | ${fmt(health[health.length - 1]!)} |`,
  '',
  `Target: a health request during a city-wide query answers within 50 ms — ${pct(health, 0.95) <= 50 ? 'met' : 'NOT met'} at p95 (max ${fmt(health[health.length - 1]!)}).`,
  '',
];
const out = fileURLToPath(new URL('./RESULTS.md', import.meta.url));
writeFileSync(out, lines.join('\n'));
process.stdout.write(lines.join('\n'));
