/**
 * The monthly subsidy claims over HTTP on a real database: the run computes a facility's claim from placements and
 * attendance (a child below half the days earns nothing, a late starter is prorated, a fee above the cap sinks the
 * month), the total is the sum of the stored children-months, the workflow goes computed → confirmed (director) →
 * approved (district) → paid (city) with every step in the history, two approvals at once are decided by the
 * database (one wins, one is 409), the database refuses a skipped step on any path, a confirmed claim is not
 * recomputed, and officials see the aggregates while only the facility sees the children's names.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shareOf, yuan } from '../../care/money.ts';
import { createApp } from '../app.ts';
import { createTestDb, type TestDb } from '../../../test/db.ts';
import { Client } from '../../../test/http.ts';
import { attend, placeChild, weekdaysOf } from '../../../test/fixtures/subsidy.ts';
import { PASSWORD, seedRegistry, type RegistryFixture } from '../../../test/registry-fixture.ts';

let t: TestDb;
let fx: RegistryFixture;
const as: Record<string, Client> = {};
const OCT = '2026-10';
const NOV = '2026-11';
const kids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestDb();
  fx = await seedRegistry(t.db);
  const app = createApp({ db: t.db, webRoot: null });
  for (const u of ['city', 'district', 'director', 'guardian', 'teacher']) {
    as[u] = new Client(app);
    expect((await as[u]!.login(u, PASSWORD)).status).toBe(200);
  }
  const days = weekdaysOf(OCT);
  kids.full = await placeChild(t.db, { classId: fx.classA, from: '2026-09-01', to: '2026-12-31', givenName: '全勤' });
  await attend(t.db, kids.full, days);
  kids.low = await placeChild(t.db, { classId: fx.classA, from: '2026-09-01', to: '2026-12-31', givenName: '缺勤' });
  await attend(t.db, kids.low, days.slice(0, Math.floor(days.length / 2) - 1));
  kids.late = await placeChild(t.db, { classId: fx.classA, from: '2026-10-19', to: '2026-12-31', givenName: '晚到' });
  await attend(t.db, kids.late, weekdaysOf(OCT, 19));
  // November: one fee above the affordable cap (托小班 ¥1,700) sinks the facility's month
  kids.dear = await placeChild(t.db, { classId: fx.classA, from: '2026-11-01', to: '2026-11-30', feeYuan: 1800, givenName: '超价' });
  await attend(t.db, kids.full, weekdaysOf(NOV));
  await attend(t.db, kids.dear, weekdaysOf(NOV));
});
afterAll(async () => t?.drop());

const claimOf = async (who: string, month: string) => {
  const r = await as[who]!.get(`/api/subsidy-claims?month=${month}&facility=${fx.pointA}`);
  expect(r.status).toBe(200);
  return r.body.items[0];
};

describe('subsidy claims', () => {
  let id = '';

  it('the district runs October: each child-month earns what the policy says, and the total is their sum', async () => {
    const r = await as.district!.post('/api/subsidy-claims/run', { month: OCT });
    expect(r.status).toBe(200);
    expect(r.body.computed.map((c: { facilityId: string }) => c.facilityId)).toEqual([fx.pointA]);
    const claim = r.body.computed[0];
    id = claim.id;
    const working = weekdaysOf(OCT).length;
    const late = shareOf(yuan(500), weekdaysOf(OCT, 19).length, working);
    expect(claim).toMatchObject({ state: 'computed', children: 3, eligibleChildren: 2, overCap: false, totalFen: 50_000 + late });

    const lines = await as.director!.get(`/api/subsidy-claims/${id}/lines`);
    expect(lines.status).toBe(200);
    const by = Object.fromEntries(lines.body.items.map((l: { childId: string }) => [l.childId, l]));
    expect(by[kids.full!]).toMatchObject({ childName: '补全勤', workingDays: working, placedDays: working, attendedDays: working, amountFen: 50_000, eligible: true });
    expect(by[kids.low!]).toMatchObject({ amountFen: 0, eligible: false, reasons: ['below_attendance'] });
    expect(by[kids.late!]).toMatchObject({ placedDays: weekdaysOf(OCT, 19).length, amountFen: late });
    expect(lines.body.items.reduce((s: number, l: { amountFen: number }) => s + l.amountFen, 0)).toBe(claim.totalFen);

    // officials: the figures and the children-months by reason, never the children
    const detail = await as.district!.get(`/api/subsidy-claims/${id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.breakdown).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ reason: 'eligible', childMonths: 2, amountFen: 50_000 + late }),
        expect.objectContaining({ reason: 'below_attendance', childMonths: 1, amountFen: 0 }),
      ]),
    );
    expect(JSON.stringify(detail.body)).not.toContain('全勤');
    expect((await as.district!.get(`/api/subsidy-claims/${id}/lines`)).status).toBe(403);
    expect((await as.city!.get(`/api/subsidy-claims/${id}/lines`)).status).toBe(403);
    expect((await as.guardian!.get(`/api/subsidy-claims/${id}`)).status).toBe(403);
    expect((await as.teacher!.get('/api/subsidy-claims')).status).toBe(403);
  });

  it('a fee above the cap disqualifies the facility for November', async () => {
    const r = await as.director!.post('/api/subsidy-claims/run', { month: NOV, facilityId: fx.pointA });
    expect(r.status).toBe(200);
    expect(r.body.computed[0]).toMatchObject({ overCap: true, totalFen: 0, eligibleChildren: 0 });
    const lines = (await as.director!.get(`/api/subsidy-claims/${r.body.computed[0].id}/lines`)).body.items;
    expect(lines.find((l: { childId: string }) => l.childId === kids.dear).reasons).toEqual(['fee_over_cap']);
    expect(lines.find((l: { childId: string }) => l.childId === kids.full).reasons).toEqual(['facility_over_cap']);
  });

  it("a family's statement takes its subsidy from the same engine: ¥500 for October's full month, nothing in November's over-cap month", async () => {
    const subsidyOf = async (month: string) => {
      expect((await as.director!.post(`/api/facilities/${fx.pointA}/statements`, { month })).status).toBe(200);
      const items = (await as.director!.get(`/api/statements?facilityId=${fx.pointA}&month=${month}`)).body.items as Array<{ childId: string; subsidy: number; fee: number }>;
      return new Map(items.map((x) => [x.childId, x]));
    };
    const oct = await subsidyOf(OCT);
    expect(oct.get(kids.full!)).toMatchObject({ fee: 1500, subsidy: 500 });
    const late = shareOf(yuan(500), weekdaysOf(OCT, 19).length, weekdaysOf(OCT).length) / 100;
    expect(oct.get(kids.late!)!.subsidy).toBe(late);
    // the claim line says the same of these two
    const lines = (await as.director!.get(`/api/subsidy-claims/${(await claimOf('director', OCT)).id}/lines`)).body.items as Array<{ childId: string; amountFen: number }>;
    expect(lines.find((l) => l.childId === kids.full)!.amountFen).toBe(50_000);
    expect(lines.find((l) => l.childId === kids.late)!.amountFen / 100).toBe(late);
    // November: another child's fee above the cap sinks the facility's month, on the statements as in the claim
    const nov = await subsidyOf(NOV);
    expect(nov.get(kids.full!)!.subsidy).toBe(0);
    expect(nov.get(kids.dear!)!.subsidy).toBe(0);
  });

  it('confirmed by the director, approved by the district, paid by the city — each by its own hand, each in the history', async () => {
    expect((await as.district!.post(`/api/subsidy-claims/${id}/steps`, { action: 'confirm' })).status).toBe(403);
    expect((await as.director!.post(`/api/subsidy-claims/${id}/steps`, { action: 'approve' })).status).toBe(403);
    const confirmed = await as.director!.post(`/api/subsidy-claims/${id}/steps`, { action: 'confirm' });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.state).toBe('confirmed');

    // a confirmed claim is not recomputed by a later run
    const rerun = await as.district!.post('/api/subsidy-claims/run', { month: OCT });
    expect(rerun.body.locked.map((c: { id: string }) => c.id)).toEqual([id]);

    // two approvals at once: the database decides, one wins
    const both = await Promise.all([as.district!.post(`/api/subsidy-claims/${id}/steps`, { action: 'approve' }), as.city!.post(`/api/subsidy-claims/${id}/steps`, { action: 'approve' })]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(both.find((r) => r.status === 409)!.body.error.issues[0]).toMatchObject({ field: 'action', code: 'claim_transition', params: { from: 'approved' } });

    expect((await as.district!.post(`/api/subsidy-claims/${id}/steps`, { action: 'pay' })).status).toBe(403);
    const paid = await as.city!.post(`/api/subsidy-claims/${id}/steps`, { action: 'pay' });
    expect(paid.status).toBe(200);
    expect(paid.body.events.map((e: { action: string; toState: string }) => `${e.action}:${e.toState}`)).toEqual(['pay:paid', 'approve:approved', 'confirm:confirmed', 'compute:computed']);
    expect(paid.body.events[2].actor.role).toBe('director');
  });

  it('the database refuses a skipped step and a changed figure on any path', async () => {
    const nov = await claimOf('city', NOV);
    await expect(t.db.k.updateTable('subsidy_claims').set({ state: 'paid' }).where('id', '=', nov.id).execute()).rejects.toThrow(/subsidy_claims_transition/);
    await expect(t.db.k.updateTable('subsidy_claims').set({ total_fen: 1 }).where('id', '=', id).execute()).rejects.toThrow(/subsidy_claims_transition/);
    await expect(t.db.k.deleteFrom('subsidy_claim_lines').where('claim_id', '=', id).execute()).rejects.toThrow(/subsidy_claim_lines_open/);
  });

  it('a return needs the reason; returned, the facility may recompute', async () => {
    const nov = await claimOf('director', NOV);
    expect((await as.director!.post(`/api/subsidy-claims/${nov.id}/steps`, { action: 'confirm' })).status).toBe(200);
    const noReason = await as.district!.post(`/api/subsidy-claims/${nov.id}/steps`, { action: 'return' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.issues[0]).toMatchObject({ field: 'note' });
    expect((await as.district!.post(`/api/subsidy-claims/${nov.id}/steps`, { action: 'return', note: '收费超出限价，请核实' })).body.state).toBe('returned');
    const again = await as.director!.post('/api/subsidy-claims/run', { month: NOV, facilityId: fx.pointA });
    expect(again.body.computed[0]).toMatchObject({ id: nov.id, state: 'computed' });
  });

  it('after the records change, a paid claim shows the exact top-up a recomputation owes', async () => {
    // the child below the threshold turns out to have attended every day
    await attend(t.db, kids.low!, weekdaysOf(OCT));
    const adj = await as.city!.get(`/api/subsidy-claims/${id}/adjustment`);
    expect(adj.status).toBe(200);
    expect(adj.body).toMatchObject({ kind: 'top_up', deltaFen: 50_000, childMonthsChanged: 1 });
  });

  it('answers bad input with 4xx naming the field', async () => {
    const bad = await as.district!.post('/api/subsidy-claims/run', { month: '2026-13' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].field).toBe('month');
    const future = await as.district!.post('/api/subsidy-claims/run', { month: '2099-01' });
    expect(future.status).toBe(400);
    expect(future.body.error.issues[0]).toMatchObject({ field: 'month', code: 'date_in_future' });
    expect((await as.district!.post(`/api/subsidy-claims/${id}/steps`, { action: 'fly' })).status).toBe(400);
    expect((await as.city!.get('/api/subsidy-claims/00000000-0000-0000-0000-000000000000')).status).toBe(404);
  });
});
