import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { gcj02ToWgs84 } from '../shared/coords.ts';
import { AppError } from '../shared/errors.ts';
import { checkFacilityRules, facilityInputSchema, FILING_STATUSES, OWNERSHIPS, PRICE_UNITS, SERVICE_MODES, TIERS, type FacilityData } from './facility.ts';
import {
  csvRecords,
  decodeText,
  FACILITY_COLUMNS,
  facilitiesToCsv,
  facilitiesToGeoJson,
  facilitiesToXlsx,
  MAX_IMPORT_ROWS,
  parseFacilitiesCsv,
  parseFacilitiesFile,
  parseFacilitiesGeoJson,
  parseFacilitiesXlsx,
  resolveHeader,
  type ExportedFacility,
} from './facility-io.ts';
import { CLASS_BANDS, NATIONAL_POLICY_2019 } from './policy.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../../test/fixtures/facilities/${name}`, import.meta.url));

/** A valid community point; `n` varies the name, id and position. */
function facility(n: number, over: Partial<FacilityData> = {}): ExportedFacility {
  return {
    id: `7d9f${String(n).padStart(4, '0')}-0000-4000-8000-000000000000`,
    name: `社区托育点${n}`,
    tier: 'community',
    ownership: 'affordable',
    filingStatus: 'filed',
    filingNumber: `晋长托备-${n}`,
    divisionId: '140403',
    address: `长治市潞州区英雄南路${n}号`,
    location: { lng: Number((113.1 + n / 1000).toFixed(6)), lat: Number((36.2 - n / 1000).toFixed(6)) },
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
    outdoorAreaM2: 120.5,
    contact: { person: '王老师', phone: '0355-2021234' },
    supervisorId: null,
    medicalInstitutionId: null,
    ...over,
  };
}

const strip = ({ id: _id, ...data }: ExportedFacility): FacilityData => data;

/** The facilities the golden fixture was written from: awkward text on purpose. */
const GOLDEN: ExportedFacility[] = [
  facility(1),
  facility(2, {
    name: '阳光"宝贝", 托育中心\n(总园)',
    tier: 'county_centre',
    ownership: 'public',
    filingStatus: 'pending',
    filingNumber: null,
    openingHours: { days: [1, 2, 3, 4, 5, 6], open: '08:00', close: '17:30' },
    services: [{ mode: 'full_day', price: 0, unit: 'month' }],
    classes: [
      { id: '0b6f1e4a-1c2d-4e5f-8a9b-0c1d2e3f4a5b', name: '托大班:A;1', band: 'toddler_large', capacity: 20 },
      { name: '混合班\\2', band: 'mixed', capacity: 18 },
    ],
    contact: { phone: '+86 355 2021234' },
    supervisorId: '1a2b3c4d-0000-4000-8000-000000000001',
    medicalInstitutionId: '1a2b3c4d-0000-4000-8000-000000000002',
  }),
  facility(3, {
    name: '=HYPERLINK("http://evil")',
    tier: 'family_point',
    ownership: 'market',
    filingStatus: 'unfiled',
    filingNumber: null,
    location: { lng: -73.98566, lat: 40.748441 },
    openingHours: null,
    services: [],
    classes: [{ name: '混合班', band: 'mixed', capacity: 5 }],
    floorAreaM2: null,
    outdoorAreaM2: null,
    contact: null,
  }),
];

