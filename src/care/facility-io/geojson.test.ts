import { describe, expect, it } from 'vitest';
import { gcj02ToWgs84 } from '../../shared/coords.ts';
import { FACILITY_COLUMNS } from './columns.ts';
import { facilitiesToGeoJson, MAX_FEATURE_BYTES, parseFacilitiesGeoJson } from './geojson.ts';
import { facility, GOLDEN, strip } from './test-fixtures.ts';
import { MAX_IMPORT_ROWS } from './types.ts';

describe('facilitiesToGeoJson', () => {
  it('writes GeoJSON Points in WGS-84 with the flat columns as properties', () => {
    const gj = facilitiesToGeoJson([facility(1, { location: { lng: 113.116, lat: 36.196, crs: 'gcj02' } })]);
    const [lng, lat] = gcj02ToWgs84(113.116, 36.196);
    expect(gj.features[0]!.geometry).toEqual({ type: 'Point', coordinates: [lng, lat] });
    expect(gj.features[0]!.properties).toMatchObject({ name: '社区托育点1', classes: '乳儿班1:infant:10; 托小班1:toddler_small:15', opening_days: '1-5', floor_area_m2: 420, supervisor_id: null });
    expect(Object.keys(gj.features[0]!.properties)).toEqual(FACILITY_COLUMNS.filter((c) => c !== 'lng' && c !== 'lat' && c !== 'crs'));
  });
});

