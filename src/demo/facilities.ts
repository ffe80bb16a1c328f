/**
 * The 1+12+N network of the demo city: the municipal centre in 潞州区, a public centre per county (潞州区's is the
 * report's 潞州区公办综合托育中心), and N points — community and family points, kindergarten toddler classes,
 * employer-run and private institutions — placed where the children are, with a spacing rule so that 15-minute
 * coverage lands near what a real city shows (most of the urban core, less in the counties) and leaves gaps for the
 * planner. Every class respects the national caps; every facility is signed with a medical institution.
 */
import { NATIONAL_POLICY_2019, type ClassBand } from '../care/policy.ts';
import { CLASS_BAND_ZH } from '../care/policy.ts';
import type { Ownership, ServiceMode, Tier } from '../care/facility.ts';
import { AGREEMENT_SERVICES, type AgreementService } from '../care/health-services.ts';
import { addDays } from './dates.ts';
import { COUNTIES, PLACES_PER_1000_TARGET } from './figures.ts';
import type { Geography } from './geography.ts';
import { PLACE_WORDS, UniqueNamer, familyName } from './names.ts';
import { createRng, stableUuid, type Rng } from './rng.ts';
import type { AgreementRow, ClassRow, CompoundRow, FacilityRow, MedicalRow } from './types.ts';

export const MUNICIPAL_CENTRE_NAME = '长治市托育综合服务指导中心';
export const LUZHOU_CENTRE_NAME = '潞州区公办综合托育中心';
export const MAMA_BAOWU_NAME = '潞城区婴城社区妈妈宝屋社区养育中心';

/** How strongly operators favour the town centre (weight exp(−k·r²), r = 1 on the town's edge). */
const CENTRALITY = 7;

type NTier = Exclude<Tier, 'municipal_centre' | 'county_centre'>;
/** Mix of N points by count. */
const N_MIX: readonly (readonly [NTier, number])[] = [
  ['community', 0.32],
  ['family_point', 0.24],
  ['kindergarten_class', 0.18],
  ['employer', 0.06],
  ['private', 0.2],
];

export interface Network1x12xN {
  facilities: FacilityRow[];
  classes: ClassRow[];
  agreements: AgreementRow[];
}

interface Draft {
  key: string;
  name: string;
  tier: Tier;
  ownership: Ownership;
  countyId: string;
  site: CompoundRow;
  node: number;
  classes: { band: ClassBand; capacity: number }[];
  modes: ServiceMode[];
  floor: number | null;
  outdoor: number | null;
  addressNote?: string;
}

function classesFor(tier: NTier, rng: Rng): { band: ClassBand; capacity: number }[] {
  switch (tier) {
    case 'community':
      return rng.chance(0.45)
        ? [{ band: 'mixed', capacity: rng.int(12, 18) }]
        : rng.chance(0.8)
          ? [{ band: 'toddler_small', capacity: rng.int(10, 15) }, { band: 'toddler_large', capacity: rng.int(14, 20) }]
          : [{ band: 'infant', capacity: rng.int(6, 10) }, { band: 'toddler_small', capacity: rng.int(10, 15) }, { band: 'toddler_large', capacity: rng.int(15, 20) }];
    case 'family_point':
      return [{ band: 'mixed', capacity: rng.int(3, 5) }];
    case 'kindergarten_class':
      return rng.chance(0.6) ? [{ band: 'toddler_large', capacity: rng.int(15, 20) }] : [{ band: 'toddler_large', capacity: rng.int(15, 20) }, { band: 'toddler_large', capacity: rng.int(15, 20) }];
    case 'employer':
      return [{ band: 'toddler_small', capacity: rng.int(10, 15) }, { band: 'toddler_large', capacity: rng.int(15, 20) }];
    case 'private': {
      const out: { band: ClassBand; capacity: number }[] = [];
      if (rng.chance(0.5)) out.push({ band: 'infant', capacity: rng.int(6, 10) });
      out.push({ band: 'toddler_small', capacity: rng.int(10, 15) });
      for (let i = rng.int(1, 2); i > 0; i--) out.push({ band: 'toddler_large', capacity: rng.int(14, 20) });
      if (rng.chance(0.3)) out.push({ band: 'mixed', capacity: rng.int(10, 18) });
      return out;
    }
  }
}