describe('CSV records (RFC 4180)', () => {
  const all = (s: string) => [...csvRecords(s)];

  it('splits quoted fields with commas, doubled quotes and line breaks; CRLF, LF and a final record without newline', () => {
    expect(all('a,b\r\n"x, y","say ""hi"""\r\n"line1\r\nline2",\n3,4')).toMatchObject([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['line1\r\nline2', ''],
      ['3', '4'],
    ]);
  });

  it('drops a UTF-8 BOM and keeps empty fields', () => {
    expect(all('\ufeffa,,c\r\n,,\r\n')).toMatchObject([
      ['a', '', 'c'],
      ['', '', ''],
    ]);
  });

  it('rejects an unclosed quote naming the row', () => {
    expect(() => all('a,b\r\n1,2\r\n"open,3\r\n')).toThrow(/row 2: a quoted field is never closed/);
    try {
      all('"x');
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).code).toBe('invalid');
    }
  });
});

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

  it('rejects an unknown column at row 0, naming it, and still checks the rows', () => {
    const csv = facilitiesToCsv([facility(1), facility(2, { ownership: 'state' as never })]).replace('medical_institution_id\r\n', 'medical_institution_id,colour\r\n');
    const r = parseFacilitiesCsv(csv);
    expect(r.issues.map(({ row, field }) => ({ row, field }))).toMatchObject([
      { row: 0, field: 'colour' },
      { row: 2, field: 'ownership' },
    ]);
    expect(r.issues[0]!.message).toMatch(/unknown column "colour"/);
  });

  it('reports a missing required column once at row 0, not on every row', () => {
    const text = 'name,tier,ownership,division_id,address,lng\r\n托育点A,community,public,140403,某路1号,113.1\r\n托育点B,community,public,140403,某路2号,113.2\r\n';
    const r = parseFacilitiesCsv(text);
    expect(r.issues).toMatchObject([{ row: 0, field: 'lat', message: 'required column lat (纬度) is missing' }]);
    expect(r.rows).toMatchObject([]);
  });

  it('reports a column given twice (in either language)', () => {
    const csv = facilitiesToCsv([facility(1)]).replace('medical_institution_id\r\n', 'medical_institution_id,名称\r\n').replace(/\r\n$/, ',重名\r\n');
    const r = parseFacilitiesCsv(csv);
    expect(r.issues).toMatchObject([{ row: 0, field: 'name', message: 'column name appears twice ("name" and "名称")' }]);
  });

  it('reports a value under no header', () => {
    const r = parseFacilitiesCsv(`${facilitiesToCsv([facility(1)]).trimEnd()},surprise\r\n`);
    expect(r.issues).toMatchObject([{ row: 1, field: 'column W', message: 'a value ("surprise") in column W, which has no header' }]);
  });
});

