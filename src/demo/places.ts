/**
 * Kindergartens (幼儿园) and employers (用人单位) of the demo city. The kindergartens with a toddler class and the
 * employers with their own childcare are the hosts of the kindergarten_class and employer facilities; the others are
 * where a planner could open a toddler class or an employer-run point (candidate sites).
 */
import { COUNTIES } from './figures.ts';
import type { Geography } from './geography.ts';
import { PLACE_WORDS, UniqueNamer } from './names.ts';
import { createRng, stableUuid } from './rng.ts';
import type { CompoundRow, FacilityRow, LocalPlaceRow } from './types.ts';

/** Children 3–6 as a share of residents (kindergarten age), and pupils per kindergarten — planning assumptions. */
const KINDERGARTEN_AGE_SHARE = 0.03;
const PUPILS_PER_KINDERGARTEN = 240;
/** Urban residents per employer large enough to list. */
const RESIDENTS_PER_EMPLOYER = 8_000;
const EMPLOYER_KINDS = ['工业园', '医院', '供电公司', '物流园', '商贸城', '学校', '银行', '机关事务中心'] as const;

/**
 * Generates the kindergartens and employers.
 * @param seed - the city's seed
 * @param geo - the geography
 * @param facilities - the facilities (toddler classes and employer-run points get their host)
 */
export function buildPlaces(seed: number, geo: Geography, facilities: FacilityRow[]): LocalPlaceRow[] {
  const out: LocalPlaceRow[] = [];
  const div = new Map(geo.divisions.map((d) => [d.id, d]));
  for (const c of COUNTIES) {
    const rng = createRng(seed, `places:${c.id}`);
    const names = new UniqueNamer(rng.fork('names'), PLACE_WORDS);
    const rows = geo.compounds.filter((r) => r.countyId === c.id);
    const seat = rows.filter((r) => r.kind !== 'village');
    const villages = rows.filter((r) => r.kind === 'village');
    const at = (r: CompoundRow): { lng: number; lat: number; osmNodeId: number } => {
      const s = geo.sites.get(r.id)!;
      const node = s.kind === 'compound' ? s.entrances[0]! : s.node;
      return { lng: geo.network.lng[node]!, lat: geo.network.lat[node]!, osmNodeId: node + 1 };
    };
    const kidsOf = (r: CompoundRow): number => r.children[0] + r.children[1] + r.children[2];
    // Hosts of the facilities that already exist.
    for (const f of facilities.filter((x) => x.divisionId === c.id && (x.tier === 'kindergarten_class' || x.tier === 'employer'))) {
      const kind = f.tier === 'kindergarten_class' ? 'kindergarten' : 'employer';
      const name = kind === 'kindergarten' ? f.name.replace(/托班$/, '') : f.name.replace(/(第[二三四五六七八九十])?职工托育室$/, '');
      if (names.has(name)) continue;
      names.take(name);
      out.push({
        id: stableUuid(seed, `place:${f.id}`),
        kind,
        name,
        divisionId: c.id,
        streetId: f.streetId,
        lng: f.lng,
        lat: f.lat,
        osmNodeId: f.osmNodeId,
        size: kind === 'kindergarten' ? rng.int(150, 420) : rng.int(300, 3000),
        facilityId: f.id,
      });
    }
    // The rest: kindergartens by the number of children 3–6, in the seat and one per few villages; employers in the seat.
    const have = (kind: LocalPlaceRow['kind']): number => out.filter((p) => p.divisionId === c.id && p.kind === kind).length;
    const urban = seat.reduce((s, r) => s + r.residents, 0);
    const seatKg = Math.max(3, Math.round((urban * KINDERGARTEN_AGE_SHARE) / PUPILS_PER_KINDERGARTEN));
    const ruralKg = Math.max(c.towns.length, Math.round(villages.length / 4));
    const employers = Math.max(4, Math.round(urban / RESIDENTS_PER_EMPLOYER));
    const add = (kind: LocalPlaceRow['kind'], r: CompoundRow, i: number): void => {
      const street = div.get(r.streetId)!;
      const name =
        kind === 'kindergarten'
          ? uniqueName(names, r.kind === 'village' ? `${street.name}${div.get(r.communityId)!.name}幼儿园` : `${c.name}${names.next('')}幼儿园`)
          : uniqueName(names, `${names.next('')}${rng.pick(EMPLOYER_KINDS)}`);
      const p = at(r);
      out.push({ id: stableUuid(seed, `place:${c.id}:${kind}:${i}`), kind, name, divisionId: c.id, streetId: r.streetId, ...p, size: kind === 'kindergarten' ? rng.int(90, 360) : rng.int(120, 2500), facilityId: null });
    };
    for (let i = have('kindergarten'); i < seatKg; i++) add('kindergarten', rng.weighted(seat, (r) => kidsOf(r) + 1), i);
    for (let i = 0; i < ruralKg && villages.length > 0; i++) add('kindergarten', rng.weighted(villages, (r) => r.residents), seatKg + i);
    const blocks = seat.filter((r) => r.kind === 'block');
    for (let i = have('employer'); i < employers && blocks.length > 0; i++) add('employer', rng.pick(blocks), i);
  }
  return out;
}

function uniqueName(names: UniqueNamer, name: string): string {
  if (!names.has(name)) return names.take(name);
  for (const q of ['二', '三', '四', '五', '六', '七', '八', '九']) {
    const n = name.endsWith('幼儿园') ? `${name.slice(0, -3)}第${q}幼儿园` : `${name}${q}分部`;
    if (!names.has(n)) return names.take(n);
  }
  for (let i = 10; ; i++) if (!names.has(`${name}${i}`)) return names.take(`${name}${i}`);
}
