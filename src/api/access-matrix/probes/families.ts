/**
 * Probes of the families rows (issue 10): a guardian's own child (childA, or a fresh child of the fixture guardian,
 * in county A's community point) against another family's (childB, or a fresh child without this guardian, in
 * county B's point); a director's facility (pointA) against another (pointB). Rows a probe consumes (an offer
 * accepted, a booking cancelled) are made fresh for every call.
 */
import type { Client, Res } from '../../../../test/http.ts';
import { bornMonthsBefore, dbToday, rosterCarers, scratchChild, weekdayFrom } from '../../../../test/fixtures/families.ts';
import { addDays } from '../../../care/dates.ts';
import type { MatrixContext, ProbeModule } from '../context.ts';

type Side = 'own' | 'other';
let today = '';
let hour = 0;
/** A class of its own in each point for offers and bookings, so the placements other probes add never fill it. */
const spare = { own: '', other: '' };

const HOURS = ['07:30', '08:30', '09:30', '10:30', '11:30', '12:30', '13:30', '14:30', '15:30', '16:30'];

/** A fresh 15-month-old: the fixture guardian's (own) or nobody's (other), placed in the side's class if asked. */
async function child(ctx: MatrixContext, side: Side, placed = false): Promise<string> {
  const guardian = side === 'own' ? ctx.fx.users.guardian : null;
  return scratchChild(ctx.t.db, guardian, bornMonthsBefore(today, 15), placed ? (side === 'own' ? ctx.fx.classA : ctx.fx.classB) : undefined);
}
const point = (ctx: MatrixContext, side: Side) => (side === 'own' ? ctx.fx.pointA : ctx.fx.pointB);
const klass = (_ctx: MatrixContext, side: Side) => spare[side];

async function application(ctx: MatrixContext, side: Side): Promise<string> {
  const a = await ctx.system().families.applications.create({ childId: await child(ctx, side), mode: 'full_day', startDate: addDays(today, 14), choices: [point(ctx, side)] }, null);
  return a.id;
}
async function offer(ctx: MatrixContext, side: Side): Promise<string> {
  return (await ctx.system().families.offers.make(await application(ctx, side), { classId: klass(ctx, side) })).id;
}
async function booking(ctx: MatrixContext, side: Side): Promise<string> {
  const start = HOURS[hour++ % 9]!;
  const end = HOURS[HOURS.indexOf(start) + 1]!;
  const b = await ctx.system().families.bookings.create({ childId: await child(ctx, side), facilityId: point(ctx, side), date: weekdayFrom(addDays(today, 3)), start, end });
  return b.id;
}
async function placementOf(ctx: MatrixContext, childId: string): Promise<string> {
  const r = await ctx.t.db.k.selectFrom('placements').select('id').where('child_id', '=', childId).executeTakeFirstOrThrow();
  return r.id;
}
async function statementOf(ctx: MatrixContext, childId: string): Promise<string> {
  const r = await ctx.t.db.k.selectFrom('fee_statements').select('id').where('child_id', '=', childId).orderBy('month', 'desc').executeTakeFirstOrThrow();
  return r.id;
}
async function withConsent(ctx: MatrixContext, childId: string, guardian: string | null): Promise<string> {
  if (guardian) await ctx.t.db.k.insertInto('consents').values({ child_id: childId, guardian_id: guardian, purpose: 'child_record', wording_version: 'child-record-2026-01' }).execute();
  return childId;
}

/** For list probes: the rows the latest `own` call made, so `visible` can look for them. */
const latest = { own: '', other: '' };
const has = (r: Res, id: string) => Array.isArray(r.body?.items) && r.body.items.some((x: { id: string }) => x.id === id);
const listProbe = (name: string, path: string, make: (ctx: MatrixContext, side: Side) => Promise<string>, ctx: MatrixContext) => ({
  name,
  kind: 'list' as const,
  ok: 200,
  own: async (c: Client) => {
    latest.own = await make(ctx, 'own');
    latest.other = await make(ctx, 'other');
    return c.get(path);
  },
  other: (c: Client) => c.get(path),
  visible: (r: Res) => ({ own: has(r, latest.own), other: has(r, latest.other) }),
});