describe('parseFacilitiesCsv', () => {
  it('reports exactly the 3 bad rows of 50, naming row and column, and keeps the 47 good ones', () => {
    const list = Array.from({ length: 50 }, (_, i) => facility(i + 1));
    list[6] = facility(7, { classes: [{ name: '托小班1', band: 'toddler_small', capacity: 18 }] });
    list[22] = facility(23, { tier: 'kindergarten' as never });
    list[40] = facility(41, { location: { lng: 113.2, lat: 95 } });
    const r = parseFacilitiesCsv(facilitiesToCsv(list));
    expect(r.issues).toMatchObject([
      { row: 7, field: 'classes', message: '托小班 (toddler_small) capacity 18 exceeds the national cap of 15 (cn-national-2019)' },
      { row: 23, field: 'tier', message: expect.stringMatching(/^unknown tier "kindergarten"; use one of: municipal_centre \(市级托育综合服务中心\), .*kindergarten_class \(幼儿园托班\)/) },
      { row: 41, field: 'lat', message: 'lat 95 is out of range: latitude is between -90 and 90 degrees' },
    ]);
    expect(r.rows).toHaveLength(47);
    expect(r.rows.map((x) => x.row)).not.toContain(7);
    expect(r.rows[0]).toEqual({ row: 1, id: list[0]!.id, data: strip(list[0]!) });
  });

  it('reads an Excel "CSV UTF-8" file: BOM, CRLF, Chinese headers and enum names, full-width separators, gcj02', () => {
    const r = parseFacilitiesCsv(readFileSync(fixture('excel-zh.csv'), 'utf8'));
    expect(r.issues).toMatchObject([]);
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

  it('gives the same result with or without BOM, with CRLF or LF', () => {
    const crlfBom = facilitiesToCsv([facility(1), facility(2)]);
    expect(crlfBom.startsWith('\ufeff')).toBe(true);
    expect(crlfBom).toContain('\r\n');
    const lf = crlfBom.slice(1).replace(/\r\n/g, '\n');
    expect(parseFacilitiesCsv(lf)).toEqual(parseFacilitiesCsv(crlfBom));
    expect(parseFacilitiesCsv(lf).rows).toHaveLength(2);
  });

  it('rejects thousands separators clearly, in number columns and in prices', () => {
    const f = facilitiesToCsv([facility(1)]).replace(',420,', ',"1,420",').replace('full_day:1500/month; temporary:35/hour', '"full_day:1,500/month; temporary:35/hour"');
    const r = parseFacilitiesCsv(f);
    expect(r.issues).toMatchObject([
      { row: 1, field: 'services', message: 'service "full_day:1,500/month": price "1,500": write numbers without thousands separators (1500, not 1,500)' },
      { row: 1, field: 'floor_area_m2', message: '"1,420": write numbers without thousands separators (1420, not 1,420)' },
    ]);
  });

  it('names each problem of a row with several', () => {
    const text = [
      'name,tier,ownership,filing_status,division_id,address,lng,lat,opening_days,open,classes,contact_phone,id',
      'X,小区,public,filed,140403,某路1号,abc,36.2,1-9,25:00,"a:infant:3; a:infant:11",phone?,not-a-uuid',
    ].join('\r\n');
    const r = parseFacilitiesCsv(text);
    expect(r.issues.map((i) => i.field).sort()).toMatchObject(['classes', 'classes', 'close', 'contact_phone', 'filing_number', 'id', 'lng', 'name', 'open', 'opening_days', 'tier'].sort());
    expect(r.issues.every((i) => i.row === 1)).toBe(true);
    expect(r.issues.find((i) => i.field === 'close')!.message).toMatch(/opening_days, open and close go together/);
    expect(r.issues.find((i) => i.field === 'filing_number')!.message).toMatch(/filing number/);
    expect(r.issues.find((i) => i.field === 'lng')!.message).toBe('"abc" is not a number');
    expect(r.issues.find((i) => i.field === 'open')!.message).toBe('the time must be HH:MM (24-hour) (got "25:00")');
    expect(r.issues.filter((i) => i.field === 'classes').map((i) => i.message)).toMatchObject([
      '乳儿班 (infant) capacity 11 exceeds the national cap of 10 (cn-national-2019)',
      'class name "a" is used twice',
    ]);
  });

  it('names every bad item of a list cell', () => {
    const csv = facilitiesToCsv([facility(1)]).replace('乳儿班1:infant:10; 托小班1:toddler_small:15', '乳儿班1:baby:10; 托小班1:toddler_small:many; 托大班1:托大班:20');
    const r = parseFacilitiesCsv(csv);
    expect(r.issues).toMatchObject([
      {
        row: 1,
        field: 'classes',
        message: expect.stringMatching(/^unknown class band in "乳儿班1:baby:10": "baby"; use one of: infant \(乳儿班\).*; class "托小班1": capacity "many" is not a number$/),
      },
    ]);
  });

  it('flags an id used twice', () => {
    const r = parseFacilitiesCsv(facilitiesToCsv([facility(1), facility(2), { ...facility(3), id: facility(1).id }]));
    expect(r.issues).toMatchObject([{ row: 3, field: 'id', message: `id ${facility(1).id} is also used in row 1; each facility appears once` }]);
    expect(r.rows.map((x) => x.row)).toMatchObject([1, 2]);
  });

  it('counts blank records in the row numbers but does not report them', () => {
    const [head, one] = facilitiesToCsv([facility(1, { tier: 'x' as never })]).split('\r\n');
    const r = parseFacilitiesCsv(`${head}\r\n\r\n,,,\r\n${one}\r\n`);
    expect(r.issues.map((i) => [i.row, i.field])).toMatchObject([[3, 'tier']]);
  });

  it(`refuses more than ${MAX_IMPORT_ROWS} rows with too_large`, () => {
    const [head, one] = facilitiesToCsv([facility(1)]).split('\r\n');
    const text = `${head}\r\n${`${one}\r\n`.repeat(MAX_IMPORT_ROWS + 1)}`;
    expect(() => parseFacilitiesCsv(text)).toThrow(expect.objectContaining({ code: 'too_large' }));
  });

  it('checks class caps against the policy it is given', () => {
    const strict = { ...NATIONAL_POLICY_2019, id: 'local-2026', classes: { ...NATIONAL_POLICY_2019.classes, infant: { ...NATIONAL_POLICY_2019.classes.infant, maxChildren: 8 } } };
    const r = parseFacilitiesCsv(facilitiesToCsv([facility(1)]), { policy: strict });
    expect(r.issues).toMatchObject([{ row: 1, field: 'classes', message: '乳儿班 (infant) capacity 10 exceeds the national cap of 8 (local-2026)' }]);
  });
});

describe('export', () => {
  it('matches the golden CSV fixture and reads back to the same facilities (REGEN=1 rewrites it)', () => {
    const csv = facilitiesToCsv(GOLDEN);
    if (process.env.REGEN === '1') writeFileSync(fixture('golden.csv'), csv);
    expect(csv).toBe(readFileSync(fixture('golden.csv'), 'utf8'));
    const r = parseFacilitiesCsv(csv);
    expect(r.issues).toMatchObject([]);
    expect(r.rows).toEqual(GOLDEN.map((f, i) => ({ row: i + 1, id: f.id, data: strip(f) })));
  });

  it('guards text against spreadsheet formulas (CSV injection) and removes the guard on import', () => {
    const csv = facilitiesToCsv([GOLDEN[2]!, GOLDEN[1]!]);
    expect(csv).toContain(`,"'=HYPERLINK(""http://evil"")",`);
    expect(csv).toContain(",'+86 355 2021234,");
    expect(csv).toContain(',-73.98566,'); // numbers are not text: no guard
  });

  it('writes an XLSX with a frozen bilingual header, column widths, and reads it back', async () => {
    const buf = await facilitiesToXlsx(GOLDEN);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(2).value).toBe('名称 (name)');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getColumn(2).width).toBeGreaterThanOrEqual(20);
    expect(ws.getRow(2).getCell(9).value).toBe(GOLDEN[0]!.location.lng); // lng is a number cell
    const r = await parseFacilitiesXlsx(buf);
    expect(r.issues).toMatchObject([]);
    expect(r.rows).toEqual(GOLDEN.map((f, i) => ({ row: i + 1, id: f.id, data: strip(f) })));
  });

  it('writes GeoJSON Points in WGS-84 with the flat columns as properties', () => {
    const gj = facilitiesToGeoJson([facility(1, { location: { lng: 113.116, lat: 36.196, crs: 'gcj02' } })]);
    const [lng, lat] = gcj02ToWgs84(113.116, 36.196);
    expect(gj.features[0]!.geometry).toEqual({ type: 'Point', coordinates: [lng, lat] });
    expect(gj.features[0]!.properties).toMatchObject({ name: '社区托育点1', classes: '乳儿班1:infant:10; 托小班1:toddler_small:15', opening_days: '1-5', floor_area_m2: 420, supervisor_id: null });
    expect(Object.keys(gj.features[0]!.properties)).toEqual(FACILITY_COLUMNS.filter((c) => c !== 'lng' && c !== 'lat' && c !== 'crs'));
  });
});

