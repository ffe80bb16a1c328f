/**
 * Side by side with CBC (python3-pulp + coinor-cbc, Debian) on the same models in one run: San Francisco (spopt)
 * MCLP / p-median / p-center / LSCP, OR-Library pmed1–3, deterministic synthetic 5,000-demand × 500-candidate
 * MCLP and LSCP, and synthetic capacitated coverage and p-median (2,000 × 200). Reports objective and time ratios; writes bench/plan/RESULTS-cbc.md.
 *   npx tsx bench/plan/cbc.ts [--cbc-time-limit 120] [--our-time-limit 10]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { problemFromCsv } from '../../src/plan/csv.ts';
import { parseOrlib } from '../../src/plan/orlib.ts';
import { solvePlan } from '../../src/plan/solve.ts';
import { HAS_PLAN_DATA, NO_DATA_MESSAGE, readPlanData } from '../../src/plan/test-data.ts';
import type { Objective, PlanResult, Problem } from '../../src/plan/types.ts';
import { syntheticCity } from './instances.ts';

const here = dirname(fileURLToPath(import.meta.url));
const arg = (name: string, def: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : def;
};
const cbcLimit = Number(arg('cbc-time-limit', '120'));
const ourLimit = Number(arg('our-time-limit', '10'));
const PY = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

interface Case {
  name: string;
  problem: Problem;
  objective: Objective;
  p?: number;
  maxCost?: number;
}

interface CbcResult {
  objective: number | null;
  bound: number | null;
  status: string;
  seconds: number;
  sites: string[];
}

function runCbc(c: Case): CbcResult {
  const { problem } = c;
  const pairs: number[][] = [];
  for (let i = 0; i < problem.demandIds.length; i++)
    for (let x = problem.rowStart[i]!; x < problem.rowStart[i + 1]!; x++) {
      if (c.maxCost !== undefined && c.objective !== 'median' && c.objective !== 'center' && problem.rowCost[x]! > c.maxCost) break;
      pairs.push([i, problem.rowSite[x]!, problem.rowCost[x]!]);
    }
  const input = JSON.stringify({ objective: c.objective, p: c.p ?? 0, maxCost: c.maxCost ?? null, timeLimit: cbcLimit, weights: Array.from(problem.weights), sites: problem.siteIds, places: problem.places ? Array.from(problem.places) : null, pairs });
  const t0 = performance.now();
  const r = spawnSync(PY, [join(here, 'peers/cbc_peer.py')], { input, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`CBC peer failed: ${r.stderr}`);
  const out = JSON.parse(r.stdout.trim().split('\n').pop()!) as CbcResult;
  out.seconds = out.seconds ?? (performance.now() - t0) / 1000;
  return out;
}

const cases: Case[] = [];
if (HAS_PLAN_DATA) {
  const sf = problemFromCsv(readPlanData('spopt_sf/costs.csv'), readPlanData('spopt_sf/demand.csv'));
  cases.push({ name: 'SF MCLP p=4, 5000 m', problem: sf, objective: 'coverage', p: 4, maxCost: 5000 });
  cases.push({ name: 'SF p-median p=4', problem: sf, objective: 'median', p: 4 });
  cases.push({ name: 'SF p-center p=4', problem: sf, objective: 'center', p: 4 });
  cases.push({ name: 'SF LSCP 5000 m', problem: sf, objective: 'setcover', maxCost: 5000 });
  for (const k of [1, 2, 3]) {
    const inst = parseOrlib(readPlanData(`orlib/pmed${k}.txt`));
    cases.push({ name: `pmed${k} p-median`, problem: inst.problem, objective: 'median', p: inst.p });
  }
} else console.log(NO_DATA_MESSAGE);
const big = syntheticCity({ demands: 5000, sites: 500, seed: 20261129, cutoff: 1000 }).problem;
cases.push({ name: 'synthetic 5000×500 MCLP p=40, 750 m', problem: big, objective: 'coverage', p: 40, maxCost: 750 });
cases.push({ name: 'synthetic 5000×500 LSCP 1000 m', problem: big, objective: 'setcover', maxCost: 1000 });
const capCity = syntheticCity({ demands: 2000, sites: 200, seed: 7, cutoff: 1000, places: [100, 400] }).problem;
cases.push({ name: 'synthetic 2000×200 capacitated p=20, 1000 m', problem: capCity, objective: 'capacitated', p: 20, maxCost: 1000 });
cases.push({ name: 'synthetic 2000×200 p-median p=20', problem: syntheticCity({ demands: 2000, sites: 200, seed: 8, cutoff: 3000 }).problem, objective: 'median', p: 20 });

interface Row {
  c: Case;
  heur: PlanResult;
  ours: PlanResult;
  cbc: CbcResult;
}
const rows: Row[] = [];
for (const c of cases) {
  const req = { problem: c.problem, objective: c.objective, ...(c.p === undefined ? {} : { p: c.p }), ...(c.maxCost === undefined ? {} : { maxCost: c.maxCost }) };
  const heur = await solvePlan({ ...req, solver: 'heuristic' });
  const ours = await solvePlan({ ...req, solver: 'auto', timeLimitSeconds: ourLimit });
  const cbc = runCbc(c);
  rows.push({ c, heur, ours, cbc });
  console.log(`${c.name}: heuristic ${heur.objective} (${heur.seconds.toFixed(2)} s) | ours ${ours.objective} ${ours.status} bound ${ours.bound} (${ours.seconds.toFixed(2)} s) | CBC ${cbc.objective} ${cbc.status} bound ${cbc.bound} (${cbc.seconds.toFixed(2)} s)`);
}

const f = (v: number | null | undefined, d = 2): string => (v === null || v === undefined ? '–' : Number.isInteger(v) ? String(v) : v.toFixed(d));
const lines: string[] = ['# CareCircle planner vs CBC (python3-pulp), same models, one run', ''];
lines.push(`Generated by \`npx tsx bench/plan/cbc.ts\` on ${new Date().toISOString().slice(0, 10)}. Ours: \`solver: "auto"\` (heuristic, then HiGHS warm-started, time limit ${ourLimit} s) and the heuristic alone. CBC: PuLP's COIN_CMD, 1 thread, time limit ${cbcLimit} s, same formulations (MCLP with continuous z, strong p-median x ≤ y, p-center with a max-cost variable, LSCP). Seconds include building the model (for CBC: PuLP's model build and LP file I/O). Value ratio = ours ÷ CBC (≥ 1 better for max models, ≤ 1 better for min); time ratio = ours ÷ CBC.`, '');
lines.push('| model | sense | heuristic value | s | ours value | status | bound | s | CBC value | CBC status | CBC bound | s | value ratio | time ratio | ours vs best bound |');
lines.push('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  const sense = r.ours.sense;
  const bestBound = [r.ours.bound, r.cbc.bound].filter((b): b is number => b !== null && b !== undefined);
  const bb = bestBound.length === 0 ? null : sense === 'max' ? Math.min(...bestBound) : Math.max(...bestBound);
  const vsBound = bb === null ? '–' : `${((Math.abs(bb - r.ours.objective) / Math.max(1e-9, Math.abs(bb))) * 100).toFixed(3)}%`;
  lines.push(
    `| ${r.c.name} | ${sense} | ${f(r.heur.objective)} | ${r.heur.seconds.toFixed(2)} | ${f(r.ours.objective)} | ${r.ours.status} | ${f(r.ours.bound)} | ${r.ours.seconds.toFixed(2)} | ${f(r.cbc.objective)} | ${r.cbc.status} | ${f(r.cbc.bound)} | ${r.cbc.seconds.toFixed(2)} | ${r.cbc.objective ? (r.ours.objective / r.cbc.objective).toFixed(4) : '–'} | ${(r.ours.seconds / r.cbc.seconds).toFixed(3)} | ${vsBound} |`,
  );
}
lines.push('');
const bigRow = rows.find((r) => r.c.name.startsWith('synthetic 5000×500 MCLP'));
if (bigRow) {
  const bb = Math.min(...[bigRow.ours.bound, bigRow.cbc.bound].filter((b): b is number => b !== null && b !== undefined));
  const gap = (bb - bigRow.ours.objective) / bb;
  lines.push(`**5,000 × 500 MCLP (seed 20261129, 1,000 m cutoff, p = 40 at 750 m):** ours ${bigRow.ours.objective} in ${bigRow.ours.seconds.toFixed(2)} s (${bigRow.ours.status}); best known bound ${bb}; gap ${(gap * 100).toFixed(3)}% — ${gap <= 0.01 && bigRow.ours.seconds <= 10 ? 'within 1% in ≤ 10 s' : 'NOT within 1% in ≤ 10 s'}. CBC: ${bigRow.cbc.objective} (${bigRow.cbc.status}) in ${bigRow.cbc.seconds.toFixed(1)} s.`);
}
writeFileSync(join(here, 'RESULTS-cbc.md'), `${lines.join('\n')}\n`);
console.log('wrote bench/plan/RESULTS-cbc.md');