export const familyProbes: ProbeModule = {
  setup: async (ctx) => {
    today = await dbToday(ctx.t.db);
    for (const side of ['own', 'other'] as const) {
      const r = await ctx.t.db.k.insertInto('classes').values({ facility_id: point(ctx, side), name: '托小班（矩阵）', band: 'toddler_small', capacity: 15 }).returning('id').executeTakeFirstOrThrow();
      spare[side] = r.id;
      await rosterCarers(ctx.t.db, r.id, 3);
    }
    const sys = ctx.system().families;
    const month = today.slice(0, 7);
    await sys.statements.issue(ctx.fx.pointA, month);
    await sys.statements.issue(ctx.fx.pointB, month);
  },
  probes: (ctx) => ({
    child: {
      create: [
        {
          name: 'POST /api/children (the caller becomes the guardian)',
          kind: 'scope',
          ok: 201,
          own: (c) => c.post('/api/children', { familyName: '矩', givenName: `阵${++ctx.n}`, sex: 'F', birthDate: bornMonthsBefore(today, 10), homeLng: 113.117, homeLat: 36.196 }),
        },
      ],
      update: [{ name: 'PATCH /api/children/:id', kind: 'target', ok: 200, own: (c) => c.patch(`/api/children/${ctx.fx.childA}`, { homeLng: 113.1171 }), other: (c) => c.patch(`/api/children/${ctx.fx.childB}`, { homeLng: 113.2311 }) }],
      delete: [{ name: 'POST /api/children/:id/erase', kind: 'target', ok: 200, own: async (c) => c.post(`/api/children/${await child(ctx, 'own')}/erase`), other: async (c) => c.post(`/api/children/${await child(ctx, 'other')}/erase`) }],
      export: [{ name: 'GET /api/children/:id/export', kind: 'target', ok: 200, own: (c) => c.get(`/api/children/${ctx.fx.childA}/export`), other: (c) => c.get(`/api/children/${ctx.fx.childB}/export`) }],
    },
    consent: {
      read: [{ name: 'GET /api/children/:id/consents', kind: 'target', ok: 200, own: (c) => c.get(`/api/children/${ctx.fx.childA}/consents`), other: (c) => c.get(`/api/children/${ctx.fx.childB}/consents`) }],
      create: [{ name: 'POST /api/children/:id/consents', kind: 'target', ok: 201, own: async (c) => c.post(`/api/children/${await child(ctx, 'own')}/consents`, {}), other: async (c) => c.post(`/api/children/${await child(ctx, 'other')}/consents`, {}) }],
      update: [
        {
          name: 'POST /api/children/:id/consents/withdraw',
          kind: 'target',
          ok: 200,
          own: async (c) => c.post(`/api/children/${await withConsent(ctx, await child(ctx, 'own'), ctx.fx.users.guardian)}/consents/withdraw`),
          other: async (c) => c.post(`/api/children/${await child(ctx, 'other')}/consents/withdraw`),
        },
      ],
    },
    application: {
      read: [
        { name: 'GET /api/applications/:id', kind: 'target', ok: 200, own: async (c) => c.get(`/api/applications/${await application(ctx, 'own')}`), other: async (c) => c.get(`/api/applications/${await application(ctx, 'other')}`) },
        listProbe('GET /api/applications', '/api/applications?status=open&pageSize=200', application, ctx),
      ],
      create: [
        {
          name: 'POST /api/applications',
          kind: 'target',
          ok: 201,
          own: async (c) => c.post('/api/applications', { childId: await child(ctx, 'own'), mode: 'full_day', startDate: addDays(today, 14), choices: [ctx.fx.pointA] }),
          other: async (c) => c.post('/api/applications', { childId: await child(ctx, 'other'), mode: 'full_day', startDate: addDays(today, 14), choices: [ctx.fx.pointB] }),
        },
      ],
      update: [{ name: 'POST /api/applications/:id/withdraw', kind: 'target', ok: 200, own: async (c) => c.post(`/api/applications/${await application(ctx, 'own')}/withdraw`), other: async (c) => c.post(`/api/applications/${await application(ctx, 'other')}/withdraw`) }],
    },
    offer: {
      read: [{ name: 'GET /api/offers/:id', kind: 'target', ok: 200, own: async (c) => c.get(`/api/offers/${await offer(ctx, 'own')}`), other: async (c) => c.get(`/api/offers/${await offer(ctx, 'other')}`) }],
      create: [
        {
          name: 'POST /api/applications/:id/offers',
          kind: 'target',
          ok: 201,
          own: async (c) => c.post(`/api/applications/${await application(ctx, 'own')}/offers`, { classId: spare.own }),
          other: async (c) => c.post(`/api/applications/${await application(ctx, 'other')}/offers`, { classId: spare.other }),
        },
      ],
      respond: [
        { name: 'POST /api/offers/:id/accept', kind: 'target', ok: 200, own: async (c) => c.post(`/api/offers/${await offer(ctx, 'own')}/accept`), other: async (c) => c.post(`/api/offers/${await offer(ctx, 'other')}/accept`) },
        { name: 'POST /api/offers/:id/decline', kind: 'target', ok: 200, own: async (c) => c.post(`/api/offers/${await offer(ctx, 'own')}/decline`), other: async (c) => c.post(`/api/offers/${await offer(ctx, 'other')}/decline`) },
      ],
      withdraw: [{ name: 'POST /api/offers/:id/withdraw', kind: 'target', ok: 200, own: async (c) => c.post(`/api/offers/${await offer(ctx, 'own')}/withdraw`), other: async (c) => c.post(`/api/offers/${await offer(ctx, 'other')}/withdraw`) }],
    },
    placement: {
      read: [
        { name: 'GET /api/placements/:id', kind: 'target', ok: 200, own: async (c) => c.get(`/api/placements/${await placementOf(ctx, ctx.fx.childA)}`), other: async (c) => c.get(`/api/placements/${await placementOf(ctx, ctx.fx.childB)}`) },
        listProbe('GET /api/placements', '/api/placements?current=true', async (x, side) => placementOf(x, await child(x, side, true)), ctx),
      ],
      update: [
        {
          name: 'POST /api/placements/:id/end',
          kind: 'target',
          ok: 200,
          own: async (c) => c.post(`/api/placements/${await placementOf(ctx, await child(ctx, 'own', true))}/end`, { lastDay: addDays(today, 30) }),
          other: async (c) => c.post(`/api/placements/${await placementOf(ctx, await child(ctx, 'other', true))}/end`, { lastDay: addDays(today, 30) }),
        },
      ],
    },
    booking: {
      read: [
        { name: 'GET /api/bookings/:id', kind: 'target', ok: 200, own: async (c) => c.get(`/api/bookings/${await booking(ctx, 'own')}`), other: async (c) => c.get(`/api/bookings/${await booking(ctx, 'other')}`) },
        listProbe('GET /api/bookings', '/api/bookings?upcoming=true&pageSize=200', booking, ctx),
      ],
      create: [
        {
          name: 'POST /api/bookings',
          kind: 'target',
          ok: 201,
          own: async (c) => c.post('/api/bookings', { childId: await child(ctx, 'own'), facilityId: ctx.fx.pointA, date: weekdayFrom(addDays(today, 4)), start: '09:30', end: '10:30' }),
          other: async (c) => c.post('/api/bookings', { childId: await child(ctx, 'other'), facilityId: ctx.fx.pointB, date: weekdayFrom(addDays(today, 4)), start: '09:30', end: '10:30' }),
        },
      ],
      delete: [{ name: 'DELETE /api/bookings/:id', kind: 'target', ok: 200, own: async (c) => c.req('DELETE', `/api/bookings/${await booking(ctx, 'own')}`), other: async (c) => c.req('DELETE', `/api/bookings/${await booking(ctx, 'other')}`) }],
    },
    fee_statement: {
      read: [
        { name: 'GET /api/statements/:id', kind: 'target', ok: 200, own: async (c) => c.get(`/api/statements/${await statementOf(ctx, ctx.fx.childA)}`), other: async (c) => c.get(`/api/statements/${await statementOf(ctx, ctx.fx.childB)}`) },
        {
          name: 'GET /api/statements',
          kind: 'list',
          ok: 200,
          own: (c) => c.get('/api/statements'),
          other: (c) => c.get('/api/statements'),
          visible: (r) => ({ own: r.body.items.some((s: { childId: string }) => s.childId === ctx.fx.childA), other: r.body.items.some((s: { childId: string }) => s.childId === ctx.fx.childB) }),
        },
      ],
      create: [{ name: 'POST /api/facilities/:id/statements', kind: 'target', ok: 200, own: (c) => c.post(`/api/facilities/${ctx.fx.pointA}/statements`, { month: today.slice(0, 7) }), other: (c) => c.post(`/api/facilities/${ctx.fx.pointB}/statements`, { month: today.slice(0, 7) }) }],
      update: [
        { name: 'PATCH /api/statements/:id', kind: 'target', ok: 200, own: async (c) => c.patch(`/api/statements/${await statementOf(ctx, ctx.fx.childA)}`, { paid: true }), other: async (c) => c.patch(`/api/statements/${await statementOf(ctx, ctx.fx.childB)}`, { paid: true }) },
      ],
    },
    entry_exam: {
      read: [{ name: 'GET /api/children/:id/entry-exams', kind: 'target', ok: 200, own: (c) => c.get(`/api/children/${ctx.fx.childA}/entry-exams`), other: (c) => c.get(`/api/children/${ctx.fx.childB}/entry-exams`) }],
      create: [
        { name: 'POST /api/children/:id/entry-exams', kind: 'target', ok: 201, own: (c) => c.post(`/api/children/${ctx.fx.childA}/entry-exams`, { examinedOn: today, passed: true }), other: (c) => c.post(`/api/children/${ctx.fx.childB}/entry-exams`, { examinedOn: today, passed: true }) },
      ],
    },
  }),
};
