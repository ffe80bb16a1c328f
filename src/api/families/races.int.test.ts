/**
 * The last place, decided inside PostgreSQL: 100 concurrent requests against the real database for an hour of
 * temporary care with k free places, and for the last place of a class — exactly k (or one) succeed, every other
 * gets 409 `full`, and the computed availability then shows 0. The requests go through the whole HTTP stack, in
 * parallel, on the pool's connections.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createTestDb, type TestDb } from '../../../test/db.ts';
import { Client } from '../../../test/http.ts';
import { facilityInput, PASSWORD, seedRegistry, type RegistryFixture } from '../../../test/registry-fixture.ts';
import { bornMonthsBefore, dbToday, rosterCarers, scratchChild, weekdayFrom } from '../../../test/fixtures/families.ts';
import { facilityInputSchema } from '../../care/facility.ts';
import { addDays } from '../../care/dates.ts';
import { reposFor, systemCaller } from '../../db/repos/index.ts';

let t: TestDb;
let fx: RegistryFixture;
let app: ReturnType<typeof createApp>;
let today: string;
let guardian: Client;
const N = 100;

async function facilityWithClass(name: string, capacity: number): Promise<{ facilityId: string; classId: string }> {
  const f = await reposFor(t.db, systemCaller('test')).facilities.create(
    facilityInputSchema.parse(facilityInput({ name, filingNumber: name, classes: [{ name: '托小班竞争', band: 'toddler_small', capacity }] })),
  );
  return { facilityId: f.id, classId: f.classes[0]!.id };
}

async function children(n: number, birthDate: string, placedIn?: string): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(await scratchChild(t.db, placedIn ? null : fx.users.guardian, birthDate, placedIn));
  return out;
}

beforeAll(async () => {
  t = await createTestDb();
  fx = await seedRegistry(t.db);
  today = await dbToday(t.db);
  app = createApp({ db: t.db, webRoot: null });
  guardian = new Client(app);
  expect((await guardian.login('guardian', PASSWORD)).status).toBe(200);
}, 240_000);
afterAll(async () => t?.drop());

describe('100 concurrent bookings by 100 children for an hour with k free places', () => {
  it('exactly k succeed, the rest get 409 full, and the availability then shows 0', async () => {
    const k = 4;
    const { facilityId, classId } = await facilityWithClass('竞争临时托点', 15);
    await rosterCarers(t.db, classId, 3); // 3 × 5 = 15: the room and the ratio agree
    const birth = bornMonthsBefore(today, 15);
    await children(15 - k, birth, classId); // placed, present all day
    const kids = await children(N, birth);
    const day = weekdayFrom(addDays(today, 3));
    const before = await guardian.get(`/api/facilities/${facilityId}/availability?date=${day}&birthDate=${birth}`);
    expect(before.body.slots.find((s: { start: string }) => s.start === '09:30').free).toBe(k);

    const answers = await Promise.all(kids.map((childId) => guardian.post('/api/bookings', { childId, facilityId, date: day, start: '09:30', end: '10:30' })));
    const ok = answers.filter((r) => r.status === 201);
    const full = answers.filter((r) => r.status === 409 && r.body.error.code === 'full');
    expect(ok).toHaveLength(k);
    expect(full).toHaveLength(N - k);

    const after = await guardian.get(`/api/facilities/${facilityId}/availability?date=${day}&birthDate=${birth}`);
    expect(after.body.slots.find((s: { start: string }) => s.start === '09:30').free).toBe(0);
    expect(after.body.slots.find((s: { start: string }) => s.start === '10:30').free).toBe(k); // only that hour is taken
    const rows = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM bookings WHERE class_id = $1 AND status = 'booked'`, [classId]);
    expect(rows[0]!.n).toBe(k);
  });
});

describe('100 families accepting offers for the last place of a class', () => {
  it('one family gets the place, every other gets 409 full, and no place is left', async () => {
    const { facilityId, classId } = await facilityWithClass('竞争末位点', 15);
    const birth = bornMonthsBefore(today, 15);
    await children(14, birth, classId);
    const kids = await children(N, birth);
    const sys = reposFor(t.db, systemCaller('test')).families;
    const start = addDays(today, 10);
    const offers: string[] = [];
    for (const childId of kids) {
      const a = await sys.applications.create({ childId, mode: 'full_day', startDate: start, choices: [facilityId] }, null);
      offers.push((await sys.offers.make(a.id, { classId })).id);
    }
    const answers = await Promise.all(offers.map((id) => guardian.post(`/api/offers/${id}/accept`)));
    const ok = answers.filter((r) => r.status === 200);
    expect(ok).toHaveLength(1);
    expect(ok[0]!.body.placementId).toMatch(/^[0-9a-f-]{36}$/);
    expect(answers.filter((r) => r.status === 409 && r.body.error.code === 'full')).toHaveLength(N - 1);
    const placed = await t.db.query<{ n: number; free: number }>(`SELECT count(*)::int AS n, (SELECT capacity - class_occupancy_from(id, $2::date) FROM classes WHERE id = $1) AS free FROM placements WHERE class_id = $1`, [classId, start]);
    expect(placed[0]).toEqual({ n: 15, free: 0 });
    const search = await guardian.get(`/api/applications/${(await sys.applications.list({ childId: kids[0] })).items[0]!.id}`);
    expect(search.status).toBe(200);
  });
});
