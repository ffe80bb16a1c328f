/**
 * The demo city generator's face: `generateCity(seed)` builds the whole synthetic 长治市 — geography and street
 * network, medical institutions, the 1+12+N network, staff, families, waiting lists, demo logins and records — as a
 * pure function of the seed (no clock, no Math.random). `cityOsmXml` writes its network as OSM XML.
 */
import { buildFacilities } from './facilities.ts';
import { buildGeography } from './geography.ts';
import { buildMedical } from './medical.ts';
import { toOsmXml } from './network.ts';
import { buildPeople } from './people.ts';
import { buildPlaces } from './places.ts';
import { RECORD_KINDS } from './records/index.ts';
import { createRng } from './rng.ts';
import type { DemoCity } from './types.ts';

/** Bump when the generator's output changes for the same seed (stored with the seeded data). */
export const GENERATOR_VERSION = 'demo-city-10';
/** The default seed. */
export const DEFAULT_SEED = 20_201_101;
/** The generator's default "today" (tests and goldens): ages and dates are relative to it (no clock). `carecircle
 * demo` passes the real local date and time instead. */
export const DEMO_AS_OF = '2026-11-02';
/** The default time of day on DEMO_AS_OF (10:30): the day in progress. */
export const DEMO_AS_OF_MINUTES = 10 * 60 + 30;

export const SYNTHETIC_NOTE =
  'SYNTHETIC demo city: generated streets, places, facilities and people for 长治市 (Changzhi). County populations are approximate (split of the 2020 census total 3,180,884); seat locations approximate; no real street, household or child data.';

/**
 * Generates the demo city.
 * @param seed - any integer; the same seed gives the same city
 * @param asOf - the demo's "today" (ISO date)
 * @param asOfMinutes - the time of day on `asOf` (local minutes since midnight) up to which today's care is recorded
 */
export function generateCity(seed: number = DEFAULT_SEED, asOf: string = DEMO_AS_OF, asOfMinutes: number = DEMO_AS_OF_MINUTES): DemoCity {
  const geo = buildGeography(seed);
  const medical = buildMedical(seed, geo);
  const { facilities, classes, agreements } = buildFacilities(seed, geo, medical, asOf);
  const people = buildPeople(seed, geo, facilities, classes, medical, asOf);
  const places = buildPlaces(seed, geo, facilities);
  const base: Omit<DemoCity, 'records'> = {
    seed,
    asOf,
    asOfMinutes: Math.max(0, Math.min(24 * 60, Math.round(asOfMinutes))),
    synthetic: true,
    generatorVersion: GENERATOR_VERSION,
    network: geo.network,
    divisions: geo.divisions,
    compounds: geo.compounds,
    places,
    medical,
    facilities,
    classes,
    agreements,
    ...people,
  };
  const records: DemoCity['records'] = {};
  for (const kind of RECORD_KINDS) records[kind.name] = kind.generate(base, createRng(seed, `records:${kind.name}`));
  return { ...base, records };
}

/** The city's street network as OSM XML (byte-identical for the same seed). */
export function cityOsmXml(city: DemoCity): string {
  return toOsmXml(city.network, `${SYNTHETIC_NOTE} seed=${city.seed} generator=${city.generatorVersion}`);
}