describe('parseFacilitiesXlsx', () => {
  it('numbers rows as spreadsheet row − 1 and reads what Excel makes of typed times and "1-5"', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['名称', '层级', '性质', '区县代码', '地址', '经度', '纬度', '开放日', '开门', '关门', '联系电话']);
    ws.addRow(['托育点甲', '社区托育点', '普惠', 140403, '某路1号', 113.1, 36.2, new Date(Date.UTC(2026, 0, 5)), new Date(Date.UTC(1899, 11, 30, 7, 30)), 0.75, 13800000000]);
    ws.addRow([]);
    ws.addRow(['托育点乙', '社区托育点', '普惠', '140403', '某路2号', 113.1, 136.2]);
    ws.addRow(['托育点丙', '社区托育点', '公办', '140403', '某路3号', 113.1, { formula: 'A1', result: 36.3 }]);
    ws.addRow(['托育点丁', '社区托育点', '公办', '140403', '某路4号', 113.1, 36.3, '', '', '', '', { formula: 'B99', result: { error: '#REF!' } }]);
    ws.getRow(1).getCell(12).value = '建筑面积';
    const r = await parseFacilitiesXlsx(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(r.issues).toMatchObject([
      { row: 3, field: 'lat', message: 'lat 136.2 is out of range: latitude is between -90 and 90 degrees' },
      { row: 5, field: 'floor_area_m2', message: 'the cell shows the spreadsheet error #REF!; put the value itself there' },
    ]);
    expect(r.rows.map((x) => x.row)).toMatchObject([1, 4]);
    expect(r.rows[0]!.data).toMatchObject({ divisionId: '140403', openingHours: { days: [1, 2, 3, 4, 5], open: '07:30', close: '18:00' }, contact: { phone: '13800000000' } });
    expect(r.rows[1]!.data.location).toEqual({ lng: 113.1, lat: 36.3 });
  });

  it('rejects bytes that are not a workbook', async () => {
    await expect(parseFacilitiesXlsx(Buffer.from('not a zip'))).rejects.toMatchObject({ code: 'invalid', field: 'file' });
  });
});

