/**
 * A small registry for API tests: a city with two counties (A = 潞州区, B = 潞城区), the 1+2 centres, one community
 * point in each county, a medical institution signed with A's point (and a clinic signed with none), one user per role (password `test-pass-1`),
 * and one enrolled child in each community point (the guardian's child is in A).
 */
import type { Db } from '../src/db/index.ts';
import { createUser, reposFor, systemCaller } from '../src/db/repos/index.ts';
import { insertChild, upsertDivisions, upsertMedicalInstitution } from '../src/db/registry-admin.ts';
import type { FacilityInput } from '../src/care/facility.ts';
import { facilityInputSchema } from '../src/care/facility.ts';
import type { Role } from '../src/db/repos/caller.ts';

export const PASSWORD = 'test-pass-1';
/** One login per role (the same names as the demo city's). */
export const USERNAMES: Record<Role, string> = { guardian: 'guardian', teacher: 'teacher', director: 'director', health_worker: 'health', district_official: 'district', city_official: 'city', admin: 'admin' };
export const CITY = '140400';
export const A = '140403';
export const B = '140406';

export interface RegistryFixture {
  municipal: string;
  centreA: string;
  centreB: string;
  pointA: string;
  pointB: string;
  classA: string;
  classB: string;
  childA: string;
  childB: string;
  hospital: string;
  /** A second institution, signed with nobody. */
  clinic: string;
  users: Record<Role, string>;
}

export function facilityInput(over: Partial<FacilityInput> = {}): FacilityInput {
  return {
    name: '测试社区托育点',
    tier: 'community',
    ownership: 'affordable',
    filingStatus: 'filed',
    filingNumber: '晋长卫托备2026001',
    divisionId: A,
    address: '长治市潞州区英雄中路1号',
    location: { lng: 113.1163, lat: 36.1954 },
    openingHours: { days: [1, 2, 3, 4, 5], open: '07:30', close: '18:00' },
    services: [
      { mode: 'full_day', price: 1500, unit: 'month' },
      { mode: 'temporary', price: 30, unit: 'hour' },
    ],
    classes: [{ name: '托小班1', band: 'toddler_small', capacity: 15 }],
    floorAreaM2: 320,
    outdoorAreaM2: 120,
    contact: { person: '王老师', phone: '0355-2020123' },
    ...over,
  };
}

export async function seedRegistry(db: Db): Promise<RegistryFixture> {
  await db.tx(async (q) =>
    upsertDivisions(q, [
      { id: CITY, name: '长治市', level: 'city', parentId: null, population: 3_180_000, lng: 113.116, lat: 36.195 },
      { id: A, name: '潞州区', nameEn: 'Luzhou District', level: 'county', parentId: CITY, population: 1_000_000, children0to3: 24_000, lng: 113.12, lat: 36.2 },
      { id: B, name: '潞城区', nameEn: 'Lucheng District', level: 'county', parentId: CITY, population: 200_000, children0to3: 4_800, lng: 113.23, lat: 36.33 },
    ]),
  );
  const hospital = await db.tx((q) => upsertMedicalInstitution(q, { name: '长治市妇幼保健院', kind: 'maternal_child_hospital', divisionId: A, lng: 113.11, lat: 36.19 }));
  const clinic = await db.tx((q) => upsertMedicalInstitution(q, { name: '潞州区英雄社区卫生服务中心', kind: 'community_health_centre', divisionId: A, lng: 113.12, lat: 36.2 }));
  const repo = reposFor(db, systemCaller('test')).facilities;
  const mk = (i: FacilityInput) => repo.create(facilityInputSchema.parse(i));
  const municipal = (await mk(facilityInput({ name: '长治市托育综合服务中心', tier: 'municipal_centre', ownership: 'public', classes: [{ name: '乳儿班1', band: 'infant', capacity: 10 }] }))).id;
  const centreA = (await mk(facilityInput({ name: '潞州区公办综合托育中心', tier: 'county_centre', ownership: 'public', classes: [{ name: '托大班1', band: 'toddler_large', capacity: 20 }] }))).id;
  const centreB = (await mk(facilityInput({ name: '潞城区公办托育中心', tier: 'county_centre', ownership: 'public', divisionId: B, location: { lng: 113.23, lat: 36.33 }, filingNumber: '晋长卫托备2026002' }))).id;
  const pA = await mk(facilityInput({ name: '英雄社区托育点', medicalInstitutionId: hospital }));
  const pB = await mk(facilityInput({ name: '婴城社区妈妈宝屋社区养育中心', divisionId: B, location: { lng: 113.231, lat: 36.331 }, filingNumber: '晋长卫托备2026003' }));
  const users = {} as Record<Role, string>;
  const roles: Array<[Role, Partial<{ facilityId: string; divisionId: string; medicalInstitutionId: string }>]> = [
    ['guardian', {}],
    ['teacher', { facilityId: pA.id }],
    ['director', { facilityId: pA.id }],
    ['health_worker', { medicalInstitutionId: hospital }],
    ['district_official', { divisionId: A }],
    ['city_official', {}],
    ['admin', {}],
  ];
  await db.tx(async (q) => {
    for (const [role, scope] of roles) users[role] = await createUser(q, { username: USERNAMES[role], password: PASSWORD, displayName: `测试${role}`, role, ...scope });
  });
  const childA = await db.tx((q) => insertChild(q, { familyName: '李', givenName: '小雨', sex: 'F', birthDate: '2024-09-01', classId: pA.classes[0]!.id, mode: 'full_day', guardianIds: [users.guardian] }));
  const childB = await db.tx((q) => insertChild(q, { familyName: '张', givenName: '子涵', sex: 'M', birthDate: '2024-03-12', classId: pB.classes[0]!.id, mode: 'full_day' }));
  return { municipal, centreA, centreB, pointA: pA.id, pointB: pB.id, classA: pA.classes[0]!.id, classB: pB.classes[0]!.id, childA, childB, hospital, clinic, users };
}
