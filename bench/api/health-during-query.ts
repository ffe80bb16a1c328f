/**
 * Benchmark: does the API stay responsive while city-wide walking queries run? Starts `carecircle demo` (the
 * synthetic city: ~170k-node street graph, 3,793 demand points, 409 facilities), then asks for the city's 15-minute
 * coverage at a new minute limit each time (never cached), 8 times back to back, while autocannon sends
 * GET /api/health at a fixed 200 req/s. Reports health p50/p99 idle and during the queries, the server's own
 * event-loop figures and the query times; writes its section of bench/api/RESULTS.md.
 *
 *   npx tsx bench/api/health-during-query.ts [--data DIR] [--rate 200]
 */
import { mkdirSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { loopTable, startBenchServer } from './bench-server.ts';
import { writeSection } from './results.ts';

const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : dflt;
};
const dataDir = arg('data', join(tmpdir(), 'carecircle-bench-demo'));
const RATE = Number(arg('rate', '200'));
mkdirSync(dataDir, { recursive: true });
const bench = await startBenchServer(dataDir);
const { base, loop } = bench;

const pct = (a: number[], p: number) => a[Math.min(a.length - 1, Math.floor(a.length * p))]!;
const fmt = (x: number) => `${x.toFixed(1)} ms`;
const load = () => loadavg().map((x) => x.toFixed(2)).join(' / ');
const health = (opts: { seconds?: number; until?: Promise<unknown> }) => {
  const inst = autocannon({ url: `${base}/api/health`, connections: 20, overallRate: RATE, duration: opts.seconds ?? 600, timeout: 30 });
  if (opts.until) void opts.until.finally(() => inst.stop());
  return inst;
};

let report: string[];
try {
  // Warm up (graph pages, worker start, JIT).
  await fetch(`${base}/api/access/coverage?minutes=14.5`).then((r) => r.text());
  await health({ seconds: 3 });
  const loadIdle = load();
  await loop();
  const idle = await health({ seconds: 15 });
  const loopIdle = await loop();

  const queries: number[] = [];
  const work = (async () => {
    for (let k = 0; k < 8; k++) {
      const minutes = 10 + k * 0.7; // a new limit each time: no cached answer
      const t0 = performance.now();
      const r = await fetch(`${base}/api/access/coverage?minutes=${minutes}`);
      if (!r.ok) throw new Error(`coverage ${r.status}: ${await r.text()}`);
      await r.json();
      queries.push(performance.now() - t0);
    }
  })();
  const busy = await health({ until: work });
  await work;
  const loopBusy = await loop();
  const loadBusy = load();
  queries.sort((a, b) => a - b);
  const row = (name: string, r: typeof idle) => `| ${name} | ${r.requests.total} | ${fmt(r.latency.p50)} | ${fmt(r.latency.p99)} | ${fmt(r.latency.max)} | ${r.errors + r.timeouts + r.non2xx} |`;
  report = [
    `Run ${new Date().toISOString()} on ${process.platform} ${process.arch}, Node ${process.version}; 2 cores shared with other work.`,
    `Load average (1 / 5 / 15 min): ${loadIdle} before the idle run, ${loadBusy} after the queries.`,
    '',
    `City-wide coverage (demo city, ~170k-node graph, all demand points × all facilities, in the access worker pool): median ${fmt(pct(queries, 0.5))}, max ${fmt(queries[queries.length - 1]!)} over ${queries.length} uncached queries, back to back.`,
    '',
    `GET /api/health at ${RATE} req/s (autocannon, 20 connections, latencies corrected for coordinated omission):`,
    '',
    '| GET /api/health | requests | p50 | p99 | max | errors |',
    '|---|---|---|---|---|---|',
    row('idle (15 s)', idle),
    row('during the coverage queries', busy),
    '',
    ...loopTable([
      ['idle', loopIdle],
      ['during the coverage queries', loopBusy],
    ]),
    '',
  ];
} finally {
  await bench.stop();
}

writeSection('coverage', '## /api/health while city-wide coverage is computed', report);
process.stdout.write(report.join('\n'));