describe('parseFacilitiesGeoJson', () => {
  it('round-trips the export', () => {
    const r = parseFacilitiesGeoJson(JSON.stringify(facilitiesToGeoJson(GOLDEN)));
    expect(r.issues).toMatchObject([]);
    expect(r.rows).toEqual(GOLDEN.map((f, i) => ({ row: i + 1, id: f.id, data: strip(f) })));
  });

  it('rejects a LineString feature naming geometry, and lng/lat or unknown properties', () => {
    const gj = facilitiesToGeoJson([facility(1), facility(2), facility(3)]) as unknown as { features: Array<{ geometry: unknown; properties: Record<string, unknown> }> };
    gj.features[1]!.geometry = { type: 'LineString', coordinates: [[113.1, 36.2], [113.2, 36.3]] };
    gj.features[2]!.properties.lat = 36.2;
    gj.features[2]!.properties['颜色'] = 'red';
    const r = parseFacilitiesGeoJson(JSON.stringify(gj));
    expect(r.issues).toMatchObject([
      { row: 2, field: 'geometry', message: 'geometry must be a Point, not "LineString"' },
      { row: 3, field: 'lat', message: 'lat comes from the geometry, not from properties' },
      { row: 3, field: '颜色', message: expect.stringMatching(/^unknown property "颜色"/) },
    ]);
    expect(r.rows.map((x) => x.row)).toMatchObject([1]);
  });

  it('rejects missing and out-of-range Point coordinates on geometry; Chinese property names work', () => {
    const props = { 名称: '托育点', 层级: '家庭托育点', 性质: '市场化', 区县代码: '140403', 地址: '某路1号', 坐标系: 'gcj02' };
    const doc = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: null, properties: props },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [200, 36] }, properties: props },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [113.116, 36.196] }, properties: props },
      ],
    };
    const r = parseFacilitiesGeoJson(JSON.stringify(doc));
    expect(r.issues.map((i) => [i.row, i.field])).toMatchObject([
      [1, 'geometry'],
      [2, 'geometry'],
    ]);
    const [lng, lat] = gcj02ToWgs84(113.116, 36.196);
    expect(r.rows[0]!.data).toMatchObject({ tier: 'family_point', ownership: 'market', location: { lng, lat } });
  });

  it('throws invalid for text that is not a FeatureCollection', () => {
    expect(() => parseFacilitiesGeoJson('{')).toThrow(expect.objectContaining({ code: 'invalid' }));
    expect(() => parseFacilitiesGeoJson('{"type":"Feature"}')).toThrow(/FeatureCollection/);
  });
});

