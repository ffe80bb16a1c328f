/**
 * People of the demo city: staff with qualifications and training hours, enrolled children (class band fits the
 * age; service mode among those the facility offers) living near their facility, their guardians, waiting lists,
 * and one demo login per role. Names are Chinese as people write them (family name + given name); all invented.
 */
import { NATIONAL_POLICY_2019, type ClassBand } from '../care/policy.ts';
import type { ServiceMode } from '../care/facility.ts';
import { addDays } from './dates.ts';
import { LUZHOU_CENTRE_NAME } from './facilities.ts';
import type { Geography } from './geography.ts';
import { adultName, childGivenName, familyName } from './names.ts';
import { createRng, stableUuid, type Rng } from './rng.ts';
import type { ChildRow, ClassRow, CompoundRow, FacilityRow, GuardianRow, MedicalRow, StaffRow, UserRow, WaitingRow } from './types.ts';

/**
 * A guardian's mobile number: 199 (a real prefix, never dialled here) + the guardian's sequence number + a random
 * check digit, so numbers are unique (one account per mobile number) and look like the real thing.
 */
function demoPhone(seq: number, rng: Rng): string {
  return `199${String(seq).padStart(7, '0')}${rng.int(0, 9)}`;
}

/** The demo logins; password `demo1234` for all. */
export const DEMO_PASSWORD = 'demo1234';
export const DEMO_USERNAMES = ['admin', 'city', 'district', 'director', 'teacher', 'health', 'guardian'] as const;

export interface People {
  staff: StaffRow[];
  users: UserRow[];
  children: ChildRow[];
  guardians: GuardianRow[];
  waiting: WaitingRow[];
}

/** Age in days, [from, to), a child of a band may have on the demo's "today". */
const BAND_AGE_DAYS: Record<ClassBand, readonly [number, number]> = {
  infant: [183, 365],
  toddler_small: [365, 730],
  toddler_large: [730, 1095],
  mixed: [548, 1095],
};

const OCCUPANCY: Record<FacilityRow['tier'], [number, number]> = {
  municipal_centre: [0.9, 1],
  county_centre: [0.85, 1],
  community: [0.7, 0.95],
  family_point: [0.6, 1],
  kindergarten_class: [0.75, 0.95],
  employer: [0.6, 0.9],
  private: [0.5, 0.85],
};

function modeFor(offered: ServiceMode[], rng: Rng): ServiceMode {
  const w: Record<ServiceMode, number> = { full_day: 0.8, half_day: 0.13, hourly: 0.03, temporary: 0.04 };
  return rng.weighted(offered, (m) => w[m]);
}

/**
 * Generates staff, children, guardians, waiting lists and the demo logins.
 * @param seed - the city's seed
 * @param geo - the geography (homes)
 * @param facilities - the facilities
 * @param classes - their classes
 * @param medical - medical institutions (the health worker's)
 * @param asOf - the demo's "today"
 */
