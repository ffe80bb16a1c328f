/**
 * Geography of the demo city: the street network of the urban core and each county seat, villages along country
 * roads, roads between towns; streets (街道), towns (镇) and communities (社区/村) over the places people live; and
 * residents and children 0–3 apportioned to those places from the county figures.
 */
import { AGE_SPLIT, CHILD_SHARE, CITY, COUNTIES, type CountyFigure } from './figures.ts';
import { COMPOUND_SUFFIXES, PLACE_WORDS, UniqueNamer } from './names.ts';
import { Network, addRoad, addVillage, edgeToward, generateTown, type Site, type Town } from './network.ts';
import { apportion, createRng, stableUuid, type Rng } from './rng.ts';
import type { CompoundRow, DivisionRow } from './types.ts';

/** Residents per km² of built-up area: the urban core, and the county seats. */
const DENSITY_CORE = 13_000;
const DENSITY_SEAT = 9_000;
/** Residents per village, on average. */
const VILLAGE_SIZE = 2_400;

/** Approximate radius (m) of a county seat's built-up area, from the figures alone. */
function seatRadius(c: CountyFigure): number {
  const density = c.id === '140403' ? DENSITY_CORE : DENSITY_SEAT;
  return Math.sqrt(((c.population * c.urbanShare) / density) * 1e6 / Math.PI) * 1.25;
}

/** Whether a straight run from (x, y) in `town`'s frame stays ≥ 1.5 km clear of every other seat's built-up area. */
function clearOfOtherTowns(town: Town, countyId: string, x: number, y: number, dx: number, dy: number, len: number): boolean {
  for (const o of COUNTIES) {
    if (o.id === countyId) continue;
    const [ox, oy] = town.frame.toXY(o.lng, o.lat);
    const r = seatRadius(o) + 1_500;
    for (let t = 0; t <= len; t += 400) if (Math.hypot(x + dx * t - ox, y + dy * t - oy) < r) return false;
  }
  return true;
}

export interface Geography {
  network: Network;
  towns: Map<string, Town>;
  divisions: DivisionRow[];
  compounds: CompoundRow[];
  /** Sites by compound id, for placing facilities. */
  sites: Map<string, Site>;
  /** The named compound next to 妈妈宝屋 (新居锦绣园小区) and its community (婴城社区). */
  named: { xinjuCompoundId: string; yingchengCommunityId: string };
}

function townSpec(c: CountyFigure, rng: Rng, namer: UniqueNamer): Town['spec'] {
  const core = c.id === '140403';
  const urban = c.population * c.urbanShare;
  const areaM2 = (urban / (core ? DENSITY_CORE : DENSITY_SEAT)) * 1e6;
  const aspect = rng.range(1.1, 1.4);
  const halfW = Math.sqrt((areaM2 / Math.PI) * aspect);
  const halfH = areaM2 / Math.PI / halfW;
  const rivers: Record<string, string> = { '140403': '石子河', '140405': '绛河', '140406': '浊漳河', '140423': '浊漳河', '140426': '漳河', '140429': '浊漳河', '140430': '浊漳河西源', '140431': '沁河', '140428': '岚水河' };
  return {
    countyId: c.id,
    lng: c.lng,
    lat: c.lat,
    halfW,
    halfH,
    rotation: core ? rng.range(-0.05, 0.05) : rng.range(-0.3, 0.3),
    compoundShare: core ? 0.62 : 0.5,
    river: rivers[c.id] ?? null,
    railway: core || c.id === '140423' || c.id === '140405' || c.id === '140406' ? '太焦铁路' : null,
    namer: () => namer.next(''),
  };
}

/**
 * Builds the network and the places people live.
 * @param seed - the city's seed
 */
