/**
 * Medical institutions of the demo city (医育融合 partners): 长治市妇幼保健院 (the municipal maternal and child health
 * hospital), a people's hospital and a maternal–child health centre per county, a community health service centre
 * per urban street, a township health centre (卫生院) per rural town.
 */
import { COUNTIES } from './figures.ts';
import type { Geography } from './geography.ts';
import { createRng, stableUuid } from './rng.ts';
import type { CompoundRow, MedicalRow } from './types.ts';

/**
 * Places the institutions on open blocks (urban) or in villages (rural).
 * @param seed - the city's seed
 * @param geo - the geography
 */
export function buildMedical(seed: number, geo: Geography): MedicalRow[] {
  const rng = createRng(seed, 'medical');
  const out: MedicalRow[] = [];
  const div = new Map(geo.divisions.map((d) => [d.id, d]));
  const nearCentre = (rows: CompoundRow[], k: number): CompoundRow => {
    const s = [...rows].sort((a, b) => {
      const sa = geo.sites.get(a.id)!;
      const sb = geo.sites.get(b.id)!;
      return Math.hypot(sa.x, sa.y) - Math.hypot(sb.x, sb.y) || (a.id < b.id ? -1 : 1);
    });
    return s[Math.min(s.length - 1, k)]!;
  };
  const add = (key: string, name: string, kind: MedicalRow['kind'], at: CompoundRow): void => {
    const street = div.get(at.streetId)!;
    const county = div.get(at.countyId)!;
    out.push({ id: stableUuid(seed, `medical:${key}`), name, kind, divisionId: at.countyId, address: `${county.name}${street.name}${div.get(at.communityId)!.name}${rng.int(1, 300)}号`, lng: at.lng, lat: at.lat });
  };
  for (const c of COUNTIES) {
    const blocks = geo.compounds.filter((r) => r.countyId === c.id && r.kind === 'block');
    if (c.id === '140403') add('mch-city', '长治市妇幼保健院', 'maternal_child_hospital', nearCentre(blocks, 3));
    add(`hosp:${c.id}`, `${c.name}人民医院`, 'general_hospital', nearCentre(blocks, 0));
    add(`mch:${c.id}`, `${c.name}妇幼保健计划生育服务中心`, 'maternal_child_hospital', nearCentre(blocks, 1));
    for (const street of geo.divisions.filter((d) => d.parentId === c.id && d.level === 'street')) {
      const inStreet = geo.compounds.filter((r) => r.streetId === street.id);
      const rural = inStreet[0]?.kind === 'village';
      const pool = rural ? inStreet : inStreet.filter((r) => r.kind === 'block');
      if (pool.length === 0) continue;
      const at = rural ? pool[0]! : pool[rng.int(0, pool.length - 1)]!;
      if (rural) add(`thc:${street.id}`, `${c.name}${street.name}卫生院`, 'township_health_centre', at);
      else add(`chc:${street.id}`, `${c.name}${street.name.replace(/城区$/, '')}社区卫生服务中心`, 'community_health_centre', at);
    }
  }
  return out;
}
