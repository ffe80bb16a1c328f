/**
 * The small seed `carecircle serve` writes into an empty database, so the first start is not blank: the city and
 * its 12 county-level divisions (approximate figures, see src/demo/figures.ts), the municipal centre, the 12 county
 * centres (潞州区's is 潞州区公办综合托育中心), a handful of community points including 潞城区婴城社区妈妈宝屋社区养育中心,
 * and the municipal maternal and child health hospital they are signed with. Locations are approximate and the
 * records are marked synthetic. The full demo city (`carecircle demo`) replaces this with a generated city.
 *
 * An administrator account is created when CARECIRCLE_ADMIN_PASSWORD is set and no account exists yet.
 */
import type { Db } from '../db/index.ts';
import { countRows, upsertDivisions, upsertMedicalInstitution } from '../db/registry-admin.ts';
import { createUser, reposFor, systemCaller } from '../db/repos/index.ts';
import { facilityInputSchema, type FacilityInput } from '../care/facility.ts';
import { CITY, COUNTIES, CHILD_SHARE } from '../demo/figures.ts';
import { LUZHOU_CENTRE_NAME, MAMA_BAOWU_NAME, MUNICIPAL_CENTRE_NAME } from '../demo/facilities.ts';

const WEEKDAYS = { days: [1, 2, 3, 4, 5], open: '07:30', close: '18:00' };

/** Seeds the base registry if there are no divisions; returns whether it did. */
export async function seedBase(db: Db, log: (m: string) => void = () => {}): Promise<boolean> {
  const n = await countRows(db, 'divisions');
  if (n === 0) {
    await db.tx(async (q) => {
      await upsertDivisions(q, [
        { id: CITY.id, name: CITY.name, nameEn: CITY.nameEn, level: 'city', parentId: null, population: COUNTIES.reduce((s, c) => s + c.population, 0), lng: CITY.lng, lat: CITY.lat, synthetic: true },
        ...COUNTIES.map((c) => ({ id: c.id, name: c.name, nameEn: c.nameEn, level: 'county' as const, parentId: CITY.id, population: c.population, children0to3: Math.round(c.population * CHILD_SHARE), lng: c.lng, lat: c.lat, synthetic: true })),
      ]);
    });
    const hospital = await db.tx((q) => upsertMedicalInstitution(q, { name: '长治市妇幼保健院', kind: 'maternal_child_hospital', divisionId: '140403', lng: 113.108, lat: 36.19 }));
    const repo = reposFor(db, systemCaller('base-seed')).facilities;
    let filed = 0;
    const make = (f: FacilityInput) =>
      repo.create(facilityInputSchema.parse({ filingStatus: 'filed', filingNumber: `长卫托备〔2024〕${String(++filed).padStart(4, '0')}号`, ...f, medicalInstitutionId: hospital }));
    const luzhou = COUNTIES.find((c) => c.id === '140403')!;
    await make({
      name: MUNICIPAL_CENTRE_NAME, tier: 'municipal_centre', ownership: 'public', divisionId: luzhou.id, address: '长治市潞州区太行东街（示意地址）',
      location: { lng: luzhou.lng + 0.012, lat: luzhou.lat + 0.006 }, openingHours: WEEKDAYS,
      services: [{ mode: 'full_day', price: 1200, unit: 'month' }, { mode: 'half_day', price: 800, unit: 'month' }],
      classes: [{ name: '乳儿班1', band: 'infant', capacity: 10 }, { name: '托小班1', band: 'toddler_small', capacity: 15 }, { name: '托大班1', band: 'toddler_large', capacity: 20 }],
      floorAreaM2: 1800, outdoorAreaM2: 600,
    });
    for (const c of COUNTIES) {
      const isLuzhou = c.id === '140403';
      await make({
        name: isLuzhou ? LUZHOU_CENTRE_NAME : `${c.name}公办托育中心`, tier: 'county_centre', ownership: 'public', divisionId: c.id,
        address: `长治市${c.name}${c.seat}（示意地址）`, location: { lng: c.lng, lat: c.lat }, openingHours: WEEKDAYS,
        services: [{ mode: 'full_day', price: 1100, unit: 'month' }, { mode: 'half_day', price: 700, unit: 'month' }, { mode: 'temporary', price: 25, unit: 'hour' }],
        classes: [{ name: '乳儿班1', band: 'infant', capacity: 10 }, { name: '托小班1', band: 'toddler_small', capacity: 15 }, { name: '托大班1', band: 'toddler_large', capacity: 20 }],
        floorAreaM2: isLuzhou ? 1200 : 800, outdoorAreaM2: isLuzhou ? 400 : 200,
      });
    }
    const lucheng = COUNTIES.find((c) => c.id === '140406')!;
    await make({
      name: MAMA_BAOWU_NAME, tier: 'community', ownership: 'affordable', divisionId: lucheng.id, address: '长治市潞城区婴城社区新居锦绣园小区旁（示意地址）',
      location: { lng: lucheng.lng + 0.006, lat: lucheng.lat - 0.004 }, openingHours: WEEKDAYS,
      services: [{ mode: 'full_day', price: 1000, unit: 'month' }, { mode: 'half_day', price: 600, unit: 'month' }, { mode: 'temporary', price: 20, unit: 'hour' }],
      classes: [{ name: '混合班1', band: 'mixed', capacity: 12 }], floorAreaM2: 100, outdoorAreaM2: null,
    });
    const points: Array<[string, number, number]> = [['英雄中路社区托育点', 0.008, 0.004], ['紫金社区托育点', -0.01, 0.006], ['常青社区托育点', 0.004, -0.011], ['太行西街社区托育点', -0.014, -0.003]];
    for (const [name, dx, dy] of points) {
      await make({
        name, tier: 'community', ownership: 'affordable', divisionId: luzhou.id, address: `长治市潞州区${name.replace('社区托育点', '')}社区（示意地址）`,
        location: { lng: luzhou.lng + dx, lat: luzhou.lat + dy }, openingHours: WEEKDAYS,
        services: [{ mode: 'full_day', price: 1300, unit: 'month' }, { mode: 'temporary', price: 25, unit: 'hour' }],
        classes: [{ name: '托小班1', band: 'toddler_small', capacity: 15 }, { name: '托大班1', band: 'toddler_large', capacity: 20 }], floorAreaM2: 260, outdoorAreaM2: 80,
      });
    }
    log('seeded the base registry: 长治市, 12 county-level divisions, the 1+12 centres and 5 community points (approximate, synthetic)');
  }
  const adminPassword = process.env.CARECIRCLE_ADMIN_PASSWORD;
  if (adminPassword) {
    if ((await countRows(db, 'users')) === 0) {
      await db.tx((q) => createUser(q, { username: 'admin', password: adminPassword, displayName: '系统管理员', role: 'admin' }));
      log('created the administrator account "admin" (password from CARECIRCLE_ADMIN_PASSWORD)');
    }
  }
  return n === 0;
}
