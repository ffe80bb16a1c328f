/**
 * `demo --summary` against the figures the demo city states (figures.ts), with tolerances: places per 1,000 ≈ 3–4,
 * 15-minute coverage ≈ 60–80% of children in the urban core and less in every county, synthetic said plainly — and
 * the walking-network engine (src/access) reading the OSM file agrees with the generator's own graph.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraphFromOsmXml, buildSnapIndex, nearestFacility, snapPoints } from '../access/index.ts';
import { cityOsmXml, generateCity } from './city.ts';
import { CENSUS_2020_TOTAL, COUNTIES } from './figures.ts';
import { compoundMetersInMemory, summarize, WALK_LIMIT_M, type DemoSummary } from './summary.ts';
import type { DemoCity } from './types.ts';

let city: DemoCity;
let summary: DemoSummary;
let meters: Float64Array;
beforeAll(() => {
  city = generateCity();
  meters = compoundMetersInMemory(city);
  summary = summarize(city, meters, 'demo walk graph');
});

describe('demo summary', () => {
  it('says plainly that the city is synthetic', () => {
    expect(summary.synthetic).toBe(true);
    expect(summary.note).toMatch(/SYNTHETIC/);
    expect(summary.figures.approximate).toBe(true);
  });

  it('matches the stated figures', () => {
    expect(summary.city.population).toBe(CENSUS_2020_TOTAL);
    expect(summary.city.children0to3 / summary.city.population).toBeCloseTo(0.024, 3);
    expect(summary.divisions.map((d) => d.id)).toEqual(COUNTIES.map((c) => c.id));
    expect(summary.city.placesPer1000).toBeGreaterThanOrEqual(3);
    expect(summary.city.placesPer1000).toBeLessThanOrEqual(4);
    for (const d of summary.divisions) {
      expect(d.placesPer1000, d.name).toBeGreaterThanOrEqual(2.7);
      expect(d.placesPer1000, d.name).toBeLessThanOrEqual(4.3);
      expect(d.facilitiesByTier.county_centre).toBe(1);
      expect(d.enrolled).toBeLessThanOrEqual(d.places);
      expect(d.enrolled / d.places).toBeGreaterThan(0.6);
    }
    const sum = (f: (d: DemoSummary['divisions'][number]) => number) => summary.divisions.reduce((s, d) => s + f(d), 0);
    expect(sum((d) => d.places)).toBe(summary.city.places);
    expect(sum((d) => d.facilities)).toBe(summary.city.facilities);
    expect(sum((d) => d.within15min.children)).toBe(summary.city.within15min.children);
  });

  it('covers 60–80% of the urban core within 15 minutes, less in every county, leaving gaps', () => {
    expect(summary.urbanCore.within15min.share).toBeGreaterThanOrEqual(0.6);
    expect(summary.urbanCore.within15min.share).toBeLessThanOrEqual(0.8);
    for (const d of summary.divisions.filter((x) => x.id !== '140403')) {
      expect(d.within15min.share, d.name).toBeLessThan(summary.urbanCore.within15min.share);
      expect(d.within15min.share, d.name).toBeGreaterThan(0.2);
    }
    expect(summary.city.within15min.share).toBeGreaterThan(0.35);
    expect(summary.city.within15min.share).toBeLessThan(0.65);
  });

  it('agrees with src/access reading the OSM file', () => {
    const g = buildGraphFromOsmXml(cityOsmXml(city));
    const index = buildSnapIndex(g);
    const r = nearestFacility(
      g,
      snapPoints(index, city.facilities.map((f) => [f.lng, f.lat] as const)),
      snapPoints(index, city.compounds.map((c) => [c.lng, c.lat] as const)),
      { capMeters: WALK_LIMIT_M },
    );
    let differ = 0;
    for (let i = 0; i < city.compounds.length; i++) if (meters[i]! <= WALK_LIMIT_M !== r.meters[i]! <= WALK_LIMIT_M) differ++;
    expect(differ / city.compounds.length).toBeLessThan(0.005);
    const viaAccess = summarize(city, r.meters, 'src/access');
    expect(Math.abs(viaAccess.city.within15min.share - summary.city.within15min.share)).toBeLessThan(0.005);
  });
});
