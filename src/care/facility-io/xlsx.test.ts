import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { GOLDEN, strip } from './test-fixtures.ts';
import { craftWorkbook, rowXml, type CraftedCell } from './test-xlsx.ts';
import { MAX_IMPORT_ROWS, MAX_READ_ROWS } from './types.ts';
import { facilitiesToXlsx, MAX_XLSX_UNPACKED_BYTES, parseFacilitiesXlsx } from './xlsx.ts';

const HEADER: CraftedCell[] = ['名称', '层级', '性质', '区县代码', '地址', '经度', '纬度'];
const good = (n: number): CraftedCell[] => [`托育点${n}`, 'community', '普惠', '140403', `某路${n}号`, 113.1 + n / 1e6, 36.2];

describe('facilitiesToXlsx', () => {
  it('writes a frozen bilingual header, column widths, and reads back to the same facilities', async () => {
    const buf = await facilitiesToXlsx(GOLDEN);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(2).value).toBe('名称 (name)');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getColumn(2).width).toBeGreaterThanOrEqual(20);
    expect(ws.getRow(2).getCell(9).value).toBe(GOLDEN[0]!.location.lng); // lng is a number cell
    const r = await parseFacilitiesXlsx(buf);
    expect(r.issues).toEqual([]);
    expect(r.rows).toEqual(GOLDEN.map((f, i) => ({ row: i + 1, id: f.id, data: strip(f) })));
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
    ws.addRow(['托育点戊', '社区托育点', '公办', '140403', '某路5号', 113.1, 36.3, '', '', '', '', { error: '#N/A' }]);
    ws.getRow(1).getCell(12).value = '建筑面积';
    const r = await parseFacilitiesXlsx(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(r.issues).toEqual([
      { row: 3, field: 'lat', code: 'out_of_range', message: 'lat 136.2 is out of range: latitude is between -90 and 90 degrees' },
      // exceljs's streaming reader keeps no formula's cached error: the message cannot say which one it was.
      { row: 5, field: 'floor_area_m2', code: 'spreadsheet_error', message: 'the cell holds a formula without a value (or one showing an error such as #REF! or #N/A); put the value itself there' },
      { row: 6, field: 'floor_area_m2', code: 'spreadsheet_error', message: 'the cell shows the spreadsheet error #N/A; put the value itself there', params: { error: '#N/A' } },
    ]);
    expect(r.rows.map((x) => x.row)).toEqual([1, 4]);
    expect(r.rows[0]!.data).toMatchObject({ divisionId: '140403', openingHours: { days: [1, 2, 3, 4, 5], open: '07:30', close: '18:00' }, contact: { phone: '13800000000' } });
    expect(r.rows[1]!.data.location).toEqual({ lng: 113.1, lat: 36.3 });
  });

  it('rejects bytes that are not a workbook, and a zip that is not one', async () => {
    await expect(parseFacilitiesXlsx(Buffer.from('not a zip'))).rejects.toMatchObject({ code: 'invalid', field: 'file' });
    const wb = await craftWorkbook(rowXml(1, HEADER));
    const noIndex = Buffer.from(wb.toString('latin1').replaceAll('xl/workbook.xml', 'xl/workbooc.xml'), 'latin1');
    await expect(parseFacilitiesXlsx(noIndex)).rejects.toMatchObject({ code: 'invalid', message: 'the file is not a readable .xlsx workbook (it has no xl/workbook.xml)' });
  });

  it('reads a hand-made workbook as exceljs\'s full loader does (the crafted files of these tests are real workbooks)', async () => {
    const buf = await craftWorkbook([rowXml(1, HEADER), rowXml(2, good(1)), rowXml(4, good(3))].join(''));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
    expect(wb.worksheets[0]!.getRow(4).getCell(1).value).toBe('托育点3');
    const r = await parseFacilitiesXlsx(buf);
    expect(r.issues).toEqual([]);
    expect(r.rows.map((x) => [x.row, x.data.name])).toEqual([
      [1, '托育点1'],
      [3, '托育点3'],
    ]);
  });

  it('refuses a control character in a cell as an issue naming row and column; nothing is imported', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('设施');
    ws.addRow(['名称', '层级', '性质', '区县代码', '地址', '经度', '纬度']);
    ws.addRow(['托育点甲', '社区托育点', '普惠', '140403', '某路1号', 113.1, 36.2]);
    ws.addRow(['托育点乙', '社区托育点', '普惠', '140403', '某路\u009b2号', 113.1, 36.2]); // C1 CSI: XML may hold it, we may not
    const r = await parseFacilitiesXlsx(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(r.issues).toEqual([{ row: 2, field: 'address', code: 'control_character', message: 'the cell contains the control character U+009B at character 3; remove it', params: { index: 2, codePoint: 0x9b } }]);
    // DEL as an XML character reference (exceljs's writer drops DEL, Excel writes it), in a shared string.
    const crafted = await craftWorkbook([rowXml(1, HEADER), rowXml(2, ['托育点&#127;丙', ...good(2).slice(1)])].join('').replace('&amp;#127;', '&#127;'));
    expect((await parseFacilitiesXlsx(crafted)).issues).toEqual([expect.objectContaining({ row: 1, field: 'name', code: 'control_character', params: { index: 3, codePoint: 0x7f } })]);
  });

  it('refuses a C0 control character written raw into the sheet XML as an unreadable file (XML 1.0 cannot hold it)', async () => {
    const crafted = await craftWorkbook([rowXml(1, HEADER), rowXml(2, ['托育点\u0001', ...good(2).slice(1)])].join(''));
    await expect(parseFacilitiesXlsx(crafted)).rejects.toMatchObject({ code: 'invalid', field: 'file', message: expect.stringMatching(/^the file is not a readable \.xlsx workbook \(.*disallowed character/) });
  });

  it('reads the first sheet in tab order, whatever its part is called, and does not parse the others', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('说明').addRow(['not', 'the', 'facilities']);
    wb.addWorksheet('设施').addRows([HEADER, good(1)]);
    (wb.getWorksheet('设施') as unknown as { orderNo: number }).orderNo = -1; // the second sheet created, the first tab
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const check = new ExcelJS.Workbook();
    await check.xlsx.load(buf as unknown as ExcelJS.Buffer);
    expect(check.worksheets[0]!.name).toBe('设施');
    const r = await parseFacilitiesXlsx(buf);
    expect(r.issues).toEqual([]);
    expect(r.rows.map((x) => x.data.name)).toEqual(['托育点1']);
  });

  it('refuses an empty workbook and a header that is not in row 1', async () => {
    await expect(parseFacilitiesXlsx(await craftWorkbook(''))).rejects.toMatchObject({ code: 'invalid', message: 'the workbook is empty: its first sheet needs a header row' });
    await expect(parseFacilitiesXlsx(await craftWorkbook(rowXml(2, HEADER)))).rejects.toMatchObject({ code: 'invalid', message: 'spreadsheet row 1 must be the header' });
  });

  it('refuses a corrupt deflate stream as unreadable instead of hanging', async () => {
    const buf = await craftWorkbook([rowXml(1, HEADER), ...Array.from({ length: 200 }, (_, i) => rowXml(i + 2, good(i)))].join(''));
    const at = buf.indexOf('xl/worksheets/sheet1.xml') + 'xl/worksheets/sheet1.xml'.length; // the first one: the local header
    for (let i = at + 40; i < at + 400; i++) buf[i] = 0xff;
    await expect(parseFacilitiesXlsx(buf)).rejects.toMatchObject({ code: 'invalid', field: 'file' });
  });
});