describe('parseFacilitiesGeoJson', () => {
  it('round-trips the export, compact or pretty-printed, with a BOM and foreign members', () => {
    const expected = GOLDEN.map((f, i) => ({ row: i + 1, id: f.id, data: strip(f) }));
    const doc = facilitiesToGeoJson(GOLDEN);
    expect(parseFacilitiesGeoJson(JSON.stringify(doc))).toEqual({ rows: expected, issues: [] });
    expect(parseFacilitiesGeoJson(`\ufeff${JSON.stringify({ name: '托育机构', features: doc.features, crs: { type: 'name' }, type: 'FeatureCollection' }, null, 2)}`)).toEqual({ rows: expected, issues: [] });
  });

  it('rejects a LineString feature naming geometry, and lng/lat or unknown properties', () => {
    const gj = facilitiesToGeoJson([facility(1), facility(2), facility(3)]) as unknown as { features: Array<{ geometry: unknown; properties: Record<string, unknown> }> };
    gj.features[1]!.geometry = { type: 'LineString', coordinates: [[113.1, 36.2], [113.2, 36.3]] };
    gj.features[2]!.properties.lat = 36.2;
    gj.features[2]!.properties['颜色'] = 'red';
    const r = parseFacilitiesGeoJson(JSON.stringify(gj));
    expect(r.issues).toEqual([
      { row: 2, field: 'geometry', code: 'geometry', message: 'geometry must be a Point, not "LineString"' },
      { row: 3, field: 'lat', code: 'property_from_geometry', message: 'lat comes from the geometry, not from properties' },
      { row: 3, field: '颜色', code: 'unknown_property', message: expect.stringMatching(/^unknown property "颜色"/) },
    ]);
    expect(r.rows.map((x) => x.row)).toEqual([1]);
  });

  it('rejects missing and out-of-range Point coordinates on geometry; Chinese property names work', () => {
    const props = { 名称: '托育点', 层级: '家庭托育点', 性质: '市场化', 区县代码: '140403', 地址: '某路1号', 坐标系: 'gcj02' };
    const doc = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: null, properties: props },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [200, 36] }, properties: props },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [113.116, 36.196] }, properties: props },
        { type: 'Point', coordinates: [1, 2] },
      ],
    };
    const r = parseFacilitiesGeoJson(JSON.stringify(doc));
    expect(r.issues.map((i) => [i.row, i.field, i.code])).toEqual([
      [1, 'geometry', 'geometry'],
      [2, 'geometry', 'geometry'],
      [4, 'type', 'not_a_feature'],
    ]);
    const [lng, lat] = gcj02ToWgs84(113.116, 36.196);
    expect(r.rows[0]!.data).toMatchObject({ tier: 'family_point', ownership: 'market', location: { lng, lat } });
  });

  it('refuses a lone surrogate in a property as an issue naming feature and column; nothing is imported', () => {
    const doc = facilitiesToGeoJson([facility(1), facility(2)]);
    // As JSON sends it: an escaped half of a surrogate pair, which JSON.parse turns into a lone surrogate.
    const text = JSON.stringify(doc).replace('长治市潞州区英雄南路2号', '长治市\\ud83d潞州区');
    const r = parseFacilitiesGeoJson(text);
    expect(r.issues).toEqual([{ row: 2, field: 'address', code: 'lone_surrogate', message: 'the cell contains a lone UTF-16 surrogate (U+D83D, half of a character) at character 4; remove it', params: { index: 3, codePoint: 0xd83d } }]);
    expect(r.rows.map((x) => x.row)).toEqual([1]);
  });

  it('checks property names and the values of unknown properties too', () => {
    const doc = facilitiesToGeoJson([facility(1)]) as unknown as { features: Array<{ properties: Record<string, unknown> }> };
    doc.features[0]!.properties['na\u0000me'] = 'x';
    doc.features[0]!.properties.colour = 'r\u001bd';
    const r = parseFacilitiesGeoJson(JSON.stringify(doc));
    expect(r.issues.map((i) => [i.row, i.field, i.code])).toEqual([
      [1, 'properties', 'nul_character'],
      [1, 'colour', 'unknown_property'],
      [1, 'colour', 'control_character'],
    ]);
    expect(r.issues[0]!.message).toBe('the property name "na\\u0000me" contains a NUL character U+0000 at character 3; remove it');
  });

  it('throws invalid for text that is not JSON or not a FeatureCollection', () => {
    for (const bad of ['{', '{"type":"FeatureCollection","features":[{}', '{"type":"FeatureCollection","features":[{},]}', '{"type":"FeatureCollection","features":[{} {}]}', '{"type":"FeatureCollection","features":[]} x', '{"type":"FeatureCollection" "features":[]}', '[1,2']) {
      expect(() => parseFacilitiesGeoJson(bad), bad).toThrow(expect.objectContaining({ code: 'invalid', field: 'file', message: expect.stringMatching(/^the file is not valid JSON/) }));
    }
    expect(() => parseFacilitiesGeoJson('{"type":"Feature"}')).toThrow(/FeatureCollection/);
    expect(() => parseFacilitiesGeoJson('{"type":"FeatureCollection","features":{}}')).toThrow(/FeatureCollection/);
    expect(() => parseFacilitiesGeoJson('[]')).toThrow(/FeatureCollection/);
    expect(parseFacilitiesGeoJson('{"type":"FeatureCollection","features":[]}')).toEqual({ rows: [], issues: [] });
  });

  it(`stops at feature ${MAX_IMPORT_ROWS + 1} without parsing the rest, and at a feature over ${MAX_FEATURE_BYTES / 1024} KB`, () => {
    const one = JSON.stringify(facilitiesToGeoJson([facility(1)]).features[0]);
    const many = `{"type":"FeatureCollection","features":[${`${one},`.repeat(MAX_IMPORT_ROWS + 1)}{"broken"`;
    const t0 = performance.now();
    expect(() => parseFacilitiesGeoJson(many)).toThrow(expect.objectContaining({ code: 'too_large', message: expect.stringContaining(`more than ${MAX_IMPORT_ROWS} features (reading stopped at feature ${MAX_IMPORT_ROWS + 1})`) }));
    expect(performance.now() - t0).toBeLessThan(5_000); // not a timing gate: it validated nothing
    const big = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: null, properties: { name: 'x'.repeat(MAX_FEATURE_BYTES) } }] });
    expect(() => parseFacilitiesGeoJson(big)).toThrow(expect.objectContaining({ code: 'too_large', message: expect.stringContaining('feature 1 is larger than') }));
    const bulky = JSON.stringify({ type: 'FeatureCollection', junk: Array.from({ length: 400_000 }, () => []), features: [] });
    expect(() => parseFacilitiesGeoJson(bulky)).toThrow(expect.objectContaining({ code: 'too_large', message: expect.stringContaining('besides its features') }));
  });
});