function modesFor(tier: Tier, rng: Rng): ServiceMode[] {
  switch (tier) {
    case 'municipal_centre':
    case 'county_centre':
      return ['full_day', 'half_day', 'temporary'];
    case 'community':
      return rng.chance(0.5) ? ['full_day', 'half_day', 'temporary'] : ['full_day', 'half_day', 'hourly', 'temporary'];
    case 'family_point':
      return rng.chance(0.6) ? ['full_day'] : ['full_day', 'half_day'];
    case 'kindergarten_class':
    case 'employer':
      return ['full_day', 'half_day'];
    case 'private':
      return rng.chance(0.5) ? ['full_day', 'half_day', 'hourly'] : ['full_day', 'half_day', 'hourly', 'temporary'];
  }
}

function ownershipFor(tier: Tier, rng: Rng): Ownership {
  switch (tier) {
    case 'municipal_centre':
    case 'county_centre':
      return 'public';
    case 'community':
      return rng.chance(0.2) ? 'public' : 'affordable';
    case 'family_point':
      return rng.chance(0.6) ? 'affordable' : 'market';
    case 'kindergarten_class':
      return rng.chance(0.6) ? 'public' : 'affordable';
    case 'employer':
      return 'affordable';
    case 'private':
      return rng.chance(0.4) ? 'affordable' : 'market';
  }
}

function servicesFor(ownership: Ownership, modes: ServiceMode[], rng: Rng): FacilityRow['services'] {
  const month = ownership === 'public' ? rng.int(11, 14) * 100 : ownership === 'affordable' ? rng.int(13, 17) * 100 : rng.int(20, 32) * 100;
  return modes.map((mode) => {
    switch (mode) {
      case 'full_day':
        return { mode, price: month, unit: 'month' as const };
      case 'half_day':
        return { mode, price: Math.round((month * 0.6) / 50) * 50, unit: 'month' as const };
      case 'hourly':
        return { mode, price: rng.int(5, 8) * 5, unit: 'hour' as const };
      case 'temporary':
        return { mode, price: rng.int(8, 12) * 10, unit: 'day' as const };
    }
  });
}

/**
 * Builds the network of facilities.
 * @param seed - the city's seed
 * @param geo - the geography (sites and the network)
 * @param medical - the medical institutions, for the agreements
 * @param asOf - the demo's "today"
 */