describe('XLSX limits, applied while streaming', () => {
  it(`stops at facility row ${MAX_IMPORT_ROWS + 1}, naming it`, async () => {
    const rows = Array.from({ length: MAX_IMPORT_ROWS + 50 }, (_, i) => rowXml(i + 2, good(i + 1)));
    await expect(parseFacilitiesXlsx(await craftWorkbook([rowXml(1, HEADER), ...rows].join('')))).rejects.toMatchObject({
      code: 'too_large',
      message: expect.stringContaining(`more than ${MAX_IMPORT_ROWS} facility rows (reading stopped at row ${MAX_IMPORT_ROWS + 1})`),
    });
    const fits = await parseFacilitiesXlsx(await craftWorkbook([rowXml(1, HEADER), ...rows.slice(0, MAX_IMPORT_ROWS)].join('')));
    expect(fits.issues).toEqual([]); // also: no Chinese character cut in two at a 16 KB chunk boundary (exceljs 4.4 did)
    expect(fits.rows).toHaveLength(MAX_IMPORT_ROWS);
  });

  it(`stops after ${MAX_READ_ROWS} rows of formatted empty cells`, async () => {
    const empty = Array.from({ length: MAX_READ_ROWS + 10 }, (_, i) => `<row r="${i + 2}"><c r="A${i + 2}" s="0"/></row>`);
    await expect(parseFacilitiesXlsx(await craftWorkbook([rowXml(1, HEADER), ...empty].join('')))).rejects.toMatchObject({
      code: 'too_large',
      message: expect.stringContaining(`more than ${MAX_READ_ROWS} rows (blank ones included) (reading stopped at spreadsheet row ${MAX_READ_ROWS + 2})`),
    });
  });

  it('stops a zip bomb (one cell inflating past the budget) at the budget, however small its declared size', async () => {
    const mb = 'x'.repeat(1024 * 1024);
    const bomb = function* () {
      yield rowXml(1, HEADER);
      yield '<row r="2"><c r="A2" t="inlineStr"><is><t>';
      for (let i = 0; i < 400; i++) yield mb; // 400 MB of text: 0.4 MB compressed
      yield '</t></is></c></row>';
    };
    const buf = await craftWorkbook(bomb(), { sheetDeclaredSize: 1000 }); // and it says it is 1 KB
    expect(buf.length).toBeLessThan(1024 * 1024);
    const t0 = performance.now();
    await expect(parseFacilitiesXlsx(buf)).rejects.toMatchObject({ code: 'too_large', message: expect.stringContaining(`unpacks to more than ${MAX_XLSX_UNPACKED_BYTES / 1024 / 1024} MB (reading stopped in xl/worksheets/sheet1.xml)`) });
    expect(performance.now() - t0).toBeLessThan(30_000); // the budget, not the 400 MB, bounds the work
  });

  it('refuses an archive whose directory declares more than the budget before inflating anything', async () => {
    const buf = await craftWorkbook(rowXml(1, HEADER), { sheetDeclaredSize: MAX_XLSX_UNPACKED_BYTES + 1 });
    await expect(parseFacilitiesXlsx(buf)).rejects.toMatchObject({ code: 'too_large', message: expect.stringContaining('its directory declares') });
  });

  it('never inflates the parts it does not read (a 200 MB theme costs nothing)', async () => {
    const theme = { name: 'xl/theme/theme1.xml', data: (function* () { for (let i = 0; i < 200; i++) yield ' '.repeat(1024 * 1024); })() };
    const buf = await craftWorkbook([rowXml(1, HEADER), rowXml(2, good(1))].join(''), { parts: [theme] });
    const r = await parseFacilitiesXlsx(buf);
    expect(r.issues).toEqual([]);
    expect(r.rows).toHaveLength(1);
  });

  it('still hooks into exceljs\'s reader where it counts bytes (an exceljs update that renames these fails here)', () => {
    const proto = ExcelJS.stream.xlsx.WorkbookReader.prototype as unknown as Record<string, unknown>;
    for (const m of ['_parseRels', '_parseWorkbook', '_parseStyles', '_parseSharedStrings', '_parseWorksheet', '_getStream']) expect(typeof proto[m], m).toBe('function');
    expect(deflateRawSync(Buffer.from('x')).length).toBeGreaterThan(0);
  });
});
