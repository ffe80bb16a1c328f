import { describe, expect, it } from 'vitest';
import { facilitiesToCsv } from './csv.ts';
import { decodeText, facilityFileFormat, parseFacilitiesFile } from './file.ts';
import { facilitiesToGeoJson } from './geojson.ts';
import { facility, GOLDEN, strip } from './test-fixtures.ts';
import { MAX_IMPORT_BYTES } from './types.ts';
import { facilitiesToXlsx } from './xlsx.ts';

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
    expect(r.issues).toEqual([]);
    expect(r.rows[0]!.data.name).toBe('AB');
  });

  it('keeps a lone surrogate of a UTF-16 CSV, so the text check names its cell (not a silent U+FFFD)', async () => {
    const text = facilitiesToCsv([facility(1)]).slice(1).replace('王老师', '王\ud800师');
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const r = await parseFacilitiesFile(bytes, 'text/csv');
    expect(r.issues).toEqual([expect.objectContaining({ row: 1, field: 'contact_person', code: 'lone_surrogate' })]);
  });

  it('refuses legacy .xls, unknown formats, and files over the size limit', async () => {
    await expect(parseFacilitiesFile(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), 'old.xls')).rejects.toMatchObject({ code: 'unsupported' });
    await expect(parseFacilitiesFile(Buffer.from('x'), 'application/pdf')).rejects.toMatchObject({ code: 'unsupported' });
    await expect(parseFacilitiesFile(Buffer.alloc(MAX_IMPORT_BYTES + 1, 0x20), 'text/csv')).rejects.toMatchObject({ code: 'too_large', field: 'file' });
    expect(facilityFileFormat(Buffer.from('{"type"'), 'application/octet-stream')).toBe('geojson');
  });
});