export function buildPeople(seed: number, geo: Geography, facilities: FacilityRow[], classes: ClassRow[], medical: MedicalRow[], asOf: string): People {
  const staff: StaffRow[] = [];
  const users: UserRow[] = [];
  const children: ChildRow[] = [];
  const guardians: GuardianRow[] = [];
  const waiting: WaitingRow[] = [];
  const classesOf = new Map<string, ClassRow[]>();
  for (const k of classes) classesOf.set(k.facilityId, [...(classesOf.get(k.facilityId) ?? []), k]);
  const homes = homeFinder(geo.compounds);

  let guardianSeq = 0;
  const addGuardian = (child: ChildRow, rng: Rng): void => {
    const relationship = rng.weighted(['mother', 'father', 'grandmother', 'grandfather'] as const, (r) => ({ mother: 0.55, father: 0.3, grandmother: 0.11, grandfather: 0.04 })[r]);
    const male = relationship === 'father' || relationship === 'grandfather';
    const name = adultName(rng, male ? 'M' : 'F');
    const display = relationship === 'father' ? child.familyName + name.givenName : name.full;
    const id = stableUuid(seed, `guardian:${guardianSeq}`);
    users.push({ id, username: `gd${String(++guardianSeq).padStart(6, '0')}`, displayName: display, role: 'guardian', facilityId: null, divisionId: null, medicalInstitutionId: null, phone: demoPhone(guardianSeq, rng), demoLogin: false });
    guardians.push({ childId: child.id, userId: id, relationship });
  };

  for (const f of facilities) {
    const rng = createRng(seed, `people:${f.id}`);
    // Staff: a director, carers per the ratio of each class, a health worker (保健员/护士) except at family points.
    const hired = (min: number): string => addDays(asOf, -rng.int(min, 2500));
    const person = (role: StaffRow['role'], key: string, qualification: string, hours: [number, number, number]): StaffRow => {
      const n = adultName(rng, rng.chance(role === 'carer' ? 0.95 : 0.85) ? 'F' : 'M');
      return {
        id: stableUuid(seed, `staff:${f.id}:${key}`),
        facilityId: f.id,
        userId: null,
        familyName: n.familyName,
        givenName: n.givenName,
        role,
        qualification,
        trainingPreHours: hours[0],
        trainingInHours: hours[1],
        trainingSafetyHours: hours[2],
        healthCertValidTo: addDays(asOf, rng.chance(0.05) ? -rng.int(1, 60) : rng.int(10, 360)),
        hiredOn: hired(60),
      };
    };
    staff.push(person('director', 'director', rng.pick(['托育机构负责人培训合格证', '幼儿园园长任职资格培训合格证', '保育师（三级）']), [rng.int(40, 80), rng.chance(0.9) ? rng.int(60, 160) : rng.int(20, 59), rng.int(8, 24)]));
    const own = classesOf.get(f.id) ?? [];
    let carers = 0;
    for (const k of own) {
      const ratio = f.tier === 'family_point' ? NATIONAL_POLICY_2019.familyPointChildrenPerCarer : NATIONAL_POLICY_2019.classes[k.band].childrenPerCarer;
      carers += Math.ceil(k.capacity / ratio);
    }
    if (f.tier === 'family_point') carers = Math.max(0, carers - 1); // the director cares too
    for (let i = 0; i < carers; i++)
      staff.push(person('carer', `carer:${i}`, rng.pick(['保育师（四级）', '保育师（四级）', '保育师（三级）', '育婴员（四级）', '幼儿园教师资格证', '保育师（五级）']), [rng.int(16, 60), rng.int(10, 120), rng.int(4, 16)]));
    if (f.tier !== 'family_point') staff.push(person('health', 'health', rng.pick(['护士执业证书', '保健员培训合格证', '保健员培训合格证', '医师执业证书']), [rng.int(16, 40), rng.int(20, 80), rng.int(4, 16)]));

    // Enrolled children, by class.
    const offered = f.services.map((s) => s.mode);
    const near = homes(f.lng, f.lat, f.divisionId);
    const [olo, ohi] = OCCUPANCY[f.tier];
    own.forEach((k) => {
      const n = Math.min(k.capacity, Math.round(k.capacity * rng.range(olo, ohi)));
      const [a0, a1] = BAND_AGE_DAYS[k.band];
      for (let i = 0; i < n; i++) {
        const ageDays = rng.int(a0 + 20, a1 - 20);
        const sex = rng.chance(0.52) ? 'M' : 'F';
        const home = rng.weighted(near, (h) => h[1]);
        const fam = familyName(rng);
        const child: ChildRow = {
          id: stableUuid(seed, `child:${k.id}:${i}`),
          familyName: fam,
          givenName: childGivenName(rng, sex),
          sex,
          birthDate: addDays(asOf, -ageDays),
          facilityId: f.id,
          classId: k.id,
          serviceMode: modeFor(offered, rng),
          status: 'enrolled',
          enrolledFrom: addDays(asOf, -Math.min(ageDays - 183, rng.int(20, 420))),
          homeLng: home[0].lng,
          homeLat: home[0].lat,
          compoundId: home[0].id,
        };
        children.push(child);
        addGuardian(child, rng);
      }
    });
    // Waiting lists where demand is high: public centres and community points that are (nearly) full.
    const waitShare = f.tier === 'municipal_centre' || f.tier === 'county_centre' ? 0.3 : f.tier === 'community' && f.ownership !== 'market' ? 0.12 : f.tier === 'private' ? 0 : 0.05;
    const cap = own.reduce((s, k) => s + k.capacity, 0);
    const nWait = Math.round(cap * waitShare * rng.range(0.6, 1.4));
    for (let i = 0; i < nWait; i++) {
      const k = rng.pick(own);
      const [a0, a1] = BAND_AGE_DAYS[k.band];
      const ageDays = rng.int(Math.max(150, a0 - 60), a1 - 30);
      const sex = rng.chance(0.52) ? 'M' : 'F';
      const home = rng.weighted(near, (h) => h[1]);
      const child: ChildRow = {
        id: stableUuid(seed, `waiting:${f.id}:${i}`),
        familyName: familyName(rng),
        givenName: childGivenName(rng, sex),
        sex,
        birthDate: addDays(asOf, -ageDays),
        facilityId: f.id,
        classId: null,
        serviceMode: 'full_day',
        status: 'waiting',
        enrolledFrom: null,
        homeLng: home[0].lng,
        homeLat: home[0].lat,
        compoundId: home[0].id,
      };
      children.push(child);
      addGuardian(child, rng);
      waiting.push({ id: stableUuid(seed, `waitlist:${f.id}:${i}`), childId: child.id, facilityId: f.id, band: k.band, appliedOn: addDays(asOf, -rng.int(3, 150)), priority: i + 1 });
    }
  }

  // Demo logins: one per role.
  const rng = createRng(seed, 'logins');
  const luzhou = facilities.find((f) => f.name === LUZHOU_CENTRE_NAME)!;
  const mch = medical.find((m) => m.name === '长治市妇幼保健院')!;
  const login = (username: string, role: UserRow['role'], displayName: string, extra: Partial<UserRow> = {}): UserRow => ({
    id: stableUuid(seed, `login:${username}`),
    username,
    displayName,
    role,
    facilityId: null,
    divisionId: null,
    medicalInstitutionId: null,
    phone: null,
    demoLogin: true,
    ...extra,
  });
  const director = staff.find((s) => s.facilityId === luzhou.id && s.role === 'director')!;
  const teacher = staff.find((s) => s.facilityId === luzhou.id && s.role === 'carer')!;
  const demo: UserRow[] = [
    login('admin', 'admin', '系统管理员'),
    login('city', 'city_official', `${adultName(rng).full}（市卫健委）`, { divisionId: null }),
    login('district', 'district_official', `${adultName(rng).full}（潞州区卫健局）`, { divisionId: '140403' }),
    login('director', 'director', director.familyName + director.givenName, { facilityId: luzhou.id }),
    login('teacher', 'teacher', teacher.familyName + teacher.givenName, { facilityId: luzhou.id }),
    login('health', 'health_worker', `${adultName(rng).full}（市妇幼保健院）`, { medicalInstitutionId: mch.id }),
    login('guardian', 'guardian', ''),
  ];
  director.userId = demo[3]!.id;
  teacher.userId = demo[4]!.id;
  // The demo guardian: parent of an older child placed at 潞州区公办综合托育中心 and of a baby still searching.
  const luzhouClasses = new Map((classesOf.get(luzhou.id) ?? []).map((k) => [k.id, k]));
  const enrolledThere = children.filter((ch) => ch.status === 'enrolled' && luzhouClasses.has(ch.classId ?? ''));
  const baby = enrolledThere.find((ch) => luzhouClasses.get(ch.classId!)!.band === 'infant')!;
  const sibling = enrolledThere.find((ch) => luzhouClasses.get(ch.classId!)!.band === 'toddler_large')!;
  sibling.familyName = baby.familyName;
  sibling.homeLng = baby.homeLng;
  sibling.homeLat = baby.homeLat;
  sibling.compoundId = baby.compoundId;
  const parent = `${baby.familyName}${adultName(rng, 'M').givenName}`;
  demo[6]!.displayName = parent;
  for (const ch of [baby, sibling]) {
    const g = guardians.find((x) => x.childId === ch.id)!;
    g.userId = demo[6]!.id;
    g.relationship = 'father';
  }
  // The baby has no place yet: the family is still looking (families, issue 10) — its infant place is free.
  baby.status = 'waiting';
  baby.classId = null;
  baby.enrolledFrom = null;
  baby.serviceMode = 'full_day';
  // Drop the generated guardians the demo parent replaced.
  const linked = new Set(guardians.map((g) => g.userId));
  const kept = users.filter((u) => linked.has(u.id));
  return { staff, users: [...demo, ...kept], children, guardians, waiting };
}

/** For a facility, homes within ~2 km (straight line) in its county, weighted by children and distance. */
function homeFinder(compounds: CompoundRow[]): (lng: number, lat: number, countyId: string) => [CompoundRow, number][] {
  const byCounty = new Map<string, CompoundRow[]>();
  for (const c of compounds) byCounty.set(c.countyId, [...(byCounty.get(c.countyId) ?? []), c]);
  return (lng, lat, countyId) => {
    const out: [CompoundRow, number][] = [];
    let nearest: [CompoundRow, number] | null = null;
    for (const c of byCounty.get(countyId) ?? []) {
      const d = Math.hypot((c.lng - lng) * 89_000, (c.lat - lat) * 110_600);
      const kids = c.children[0] + c.children[1] + c.children[2];
      if (!nearest || d < nearest[1]) nearest = [c, d];
      if (d <= 2000 && kids > 0) out.push([c, kids * Math.exp(-d / 500)]);
    }
    if (out.length === 0 && nearest) out.push([nearest[0], 1]);
    return out;
  };
}
