/**
 * `carecircle growth score` as a shell user meets it (spawned): WHO's igrowup survey scored from its raw columns
 * reproduces all 1,970 expected z-scores to ±0.005 and WHO's flags; bad rows get empty values with reasons; a bad
 * file or flag is one line `error: …` and a non-zero exit.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../../test/spawn.ts';
import { HAS_SURVEY, NO_SURVEY_MESSAGE, SURVEY, expectedFlag, readSurvey } from '../growth/test-data.ts';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}
function cli(args: string[], input?: string): Promise<Run> {
  return new Promise((res) => {
    const child = execFile(process.execPath, [BIN, 'growth', ...args], { cwd: ROOT, timeout: 60_000, maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      res({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
    });
    if (input !== undefined) child.stdin!.end(input);
    else child.stdin!.end();
  });
}
const tmp = mkdtempSync(join(tmpdir(), 'cc-growth-'));
const csvRows = (text: string) => parse(text, { columns: true }) as Record<string, string>[];
const zColumn = (indicator: string) => `z_${indicator === 'wfl' || indicator === 'wfh' ? 'wflh' : indicator}`;
const flagColumn = (indicator: string) => zColumn(indicator).replace('z_', 'flag_');

if (!HAS_SURVEY) console.warn(NO_SURVEY_MESSAGE);

describe.skipIf(!HAS_SURVEY)('growth score on WHO igrowup survey', () => {
  it('reproduces all 1,970 expected z-scores to ±0.005 and the flags, from the raw measurements', async () => {
    const survey = readSurvey();
    // One child visit per expected score: the raw inputs only (no clenhei, no BMI); head circumference for hcfa rows.
    const lines = ['id,indicator,sex,age_days,weight_kg,length_cm,position,head_cm'];
    survey.forEach((r, i) => lines.push([`s${i + 2}`, r.indicator, r.sex, r.ageDays, r.weightKg, r.lengthCm, r.position, r.indicator === 'hcfa' ? r.measure : ''].join(',')));
    const input = join(tmp, 'survey-in.csv');
    const output = join(tmp, 'survey-out.csv');
    writeFileSync(input, `${lines.join('\n')}\n`);
    const r = await cli(['score', '--in', input, '--out', output]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ rows: 1970, out: output });
    const out = csvRows(readFileSync(output, 'utf8'));
    expect(out).toHaveLength(1970);
    const misses: string[] = [];
    out.forEach((row, i) => {
      const e = survey[i]!;
      const got = row[zColumn(e.indicator)]!;
      if (got === '' || Math.abs(Number(got) - e.expectedZ) > 0.005 + 1e-9) misses.push(`${row.id} ${e.indicator}: ${got || row[zColumn(e.indicator).replace('z_', 'reason_')]}, expected ${e.expectedZ}`);
      if (row[flagColumn(e.indicator)] !== (expectedFlag(e.indicator, e.expectedZ) ? '1' : '0')) misses.push(`${row.id}: flag ${row[flagColumn(e.indicator)]}`);
      if ((e.indicator === 'wfl' || e.indicator === 'wfh') && row.wflh_table !== e.indicator) misses.push(`${row.id}: table ${row.wflh_table}, expected ${e.indicator}`);
    });
    expect(misses).toEqual([]);
  });

  it('scores the survey file read in place (its own columns; no head_cm column, so head scores say so)', async () => {
    const r = await cli(['score', '--in', SURVEY]);
    expect(r.code).toBe(0);
    const out = csvRows(r.stdout);
    const survey = readSurvey();
    let checked = 0;
    out.forEach((row, i) => {
      const e = survey[i]!;
      if (e.indicator === 'hcfa') {
        expect(row.reason_hcfa).toBe('head_missing: head circumference is missing');
        return;
      }
      expect(Math.abs(Number(row[zColumn(e.indicator)]) - e.expectedZ)).toBeLessThanOrEqual(0.005 + 1e-9);
      checked++;
    });
    expect(checked).toBe(1877);
  });
});

describe('growth score: files, flags and errors', () => {
  it('writes the scored CSV to stdout, reads stdin with --in -, and reads a GB18030 file from Excel', async () => {
    const csv = 'id,sex,age_days,weight_kg,length_cm,position,head_cm\nc1,M,365,9.5,75,l,46\nc2,1,,9,0,l,\n';
    const r = await cli(['score', '--in', '-'], csv);
    expect(r.stderr).toBe('');
    const [a, b] = csvRows(r.stdout);
    expect(a).toMatchObject({ id: 'c1', z_wfa: '-0.14', z_lhfa: '-0.31', z_wflh: '0.00', z_bfa: '0.07', z_hcfa: '-0.05', flag_wfa: '0' });
    expect(b).toMatchObject({ z_wfa: '', reason_wfa: 'age_missing: age is missing', reason_wflh: 'length_invalid: length/height must be a positive number of cm, got 0' });
    const gbk = join(tmp, 'gbk.csv');
    writeFileSync(gbk, Buffer.concat([Buffer.from('name,sex,age_days,weight_kg\n'), Buffer.from([0xcd, 0xf5, 0x2c, 0xc4, 0xd0]), Buffer.from(',365,9.5\n')])); // 王,男
    const g = await cli(['score', '--in', gbk]);
    expect(csvRows(g.stdout)[0]).toMatchObject({ name: '王', sex: '男', z_wfa: '-0.14' });
  });

  it('bad input: one line "error: …" and exit 1, nothing written', async () => {
    mkdirSync(join(tmp, 'folder'), { recursive: true });
    writeFileSync(join(tmp, 'empty.csv'), '');
    writeFileSync(join(tmp, 'nosex.csv'), 'id,weight_kg\n1,5\n');
    writeFileSync(join(tmp, 'ragged.csv'), 'sex,age_days,weight_kg\n1,100\n');
    writeFileSync(join(tmp, 'binary.csv'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]));
    const cases: Array<[string[], RegExp]> = [
      [['score'], /^error: missing required option --in/],
      [['score', '--in'], /^error: option --in needs a value/],
      [['score', '--in', join(tmp, 'missing.csv')], /^error: in: file not found: .*missing\.csv$/],
      [['score', '--in', join(tmp, 'folder')], /^error: in: is a folder, not a file/],
      [['score', '--in', join(tmp, 'empty.csv')], /^error: in: no header row/],
      [['score', '--in', join(tmp, 'nosex.csv')], /^error: in: the header has no "sex" column/],
      [['score', '--in', join(tmp, 'ragged.csv')], /^error: in: not a readable CSV file: .*line 2/],
      [['score', '--in', join(tmp, 'binary.csv')], /^error: in: .* is not a text file$/],
      [['score', '--in', join(tmp, 'nosex.csv'), '--colour', 'red'], /^error: unknown option --colour/],
      [['plot', '--in', 'x.csv'], /^error: unknown growth command "plot"/],
      [['score', '--in', join(tmp, 'nosex.csv'), '--out', ''], /^error: option --out needs a file name/],
      [['score', '--in', join(tmp, 'ragged.csv'), '--out', join(tmp, 'never.csv')], /^error: in: not a readable CSV file/],
      [['score', 'extra', '--in', join(tmp, 'nosex.csv')], /^error: unexpected argument "extra"/],
    ];
    const results = await Promise.all(cases.map(([args]) => cli(args)));
    results.forEach((r, k) => {
      const what = cases[k]![0].join(' ');
      expect(r.code, what).toBe(1);
      expect(r.stdout, what).toBe('');
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines, what).toHaveLength(1);
      expect(lines[0], what).toMatch(cases[k]![1]);
    });
    expect(existsSync(join(tmp, 'never.csv'))).toBe(false);
  });

  it('an unwritable --out is one line too, and leaves no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-growth-out-'));
    const ok = join(dir, 'ok.csv');
    writeFileSync(ok, 'sex,age_days,weight_kg\n1,100,5\n');
    mkdirSync(join(dir, 'taken'));
    const [missingDir, isDir, help, bare] = await Promise.all([
      cli(['score', '--in', ok, '--out', join(dir, 'no', 'such', 'dir', 'out.csv')]),
      cli(['score', '--in', ok, '--out', join(dir, 'taken')]),
      cli(['--help']),
      cli([]),
    ]);
    expect(missingDir.code).toBe(1);
    expect(missingDir.stderr.trimEnd()).toMatch(/^error: out: cannot write .*out\.csv \(no such folder\)$/);
    expect(isDir.code).toBe(1);
    expect(isDir.stderr.trimEnd()).toMatch(/^error: out: cannot write .*taken \(EISDIR\)$/);
    expect(readdirSync(dir).sort()).toEqual(['ok.csv', 'taken']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/growth score --in children\.csv \[--out scored\.csv\]/);
    expect(bare.code).toBe(2);
    expect(bare.stdout).toMatch(/^carecircle growth/);
  });
});
