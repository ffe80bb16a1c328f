import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gcj02ToWgs84 } from '../../shared/coords.ts';
import { facilitiesToCsv, parseFacilitiesCsv } from './csv.ts';
import { facility, fixture, GOLDEN, strip } from './test-fixtures.ts';
import { MAX_IMPORT_ROWS, MAX_READ_ROWS } from './types.ts';

describe('parseFacilitiesCsv', () => {
  it('reports exactly the 3 bad rows of 50, naming row and column, and keeps the 47 good ones', () => {
    const list = Array.from({ length: 50 }, (_, i) => facility(i + 1));
    list[6] = facility(7, { classes: [{ name: '托小班1', band: 'toddler_small', capacity: 18 }] });
    list[22] = facility(23, { tier: 'kindergarten' as never });
    list[40] = facility(41, { location: { lng: 113.2, lat: 95 } });
    const r = parseFacilitiesCsv(facilitiesToCsv(list));
    expect(r.issues).toEqual([
      { row: 7, field: 'classes', code: 'over_cap', params: { cap: 15, band: 'toddler_small', policy: 'cn-national-2019' }, message: '托小班 (toddler_small) capacity 18 exceeds the national cap of 15 (cn-national-2019)' },
      { row: 23, field: 'tier', code: 'unknown_value', message: expect.stringMatching(/^unknown tier "kindergarten"; use one of: municipal_centre \(市级托育综合服务中心\), .*kindergarten_class \(幼儿园托班\)/) },
      { row: 41, field: 'lat', code: 'out_of_range', message: 'lat 95 is out of range: latitude is between -90 and 90 degrees' },
    ]);
    expect(r.rows).toHaveLength(47);
    expect(r.rows.map((x) => x.row)).not.toContain(7);
    expect(r.rows[0]).toEqual({ row: 1, id: list[0]!.id, data: strip(list[0]!) });
  });

  it('reads an Excel "CSV UTF-8" file: BOM, CRLF, Chinese headers and enum names, full-width separators, gcj02', () => {
    const r = parseFacilitiesCsv(readFileSync(fixture('excel-zh.csv'), 'utf8'));
    expect(r.issues).toEqual([]);
    const [a, b] = r.rows;
    expect(a!.row).toBe(1);
    expect(a!.id).toBeUndefined();
    const [lng, lat] = gcj02ToWgs84(113.122, 36.201);
    expect(a!.data).toEqual({
      name: '潞州区英雄南路社区托育点',
      tier: 'community',
      ownership: 'affordable',
      filingStatus: 'filed',
      filingNumber: '晋长托备2024-017',
      divisionId: '140403',
      address: '长治市潞州区英雄南路12号, 3号楼\r\n一层',
      location: { lng, lat },
      openingHours: { days: [1, 2, 3, 4, 5], open: '07:30', close: '18:00' },
      services: [
        { mode: 'full_day', price: 1500, unit: 'month' },
        { mode: 'temporary', price: 35, unit: 'hour' },
      ],
      classes: [
        { name: '乳儿班1', band: 'infant', capacity: 10 },
        { name: '托小班1', band: 'toddler_small', capacity: 15 },
      ],
      floorAreaM2: 420,
      outdoorAreaM2: 120,
      contact: { person: '王老师', phone: '0355-2021234' },
      supervisorId: null,
      medicalInstitutionId: null,
    });
    expect(b!.row).toBe(2);
    expect(b!.data).toMatchObject({
      tier: 'municipal_centre',
      ownership: 'public',
      filingStatus: 'unfiled',
      filingNumber: null,
      location: { lng: 113.13, lat: 36.19 },
      openingHours: { days: [1, 2, 3, 4, 5, 6], open: '08:00', close: '17:30' },
      classes: [
        { name: '托大班1', band: 'toddler_large', capacity: 20 },
        { name: '"阳光"混合班', band: 'mixed', capacity: 18 },
      ],
      contact: null,
    });
  });

  it('gives the same result with or without BOM, with CRLF, LF or CR', () => {
    const crlfBom = facilitiesToCsv([facility(1), facility(2)]);
    expect(crlfBom.startsWith('\ufeff')).toBe(true);
    expect(crlfBom).toContain('\r\n');
    const lf = crlfBom.slice(1).replace(/\r\n/g, '\n');
    const cr = crlfBom.slice(1).replace(/\r\n/g, '\r');
    expect(parseFacilitiesCsv(lf)).toEqual(parseFacilitiesCsv(crlfBom));
    expect(parseFacilitiesCsv(cr)).toEqual(parseFacilitiesCsv(crlfBom));
    expect(parseFacilitiesCsv(lf).rows).toHaveLength(2);
  });

  it('flags an id used twice', () => {
    const r = parseFacilitiesCsv(facilitiesToCsv([facility(1), facility(2), { ...facility(3), id: facility(1).id }]));
    expect(r.issues).toEqual([{ row: 3, field: 'id', code: 'duplicate_id', message: `id ${facility(1).id} is also used in row 1; each facility appears once` }]);
    expect(r.rows.map((x) => x.row)).toEqual([1, 2]);
  });

  it('counts blank records in the row numbers but does not report them', () => {
    const [head, one] = facilitiesToCsv([facility(1, { tier: 'x' as never })]).split('\r\n');
    const r = parseFacilitiesCsv(`${head}\r\n\r\n,,,\r\n  , \r\n${one}\r\n`);
    expect(r.issues.map((i) => [i.row, i.field])).toEqual([[4, 'tier']]);
  });

  it('refuses a file whose first line is not the header, and an unclosed quote naming its row', () => {
    expect(() => parseFacilitiesCsv('')).toThrow(expect.objectContaining({ code: 'invalid', message: 'the file is empty: the first line must be the header' }));
    expect(() => parseFacilitiesCsv('\r\nname,tier\r\n')).toThrow(expect.objectContaining({ code: 'invalid', message: 'the file is empty: the first line must be the header' }));
    expect(() => parseFacilitiesCsv('name,address\r\nA,"somewhere\r\n')).toThrow(expect.objectContaining({ code: 'invalid', field: 'file', message: 'CSV row 1: a quoted field is never closed (a " is missing)' }));
  });

  it('refuses a NUL byte in a cell as an issue naming row and column, not a crash', () => {
    const [head, one, two] = facilitiesToCsv([facility(1), facility(2)]).split('\r\n');
    const r = parseFacilitiesCsv(`${head}\r\n${one}\r\n${two!.replace('长治市潞州区英雄南路2号', '长治市\u0000潞州区')}\r\n`);
    expect(r.issues).toEqual([{ row: 2, field: 'address', code: 'nul_character', message: 'the cell contains a NUL character U+0000 at character 4; remove it', params: { index: 3, codePoint: 0 } }]);
    expect(r.rows.map((x) => x.row)).toEqual([1]);
  });

  it('checks the text of cells under unknown columns and no column too', () => {
    const csv = facilitiesToCsv([facility(1)]).replace('medical_institution_id\r\n', 'medical_institution_id,colour\r\n').replace(/\r\n$/, ',re\u001bd,x\u0085\r\n');
    const r = parseFacilitiesCsv(csv);
    expect(r.issues.map(({ row, field, code }) => [row, field, code])).toEqual([
      [0, 'colour', 'unknown_column'],
      [1, 'column W', 'control_character'],
      [1, 'column X', 'control_character'],
    ]);
  });

  it(`stops reading at facility row ${MAX_IMPORT_ROWS + 1} with too_large, naming the row`, () => {
    const [head, one] = facilitiesToCsv([facility(1)]).split('\r\n');
    const text = `${head}\r\n${`${one}\r\n`.repeat(MAX_IMPORT_ROWS + 1)}${'garbage,"never closed\r\n'}`;
    // The unclosed quote after the limit is never reached: reading stopped before it.
    expect(() => parseFacilitiesCsv(text)).toThrow(expect.objectContaining({ code: 'too_large', message: expect.stringContaining(`reading stopped at row ${MAX_IMPORT_ROWS + 1}`) }));
  });

  it(`stops reading after ${MAX_READ_ROWS} records of empty fields; empty lines cost nothing and still count as rows`, () => {
    const head = 'name,tier,ownership,division_id,address,lng,lat\n';
    expect(() => parseFacilitiesCsv(`${head}${',,,,,,\n'.repeat(MAX_READ_ROWS + 5)}`)).toThrow(
      expect.objectContaining({ code: 'too_large', message: expect.stringContaining(`more than ${MAX_READ_ROWS} records (blank ones included) (reading stopped at row ${MAX_READ_ROWS + 1})`) }),
    );
    expect(parseFacilitiesCsv(`${head}${',,,,,,\n'.repeat(MAX_READ_ROWS - 1)}`)).toEqual({ rows: [], issues: [] });
    const r = parseFacilitiesCsv(`${head}${'\n'.repeat(8 * 1024 * 1024)}托育点X,community,public,140403,某路1号,113.1,95\n`);
    expect(r.issues.map((i) => [i.row, i.field])).toEqual([[8 * 1024 * 1024 + 1, 'lat']]);
  });
});

describe('facilitiesToCsv', () => {
  it('matches the golden CSV fixture and reads back to the same facilities (REGEN=1 rewrites it)', () => {
    const csv = facilitiesToCsv(GOLDEN);
    if (process.env.REGEN === '1') writeFileSync(fixture('golden.csv'), csv);
    expect(csv).toBe(readFileSync(fixture('golden.csv'), 'utf8'));
    const r = parseFacilitiesCsv(csv);
    expect(r.issues).toEqual([]);
    expect(r.rows).toEqual(GOLDEN.map((f, i) => ({ row: i + 1, id: f.id, data: strip(f) })));
  });

  it('guards text against spreadsheet formulas (CSV injection) and removes the guard on import', () => {
    const csv = facilitiesToCsv([GOLDEN[2]!, GOLDEN[1]!]);
    expect(csv).toContain(`,"'=HYPERLINK(""http://evil"")",`);
    expect(csv).toContain(",'+86 355 2021234,");
    expect(csv).toContain(',-73.98566,'); // numbers are not text: no guard
    expect(parseFacilitiesCsv(csv).rows.map((r) => r.data.name)).toEqual([GOLDEN[2]!.name, GOLDEN[1]!.name]);
  });
});
