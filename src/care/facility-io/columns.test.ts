import { describe, expect, it } from 'vitest';
import { columnLetter, resolveHeader } from './columns.ts';
import { facilitiesToCsv, parseFacilitiesCsv } from './csv.ts';
import { facility } from './test-fixtures.ts';

describe('headers', () => {
  it('accepts English, Chinese, any case/spacing, camelCase and the bilingual XLSX form', () => {
    expect(resolveHeader('filing_status')).toBe('filing_status');
    expect(resolveHeader(' Filing Status ')).toBe('filing_status');
    expect(resolveHeader('FILINGSTATUS')).toBe('filing_status');
    expect(resolveHeader('备案状态')).toBe('filing_status');
    expect(resolveHeader('备案状态 (filing_status)')).toBe('filing_status');
    expect(resolveHeader('签约医疗机构（medical_institution_id）')).toBe('medical_institution_id');
    expect(resolveHeader('floorAreaM2')).toBe('floor_area_m2');
    expect(resolveHeader('名称 (address)')).toBeUndefined(); // the two languages disagree
    expect(resolveHeader('colour')).toBeUndefined();
  });

  it('names spreadsheet columns by letter', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('rejects an unknown column at row 0, naming it, and still checks the rows', () => {
    const csv = facilitiesToCsv([facility(1), facility(2, { ownership: 'state' as never })]).replace('medical_institution_id\r\n', 'medical_institution_id,colour\r\n');
    const r = parseFacilitiesCsv(csv);
    expect(r.issues.map(({ row, field, code }) => ({ row, field, code }))).toEqual([
      { row: 0, field: 'colour', code: 'unknown_column' },
      { row: 2, field: 'ownership', code: 'unknown_value' },
    ]);
    expect(r.issues[0]!.message).toMatch(/unknown column "colour"/);
  });

  it('reports a missing required column once at row 0, not on every row', () => {
    const text = 'name,tier,ownership,division_id,address,lng\r\n托育点A,community,public,140403,某路1号,113.1\r\n托育点B,community,public,140403,某路2号,113.2\r\n';
    const r = parseFacilitiesCsv(text);
    expect(r.issues).toEqual([{ row: 0, field: 'lat', code: 'missing_column', message: 'required column lat (纬度) is missing' }]);
    expect(r.rows).toEqual([]);
  });

  it('reports a column given twice (in either language)', () => {
    const csv = facilitiesToCsv([facility(1)]).replace('medical_institution_id\r\n', 'medical_institution_id,名称\r\n').replace(/\r\n$/, ',重名\r\n');
    const r = parseFacilitiesCsv(csv);
    expect(r.issues).toEqual([{ row: 0, field: 'name', code: 'duplicate_column', message: 'column name appears twice ("name" and "名称")' }]);
  });

  it('reports a value under no header', () => {
    const r = parseFacilitiesCsv(`${facilitiesToCsv([facility(1)]).trimEnd()},surprise\r\n`);
    expect(r.issues).toEqual([{ row: 1, field: 'column W', code: 'unheaded_value', message: 'a value ("surprise") in column W, which has no header' }]);
  });

  it('checks the text of header cells too, naming the column by letter', () => {
    const r = parseFacilitiesCsv('name,tier\u0007,ownership,division_id,address,lng,lat\r\n');
    expect(r.issues).toEqual([
      { row: 0, field: 'column B', code: 'control_character', message: 'the cell contains the control character U+0007 at character 5; remove it', params: { index: 4, codePoint: 7 } },
      { row: 0, field: 'tier', code: 'missing_column', message: 'required column tier (层级) is missing' },
    ]);
  });
});