export function buildFacilities(seed: number, geo: Geography, medical: MedicalRow[], asOf: string): Network1x12xN {
  const rng = createRng(seed, 'facilities');
  const net = geo.network;
  const div = new Map(geo.divisions.map((d) => [d.id, d]));
  const drafts: Draft[] = [];
  const kidsOf = (r: CompoundRow): number => r.children[0] + r.children[1] + r.children[2];
  const byCentre = (rows: CompoundRow[]): CompoundRow[] =>
    [...rows].sort((a, b) => {
      const sa = geo.sites.get(a.id)!;
      const sb = geo.sites.get(b.id)!;
      return Math.hypot(sa.x, sa.y) - Math.hypot(sb.x, sb.y) || (a.id < b.id ? -1 : 1);
    });
  const nodeFor = (r: CompoundRow): number => {
    const s = geo.sites.get(r.id)!;
    return s.kind === 'compound' ? s.entrances[0]! : s.node;
  };
  const placed: { lng: number; lat: number; countyId: string }[] = [];
  const used = new Set<string>();
  const add = (d: Omit<Draft, 'node'>): void => {
    const node = nodeFor(d.site);
    drafts.push({ ...d, node });
    placed.push({ lng: net.lng[node]!, lat: net.lat[node]!, countyId: d.countyId });
    used.add(d.site.id);
  };
  const centreClasses = (spec: [ClassBand, number, number][]): Draft['classes'] => spec.flatMap(([band, n, cap]) => Array.from({ length: n }, () => ({ band, capacity: cap })));

  for (const c of COUNTIES) {
    const crng = rng.fork(c.id);
    const rows = geo.compounds.filter((r) => r.countyId === c.id);
    const seatBlocks = byCentre(rows.filter((r) => r.kind === 'block'));
    const seatRows = rows.filter((r) => r.kind !== 'village');
    const villages = rows.filter((r) => r.kind === 'village');
    const core = c.id === '140403';
    const target = Math.round((c.population / 1000) * (core ? PLACES_PER_1000_TARGET.core : c.kind === 'district' ? PLACES_PER_1000_TARGET.district : PLACES_PER_1000_TARGET.county));
    let places = 0;
    if (core) {
      const cls = centreClasses([['infant', 2, 10], ['toddler_small', 3, 15], ['toddler_large', 3, 20]]);
      add({ key: 'municipal', name: MUNICIPAL_CENTRE_NAME, tier: 'municipal_centre', ownership: 'public', countyId: c.id, site: seatBlocks[6]!, classes: cls, modes: modesFor('municipal_centre', crng), floor: 2400, outdoor: 900 });
      places += 125;
      const lz = centreClasses([['infant', 2, 10], ['toddler_small', 2, 15], ['toddler_large', 2, 20]]);
      add({ key: `county:${c.id}`, name: LUZHOU_CENTRE_NAME, tier: 'county_centre', ownership: 'public', countyId: c.id, site: seatBlocks[2]!, classes: lz, modes: modesFor('county_centre', crng), floor: 1600, outdoor: 600, addressNote: '（设户外活动场地）' });
      places += 90;
    } else {
      const cls = centreClasses([['infant', 1, 10], ['toddler_small', 2, 15], ['toddler_large', 2, 20]]);
      add({ key: `county:${c.id}`, name: `${c.name}公办托育中心`, tier: 'county_centre', ownership: 'public', countyId: c.id, site: seatBlocks[2]!, classes: cls, modes: modesFor('county_centre', crng), floor: 1200, outdoor: crng.int(3, 6) * 100 });
      places += 80;
    }
    if (c.id === '140406') {
      const site = geo.compounds.find((r) => r.id === geo.named.xinjuCompoundId)!;
      add({ key: 'mama-baowu', name: MAMA_BAOWU_NAME, tier: 'community', ownership: 'affordable', countyId: c.id, site, classes: [{ band: 'mixed', capacity: 12 }], modes: ['full_day', 'half_day', 'temporary'], floor: 100, outdoor: null, addressNote: '（新居锦绣园小区旁，两层，约100㎡）' });
      places += 12;
    }
    const names = new UniqueNamer(crng.fork('names'), PLACE_WORDS);
    const seatShare = core ? 0.97 : 0.82;
    for (let n = 0; places < target; n++) {
      const tier = crng.weighted(N_MIX, (m) => m[1])[0];
      const inSeat = tier === 'employer' || tier === 'private' || crng.chance(seatShare);
      const pool = (inSeat ? seatRows : villages).filter((r) => !used.has(r.id) && (tier === 'employer' || tier === 'private' ? r.kind === 'block' : tier === 'community' ? r.kind !== 'block' : true));
      if (pool.length === 0) continue;
      // Where operators go: towards the centre and the older districts, a little away from each other; the new
      // districts on the edge are served last — the gaps a planner sees.
      const town = geo.towns.get(c.id)!;
      const site = crng.weighted(pool, (r) => {
        const s = geo.sites.get(r.id)!;
        let w = kidsOf(r) + 1;
        if (s.kind !== 'village') w *= Math.exp(-CENTRALITY * ((s.x / town.spec.halfW) ** 2 + (s.y / town.spec.halfH) ** 2));
        for (const p of placed) {
          if (p.countyId !== c.id) continue;
          const dx = (p.lng - r.lng) * 89_000;
          const dy = (p.lat - r.lat) * 110_600;
          if (dx * dx + dy * dy < 250 * 250) w *= 0.5;
        }
        return w;
      });
      const comm = div.get(site.communityId)!;
      const street = div.get(site.streetId)!;
      const name =
        tier === 'community'
          ? names.take(uniqueIn(names, `${comm.name}${site.kind === 'village' ? '托育服务点' : '托育服务站'}`))
          : tier === 'family_point'
            ? names.take(uniqueIn(names, `${crng.chance(0.5) ? names.next('') : `${familyName(crng)}老师`}家庭托育点`))
            : tier === 'kindergarten_class'
              ? names.take(uniqueIn(names, `${site.kind === 'village' ? street.name : c.name}${names.next('')}幼儿园托班`))
              : tier === 'employer'
                ? names.take(uniqueIn(names, `${names.next('')}${crng.pick(['工业园', '医院', '供电公司', '物流园', '商贸城', '学校'])}职工托育室`))
                : names.take(uniqueIn(names, `${crng.pick(['童画', '小橡树', '悦贝', '启蒙星', '爱多多', '小脚丫', '贝乐堡', '蒲公英'])}托育（${street.name.replace(/(街道|城区)$/, '')}店）`));
      const classes = classesFor(tier, crng);
      const cap = classes.reduce((s, k) => s + k.capacity, 0);
      add({
        key: `n:${c.id}:${n}`,
        name,
        tier,
        ownership: ownershipFor(tier, crng),
        countyId: c.id,
        site,
        classes,
        modes: modesFor(tier, crng),
        floor: tier === 'family_point' ? crng.int(60, 120) : classes.length * crng.int(60, 90) + 80,
        outdoor: tier === 'family_point' ? null : tier === 'community' ? crng.int(0, 8) * 20 : crng.int(2, 8) * 50,
      });
      places += cap;
    }
  }

  // Rows: facilities, classes, agreements.
  const ids = new Map<string, string>();
  for (const d of drafts) ids.set(d.key, stableUuid(seed, `facility:${d.key}`));
  const municipalId = ids.get('municipal')!;
  const facilities: FacilityRow[] = [];
  const classes: ClassRow[] = [];
  const agreements: AgreementRow[] = [];
  const mchCity = medical.find((m) => m.name === '长治市妇幼保健院')!;
  const filingSeq = new Map<string, number>();
  for (const d of drafts) {
    const frng = rng.fork(`row:${d.key}`);
    const id = ids.get(d.key)!;
    const county = div.get(d.countyId)!;
    const street = div.get(d.site.streetId)!;
    const comm = div.get(d.site.communityId)!;
    const filed = d.tier === 'municipal_centre' || d.tier === 'county_centre' || frng.chance(d.tier === 'family_point' ? 0.6 : d.tier === 'community' ? 0.9 : 0.85);
    const filingStatus = filed ? 'filed' : d.tier === 'family_point' && frng.chance(0.4) ? 'unfiled' : 'pending';
    const seq = (filingSeq.get(d.countyId) ?? 0) + 1;
    if (filed) filingSeq.set(d.countyId, seq);
    const ownership = d.ownership;
    const director = `${familyName(frng)}老师`;
    const address =
      d.site.kind === 'compound' ? `${county.name}${street.name}${d.site.name}${d.addressNote ?? frng.pick(['南门旁', '东门旁', '北门旁', '西门旁', '底商', '内'])}` : `${county.name}${street.name}${comm.name}${frng.int(1, 200)}号${d.addressNote ?? ''}`;
    facilities.push({
      id,
      name: d.name,
      tier: d.tier,
      ownership,
      filingStatus,
      filingNumber: filed ? `长卫托备〔${2021 + (seq % 5)}〕${d.countyId.slice(4)}${String(seq).padStart(3, '0')}号` : null,
      divisionId: d.countyId,
      streetId: d.site.streetId,
      address,
      lng: net.lng[d.node]!,
      lat: net.lat[d.node]!,
      openingHours: d.tier === 'family_point' ? { days: [1, 2, 3, 4, 5], open: '08:00', close: '17:30' } : d.tier === 'private' ? { days: [1, 2, 3, 4, 5, 6], open: '07:30', close: '18:30' } : { days: [1, 2, 3, 4, 5], open: '07:30', close: '18:00' },
      services: servicesFor(ownership, d.modes, frng),
      floorAreaM2: d.floor,
      outdoorAreaM2: d.outdoor,
      contact: { person: director, phone: `0355-${frng.int(2000000, 8999999)}` },
      supervisorId: d.tier === 'municipal_centre' ? null : d.tier === 'county_centre' ? municipalId : ids.get(`county:${d.countyId}`)!,
      policyId: NATIONAL_POLICY_2019.id,
      osmNodeId: d.node + 1,
      compoundId: d.site.id,
    });
    const perBand = new Map<ClassBand, number>();
    for (const k of d.classes) {
      const n = (perBand.get(k.band) ?? 0) + 1;
      perBand.set(k.band, n);
      classes.push({ id: stableUuid(seed, `class:${d.key}:${k.band}:${n}`), facilityId: id, name: `${CLASS_BAND_ZH[k.band]}${n}`, band: k.band, capacity: k.capacity });
    }
    // 医育融合: the nearest community/township health centre in the county; centres also the MCH hospital.
    const local = medical
      .filter((m) => m.divisionId === d.countyId && (m.kind === 'community_health_centre' || m.kind === 'township_health_centre'))
      .map((m) => [Math.hypot((m.lng - net.lng[d.node]!) * 89_000, (m.lat - net.lat[d.node]!) * 110_600), m] as const)
      .sort((a, b) => a[0] - b[0])[0]?.[1];
    const partners: MedicalRow[] = [];
    // The municipal MCH hospital guides the municipal centre and every county centre; a county's own MCH centre
    // signs with its county centre too.
    if (d.tier === 'county_centre' && d.countyId !== '140403') partners.push(medical.find((m) => m.name === `${county.name}妇幼保健计划生育服务中心`)!);
    if (d.tier === 'municipal_centre' || d.tier === 'county_centre') partners.push(mchCity);
    if (local) partners.push(local);
    if (partners.length === 0) partners.push(mchCity);
    // Each service goes to one partner (the first that offers it, in this order), so no two agreements of a facility
    // cover the same service (the database refuses that); what nobody offers goes to the first partner.
    const offered = new Map<string, AgreementService[]>();
    for (const svc of AGREEMENT_SERVICES) {
      const m = partners.find((p) => PARTNER_SERVICES[p === mchCity ? 'city_mch' : p.kind === 'maternal_child_hospital' ? 'county_mch' : 'local'].includes(svc)) ?? partners[0]!;
      offered.set(m.id, [...(offered.get(m.id) ?? []), svc]);
    }
    partners.forEach((m, i) => {
      const services = offered.get(m.id);
      if (!services) return;
      // Signed within the last ~2.5 years for three years (or open-ended): in force on the demo's "today"; a few
      // local agreements end within the next 20–80 days (the expiry reminders and the renewals have work).
      let validFrom = addDays(asOf, -frng.int(60, 900));
      let validTo = frng.chance(0.8) ? addDays(validFrom, 3 * 365) : null;
      if (m === local && frng.chance(0.06)) {
        validTo = addDays(asOf, frng.int(20, 80));
        validFrom = addDays(validTo, -3 * 365 + 1);
      }
      agreements.push({ id: stableUuid(seed, `agreement:${d.key}:${i}`), facilityId: id, institutionId: m.id, validFrom, validTo, services });
    });
  }
  return { facilities, classes, agreements };
}