export function buildGeography(seed: number): Geography {
  const net = new Network();
  const towns = new Map<string, Town>();
  const villages = new Map<string, Site[][]>(); // county → per rural town (road) → villages
  const roadRng = createRng(seed, 'roads');
  for (const c of COUNTIES) {
    const rng = createRng(seed, `town:${c.id}`);
    const streetNames = new UniqueNamer(rng.fork('street-names'), PLACE_WORDS);
    const town = generateTown(net, townSpec(c, rng, streetNames), rng);
    towns.set(c.id, town);
    // Rural roads out of the seat, one per rural town (镇), with villages along them.
    const vr = createRng(seed, `villages:${c.id}`);
    const rural = c.population * (1 - c.urbanShare);
    const nVillages = Math.max(c.towns.length * 3, Math.round(rural / VILLAGE_SIZE));
    const perTown = apportion(nVillages, c.towns.map(() => vr.range(0.7, 1.3)));
    const base = vr.range(0, Math.PI * 2);
    const lists: Site[][] = [];
    c.towns.forEach((_, ti) => {
      // A direction and length that keep the road and its villages clear of the other towns.
      const want = base + (ti * 2 * Math.PI) / c.towns.length + vr.range(-0.3, 0.3);
      let len = vr.range(6_000, 13_000) + perTown[ti]! * 250;
      let ang = want;
      let start = edgeToward(town, Math.cos(ang), Math.sin(ang));
      search: for (let shrink = 0; shrink < 4; shrink++, len *= 0.75)
        for (let k = 0; k < 14; k++) {
          ang = want + (k % 2 === 0 ? 1 : -1) * Math.ceil(k / 2) * 0.22;
          start = edgeToward(town, Math.cos(ang), Math.sin(ang));
          if (clearOfOtherTowns(town, c.id, start.x, start.y, Math.cos(ang), Math.sin(ang), len + 800)) break search;
        }
      const dx = Math.cos(ang);
      const dy = Math.sin(ang);
      const [ex, ey] = [start.x + dx * len, start.y + dy * len];
      const [lng, lat] = town.frame.toLngLat(ex, ey);
      const end = net.addNode(lng, lat);
      const road = addRoad(net, start.node, end, [['highway', ti % 2 === 0 ? 'tertiary' : 'unclassified'], ['name', `${c.seat}—${c.towns[ti]}公路`]], vr, 140);
      const list: Site[] = [];
      const n = perTown[ti]!;
      for (let v = 0; v < n; v++) {
        const idx = Math.min(road.length - 2, Math.max(2, Math.round(((v + 0.6) / (n + 0.2)) * (road.length - 1))));
        const p = road[idx]!;
        const q = road[idx + 1]!;
        const [x0, y0] = town.frame.toXY(net.lng[p]!, net.lat[p]!);
        const [x1, y1] = town.frame.toXY(net.lng[q]!, net.lat[q]!);
        const l = Math.hypot(x1 - x0, y1 - y0) || 1;
        list.push(addVillage(net, p, town.frame, [(x1 - x0) / l, (y1 - y0) / l], `${c.id}:v:${ti}:${v}`, c.id, ti, v, vr));
      }
      lists.push(list);
    });
    villages.set(c.id, lists);
  }
  // Roads between towns: every seat to the urban core, and a few seat-to-seat roads.
  const core = towns.get('140403')!;
  const link = (a: string, b: string, name: string, highway: string): void => {
    const ta = towns.get(a)!;
    const tb = towns.get(b)!;
    const [bx, by] = ta.frame.toXY(tb.spec.lng, tb.spec.lat);
    const l = Math.hypot(bx, by);
    const ea = edgeToward(ta, bx / l, by / l);
    const eb = edgeToward(tb, -bx / l, -by / l);
    addRoad(net, ea.node, eb.node, [['highway', highway], ['name', name]], roadRng.fork(`${a}-${b}`), 160);
  };
  for (const c of COUNTIES) if (c.id !== '140403') link(c.id, '140403', `长治—${c.seat}公路`, c.kind === 'district' ? 'primary' : 'secondary');
  link('140406', '140426', '潞城—黎城公路', 'secondary');
  link('140423', '140429', '襄垣—武乡公路', 'secondary');
  link('140429', '140430', '武乡—沁县公路', 'secondary');
  link('140430', '140431', '沁县—沁源公路', 'secondary');
  link('140405', '140428', '屯留—长子公路', 'secondary');
  void core;

  // Divisions, compounds, people.
  const divisions: DivisionRow[] = [{ id: CITY.id, name: CITY.name, nameEn: CITY.nameEn, level: 'city', parentId: null, population: 0, children0to3: 0, lng: CITY.lng, lat: CITY.lat }];
  const compounds: CompoundRow[] = [];
  const siteById = new Map<string, Site>();
  let xinju = '';
  let yingcheng = '';
  for (const c of COUNTIES) {
    const rng = createRng(seed, `people:${c.id}`);
    const town = towns.get(c.id)!;
    const countyRow: DivisionRow = { id: c.id, name: c.name, nameEn: c.nameEn, level: 'county', parentId: CITY.id, population: 0, children0to3: 0, lng: c.lng, lat: c.lat };
    divisions.push(countyRow);
    const communityNamer = new UniqueNamer(rng.fork('community-names'));
    const compoundNamer = new UniqueNamer(rng.fork('compound-names'));
    const villageNamer = new UniqueNamer(rng.fork('village-names'));
    // Seat: streets (街道) by angular sector around the centre; communities by 3×3-block clusters inside a street.
    const seatSites = town.sites;
    const nStreets = c.streets.length;
    const rot = rng.range(0, Math.PI * 2);
    const streetOf = (s: Site): number => {
      if (nStreets === 1) return 0;
      const a = (Math.atan2(s.y, s.x) + rot + Math.PI * 4) % (Math.PI * 2);
      return Math.min(nStreets - 1, Math.floor((a / (Math.PI * 2)) * nStreets));
    };
    const streetRows: DivisionRow[] = c.streets.map((name, si) => ({ id: `${c.id}${String(si + 1).padStart(3, '0')}`, name, nameEn: null, level: 'street', parentId: c.id, population: 0, children0to3: 0, lng: 0, lat: 0 }));
    const townRows: DivisionRow[] = c.towns.map((name, ti) => ({ id: `${c.id}${String(100 + ti + 1).padStart(3, '0')}`, name, nameEn: null, level: 'street', parentId: c.id, population: 0, children0to3: 0, lng: 0, lat: 0 }));
    const communityRows = new Map<string, DivisionRow>();
    const communityCount = new Map<string, number>();
    const communityFor = (parent: DivisionRow, clusterKey: string, name: () => string): DivisionRow => {
      const k = `${parent.id}|${clusterKey}`;
      let row = communityRows.get(k);
      if (!row) {
        const n = (communityCount.get(parent.id) ?? 0) + 1;
        communityCount.set(parent.id, n);
        row = { id: `${parent.id}${String(n).padStart(3, '0')}`, name: name(), nameEn: null, level: 'community', parentId: parent.id, population: 0, children0to3: 0, lng: 0, lat: 0 };
        communityRows.set(k, row);
      }
      return row;
    };
    // Residents: the urban population over seat sites (compounds denser than open blocks), the rest over villages.
    const urban = Math.round(c.population * c.urbanShare);
    const rural = c.population - urban;
    const seatWeights = seatSites.map((s) => s.areaM2 * (s.kind === 'compound' ? rng.range(0.7, 1.5) : rng.range(0.25, 0.6)));
    const seatResidents = apportion(urban, seatWeights);
    const vLists = villages.get(c.id)!;
    const allVillages = vLists.flat();
    const villageResidents = apportion(rural, allVillages.map(() => rng.range(0.5, 1.6)));
    const children = Math.round(c.population * CHILD_SHARE);
    const siteList = [...seatSites, ...allVillages];
    const residents = [...seatResidents, ...villageResidents];
    const kids = apportion(children, residents);
    siteList.forEach((s, idx) => {
      const inSeat = idx < seatSites.length;
      const street = inSeat ? streetRows[streetOf(s)]! : townRows[s.town as number]!;
      const community = inSeat
        ? communityFor(street, `${Math.floor(s.cell[0] / 3)}:${Math.floor(s.cell[1] / 3)}`, () => communityNamer.next('社区'))
        : communityFor(street, `v${s.cell[1]}`, () => villageNamer.next('村'));
      const [lng, lat] = [town.frame.toLngLat(s.x, s.y)[0], town.frame.toLngLat(s.x, s.y)[1]];
      const id = stableUuid(seed, `compound:${s.key}`);
      const name = s.kind === 'compound' ? compoundNamer.next(rng.pick(COMPOUND_SUFFIXES)) : s.kind === 'village' ? community.name : `${community.name}${rng.int(1, 99)}号院`;
      const ages = apportion(kids[idx]!, [...AGE_SPLIT]) as [number, number, number];
      compounds.push({
        id,
        name,
        kind: s.kind,
        countyId: c.id,
        streetId: street.id,
        communityId: community.id,
        lng: Math.round(lng * 1e7) / 1e7,
        lat: Math.round(lat * 1e7) / 1e7,
        osmNodeId: s.node + 1,
        gates: s.gates.length,
        areaM2: s.areaM2,
        residents: residents[idx]!,
        children: ages,
        urbanCore: c.id === '140403' && inSeat,
      });
      siteById.set(id, s);
    });
    // The community the city's report names: 潞城区 婴城社区 with 新居锦绣园小区 near the seat's centre.
    if (c.id === '140406') {
      const candidates = compounds.filter((r) => r.countyId === c.id && r.kind === 'compound');
      const site = (r: CompoundRow): Site => siteById.get(r.id)!;
      const best = candidates.reduce((b, r) => (Math.hypot(site(r).x, site(r).y) < Math.hypot(site(b).x, site(b).y) ? r : b));
      best.name = '新居锦绣园小区';
      xinju = best.id;
      const comm = [...communityRows.values()].find((d) => d.id === best.communityId)!;
      comm.name = '婴城社区';
      yingcheng = comm.id;
    }
    // Roll up populations and centroids.
    const byId = new Map<string, DivisionRow>([...streetRows, ...townRows, ...communityRows.values()].map((d) => [d.id, d]));
    const sums = new Map<string, { n: number; lng: number; lat: number }>();
    for (const r of compounds) {
      if (r.countyId !== c.id) continue;
      const kidsN = r.children[0] + r.children[1] + r.children[2];
      for (const did of [r.communityId, r.streetId]) {
        const d = byId.get(did)!;
        d.population += r.residents;
        d.children0to3 += kidsN;
        const s = sums.get(did) ?? { n: 0, lng: 0, lat: 0 };
        s.n++;
        s.lng += r.lng;
        s.lat += r.lat;
        sums.set(did, s);
      }
      countyRow.population += r.residents;
      countyRow.children0to3 += kidsN;
    }
    for (const d of byId.values()) {
      const s = sums.get(d.id);
      d.lng = s ? Math.round((s.lng / s.n) * 1e6) / 1e6 : c.lng;
      d.lat = s ? Math.round((s.lat / s.n) * 1e6) / 1e6 : c.lat;
    }
    divisions.push(...streetRows.filter((d) => sums.has(d.id)), ...townRows.filter((d) => sums.has(d.id)), ...[...communityRows.values()].sort((a, b) => (a.id < b.id ? -1 : 1)));
    divisions[0]!.population += countyRow.population;
    divisions[0]!.children0to3 += countyRow.children0to3;
  }
  return { network: net, towns, divisions, compounds, sites: siteById, named: { xinjuCompoundId: xinju, yingchengCommunityId: yingcheng } };
}
