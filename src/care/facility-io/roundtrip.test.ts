import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { facilitiesToCsv, parseFacilitiesCsv } from './csv.ts';
import { facilitiesToGeoJson, parseFacilitiesGeoJson } from './geojson.ts';
import { assertValid, facilityArb, strip } from './test-fixtures.ts';
import { facilitiesToXlsx, parseFacilitiesXlsx } from './xlsx.ts';

// Any valid facility survives export → parse unchanged, in all three formats.
describe('round trip (fast-check)', () => {
  it('CSV: export → parse gives the same facilities', () => {
    fc.assert(
      fc.property(fc.array(facilityArb, { maxLength: 4 }), (list) => {
        const r = parseFacilitiesCsv(facilitiesToCsv(list));
        expect(r.issues).toEqual([]);
        expect(r.rows).toEqual(list.map((f, i) => ({ row: i + 1, id: f.id, data: assertValid(f) })));
      }),
      { numRuns: 300 },
    );
  });

  it('GeoJSON: export → parse gives the same facilities', () => {
    fc.assert(
      fc.property(fc.array(facilityArb, { maxLength: 4 }), (list) => {
        const r = parseFacilitiesGeoJson(JSON.stringify(facilitiesToGeoJson(list)));
        expect(r.issues).toEqual([]);
        expect(r.rows).toEqual(list.map((f, i) => ({ row: i + 1, id: f.id, data: strip(f) })));
      }),
      { numRuns: 200 },
    );
  });

  it('XLSX: export → parse gives the same facilities', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(facilityArb, { minLength: 1, maxLength: 4 }), async (list) => {
        const r = await parseFacilitiesXlsx(await facilitiesToXlsx(list));
        expect(r.issues).toEqual([]);
        expect(r.rows).toEqual(list.map((f, i) => ({ row: i + 1, id: f.id, data: strip(f) })));
      }),
      { numRuns: 40 },
    );
  });
});
