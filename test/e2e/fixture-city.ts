/**
 * A small synthetic Changzhi for browser tests, used when the demo generator (`carecircle demo`) is not available:
 * the city and its 12 county-level divisions (approximate seats from src/demo/figures.ts, marked synthetic), the
 * 1+12+N network (one municipal centre, one public centre per county, a few points of every kind around each seat),
 * some enrolled children, and the demo logins (city, district, director, teacher, guardian, health, admin /
 * demo1234). Deterministic: the same city every run.
 */
import type { Db } from '../../src/db/index.ts';
import { createUser, reposFor, systemCaller } from '../../src/db/repos/index.ts';
import { insertChild, upsertDivisions, upsertMedicalInstitution } from '../../src/db/registry-admin.ts';
import { facilityInputSchema, type FacilityInput } from '../../src/care/facility.ts';
import { CITY, COUNTIES } from '../../src/demo/figures.ts';

export const DEMO_PASSWORD = 'demo1234';
/** The county of the demo district official and director. */
export const HOME_COUNTY = '140403';

/** A tiny deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Kind = 'community' | 'family_point' | 'kindergarten_class' | 'employer' | 'private';
const POINT_KINDS: Kind[] = ['community', 'community', 'family_point', 'kindergarten_class', 'private', 'employer', 'community', 'family_point'];
const SUFFIX: Record<Kind, string> = { community: '社区托育点', family_point: '家庭托育点', kindergarten_class: '幼儿园托班', employer: '职工托育室', private: '宝贝托育园' };
const GIVEN = ['小雨', '子涵', '一诺', '欣怡', '浩然', '梓萱', '宇轩', '若汐', '沐阳', '思远', '佳怡', '俊熙'];
const FAMILY = ['李', '王', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '郭', '牛'];

export interface FixtureCity {
  directorFacility: string;
}

/** Seeds the fixture city into an empty, migrated database. */
export async function seedFixtureCity(db: Db): Promise<FixtureCity> {
  const r = rng(20261129);
  await db.tx(async (q) =>
    upsertDivisions(q, [
      { id: CITY.id, name: CITY.name, nameEn: CITY.nameEn, level: 'city', parentId: null, population: 3_180_884, lng: CITY.lng, lat: CITY.lat, synthetic: true },
      ...COUNTIES.map((c) => ({
        id: c.id,
        name: c.name,
        nameEn: c.nameEn,
        level: 'county' as const,
        parentId: CITY.id,
        population: c.population,
        children0to3: Math.round(c.population * 0.024),
        lng: c.lng,
        lat: c.lat,
        synthetic: true,
      })),
    ]),
  );
  const hospital = await db.tx((q) => upsertMedicalInstitution(q, { name: '长治市妇幼保健院', kind: 'maternal_child_hospital', divisionId: HOME_COUNTY, lng: 113.11, lat: 36.19 }));
  const repo = reposFor(db, systemCaller('e2e-fixture')).facilities;
  let filing = 1;
  const mk = async (i: Partial<FacilityInput> & Pick<FacilityInput, 'name' | 'tier' | 'divisionId' | 'location'>) => {
    const input: FacilityInput = {
      ownership: 'affordable',
      filingStatus: 'filed',
      filingNumber: `晋长卫托备2026${String(filing++).padStart(3, '0')}`,
      address: `${i.name}（合成地址）`,
      openingHours: { days: [1, 2, 3, 4, 5], open: '07:30', close: '18:00' },
      services: [{ mode: 'full_day', price: 1500, unit: 'month' }],
      classes: [{ name: '托小班1', band: 'toddler_small', capacity: 15 }],
      floorAreaM2: 300,
      outdoorAreaM2: 100,
      contact: { person: '王老师', phone: '0355-2020123' },
      medicalInstitutionId: hospital,
      ...i,
    };
    return repo.create(facilityInputSchema.parse(input));
  };
  const jitter = (c: { lng: number; lat: number }, spread: number) => ({ lng: +(c.lng + (r() - 0.5) * spread).toFixed(5), lat: +(c.lat + (r() - 0.5) * spread * 0.8).toFixed(5) });

  const municipal = await mk({
    name: '长治市托育综合服务中心',
    tier: 'municipal_centre',
    ownership: 'public',
    divisionId: HOME_COUNTY,
    location: { lng: 113.108, lat: 36.2 },
    address: '长治市潞州区太行东街（合成地址）',
    services: [
      { mode: 'full_day', price: 1200, unit: 'month' },
      { mode: 'half_day', price: 800, unit: 'month' },
      { mode: 'temporary', price: 25, unit: 'hour' },
    ],
    classes: [
      { name: '乳儿班1', band: 'infant', capacity: 10 },
      { name: '托小班1', band: 'toddler_small', capacity: 15 },
      { name: '托大班1', band: 'toddler_large', capacity: 20 },
      { name: '托大班2', band: 'toddler_large', capacity: 20 },
    ],
  });
  const all = [municipal];
  let directorFacility = '';
  for (const c of COUNTIES) {
    const centre = await mk({
      name: `${c.name}公办托育中心`,
      tier: 'county_centre',
      ownership: 'public',
      divisionId: c.id,
      location: jitter(c, 0.01),
      services: [
        { mode: 'full_day', price: 1100, unit: 'month' },
        { mode: 'hourly', price: 20, unit: 'hour' },
      ],
      classes: [
        { name: '乳儿班1', band: 'infant', capacity: 10 },
        { name: '托小班1', band: 'toddler_small', capacity: 15 },
        { name: '托大班1', band: 'toddler_large', capacity: 20 },
      ],
    });
    all.push(centre);
    const n = c.id === HOME_COUNTY ? 10 : 3 + Math.floor(r() * 4);
    const places = [...c.streets, ...c.towns];
    for (let k = 0; k < n; k++) {
      const kind = POINT_KINDS[k % POINT_KINDS.length]!;
      const place = places[k % places.length]!.replace(/(街道|镇城区|镇|乡)$/, '');
      const family = kind === 'family_point';
      const f = await mk({
        name: `${place}${SUFFIX[kind]}${k >= places.length ? k : ''}`,
        tier: kind,
        ownership: kind === 'private' ? 'market' : kind === 'kindergarten_class' ? 'public' : 'affordable',
        filingStatus: k % 7 === 6 ? 'pending' : 'filed',
        divisionId: c.id,
        location: jitter(c, k < 4 ? 0.05 : 0.22),
        services: family
          ? [{ mode: 'full_day', price: 1300, unit: 'month' }]
          : [
              { mode: 'full_day', price: kind === 'private' ? 2200 : 1400 + 100 * (k % 3), unit: 'month' },
              { mode: 'temporary', price: 30, unit: 'hour' },
            ],
        classes: family
          ? [{ name: '混龄组', band: 'mixed', capacity: 5 }]
          : [
              { name: '托小班1', band: 'toddler_small', capacity: 15 },
              ...(k % 2 === 0 ? [{ name: '托大班1', band: 'toddler_large' as const, capacity: 20 }] : []),
            ],
      });
      all.push(f);
      if (c.id === HOME_COUNTY && kind === 'community' && !directorFacility) directorFacility = f.id;
    }
  }
  // Enrol some children so places are partly taken.
  await db.tx(async (q) => {
    let i = 0;
    for (const f of all) {
      for (const cl of f.classes) {
        const take = Math.floor(cl.capacity * (0.4 + r() * 0.6));
        for (let k = 0; k < take; k++, i++) {
          const months = cl.band === 'infant' ? 8 : cl.band === 'toddler_small' ? 18 : 30;
          const birth = new Date(Date.UTC(2026, 10 - months, 1 + (i % 27))).toISOString().slice(0, 10);
          await insertChild(q, { familyName: FAMILY[i % FAMILY.length]!, givenName: GIVEN[(i * 7) % GIVEN.length]!, sex: i % 2 ? 'M' : 'F', birthDate: birth, classId: cl.id, mode: 'full_day', synthetic: true });
        }
      }
    }
  });
  await db.tx(async (q) => {
    const u = (username: string, displayName: string, role: Parameters<typeof createUser>[1]['role'], scope: { facilityId?: string; divisionId?: string; medicalInstitutionId?: string } = {}) =>
      createUser(q, { username, password: DEMO_PASSWORD, displayName, role, ...scope });
    await u('city', '市卫健委 张主任', 'city_official');
    await u('district', '潞州区卫健局 李科长', 'district_official', { divisionId: HOME_COUNTY });
    await u('director', '王园长', 'director', { facilityId: directorFacility });
    await u('teacher', '赵老师', 'teacher', { facilityId: directorFacility });
    await u('guardian', '刘女士', 'guardian');
    await u('health', '妇幼保健院 陈医生', 'health_worker', { medicalInstitutionId: hospital });
    await u('admin', '系统管理员', 'admin');
  });
  return { directorFacility };
}