describe('parseFacilitiesFile', () => {
  it('dispatches by content type or file name', async () => {
    const csv = Buffer.from(facilitiesToCsv(GOLDEN));
    const xlsx = await facilitiesToXlsx(GOLDEN);
    const geo = Buffer.from(JSON.stringify(facilitiesToGeoJson(GOLDEN)));
    const expected = GOLDEN.map((f, i) => ({ row: i + 1, id: f.id, data: strip(f) }));
    for (const [buf, type] of [
      [csv, 'text/csv; charset=utf-8'],
      [csv, '托育机构.CSV'],
      [csv, 'application/vnd.ms-excel'], // what Windows browsers send for .csv
      [xlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      [xlsx, 'facilities.xlsx'],
      [xlsx, 'application/octet-stream'],
      [geo, 'application/geo+json'],
      [geo, 'facilities.geojson'],
    ] as const) {
      const r = await parseFacilitiesFile(new Uint8Array(buf), type);
      expect(r, type).toEqual({ rows: expected, issues: [] });
    }
  });

  it('reads a GBK/GB18030 CSV (plain "CSV" from a Chinese Excel)', async () => {
    // "名称" in GBK is C3FB B3C6; the rest of the header is ASCII.
    const gbk = new Uint8Array([0xc3, 0xfb, 0xb3, 0xc6, ...Buffer.from(',tier,ownership,division_id,address,lng,lat\r\nAB,community,public,140403,Road 1,113.1,36.2\r\n')]);
    expect(decodeText(gbk).startsWith('名称,')).toBe(true);
    const r = await parseFacilitiesFile(gbk, 'text/csv');
    expect(r.issues).toMatchObject([]);
    expect(r.rows[0]!.data.name).toBe('AB');
  });

  it('refuses legacy .xls and unknown formats with unsupported', async () => {
    await expect(parseFacilitiesFile(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), 'old.xls')).rejects.toMatchObject({ code: 'unsupported' });
    await expect(parseFacilitiesFile(Buffer.from('x'), 'application/pdf')).rejects.toMatchObject({ code: 'unsupported' });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Round-trip property: any valid facility survives export → parse unchanged, in all three formats.

const awkward = [...'托育中心乳儿班 ab,Z"\';:；：\\\n=+-@()é1'];
const textArb = (max: number) =>
  fc
    .string({ unit: fc.constantFrom(...awkward), minLength: 2, maxLength: max })
    .map((s) => s.trim())
    .filter((s) => s.length >= 2);
const uuidArb = fc.uuid().filter((u) => z.uuid().safeParse(u).success);
const coord = (lim: number) => fc.double({ min: -lim, max: lim, noNaN: true }).map((v) => v + 0);
const area = fc.option(fc.double({ min: 0, max: 100_000, noNaN: true }).map((v) => v + 0), { nil: null });
const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

const facilityArb: fc.Arbitrary<ExportedFacility> = fc
  .record({
    id: uuidArb,
    name: textArb(30),
    tier: fc.constantFrom(...TIERS),
    ownership: fc.constantFrom(...OWNERSHIPS),
    filingStatus: fc.constantFrom(...FILING_STATUSES),
    filingNumber: fc.option(textArb(20), { nil: null }),
    divisionId: fc.stringMatching(/^[0-9]{6}$/),
    address: textArb(40),
    location: fc.record({ lng: coord(180), lat: coord(90) }),
    openingHours: fc.option(
      fc.record({ days: fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }), t: fc.uniqueArray(time, { minLength: 2, maxLength: 2 }) }).map(({ days, t }) => {
        const [open, close] = [...t].sort();
        return { days, open: open!, close: close! };
      }),
      { nil: null },
    ),
    services: fc.uniqueArray(fc.record({ mode: fc.constantFrom(...SERVICE_MODES), price: fc.double({ min: 0, max: 100_000, noNaN: true }).map((v) => v + 0), unit: fc.constantFrom(...PRICE_UNITS) }), { selector: (s) => s.mode, maxLength: 4 }),
    classes: fc.uniqueArray(
      fc.record({ id: fc.option(uuidArb, { nil: undefined }), name: textArb(12), band: fc.constantFrom(...CLASS_BANDS), capacity: fc.integer({ min: 1, max: 10 }) }),
      { selector: (c) => c.name, maxLength: 5 },
    ),
    floorAreaM2: area,
    outdoorAreaM2: area,
    contact: fc.option(
      fc.record({ person: textArb(10), phone: fc.stringMatching(/^[0-9+\-() ]{5,20}$/).map((s) => s.trim()).filter((s) => s.length >= 5) }, { requiredKeys: [] }).filter((c) => c.person !== undefined || c.phone !== undefined),
      { nil: null },
    ),
    supervisorId: fc.option(uuidArb, { nil: null }),
    medicalInstitutionId: fc.option(uuidArb, { nil: null }),
  })
  .map((f) => {
    const classes = f.classes.map(({ id, ...c }) => (id === undefined ? c : { id, ...c }));
    const fixed = { ...f, classes: f.tier === 'family_point' ? classes.slice(0, 1).map((c) => ({ ...c, capacity: Math.min(c.capacity, 5) })) : classes };
    return fixed.filingStatus === 'filed' && !fixed.filingNumber ? { ...fixed, filingNumber: '晋备-1' } : fixed;
  });

/** The generator makes valid facilities only: the schema keeps them as they are and the rules find nothing. */
function assertValid(f: ExportedFacility): FacilityData {
  const data = strip(f);
  expect(facilityInputSchema.parse(data)).toEqual(data);
  expect(checkFacilityRules(data)).toMatchObject([]);
  return data;
}

describe('round trip (fast-check)', () => {
  it('CSV: export → parse gives the same facilities', () => {
    fc.assert(
      fc.property(fc.array(facilityArb, { maxLength: 4 }), (list) => {
        const r = parseFacilitiesCsv(facilitiesToCsv(list));
        expect(r.issues).toMatchObject([]);
        expect(r.rows).toEqual(list.map((f, i) => ({ row: i + 1, id: f.id, data: assertValid(f) })));
      }),
      { numRuns: 300 },
    );
  });

  it('GeoJSON: export → parse gives the same facilities', () => {
    fc.assert(
      fc.property(fc.array(facilityArb, { maxLength: 4 }), (list) => {
        const r = parseFacilitiesGeoJson(JSON.stringify(facilitiesToGeoJson(list)));
        expect(r.issues).toMatchObject([]);
        expect(r.rows).toEqual(list.map((f, i) => ({ row: i + 1, id: f.id, data: strip(f) })));
      }),
      { numRuns: 200 },
    );
  });

  it('XLSX: export → parse gives the same facilities', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(facilityArb, { minLength: 1, maxLength: 4 }), async (list) => {
        const r = await parseFacilitiesXlsx(await facilitiesToXlsx(list));
        expect(r.issues).toMatchObject([]);
        expect(r.rows).toEqual(list.map((f, i) => ({ row: i + 1, id: f.id, data: strip(f) })));
      }),
      { numRuns: 40 },
    );
  });
});
