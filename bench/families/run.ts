/**
 * Benchmark: GET /api/care/search on the demo city (synthetic 长治市: ~170k-node street graph, ~400 facilities) at a
 * fixed 200 requests/s with autocannon on loopback — 15-minute searches from random homes (compounds with children)
 * for random ages, full-day care — beside two floors at the same rate in the same run (GET /api/health, and a
 * registry page GET /api/facilities), and the search's walking step beside networkx's bounded single-source Dijkstra
 * on the identical graph (honest peer; agreement checked). Target: p99 ≤ 50 ms. Writes bench/families/RESULTS.md.
 *
 *   npx tsx bench/families/run.ts [--data DIR] [--seconds 30]
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { edgesCsv, forEachWithin, loadOrBuildGraph, buildSnapIndex, pointsAtNodes, type SnappedPoints, type Graph } from '../../src/access/index.ts';
import { addDays, addMonths } from '../../src/care/dates.ts';
import { DEFAULT_SEED, generateCity } from '../../src/demo/city.ts';
import { freePort } from '../../src/db/index.ts';
import { startCli } from '../../test/spawn.ts';

interface CannonResult {
  latency: { p50: number; p90: number; p99: number; max: number; average: number };
  requests: { total: number; average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  duration: number;
}
type Cannon = (opts: Record<string, unknown>) => Promise<CannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Cannon;

const arg = (name: string, def: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : def;
};
const dataDir = arg('data', join(tmpdir(), 'carecircle-bench-families'));
const seconds = Number(arg('seconds', '30'));
const RATE = 200;
const HERE = fileURLToPath(new URL('.', import.meta.url));
mkdirSync(dataDir, { recursive: true });

// The city's date: the demo is seeded as of today, so offers, bookings and free places are current.
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const city = generateCity(DEFAULT_SEED, today);

// A reproducible query mix: homes with children, ages 6–35 months.
let s = 20_261_201;
const rand = () => ((s = (s * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const homes = city.compounds.filter((c) => c.children[0] + c.children[1] + c.children[2] > 0);
const queries = Array.from({ length: 2000 }, () => {
  const h = homes[Math.floor(rand() * homes.length)]!;
  const birth = addDays(addMonths(today, -(6 + Math.floor(rand() * 30))), -Math.floor(rand() * 28));
  return { home: h, path: `/api/care/search?lng=${h.lng}&lat=${h.lat}&birthDate=${birth}&mode=full_day&minutes=15` };
});

const loadAtStart = loadavg().map((x) => x.toFixed(1)).join(' / ');
const port = await freePort();
const server = await startCli('demo', port, ['--data', dataDir, '--reset', '--as-of', today], 600_000);
const base = server.base;
const fmt = (x: number) => `${x.toFixed(1)} ms`;

/** CPU seconds (user + system) the server process has used so far (Linux /proc). */
function serverCpu(): number {
  try {
    const f = readFileSync(`/proc/${server.child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return NaN;
  }
}

async function at200(path: (i: number) => string, label: string): Promise<CannonResult & { label: string; cpuMsPerRequest: number }> {
  let i = 0;
  const cpu0 = serverCpu();
  const r = await autocannon({
    url: base,
    connections: 20,
    overallRate: RATE,
    duration: seconds,
    requests: [{ method: 'GET', setupRequest: (req: Record<string, unknown>) => ({ ...req, path: path(i++) }) }],
  });
  return { ...r, label, cpuMsPerRequest: ((serverCpu() - cpu0) * 1000) / Math.max(1, r.requests.total) };
}

let answer = null as { results: Array<{ minutes: number; freePlaces: number }> } | null;
const results: Array<CannonResult & { label: string; cpuMsPerRequest: number }> = [];
const sequential: number[] = [];
try {
  // warm-up: the catalogue snapshot, the snap index, JIT, the pool's connections
  for (let i = 0; i < 300; i++) await (await fetch(`${base}${queries[i % queries.length]!.path}`)).text();
  // one request at a time: the service time without queueing
  for (let i = 0; i < 500; i++) {
    const t0 = performance.now();
    await (await fetch(`${base}${queries[(i * 7) % queries.length]!.path}`)).text();
    sequential.push(performance.now() - t0);
  }
  answer = (await (await fetch(`${base}${queries[0]!.path}`)).json()) as typeof answer;
  results.push(await at200((i) => queries[i % queries.length]!.path, 'GET /api/care/search (15 min, random home and age)'));
  results.push(await at200(() => '/api/health', 'GET /api/health (floor: no database work beyond a ping)'));
  results.push(await at200((i) => `/api/facilities?pageSize=20&page=${1 + (i % 10)}`, 'GET /api/facilities (a registry page: one SQL query)'));
} finally {
  await server.stop();
}

// The walking step, engine vs networkx on the same graph: homes at their network nodes, facilities at theirs.
const osm = join(dataDir, 'demo', 'changzhi-synthetic.osm');
const g: Graph = loadOrBuildGraph(osm);
const indexOf = new Map<number, number>();
for (let i = 0; i < g.nodeCount; i++) indexOf.set(g.osmIds[i]!, i);
const idx = buildSnapIndex(g);
const cutoff = 1000; // 15 minutes at 4 km/h
const sample = queries.slice(0, 300).map((q) => q.home.osmNodeId).filter((id) => indexOf.has(id));
const facNodes = city.facilities.map((f) => f.osmNodeId).filter((id) => indexOf.has(id));
const src: SnappedPoints = pointsAtNodes(idx, Int32Array.from(sample, (id) => indexOf.get(id)!));
const fac: SnappedPoints = pointsAtNodes(idx, Int32Array.from(facNodes, (id) => indexOf.get(id)!));
const byNode = (() => {
  const cnt = new Int32Array(g.nodeCount + 1);
  for (let i = 0; i < fac.count; i++) {
    cnt[fac.u[i]! + 1]!++;
    cnt[fac.v[i]! + 1]!++;
  }
  for (let i = 0; i < g.nodeCount; i++) cnt[i + 1]! += cnt[i]!;
  const fill = cnt.slice(0, g.nodeCount);
  const points = new Int32Array(cnt[g.nodeCount]!);
  for (let i = 0; i < fac.count; i++) {
    points[fill[fac.u[i]!]!++] = i;
    points[fill[fac.v[i]!]!++] = i;
  }
  return { offsets: cnt, points };
})();
const ours: Array<Map<number, number>> = [];
const ourTimes: number[] = [];
for (let rep = 0; rep < 2; rep++) {
  for (let i = 0; i < src.count; i++) {
    const t0 = performance.now();
    const m = new Map<number, number>();
    forEachWithin(g, src, i, fac, byNode, cutoff, (t, d) => m.set(facNodes[t]!, d));
    if (rep === 1) {
      ourTimes.push(performance.now() - t0);
      ours.push(m);
    }
  }
}
const edgesFile = join(dataDir, 'bench-edges.csv');
writeFileSync(edgesFile, [...edgesCsv(g)].join(''));
interface PeerOut {
  nodes: number;
  edges: number;
  per_query_s: number[];
  results: Array<Array<[number, number]>>;
}
let peer = null as PeerOut | null;
let peerNote = '';
try {
  const out = execFileSync(process.env.CARECIRCLE_PEER_PYTHON ?? '/usr/bin/python3', [join(HERE, 'networkx_within.py')], {
    input: JSON.stringify({ edges: edgesFile, sources: sample, targets: facNodes, cutoff_m: cutoff }),
    maxBuffer: 1 << 28,
  });
  peer = JSON.parse(out.toString()) as PeerOut;
} catch (e) {
  peerNote = `networkx peer skipped: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
}

const pct = (a: number[], p: number) => [...a].sort((x, y) => x - y)[Math.min(a.length - 1, Math.floor(a.length * p))]!;
let agree = 0;
let pairs = 0;
if (peer) {
  peer.results.forEach((list, i) => {
    const mine = ours[i]!;
    pairs += Math.max(list.length, mine.size);
    for (const [n, d] of list) if (mine.has(n) && Math.abs(mine.get(n)! - d) < 0.05) agree++;
  });
}

const search = results[0]!;
const health = results[1]!;
const list = results[2]!;
const lines = [
  '# Families: finding care by walking minutes, under load',
  '',
  `Run ${new Date().toISOString()} on ${process.platform} ${process.arch}, Node ${process.version}; 2 cores shared with other work (load average at start: ${loadAtStart}).`,
  `Demo city seed ${DEFAULT_SEED} as of ${today}: ${g.nodeCount.toLocaleString('en')}-node street graph, ${city.facilities.length} facilities, ${homes.length} homes with children. One server process (\`carecircle demo\`, embedded PostgreSQL), autocannon on loopback, ${RATE} requests/s for ${seconds} s each, 20 connections.`,
  `A search answers ${answer?.results.length ?? '?'} facilities for the first query (15 minutes at 4 km/h), each with free places for the child's band from today counted live from the placements (class_occupancy_from), fees, subsidy, hours, medical partner, staff.`,
  '',
  '| endpoint at 200 req/s | requests (÷ s) | non-2xx | p50 | p90 | p99 | max | p99 ÷ health p99 | server CPU per request |',
  '|---|---|---|---|---|---|---|---|---|',
  ...results.map(
    (r) =>
      `| ${r.label} | ${r.requests.total} (${(r.requests.total / seconds).toFixed(0)}/s) | ${r.non2xx + r.errors + r.timeouts} | ${fmt(r.latency.p50)} | ${fmt(r.latency.p90)} | ${fmt(r.latency.p99)} | ${fmt(r.latency.max)} | ${(r.latency.p99 / Math.max(0.1, health.latency.p99)).toFixed(1)}× | ${fmt(r.cpuMsPerRequest)} |`,
  ),
  '',
  `One search at a time (no queueing, 500 requests): p50 ${fmt(pct(sequential, 0.5))}, p99 ${fmt(pct(sequential, 0.99))} — the service time; CPU of the Node process only (PostgreSQL's backends are separate processes).`,
  '',
  `Target: p99 ≤ 50 ms at 200 requests/s — ${search.latency.p99 <= 50 && search.non2xx + search.errors + search.timeouts === 0 ? '**met**' : '**NOT met**'} (search p99 ${fmt(search.latency.p99)}; the registry page's p99 ${fmt(list.latency.p99)} at the same rate).${health.latency.p99 > 50 ? ` The floor itself misses it: /api/health, which does nothing but ping PostgreSQL, has p99 ${fmt(health.latency.p99)} at the same rate on this machine, so this run cannot judge the target: most of the tail is the shared cores' queueing (load average ${loadAtStart} at the start), which the search, holding a PostgreSQL connection per request, feels more (p99 ${(search.latency.p99 / Math.max(0.1, health.latency.p99)).toFixed(1)}× the floor's; p50 ${fmt(search.latency.p50)} against ${fmt(health.latency.p50)}). Run it on an idle machine to judge it.` : ''}`,
  '',
  '## The walking step beside networkx (same graph, homes and facilities at their network nodes, 1,000 m cutoff)',
  '',
  peer
    ? [
        '| engine | graph | per query p50 | p99 | ratio (p50) |',
        '|---|---|---|---|---|',
        `| src/access bounded bucket-queue search (main thread, as the endpoint runs it) | ${g.nodeCount.toLocaleString('en')} nodes | ${fmt(pct(ourTimes, 0.5))} | ${fmt(pct(ourTimes, 0.99))} | 1× |`,
        `| networkx single_source_dijkstra_path_length(cutoff) | ${peer.nodes.toLocaleString('en')} nodes, ${peer.edges.toLocaleString('en')} edges | ${fmt(pct(peer.per_query_s, 0.5) * 1000)} | ${fmt(pct(peer.per_query_s, 0.99) * 1000)} | ${((pct(peer.per_query_s, 0.5) * 1000) / pct(ourTimes, 0.5)).toFixed(0)}× slower |`,
        '',
        `Agreement: ${agree} of ${pairs} (home, facility) pairs within 1,000 m found by both with the same metres (±0.05 m: the edge list carries millimetres) over ${sample.length} homes.`,
      ].join('\n')
    : peerNote,
  '',
  'Why it is fast: the catalogue (facilities, classes, fees, partners, staff) and the facilities snapped to the network are kept per registry version (checked every 3 s); a query snaps the home (R-tree), runs one bounded search from it (a 15-minute walk reaches a few thousand nodes) and reads the free places of only the classes in reach in one SQL statement. No worker round trip: the walk costs less than posting a task.',
];
writeFileSync(join(HERE, 'RESULTS.md'), `${lines.join('\n')}\n`);
process.stdout.write(`${lines.join('\n')}\n`);
