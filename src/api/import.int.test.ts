/**
 * Facility import over HTTP: all rows or none. A 50-row file with 3 bad rows is refused as a whole, naming exactly
 * those rows and fields; a clean file imports; exports round-trip through import as updates.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { createTestDb, type TestDb } from '../../test/db.ts';
import { Client } from '../../test/http.ts';
import { A, B, PASSWORD, seedRegistry } from '../../test/registry-fixture.ts';
import { facilityExportCollectionSchema } from './facilities/schemas.ts';

let t: TestDb;
let app: ReturnType<typeof createApp>;
let city: Client;

beforeAll(async () => {
  t = await createTestDb();
  await seedRegistry(t.db);
  app = createApp({ db: t.db, webRoot: null });
  city = new Client(app);
  expect((await city.login('city', PASSWORD)).status).toBe(200);
});
afterAll(async () => t?.drop());

const HEADER = 'name,tier,ownership,filing_status,filing_number,division_id,address,lng,lat,services,classes';
function row(i: number, over: Partial<Record<string, string>> = {}): string {
  const v = {
    name: `导入测试托育点${i}`,
    tier: 'community',
    ownership: '普惠',
    filing_status: 'filed',
    filing_number: `晋长卫托备${3000 + i}`,
    division_id: i % 2 ? A : B,
    address: `长治市测试路${i}号`,
    lng: String(113.1 + i / 1000),
    lat: String(36.2 + i / 1000),
    services: 'full_day:1400/month; temporary:30/hour',
    classes: `托小班1:toddler_small:15; 托大班1:toddler_large:20`,
    ...over,
  };
  return [v.name, v.tier, v.ownership, v.filing_status, v.filing_number, v.division_id, v.address, v.lng, v.lat, `"${v.services}"`, `"${v.classes}"`].join(',');
}
const count = async () => (await t.db.query<{ n: number }>(`SELECT count(*) AS n FROM facilities`))[0]!.n;

describe('POST /api/facilities/import', () => {
  it('refuses 50 rows with 3 bad ones as a whole, naming all 3 rows and fields', async () => {
    const rows = Array.from({ length: 50 }, (_, k) => {
      const i = k + 1;
      if (i === 7) return row(i, { classes: '托小班1:toddler_small:18' }); // over the cap of 15
      if (i === 23) return row(i, { tier: 'castle' });
      if (i === 41) return row(i, { lat: '96.5' });
      return row(i);
    });
    const before = await count();
    const r = await city.post('/api/facilities/import', [HEADER, ...rows].join('\n'), { 'content-type': 'text/csv' });
    expect(r.status).toBe(400);
    const issues = r.body.error.issues as Array<{ row: number; field: string; message: string }>;
    expect(issues.map((i) => [i.row, i.field])).toEqual([
      [7, 'classes'],
      [23, 'tier'],
      [41, 'lat'],
    ]);
    expect(issues[0]!.message).toMatch(/15/);
    expect(await count()).toBe(before);
  });

  it('refuses a row the database rejects (duplicate name) without writing the others', async () => {
    const before = await count();
    const r = await city.post('/api/facilities/import', [HEADER, row(1), row(2), row(1)].join('\n'), { 'content-type': 'text/csv' });
    expect(r.status).toBe(400);
    expect(r.body.error.issues).toEqual([expect.objectContaining({ row: 3, field: 'name' })]);
    expect(await count()).toBe(before);
  });

  it('imports a clean file, then an exported file updates in place', async () => {
    const before = await count();
    const r = await city.post('/api/facilities/import', [HEADER, ...Array.from({ length: 10 }, (_, k) => row(100 + k))].join('\r\n'), { 'content-type': 'text/csv' });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ created: 10, updated: 0 });
    expect(await count()).toBe(before + 10);
    for (const format of ['csv', 'geojson', 'xlsx'] as const) {
      const res = await app.request(`/api/facilities/export?format=${format}`, { headers: { cookie: city.cookie } });
      expect(res.status).toBe(200);
      const buf = new Uint8Array(await res.arrayBuffer());
      // the file is what the OpenAPI document describes for its media type
      expect(res.headers.get('content-type')).toContain(format === 'csv' ? 'text/csv' : format === 'geojson' ? 'application/geo+json' : 'spreadsheetml.sheet');
      if (format === 'geojson') expect(facilityExportCollectionSchema.safeParse(JSON.parse(new TextDecoder().decode(buf))).error).toBeUndefined();
      const type = format === 'csv' ? 'text/csv' : format === 'geojson' ? 'application/geo+json' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      const again = await city.post('/api/facilities/import', buf, { 'content-type': type });
      expect(again.status, JSON.stringify(again.body).slice(0, 300)).toBe(200);
      expect(again.body.created).toBe(0);
      expect(again.body.updated).toBe(before + 10);
    }
    expect(await count()).toBe(before + 10);
  });

  it('rejects unknown columns, empty bodies and unsupported types', async () => {
    const unknown = await city.post('/api/facilities/import', `${HEADER},colour\n${row(900)},red\n`, { 'content-type': 'text/csv' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.issues[0].field).toBe('colour');
    expect((await city.post('/api/facilities/import', '', { 'content-type': 'text/csv' })).status).toBe(400);
    const pdf = await city.post('/api/facilities/import', '%PDF-1.4', { 'content-type': 'application/pdf' });
    expect([400, 415]).toContain(pdf.status);
  });
  describe('refuses text PostgreSQL or a spreadsheet cannot hold, naming row and column, writing nothing', () => {
    const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

    it('a NUL byte in a CSV cell (a 500 before)', async () => {
      const before = await count();
      const body = Buffer.from([HEADER, row(501), row(502, { address: '长治市\u0000测试路' }), row(503)].join('\r\n'), 'utf8');
      expect(body.includes(0)).toBe(true);
      const r = await city.post('/api/facilities/import', new Uint8Array(body), { 'content-type': 'text/csv' });
      expect(r.status).toBe(400);
      expect(r.body.error.code).toBe('invalid');
      expect(r.body.error.issues).toEqual([{ row: 2, field: 'address', code: 'nul_character', message: expect.stringContaining('NUL'), params: { index: 3, codePoint: 0 } }]);
      expect(await count()).toBe(before);
    });

    it('a control character in an XLSX cell', async () => {
      const before = await count();
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('设施');
      ws.addRow(['名称', '层级', '性质', '区县代码', '地址', '经度', '纬度']);
      ws.addRow(['导入测试托育点601', 'community', '普惠', A, '长治市测试路601号', 113.2, 36.3]);
      ws.addRow(['导入测试托育点602\u009b', 'community', '普惠', A, '长治市测试路602号', 113.2, 36.3]);
      const r = await city.post('/api/facilities/import', new Uint8Array(await wb.xlsx.writeBuffer()), { 'content-type': XLSX });
      expect(r.status).toBe(400);
      expect(r.body.error.issues).toEqual([expect.objectContaining({ row: 2, field: 'name', code: 'control_character' })]);
      expect(await count()).toBe(before);
    });

    it('a lone surrogate in a GeoJSON property', async () => {
      const before = await count();
      const feature = (i: number, name: string) =>
        `{"type":"Feature","geometry":{"type":"Point","coordinates":[113.2,36.3]},"properties":{"name":"${name}","tier":"community","ownership":"public","division_id":"${A}","address":"长治市测试路${i}号"}}`;
      const text = `{"type":"FeatureCollection","features":[${feature(701, '导入测试托育点701')},${feature(702, '导入测试\\udc00托育点')}]}`;
      const r = await city.post('/api/facilities/import', text, { 'content-type': 'application/geo+json' });
      expect(r.status).toBe(400);
      expect(r.body.error.issues).toEqual([expect.objectContaining({ row: 2, field: 'name', code: 'lone_surrogate' })]);
      expect(await count()).toBe(before);
    });

    it('a GeoJSON file sent as application/json, streamed without a length (a 500 before: the body read twice)', async () => {
      const before = await count();
      const text = JSON.stringify({ location: { lng: 0, lat: 0 }, version: '' });
      const stream = new ReadableStream<Uint8Array>({ start: (ctl) => { ctl.enqueue(new TextEncoder().encode(text)); ctl.close(); } });
      const r = await app.request('/api/facilities/import', { method: 'POST', headers: { cookie: city.cookie, 'x-csrf-token': city.csrf, 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
      expect(r.status).toBe(400);
      const body = (await r.json()) as { error: { code: string; issues?: Array<{ field: string }> } };
      expect(body.error.code).toBe('invalid');
      expect(await count()).toBe(before);
    });

    it('a crafted workbook over the row limit is refused with 413, nothing written', async () => {
      const before = await count();
      const { craftManyRows } = await import('../care/facility-io/test-xlsx.ts');
      const r = await city.post('/api/facilities/import', new Uint8Array(await craftManyRows(20_000, 1024 * 1024)), { 'content-type': XLSX });
      expect(r.status).toBe(413);
      expect(r.body.error).toMatchObject({ code: 'too_large', field: 'file', message: expect.stringContaining('reading stopped at row 10001') });
      expect(await count()).toBe(before);
    });
  });
});
