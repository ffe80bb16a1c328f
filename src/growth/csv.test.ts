/**
 * The `growth score` CSV contract: input columns in any case and order, other columns kept verbatim, z/flag/reason
 * columns appended (or overwritten when present), ages from dates, every bad cell a reason on the scores it feeds,
 * and a bad file one `invalid` error naming `in`.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/errors.ts';
import { OUTPUT_COLUMNS, ageDaysBetween, loadWhoTables, parseSex, parsePosition, scoreCsv } from './index.ts';

const tables = await loadWhoTables();
const rowsOf = (csv: string) => parse(csv, { columns: true }) as Record<string, string>[];
function fileError(text: string): string {
  try {
    scoreCsv(tables, text);
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).field).toBe('in');
    return (e as AppError).message;
  }
  throw new Error('accepted');
}

describe('growth score CSV', () => {
  it('keeps the input columns and appends the contract columns', () => {
    const out = scoreCsv(tables, 'ID,Sex,Age_Days,Weight_kg,Length_cm,Position,Head_cm,note\nc1,M,365,9.5,75,l,46,"first, visit"\n');
    expect(out.csv.split('\n')[0]).toBe(`ID,Sex,Age_Days,Weight_kg,Length_cm,Position,Head_cm,note,${OUTPUT_COLUMNS.join(',')}`);
    const [r] = rowsOf(out.csv);
    expect(r).toMatchObject({ ID: 'c1', note: 'first, visit', z_wfa: '-0.14', z_lhfa: '-0.31', z_wflh: '0.00', z_bfa: '0.07', z_hcfa: '-0.05', flag_wfa: '0', reason_wfa: '', clenhei_cm: '75', wflh_table: 'wfl', c9mo_flag: '0' });
    expect(out).toMatchObject({ rows: 1, computed: { wfa: 1, lhfa: 1, wflh: 1, bfa: 1, hcfa: 1 }, flagged: { wfa: 0, lhfa: 0, wflh: 0, bfa: 0, hcfa: 0 } });
  });

  it('writes an empty value, an empty flag and the reason where a score is not computable', () => {
    const out = scoreCsv(
      tables,
      [
        'id,sex,age_days,weight_kg,length_cm,position,head_cm',
        'zero,F,800,0,85,l,',
        'neg,F,800,-2,85,l,',
        'sex,X,100,5,60,,',
        'old,2,2000,12,90,h,',
        'short,1,100,5,40,l,',
        'text,1,200,abc,65,h,',
        'pos,1,200,7,65,sitting,40',
      ].join('\n'),
    );
    const rows = rowsOf(out.csv);
    const by = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(by.zero).toMatchObject({ z_wfa: '', flag_wfa: '', reason_wfa: 'weight_invalid: weight must be a positive number of kg, got 0', z_lhfa: '-1.01', z_wflh: '', z_bfa: '', reason_hcfa: 'head_missing: head circumference is missing' });
    expect(by.neg!.reason_wflh).toBe('weight_invalid: weight must be a positive number of kg, got -2');
    for (const k of ['wfa', 'lhfa', 'wflh', 'bfa', 'hcfa']) expect(by.sex![`reason_${k}`]).toBe('sex_unknown: sex "X" is not 1/M (boy) or 2/F (girl)');
    expect(by.old!.reason_wfa).toBe('age_out_of_range: age 2000 days is beyond the WHO tables (0–1856 days)');
    expect(by.short).toMatchObject({ z_wflh: '', reason_wflh: 'length_out_of_range: length 40 cm is outside the weight-for-length table (45–110 cm)', flag_lhfa: '1' });
    expect(by.text).toMatchObject({ reason_wfa: 'weight_invalid: weight_kg "abc" is not a number', c9mo_flag: '1' });
    expect(by.pos).toMatchObject({ z_wfa: '-1.38', z_lhfa: '', reason_lhfa: 'position_invalid: position "sitting" is not l (lying) or h (standing)', z_hcfa: '-3.03' });
    expect(out.computed).toEqual({ wfa: 2, lhfa: 4, wflh: 0, bfa: 1, hcfa: 1 });
  });

  it('takes the age from birth_date and date when there is no age_days', () => {
    const rows = rowsOf(scoreCsv(tables, 'sex,birth_date,date,weight_kg\n1,2024-01-31,2025-01-30,9.5\n2,2024/2/29,2024/3/1,4\n1,2024-02-30,2024-03-01,4\n1,2024-05-01,2024-04-01,4\n1,,2024-04-01,4\n').csv);
    expect(rows[0]!.z_wfa).toBe('-0.14'); // 365 days, as above
    expect(rows[1]!.z_wfa).not.toBe('');
    expect(rows[2]!.reason_wfa).toBe('age_invalid: birth_date "2024-02-30" is not a date (YYYY-MM-DD)');
    expect(rows[3]!.reason_wfa).toBe('age_invalid: date 2024-04-01 is before birth_date 2024-05-01');
    expect(rows[4]!.reason_wfa).toBe('age_missing: birth_date is missing (date is given)');
    expect(ageDaysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(ageDaysBetween('2024-02-28', 'soon')).toBeNull();
  });

  it('overwrites contract columns already in the file instead of repeating them', () => {
    const once = scoreCsv(tables, 'sex,age_days,weight_kg\n1,365,9.5\n').csv;
    const twice = scoreCsv(tables, once).csv;
    expect(twice).toBe(once);
  });

  it('reads Chinese sex and position words and quotes what needs quoting', () => {
    expect([parseSex('男'), parseSex('女'), parseSex(' f '), parseSex(2), parseSex('boy'), parseSex('?')]).toEqual([1, 2, 2, 2, 1, null]);
    expect([parsePosition('卧位'), parsePosition('H'), parsePosition(''), parsePosition('x')]).toEqual(['l', 'h', null, undefined]);
    const out = scoreCsv(tables, 'name,sex,age_days,weight_kg\n"王 ""小"" 明",男,100,6\n');
    expect(out.csv.split('\n')[1]).toMatch(/^"王 ""小"" 明",男,100,6,/);
  });

  it('refuses a file it cannot score, in one line naming the problem', () => {
    expect(fileError('')).toMatch(/^in: no header row/);
    expect(fileError('\n\n')).toMatch(/^in: no header row/);
    expect(fileError('id,age_days,weight_kg\n1,100,5\n')).toBe('in: the header has no "sex" column (found: id, age_days, weight_kg)');
    expect(fileError('id,sex,age_days\n1,1,100\n')).toBe('in: the header has none of weight_kg, length_cm, head_cm: nothing to score');
    expect(fileError('sex,sex,weight_kg\n1,1,5\n')).toBe('in: column "sex" appears twice in the header');
    expect(fileError('sex,age_days,weight_kg\n1,100\n')).toMatch(/^in: not a readable CSV file: .*line 2/);
    expect(fileError('sex,weight_kg\n"1,5\n')).toMatch(/^in: not a readable CSV file/);
  });
});
