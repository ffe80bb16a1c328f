/**
 * The demo city's family life, seeded with "today" as its as-of date, agrees with the rules the running system
 * applies: the demo guardian has a child placed at 潞州区公办综合托育中心 and a baby still searching; open offers have
 * a free place and a deadline ahead; no hour of temporary care is booked beyond its class's room or carers; the
 * waiting lists rank 1, 2, 3… per band; the seeded statements are what issuing the month again computes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../test/db.ts';
import { dbToday } from '../../test/fixtures/families.ts';
import { addMonths, monthStart } from '../care/dates.ts';
import { NATIONAL_POLICY_2019 as CARE } from '../care/policy.ts';
import { slotsOf } from '../care/temporary.ts';
import { seedDemoCity } from '../db/demo-store.ts';
import { AuthStore, callerOf, reposFor, systemCaller } from '../db/repos/index.ts';
import { classHours } from '../db/repos/families/booking-write.ts';
import { generateCity, DEFAULT_SEED } from './city.ts';
import { LUZHOU_CENTRE_NAME } from './facilities.ts';

let t: TestDb;
let today: string;
let luzhou: string;
const as = async (username: string) => reposFor(t.db, callerOf((await new AuthStore(t.db).findByUsername(username))!));

beforeAll(async () => {
  t = await createTestDb();
  today = await dbToday(t.db);
  await seedDemoCity(t.db, generateCity(DEFAULT_SEED, today));
  luzhou = (await t.db.k.selectFrom('facilities').select('id').where('name', '=', LUZHOU_CENTRE_NAME).executeTakeFirstOrThrow()).id;
}, 300_000);
afterAll(async () => t?.drop());

describe('the demo family life', () => {
  it('the demo guardian: one child placed at 潞州区公办综合托育中心, a baby still searching', async () => {
    const g = await as('guardian');
    const kids = (await g.children.list()).items;
    expect(kids).toHaveLength(2);
    const placed = kids.filter((k) => k.status === 'placed');
    expect(placed).toHaveLength(1);
    expect(placed[0]!.facilityId).toBe(luzhou);
    const searching = kids.find((k) => k.status === 'not_placed')!;
    expect((await g.families.applications.list({ childId: searching.id })).items).toEqual([]);
    const statements = await g.families.statements.list({ childId: placed[0]!.id });
    expect(statements.map((s) => s.month)).toContain(addMonths(monthStart(today), -1).slice(0, 7));
  });

  it('the director sees a ranked waiting list, and open offers have a place and a deadline ahead', async () => {
    const d = await as('director');
    const list = (await d.families.applications.list({ facilityId: luzhou, status: 'open' }, 1, 200)).items;
    expect(list.length).toBeGreaterThan(5);
    const byBand = new Map<string, number[]>();
    for (const a of list) {
      const p = a.choices.find((c) => c.facilityId === luzhou)!.placing!;
      byBand.set(p.band ?? '', [...(byBand.get(p.band ?? '') ?? []), p.position]);
    }
    for (const positions of byBand.values()) expect(positions).toEqual(positions.map((_, i) => i + 1));
    const bad = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM offers o JOIN classes c ON c.id = o.class_id
       WHERE o.status = 'open' AND (c.capacity - class_occupancy_from(c.id, o.start_date) <= 0 OR o.expires_at <= now())`,
    );
    expect(bad[0]!.n).toBe(0);
    expect((await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM offers WHERE status = 'open'`))[0]!.n).toBeGreaterThan(10);
  });

  it('no hour of temporary care is booked beyond the class room or the carers’ ratio', async () => {
    const days = await t.db.query<{ facility_id: string; day: string; opening_hours: { days: number[]; open: string; close: string }; tier: string }>(
      `SELECT DISTINCT b.facility_id, b.day, f.opening_hours, f.tier FROM bookings b JOIN facilities f ON f.id = b.facility_id WHERE b.status = 'booked' ORDER BY b.facility_id, b.day`,
    );
    expect(days.length).toBeGreaterThan(50);
    for (const d of days) {
      expect(d.day > today).toBe(true);
      const load = await classHours(t.db.k, d.facility_id, d.day, slotsOf(d.opening_hours, d.day), ['infant', 'toddler_small', 'toddler_large', 'mixed']);
      for (const c of load) {
        const ratio = d.tier === 'family_point' ? CARE.familyPointChildrenPerCarer : CARE.classes[c.band].childrenPerCarer;
        for (const h of c.hours) if (h.booked > 0) expect(c.placed + h.booked).toBeLessThanOrEqual(Math.min(c.capacity, h.carers * ratio));
      }
    }
  });

  it('issuing last month again computes the statements the demo holds', async () => {
    const month = addMonths(monthStart(today), -1);
    const before = await t.db.query<{ child_id: string; fee: number; subsidy: number; amount_due: number; attended_days: number }>(
      `SELECT child_id, fee, subsidy, amount_due, attended_days FROM fee_statements WHERE facility_id = $1 AND month = $2 AND paid_at IS NULL ORDER BY child_id`,
      [luzhou, month],
    );
    expect(before.length).toBeGreaterThan(10);
    await reposFor(t.db, systemCaller('test')).families.statements.issue(luzhou, month.slice(0, 7));
    const after = await t.db.query(`SELECT child_id, fee, subsidy, amount_due, attended_days FROM fee_statements WHERE facility_id = $1 AND month = $2 AND paid_at IS NULL ORDER BY child_id`, [luzhou, month]);
    expect(after).toEqual(before);
  });
});
