/**
 * Facilities for the codec's tests: valid ones to vary, the golden set with awkward text, and a fast-check
 * generator of any valid facility. Test support only (imported by the *.test.ts files beside it).
 */
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { expect } from 'vitest';
import { z } from 'zod';
import { checkFacilityRules, facilityInputSchema, FILING_STATUSES, OWNERSHIPS, PRICE_UNITS, SERVICE_MODES, TIERS, type FacilityData } from '../facility.ts';
import { CLASS_BANDS } from '../policy.ts';
import type { ExportedFacility } from './types.ts';

export const fixture = (name: string) => fileURLToPath(new URL(`../../../test/fixtures/facilities/${name}`, import.meta.url));

/** A valid community point; `n` varies the name, id and position. */
export function facility(n: number, over: Partial<FacilityData> = {}): ExportedFacility {
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

export const strip = ({ id: _id, ...data }: ExportedFacility): FacilityData => data;

/** The facilities the golden fixture was written from: awkward text on purpose. */
export const GOLDEN: ExportedFacility[] = [
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

export const facilityArb: fc.Arbitrary<ExportedFacility> = fc
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
export function assertValid(f: ExportedFacility): FacilityData {
  const data = strip(f);
  expect(facilityInputSchema.parse(data)).toEqual(data);
  expect(checkFacilityRules(data)).toEqual([]);
  return data;
}