/** Which partner offers which services (医育融合), in order of preference. */
const PARTNER_SERVICES: Record<'city_mch' | 'county_mch' | 'local', readonly AgreementService[]> = {
  county_mch: ['parent_class', 'tcm_massage'],
  city_mch: ['growth_assessment', 'development_guidance', 'tcm_massage', 'parent_class', 'staff_training'],
  local: ['health_check', 'visiting_doctor', 'growth_assessment', 'parent_class', 'tcm_massage', 'development_guidance'],
};

const CN_ORDINALS = ['二', '三', '四', '五', '六', '七', '八', '九', '十'];

/**
 * A name not yet handed out by the namer: the second 童画托育（西街店） becomes 童画托育（西街二店）, the second
 * 安居社区托育服务站 becomes 安居社区第二托育服务站, anything else gets （二）, （三）, ….
 */
function uniqueIn(namer: UniqueNamer, name: string): string {
  if (!namer.has(name)) return name;
  const suffix = /(托育服务站|托育服务点|家庭托育点|幼儿园托班|职工托育室)$/.exec(name)?.[0];
  for (let i = 0; ; i++) {
    const n = i < CN_ORDINALS.length ? CN_ORDINALS[i]! : String(i + 2);
    const candidate = name.endsWith('店）') ? `${name.slice(0, -2)}${n}店）` : suffix ? `${name.slice(0, -suffix.length)}第${n}${suffix}` : `${name}（${n}）`;
    if (!namer.has(candidate)) return candidate;
  }
}
