import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HAS_PLAN_DATA, NO_DATA_MESSAGE, PLAN_DATA } from './test-data.ts';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const BIN = join(ROOT, 'bin/carecircle.mjs');

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((res) => {
    execFile(process.execPath, [BIN, 'plan', ...args], { cwd: ROOT, timeout: 60_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      res({ code, stdout, stderr });
    });
  });
}

if (!HAS_PLAN_DATA) console.warn(NO_DATA_MESSAGE);
const tmp = mkdtempSync(join(tmpdir(), 'cc-plan-'));
const d = (rel: string) => join(PLAN_DATA, rel);

describe.skipIf(!HAS_PLAN_DATA)('carecircle plan (spawned)', () => {
  it('prints the contract JSON and exits 0', async () => {
    const xlsx = join(tmp, 'plan.xlsx');
    const [cov, orlib, xl] = await Promise.all([
      cli(['--matrix', d('spopt_sf/costs.csv'), '--demand', d('spopt_sf/demand.csv'), '--objective', 'coverage', '--p', '4', '--max-cost', '5000']),
      cli(['--orlib', d('orlib/pmed1.txt')]),
      cli(['--matrix', d('tiny/costs.csv'), '--demand', d('tiny/demand.csv'), '--objective', 'median', '--p', '1', '--format', 'xlsx', '--out', xlsx]),
    ]);
    expect(xl.code).toBe(0);
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK'); // a zip container
    expect(cov.code).toBe(0);
    const r = JSON.parse(cov.stdout);
    expect(r).toMatchObject({ objective: 875247, sites: ['Store_2', 'Store_11', 'Store_12', 'Store_15'], optimal: true, bound: 875247, status: 'optimal' });
    expect(typeof r.seconds).toBe('number');
    expect(orlib.code).toBe(0);
    expect(JSON.parse(orlib.stdout)).toMatchObject({ objective: 5819, optimal: true });
  });

  it('bad input: exit 1 and one line naming the field', async () => {
    writeFileSync(join(tmp, 'bad.txt'), '3 2 1\n1 2 x\n');
    writeFileSync(join(tmp, 'neg.csv'), 'demand_id,site_id,cost\nd1,A,-3\n');
    const cases: Array<[string[], RegExp]> = [
      [['--matrix', d('spopt_sf/costs.csv'), '--demand', d('spopt_sf/demand.csv'), '--objective', 'coverage', '--p', '17', '--max-cost', '5000'], /^error: p: p = 17 is larger than the 16 candidate sites$/],
      [['--matrix', d('tiny/costs.csv'), '--demand', d('tiny/demand.csv'), '--objective', 'setcover', '--max-cost', '50'], /^error: targetShare: infeasible target/],
      [['--orlib', join(tmp, 'bad.txt')], /^error: orlib: line 2: expected "i j cost"/],
      [['--matrix', join(tmp, 'neg.csv'), '--demand', d('tiny/demand.csv'), '--objective', 'median', '--p', '1'], /^error: cost: .*negative cost -3$/],
      [['--matrix', d('tiny/costs.csv'), '--demand', d('tiny/demand.csv'), '--objective', 'fastest', '--p', '1'], /^error: objective: unknown objective "fastest"/],
      [['--matrix', join(tmp, 'missing.csv'), '--demand', d('tiny/demand.csv'), '--objective', 'median', '--p', '1'], /^error: matrix: file not found/],
    ];
    const results = await Promise.all(cases.map(([args]) => cli(args)));
    results.forEach((r, k) => {
      expect(r.code, cases[k]![0].join(' ')).toBe(1);
      expect(r.stdout).toBe('');
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(cases[k]![1]);
    });
  });

  it('a time-limited exact solve reports time_limit with its best plan and bound', async () => {
    const r = await cli(['--orlib', d('orlib/pmed6.txt'), '--solver', 'exact', '--time-limit', '0.5']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.sites).toHaveLength(5);
    expect(j.bound).toBeLessThanOrEqual(j.objective);
    if (!j.optimal) expect(j.status).toBe('time_limit');
  });
});
