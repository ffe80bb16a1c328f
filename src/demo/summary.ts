/**
 * The demo city's profile (`carecircle demo --summary`): per county-level division and for the whole city —
 * population, children 0–3, facilities by tier, places, places per 1,000 residents, children within 15 minutes'
 * walk (4 km/h → 1,000 m over the street network) of a facility, enrolled and waiting children — plus the urban core,
 * and a plain statement that the city is synthetic.
 */
import { TIERS, type Tier } from '../care/facility.ts';
import { SYNTHETIC_NOTE } from './city.ts';
import { CENSUS_2020_TOTAL, CHILD_SHARE, NATIONAL_TARGET_PER_1000 } from './figures.ts';
import type { DemoCity } from './types.ts';
import { buildWalkGraph, nearestWithin } from './walk.ts';

/** 15 minutes at 4 km/h (domain.md §5: a carer with a toddler or a stroller). */
export const WALK_MINUTES = 15;
export const WALK_SPEED_KMH = 4;
export const WALK_LIMIT_M = (WALK_MINUTES * WALK_SPEED_KMH * 1000) / 60;

export interface AreaProfile {
  id: string;
  name: string;
  population: number;
  children0to3: number;
  facilities: number;
  facilitiesByTier: Record<Tier, number>;
  places: number;
  placesPer1000: number;
  within15min: { children: number; share: number };
  enrolled: number;
  waiting: number;
}

export interface DemoSummary {
  synthetic: true;
  note: string;
  seed: number;
  generatorVersion: string;
  asOf: string;
  walking: { minutes: number; speedKmh: number; meters: number; engine: string };
  figures: { censusTotal2020: number; childShare: number; nationalTargetPer1000: number; approximate: true };
  network: { nodes: number; ways: number; compounds: number };
  city: AreaProfile;
  /** The urban core: 潞州区's seat (the city proper). */
  urbanCore: { population: number; children0to3: number; within15min: { children: number; share: number } };
  divisions: AreaProfile[];
}

/** Walking metres from each compound (in `city.compounds` order) to its nearest facility, by the in-memory graph. */
export function compoundMetersInMemory(city: DemoCity): Float64Array {
  const g = buildWalkGraph(city.network);
  const { dist } = nearestWithin(
    g,
    city.facilities.map((f) => f.osmNodeId - 1),
    WALK_LIMIT_M,
  );
  return Float64Array.from(city.compounds, (c) => dist[c.osmNodeId - 1]!);
}

const round = (x: number, d: number): number => Math.round(x * 10 ** d) / 10 ** d;

/**
 * Builds the profile.
 * @param city - the generated city
 * @param meters - walking metres from each compound to its nearest facility (NaN/Infinity beyond the limit)
 * @param engine - which engine measured them (for the record)
 */
export function summarize(city: DemoCity, meters: ArrayLike<number>, engine: string): DemoSummary {
  const capacity = new Map<string, number>();
  for (const k of city.classes) capacity.set(k.facilityId, (capacity.get(k.facilityId) ?? 0) + k.capacity);
  const facilityDivision = new Map(city.facilities.map((f) => [f.id, f.divisionId]));
  const blank = (id: string, name: string, population: number, children0to3: number): AreaProfile => ({
    id,
    name,
    population,
    children0to3,
    facilities: 0,
    facilitiesByTier: Object.fromEntries(TIERS.map((t) => [t, 0])) as Record<Tier, number>,
    places: 0,
    placesPer1000: 0,
    within15min: { children: 0, share: 0 },
    enrolled: 0,
    waiting: 0,
  });
  const cityRow = city.divisions.find((d) => d.level === 'city')!;
  const total = blank(cityRow.id, cityRow.name, cityRow.population, cityRow.children0to3);
  const per = new Map(city.divisions.filter((d) => d.level === 'county').map((d) => [d.id, blank(d.id, d.name, d.population, d.children0to3)]));
  for (const f of city.facilities) {
    for (const p of [per.get(f.divisionId)!, total]) {
      p.facilities++;
      p.facilitiesByTier[f.tier]++;
      p.places += capacity.get(f.id) ?? 0;
    }
  }
  for (const c of city.children) {
    const d = facilityDivision.get(c.facilityId)!;
    for (const p of [per.get(d)!, total]) {
      if (c.status === 'enrolled') p.enrolled++;
      else p.waiting++;
    }
  }
  const core = { population: 0, children0to3: 0, within15min: { children: 0, share: 0 } };
  city.compounds.forEach((c, i) => {
    const kids = c.children[0] + c.children[1] + c.children[2];
    const ok = meters[i]! <= WALK_LIMIT_M;
    if (ok) {
      per.get(c.countyId)!.within15min.children += kids;
      total.within15min.children += kids;
    }
    if (c.urbanCore) {
      core.population += c.residents;
      core.children0to3 += kids;
      if (ok) core.within15min.children += kids;
    }
  });
  const finish = (p: AreaProfile): AreaProfile => {
    p.placesPer1000 = round((p.places / p.population) * 1000, 2);
    p.within15min.share = round(p.within15min.children / p.children0to3, 3);
    return p;
  };
  core.within15min.share = round(core.within15min.children / core.children0to3, 3);
  return {
    synthetic: true,
    note: `${SYNTHETIC_NOTE} Places per 1,000 residents: national target ${NATIONAL_TARGET_PER_1000} by 2025.`,
    seed: city.seed,
    generatorVersion: city.generatorVersion,
    asOf: city.asOf,
    walking: { minutes: WALK_MINUTES, speedKmh: WALK_SPEED_KMH, meters: WALK_LIMIT_M, engine },
    figures: { censusTotal2020: CENSUS_2020_TOTAL, childShare: CHILD_SHARE, nationalTargetPer1000: NATIONAL_TARGET_PER_1000, approximate: true },
    network: { nodes: city.network.nodeCount, ways: city.network.ways.length, compounds: city.compounds.length },
    city: finish(total),
    urbanCore: core,
    divisions: [...per.values()].map(finish),
  };
}
