/**
 * Benchmark: what a stored plan run costs and how fast a what-if on it answers, here and on a replica. Starts
 * `carecircle demo` (the synthetic city) and a second server, `carecircle serve --database-url` on the same database
 * without a walking network (a replica); solves two city-wide plans (MCLP at 15 minutes; p-median, whose matrix goes
 * to 60 minutes), then for each run: the packed what-if state's size and its demand→site pairs, the first what-if on
 * the solving server (its state worker loads the state from PostgreSQL), the first on the replica, and warm what-ifs
 * (p50/p99 of 50). Writes its section of bench/api/RESULTS.md.
 *
 *   npx tsx bench/api/whatif-state.ts [--data DIR]
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../src/db/index.ts';
import { startCli } from '../../test/spawn.ts';
import { startBenchServer } from './bench-server.ts';
import { writeSection } from './results.ts';

const i = process.argv.indexOf('--data');
const dataDir = i > 0 ? process.argv[i + 1]! : join(tmpdir(), 'carecircle-bench-demo');
mkdirSync(dataDir, { recursive: true });
const bench = await startBenchServer(dataDir);
const replica = await startCli('serve', await freePort(), ['--database-url', readFileSync(join(dataDir, 'database-url'), 'utf8').trim()], 120_000);

const pct = (a: number[], p: number) => a[Math.min(a.length - 1, Math.floor(a.length * p))]!;
const fmt = (x: number) => `${x.toFixed(1)} ms`;
const kib = (b: number) => `${Math.round(b / 1024).toLocaleString('en')} KiB`;

async function login(base: string) {
  const r = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'city', password: 'demo1234' }) });
  if (!r.ok) throw new Error(`login ${r.status}`);
  const { csrfToken } = (await r.json()) as { csrfToken: string };
  return { 'content-type': 'application/json', cookie: r.headers.getSetCookie().map((c) => c.split(';')[0]).join('; '), 'x-csrf-token': csrfToken };
}

let report: string[];
try {
  const here = await login(bench.base);
  const there = await login(replica.base);
  // the planner page reads its lists first (which starts a server's state worker)
  for (const [base, headers] of [[bench.base, here], [replica.base, there]] as const) await fetch(`${base}/api/plan/scenarios`, { headers }).then((r) => r.text());
  await new Promise((r) => setTimeout(r, 3000));
  const rows: string[] = [];
  for (const body of [
    { objective: 'coverage', p: 10, minutes: 15 },
    { objective: 'median', p: 10, minutes: 15 },
  ]) {
    const r = await fetch(`${bench.base}/api/plan/solve`, { method: 'POST', headers: here, body: JSON.stringify(body) });
    const plan = (await r.json()) as { runId: string; sites: Array<{ id: string }>; counts: { stateBytes: number; demandPoints: number; candidates: number; existing: number }; timings: { totalMs: number } };
    if (!r.ok) throw new Error(`solve ${r.status}: ${JSON.stringify(plan)}`);
    const change = { runId: plan.runId, change: { action: 'close', site: plan.sites[0]!.id } };
    const ask = async (base: string, headers: Record<string, string>) => {
      const t0 = performance.now();
      const w = await fetch(`${base}/api/plan/whatif`, { method: 'POST', headers, body: JSON.stringify(change) });
      const b = (await w.json()) as { ms: number };
      if (!w.ok) throw new Error(`what-if ${w.status}: ${JSON.stringify(b)}`);
      return { ms: performance.now() - t0, server: b.ms };
    };
    const cold = await ask(bench.base, here);
    const coldReplica = await ask(replica.base, there);
    const warm: number[] = [];
    const counters: number[] = [];
    for (let k = 0; k < 50; k++) {
      const a = await ask(k % 2 ? replica.base : bench.base, k % 2 ? there : here);
      warm.push(a.ms);
      counters.push(a.server);
    }
    warm.sort((a, b) => a - b);
    counters.sort((a, b) => a - b);
    // the state's layout (src/plan/state.ts), less its fixed parts, is 6 bytes per pair (16-bit site + 32-bit cost)
    const n = plan.counts.demandPoints;
    const m = plan.counts.candidates + plan.counts.existing;
    const pairs = Math.round((plan.counts.stateBytes - 32 - 8 * n - 8 * m - 4 * (n + 1) - 4 * n - 2 * m - 16 * (n + m)) / 6);
    rows.push(
      `| ${body.objective} (p = ${body.p}, ${body.minutes} min${body.objective === 'median' ? '; matrix to 60 min' : ''}) | ${fmt(plan.timings.totalMs)} | ${kib(plan.counts.stateBytes)} | ~${pairs.toLocaleString('en')} | ${fmt(cold.ms)} | ${fmt(coldReplica.ms)} | ${fmt(pct(warm, 0.5))} / ${fmt(pct(warm, 0.99))} | ${pct(counters, 0.5).toFixed(3)} ms |`,
    );
  }
  report = [
    `Run ${new Date().toISOString()} on ${process.platform} ${process.arch}, Node ${process.version}; 2 cores shared with other work; load average ${loadavg().map((x) => x.toFixed(2)).join(' / ')}.`,
    '',
    'Whole city (3,793 demand points, 1,271 candidates, 409 facilities). The state is what a what-if needs, packed (src/plan/state.ts: 16-bit site indices, 32-bit costs, UUIDs as 16 bytes) and stored with the run in PostgreSQL. “First” is a what-if whose state worker does not hold the state yet (it reads it from PostgreSQL and decodes it); the replica is a second server process on the same database without the walking network (both have served the planner page’s lists, which starts their state workers). Warm: 50 what-ifs alternating between the two servers, HTTP round trip; the counters’ own time as the server reports it.',
    '',
    '| run | solve (HTTP) | state | pairs (approx.) | first what-if here | first on the replica | warm p50 / p99 | counters |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
  ];
} finally {
  await replica.stop();
  await bench.stop();
}

writeSection('whatif', '## What-if on stored runs: state size, first and warm answers, a replica', report);
process.stdout.write(report.join('\n'));
