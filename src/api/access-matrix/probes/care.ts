/**
 * Probes of daily care (issue 11). "Own" is child A (the fixture guardian's, in class A that the fixture teacher
 * teaches, at point A where the director works); "other" is child B at point B in another county. Rows the probes
 * act on (entries to withdraw, absences to cancel, alerts to close, shifts to end) are made through the system
 * caller's repositories (or the rules themselves), never by hand.
 */
import { randomUUID } from 'node:crypto';
import type { Client, Res } from '../../../../test/http.ts';
import { seedCare, type CareFixture } from '../../../../test/fixtures/care.ts';
import { AuthStore, callerOf, reposFor, type Principal, type Repos } from '../../../db/repos/index.ts';
import { photoDir } from '../../care/routes.ts';
import { PhotoStore } from '../../care/photo-store.ts';
import type { MatrixContext, ProbeModule } from '../context.ts';

let care: CareFixture;
let teacherB: Repos;
const month = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);
const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const plusDays = (n: number) => new Date(Date.parse(`${today()}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** A tiny JPEG (SOI, SOF0, SOS, EOI) for the photo probes. */
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xdb, 0x00, 0x43, 0x00, ...new Array(64).fill(1), 0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x01, 0x00, 0x01, 0x01, 0x01, 0x11, 0x00, 0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3f, 0x00, 0x12, 0x34, 0xff, 0xd9]);

/** The status of an event stream (then the stream is dropped). */
async function streamStatus(ctx: MatrixContext, c: Client, path: string): Promise<Res> {
  const r = await ctx.app.request(path, { headers: c.cookie ? { cookie: c.cookie, accept: 'text/event-stream' } : { accept: 'text/event-stream' } });
  await r.body?.cancel().catch(() => undefined);
  return { status: r.status, body: null, headers: r.headers };
}

const note = (ctx: MatrixContext) => ({ id: randomUUID(), kind: 'note', text: `矩阵${++ctx.n}` });
const entryOf = async (ctx: MatrixContext, child: string) => (await ctx.system().care.entries.record(child, { id: randomUUID(), kind: 'note', fields: { text: '待撤回' } })).entry.id;
const absenceOf = async (ctx: MatrixContext, child: string) => (await ctx.system().care.people.reportAbsence(child, { id: randomUUID(), from: plusDays(100 + 2 * ++ctx.n), to: plusDays(100 + 2 * ctx.n), reason: 'leave' })).absence.id;
const pickupOf = async (ctx: MatrixContext, child: string) => (await ctx.system().care.people.addPickup(child, { displayName: `姑姑${++ctx.n}`, relationship: 'relative' })).id;

/** An open fever-recheck alert of a child (a reading of 38 °C opens one; a later one within 5 minutes keeps it). */
async function openAlertOf(ctx: MatrixContext, child: string, facility: string): Promise<string> {
  const sys = ctx.system();
  await sys.care.entries.record(child, { id: randomUUID(), kind: 'temperature', fields: { temperatureC: 38, site: 'ear' } });
  const a = (await sys.care.alerts.list(facility)).find((x) => x.kind === 'fever_recheck' && x.childId === child);
  return a!.id;
}

async function repos(ctx: MatrixContext, who: Principal): Promise<Repos | null> {
  return who === 'teacher' || who === 'director' ? ctx.as(who) : null;
}

/** An open shift of a staff member (clocking them in if needed). */
async function openShift(r: Repos, classId: string, staffId: string): Promise<string> {
  const mine = (await r.care.people.shifts(classId)).find((s) => s.staffId === staffId && !s.until);
  return mine ? mine.id : (await r.care.people.clockIn(classId)).id;
}

export const careProbes: ProbeModule = {
  setup: async (ctx) => {
    care = await seedCare(ctx.t.db, ctx.fx);
    teacherB = reposFor(ctx.t.db, callerOf((await new AuthStore(ctx.t.db).findByUsername('teacher_b'))!));
    // An outbreak in each class (three children vomiting today), so the bureaus' list has one in and one out of scope.
    const sys = ctx.system();
    for (const [child, more] of [[ctx.fx.childA, care.classmates.slice(0, 2)], [ctx.fx.childB, care.classmatesB]] as const)
      for (const c of [child, ...more]) await sys.care.entries.record(c, { id: randomUUID(), kind: 'morning_check', fields: { card: 'yellow', symptoms: ['vomiting'] } });
  },
  probes: (ctx) => {
    const A = () => ctx.fx.childA;
    const B = () => ctx.fx.childB;
    const outbreakAt = async (facility: string) => (await ctx.system().care.alerts.outbreaks()).find((o) => o.facilityId === facility && o.status === 'open')?.id ?? randomUUID();
    return {
      daily_entry: {
        read: [
          { name: 'GET /api/children/:id/events', kind: 'target', ok: 200, own: (c) => c.get(`/api/children/${A()}/events`), other: (c) => c.get(`/api/children/${B()}/events`) },
          { name: 'GET /api/children/:id/feed (text/event-stream)', kind: 'target', ok: 200, own: (c) => streamStatus(ctx, c, `/api/children/${A()}/feed`), other: (c) => streamStatus(ctx, c, `/api/children/${B()}/feed`) },
        ],
        create: [
          { name: 'POST /api/children/:id/events', kind: 'target', ok: 201, own: (c) => c.post(`/api/children/${A()}/events`, note(ctx)), other: (c) => c.post(`/api/children/${B()}/events`, note(ctx)) },
          {
            name: 'POST /api/classes/:id/events (bulk)',
            kind: 'target',
            ok: 201,
            own: (c) => c.post(`/api/classes/${ctx.fx.classA}/events`, { ...note(ctx), childIds: [A()] }),
            other: (c) => c.post(`/api/classes/${ctx.fx.classB}/events`, { ...note(ctx), childIds: [B()] }),
          },
          {
            name: 'POST /api/children/:id/events/:entryId/retract',
            kind: 'target',
            ok: 201,
            own: async (c) => c.post(`/api/children/${A()}/events/${await entryOf(ctx, A())}/retract`, { version: 2, reason: '矩阵' }),
            other: async (c) => c.post(`/api/children/${B()}/events/${await entryOf(ctx, B())}/retract`, { version: 2, reason: '矩阵' }),
          },
        ],
      },
      attendance: {
        read: [{ name: 'GET /api/children/:id/attendance', kind: 'target', ok: 200, own: (c) => c.get(`/api/children/${A()}/attendance?month=${month()}`), other: (c) => c.get(`/api/children/${B()}/attendance?month=${month()}`) }],
      },
      class_roster: {
        read: [
          { name: 'GET /api/classes/:id/day', kind: 'target', ok: 200, own: (c) => c.get(`/api/classes/${ctx.fx.classA}/day`), other: (c) => c.get(`/api/classes/${ctx.fx.classB}/day`) },
          {
            name: 'GET /api/care/classes',
            kind: 'list',
            ok: 200,
            own: (c) => c.get('/api/care/classes'),
            other: (c) => c.get('/api/care/classes'),
            visible: (r) => ({ own: r.body.classes.some((k: { id: string }) => k.id === ctx.fx.classA), other: r.body.classes.some((k: { id: string }) => k.id === ctx.fx.classB) }),
          },
        ],
      },
      absence_report: {
        read: [{ name: 'GET /api/children/:id/absences', kind: 'target', ok: 200, own: (c) => c.get(`/api/children/${A()}/absences`), other: (c) => c.get(`/api/children/${B()}/absences`) }],
        create: [
          {
            name: 'POST /api/children/:id/absences',
            kind: 'target',
            ok: 201,
            own: (c) => c.post(`/api/children/${A()}/absences`, { id: randomUUID(), from: plusDays(2 * ++ctx.n), to: plusDays(2 * ctx.n), reason: 'leave' }),
            other: (c) => c.post(`/api/children/${B()}/absences`, { id: randomUUID(), from: plusDays(2 * ++ctx.n), to: plusDays(2 * ctx.n), reason: 'sick', symptoms: ['cough'] }),
          },
        ],
        delete: [{ name: 'DELETE /api/absences/:id', kind: 'target', ok: 204, own: async (c) => c.req('DELETE', `/api/absences/${await absenceOf(ctx, A())}`), other: async (c) => c.req('DELETE', `/api/absences/${await absenceOf(ctx, B())}`) }],
      },
      pickup_person: {
        read: [{ name: 'GET /api/children/:id/pickups', kind: 'target', ok: 200, own: (c) => c.get(`/api/children/${A()}/pickups`), other: (c) => c.get(`/api/children/${B()}/pickups`) }],
        create: [
          {
            name: 'POST /api/children/:id/pickups',
            kind: 'target',
            ok: 201,
            own: (c) => c.post(`/api/children/${A()}/pickups`, { displayName: `外婆${++ctx.n}`, relationship: 'grandmother', phoneTail: '6789' }),
            other: (c) => c.post(`/api/children/${B()}/pickups`, { displayName: `外婆${++ctx.n}`, relationship: 'grandmother' }),
          },
        ],
        delete: [{ name: 'DELETE /api/pickups/:id', kind: 'target', ok: 204, own: async (c) => c.req('DELETE', `/api/pickups/${await pickupOf(ctx, A())}`), other: async (c) => c.req('DELETE', `/api/pickups/${await pickupOf(ctx, B())}`) }],
      },
      photo: {
        read: [
          {
            name: 'GET /api/photos/:id',
            kind: 'target',
            ok: 200,
            own: async (c) => c.get(`/api/photos/${await photoOf(ctx, A())}`),
            other: async (c) => c.get(`/api/photos/${await photoOf(ctx, B())}`),
          },
        ],
        create: [
          {
            name: 'POST /api/children/:id/photos (image/jpeg)',
            kind: 'target',
            ok: 201,
            own: (c) => c.post(`/api/children/${A()}/photos`, JPEG, { 'content-type': 'image/jpeg' }),
            other: (c) => c.post(`/api/children/${B()}/photos`, JPEG, { 'content-type': 'image/jpeg' }),
          },
        ],
      },
      staff_shift: {
        read: [{ name: 'GET /api/classes/:id/shifts', kind: 'target', ok: 200, own: (c) => c.get(`/api/classes/${ctx.fx.classA}/shifts`), other: (c) => c.get(`/api/classes/${ctx.fx.classB}/shifts`) }],
        create: [
          {
            name: 'POST /api/classes/:id/shifts (clock in)',
            kind: 'target',
            ok: 201,
            own: async (c, who) => {
              const r = await repos(ctx, who);
              const staff = who === 'teacher' ? care.teacherStaff : care.directorStaff;
              const open = r ? (await r.care.people.shifts(ctx.fx.classA)).find((s) => s.staffId === staff && !s.until) : undefined;
              if (open) await r!.care.people.clockOut(open.id);
              return c.post(`/api/classes/${ctx.fx.classA}/shifts`);
            },
            other: (c) => c.post(`/api/classes/${ctx.fx.classB}/shifts`),
          },
        ],
        update: [
          {
            name: 'POST /api/shifts/:id/end (clock out)',
            kind: 'target',
            ok: 200,
            own: async (c, who) => {
              const teacher = await ctx.as('teacher');
              const r = (await repos(ctx, who)) ?? teacher;
              const id = await openShift(r, ctx.fx.classA, who === 'director' ? care.directorStaff : care.teacherStaff);
              return c.post(`/api/shifts/${id}/end`);
            },
            other: async (c) => c.post(`/api/shifts/${await openShift(teacherB, ctx.fx.classB, care.teacherBStaff)}/end`),
          },
        ],
      },
      care_alert: {
        read: [{ name: 'GET /api/facilities/:id/care-alerts', kind: 'target', ok: 200, own: (c) => c.get(`/api/facilities/${ctx.fx.pointA}/care-alerts`), other: (c) => c.get(`/api/facilities/${ctx.fx.pointB}/care-alerts`) }],
        update: [
          {
            name: 'POST /api/care-alerts/:id/close',
            kind: 'target',
            ok: 200,
            own: async (c) => c.post(`/api/care-alerts/${await openAlertOf(ctx, A(), ctx.fx.pointA)}/close`, { status: 'done', resolution: '已复测' }),
            other: async (c) => c.post(`/api/care-alerts/${await openAlertOf(ctx, B(), ctx.fx.pointB)}/close`, { status: 'done', resolution: '已复测' }),
          },
        ],
      },
      outbreak_report: {
        read: [
          {
            name: 'GET /api/care/outbreaks',
            kind: 'list',
            ok: 200,
            own: (c) => c.get('/api/care/outbreaks'),
            other: (c) => c.get('/api/care/outbreaks'),
            visible: (r) => ({ own: r.body.outbreaks.some((o: { facilityId: string }) => o.facilityId === ctx.fx.pointA), other: r.body.outbreaks.some((o: { facilityId: string }) => o.facilityId === ctx.fx.pointB) }),
          },
        ],
        update: [
          {
            name: 'POST /api/care/outbreaks/:id/reported',
            kind: 'target',
            ok: 200,
            own: async (c) => c.post(`/api/care/outbreaks/${await outbreakAt(ctx.fx.pointA)}/reported`, { note: '已报告区疾控' }),
            other: async (c) => c.post(`/api/care/outbreaks/${await outbreakAt(ctx.fx.pointB)}/reported`, { note: '已报告区疾控' }),
          },
        ],
      },
      menu: {
        read: [{ name: 'GET /api/facilities/:id/menu', kind: 'target', ok: 200, own: (c) => c.get(`/api/facilities/${ctx.fx.pointA}/menu`), other: (c) => c.get(`/api/facilities/${ctx.fx.pointB}/menu`) }],
        update: [
          {
            name: 'PUT /api/facilities/:id/menu',
            kind: 'target',
            ok: 200,
            own: (c) => c.req('PUT', `/api/facilities/${ctx.fx.pointA}/menu`, menuBody()),
            other: (c) => c.req('PUT', `/api/facilities/${ctx.fx.pointB}/menu`, menuBody()),
          },
        ],
      },
      teacher_profile: {
        read: [{ name: 'GET /api/classes/:id/teachers', kind: 'target', ok: 200, own: (c) => c.get(`/api/classes/${ctx.fx.classA}/teachers`), other: (c) => c.get(`/api/classes/${ctx.fx.classB}/teachers`) }],
        update: [
          {
            name: 'POST /api/staff/:id/photo',
            kind: 'target',
            ok: 201,
            own: (c, who) => c.post(`/api/staff/${who === 'director' ? care.directorStaff : care.teacherStaff}/photo`, JPEG, { 'content-type': 'image/jpeg' }),
            other: (c) => c.post(`/api/staff/${care.teacherBStaff}/photo`, JPEG, { 'content-type': 'image/jpeg' }),
          },
        ],
      },
      care_dashboard: {
        read: [{ name: 'GET /api/facilities/:id/care-dashboard', kind: 'target', ok: 200, own: (c) => c.get(`/api/facilities/${ctx.fx.pointA}/care-dashboard`), other: (c) => c.get(`/api/facilities/${ctx.fx.pointB}/care-dashboard`) }],
      },
      care_settings: {
        read: [{ name: 'GET /api/facilities/:id/care-settings', kind: 'target', ok: 200, own: (c) => c.get(`/api/facilities/${ctx.fx.pointA}/care-settings`), other: (c) => c.get(`/api/facilities/${ctx.fx.pointB}/care-settings`) }],
        update: [
          {
            name: 'PATCH /api/facilities/:id/care-settings',
            kind: 'target',
            ok: 200,
            own: (c) => c.patch(`/api/facilities/${ctx.fx.pointA}/care-settings`, { absenceDeadline: '09:30' }),
            other: (c) => c.patch(`/api/facilities/${ctx.fx.pointB}/care-settings`, { absenceDeadline: '09:30' }),
          },
        ],
      },
    };
  },
};

function menuBody() {
  const monday = (() => {
    const d = new Date(`${today()}T00:00:00Z`);
    const wd = d.getUTCDay() || 7;
    return new Date(d.getTime() - (wd - 1) * 86_400_000).toISOString().slice(0, 10);
  })();
  return { weekStart: monday, items: [{ date: monday, meal: 'lunch', dishes: ['番茄鸡蛋面', '清炒西兰花'], allergens: ['egg', 'wheat'] }] };
}

const photos = new Map<string, string>();
/** A photo of a child, stored the way the upload route stores it (file by SHA-256, then the row). */
async function photoOf(ctx: MatrixContext, child: string): Promise<string> {
  const have = photos.get(child);
  if (have) return have;
  const sha256 = await new PhotoStore(photoDir({})).put(JPEG);
  const row = await ctx.system().care.facility.addChildPhoto(child, { sha256, bytes: JPEG.length, mime: 'image/jpeg', width: 1, height: 1 }, 'entry');
  photos.set(child, row.id);
  return row.id;
}
