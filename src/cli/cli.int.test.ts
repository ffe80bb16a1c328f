/**
 * The CLI as a shell user meets it: bad input gives one clear line on stderr and a non-zero exit, never a stack
 * trace; import is all-or-nothing; export writes CSV, XLSX and GeoJSON.
 */
import { mkdtempSync, rmSync, chmodSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/index.ts';
import { seedRegistry, A } from '../../test/registry-fixture.ts';
import { runCli } from '../../test/spawn.ts';

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'carecircle-cli-'));
  chmodSync(dir, 0o755);
  const o = await openDatabase({ dataDir: join(dir, 'data') });
  await seedRegistry(o.db);
  await o.stop();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function expectOneLineError(r: { code: number | null; stderr: string }, pattern: RegExp): void {
  expect(r.code).not.toBe(0);
  const lines = r.stderr.trim().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^error: /);
  expect(lines[0]).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('carecircle CLI', () => {
  it('explains bad commands and options in one line', () => {
    expectOneLineError(runCli(['frobnicate']), /unknown command "frobnicate"/);
    expectOneLineError(runCli(['serve', '--port', 'abc']), /--port must be a number/);
    expectOneLineError(runCli(['serve', '--port', '70000']), /--port must be at most 65535/);
    expectOneLineError(runCli(['serve', '--colour', 'red']), /unknown option --colour/);
    expectOneLineError(runCli(['import', 'facilities', join(dir, 'missing.csv'), '--data', join(dir, 'data')]), /file not found/);
    expectOneLineError(runCli(['export', 'facilities', '--format', 'pdf', '--data', join(dir, 'data')]), /--format must be csv, xlsx or geojson/);
    expectOneLineError(runCli(['import', 'children', 'x.csv']), /usage: carecircle import facilities/);
  });

  it('refuses a file with bad rows as a whole and names them', () => {
    const csv = join(dir, 'bad.csv');
    writeFileSync(csv, `name,tier,ownership,division_id,address,lng,lat,classes\n好的托育点,community,affordable,${A},某路1号,113.1,36.2,托小班1:toddler_small:15\n坏的托育点,community,affordable,${A},某路2号,113.1,36.2,托小班1:toddler_small:99\n`);
    const r = runCli(['import', 'facilities', csv, '--data', join(dir, 'data')]);
    expectOneLineError(r, /row 2 classes: .*99.*15/);
    const out = runCli(['export', 'facilities', '--format', 'csv', '--data', join(dir, 'data')]);
    expect(out.code).toBe(0);
    expect(out.stdout).not.toContain('好的托育点');
  });

  it('refuses a NUL byte in a cell in one line naming row and column, importing nothing', () => {
    const csv = join(dir, 'nul.csv');
    writeFileSync(csv, `name,tier,ownership,division_id,address,lng,lat\n空字符托育点,community,affordable,${A},某路\u00009号,113.1,36.2\n`);
    expectOneLineError(runCli(['import', 'facilities', csv, '--data', join(dir, 'data')]), /row 1 address: the cell contains a NUL character U\+0000 at character 3/);
    expect(runCli(['export', 'facilities', '--format', 'csv', '--data', join(dir, 'data')]).stdout).not.toContain('空字符托育点');
  });

  it('imports a clean file and exports csv, xlsx and geojson', () => {
    const csv = join(dir, 'good.csv');
    writeFileSync(csv, `名称,层级,性质,区县代码,地址,经度,纬度,班级\n命令行托育点,社区托育点,普惠,${A},潞州区某路3号,113.12,36.21,托小班1:toddler_small:15\n`);
    const r = runCli(['import', 'facilities', csv, '--data', join(dir, 'data')]);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ created: 1, updated: 0 });
    const out = runCli(['export', 'facilities', '--format', 'csv', '--data', join(dir, 'data')]);
    expect(out.stdout).toContain('命令行托育点');
    const geo = runCli(['export', 'facilities', '--format', 'geojson', '--data', join(dir, 'data')]);
    expect(JSON.parse(geo.stdout).features.length).toBe(6);
    const xlsx = join(dir, 'f.xlsx');
    expect(runCli(['export', 'facilities', '--format', 'xlsx', '--out', xlsx, '--data', join(dir, 'data')]).code).toBe(0);
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
  });
});
