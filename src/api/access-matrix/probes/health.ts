/**
 * Probes of the health rows of the policy (issue 12). "Own" is child A / point A (signed with the fixture hospital,
 * the director's and teacher's facility, division A); "other" is child B / point B, which this module signs with a
 * third institution (so the hospital's health worker is not signed there, and the clinic stays signed with none).
 */
import { randomUUID } from 'node:crypto';
import type { Client } from '../../../../test/http.ts';
import { A, B } from '../../../../test/registry-fixture.ts';
import { staffMember, visitRow } from '../../../../test/fixtures/health.ts';
import type { Principal } from '../../../db/repos/index.ts';
import { insertAgreement } from '../../../db/repos/agreement-write.ts';
import { upsertMedicalInstitution } from '../../../db/registry-admin.ts';
import type { MatrixContext, ProbeModule } from '../context.ts';

const PDF = Buffer.from('%PDF-1.4\n%matrix\n%%EOF\n');

interface HealthFixture {
  third: string;
  agreementA: string;
  agreementB: string;
  staffA: string;
  staffB: string;
  sessionA: string;
  sessionB: string;
  registrationB: string;
  courseHospital: string;
  courseThird: string;
}
let h: HealthFixture;

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const plus = (days: number) => new Date(Date.parse(`${today()}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A session at a facility in a week (made by the system). */
async function sessionAt(ctx: MatrixContext, facilityId: string): Promise<string> {
  const d = plus(7);
  return (await ctx.system().services.create({ kind: 'parent_class', title: `矩阵课堂${++ctx.n}`, facilityId, startsAt: `${d}T09:00:00+08:00`, endsAt: `${d}T10:00:00+08:00`, capacity: 50 })).id;
}
/** A child's registration for a fresh session at its facility. */
async function registrationOf(ctx: MatrixContext, childId: string, facilityId: string): Promise<string> {
  return (await ctx.system().services.register(await sessionAt(ctx, facilityId), childId)).id;
}
/** An open flag of a child (a severely underweight check, recorded by the system). */
async function flagOf(ctx: MatrixContext, childId: string, weightKg: number): Promise<string> {
  const { check } = await ctx.system().healthChecks.record(childId, { id: randomUUID(), kind: 'periodic', examinedOn: today(), weightKg });
  return check.flags[0]!.id;
}
/** An agreement of a fresh facility in a division (for end probes). */
async function agreementIn(ctx: MatrixContext, division: string): Promise<string> {
  const f = await ctx.scratchFacility(division);
  return ctx.t.db.tx((k) => insertAgreement(k, { facilityId: f, institutionId: ctx.fx.clinic, validFrom: plus(-30), validTo: null, services: ['tcm_massage'] }));
}
/** A course that ended today, by a provider, with one registration (for completion probes). */
async function registrationIn(ctx: MatrixContext, provider: { providerFacilityId?: string; providerInstitutionId?: string }, staffId: string): Promise<string> {
  const c = await ctx.system().training.createCourse({ kind: 'safety', title: `矩阵培训${++ctx.n}`, startsOn: plus(-2), endsOn: today(), hours: 4, capacity: 10, ...provider });
  return (await ctx.system().training.register(c.id, staffId)).id;
}
const providerFor = (ctx: MatrixContext, who: Principal, own: boolean) =>
  who === 'health_worker' ? { providerInstitutionId: own ? ctx.fx.hospital : h.third } : { providerFacilityId: own ? ctx.fx.pointA : ctx.fx.pointB };

const ids = (r: { body: { items?: Array<Record<string, unknown>> } }, pick: (x: Record<string, unknown>) => unknown) => (r.body.items ?? []).map(pick);

export const healthProbes: ProbeModule = {
  async setup(ctx) {
    const db = ctx.t.db;
    const third = await db.tx((q) => upsertMedicalInstitution(q, { name: '潞城区妇幼保健计划生育服务中心', kind: 'maternal_child_hospital', divisionId: B, lng: 113.23, lat: 36.33 }));
    const agreementB = await db.tx((k) => insertAgreement(k, { facilityId: ctx.fx.pointB, institutionId: third, validFrom: plus(-10), validTo: null, services: ['health_check', 'growth_assessment'] }));
    const a = (await ctx.system().agreements.list({ facilityId: ctx.fx.pointA, institutionId: ctx.fx.hospital })).items[0];
    await ctx.system().agreements.attachDocument(a!.id, { fileName: 'a.pdf', contentType: 'application/pdf', bytes: PDF });
    await ctx.system().agreements.attachDocument(agreementB, { fileName: 'b.pdf', contentType: 'application/pdf', bytes: PDF });
    await visitRow(db, ctx.fx.pointA, ctx.fx.hospital);
    await visitRow(db, ctx.fx.pointB, third);
    await flagOf(ctx, ctx.fx.childA, 7.0);
    await flagOf(ctx, ctx.fx.childB, 8.5);
    const staffA = await staffMember(db, ctx.fx.pointA, 'carer', { userId: ctx.fx.users.teacher });
    const staffB = await staffMember(db, ctx.fx.pointB, 'carer');
    const sessionA = await sessionAt(ctx, ctx.fx.pointA);
    const sessionB = await sessionAt(ctx, ctx.fx.pointB);
    const registrationB = (await ctx.system().services.register(sessionB, ctx.fx.childB)).id;
    const course = (p: { providerInstitutionId: string }) => ctx.system().training.createCourse({ kind: 'in_service', title: `矩阵课程${++ctx.n}`, startsOn: plus(5), endsOn: plus(6), hours: 8, capacity: 100, ...p });
    h = { third, agreementA: a!.id, agreementB, staffA, staffB, sessionA, sessionB, registrationB, courseHospital: (await course({ providerInstitutionId: ctx.fx.hospital })).id, courseThird: (await course({ providerInstitutionId: third })).id };
  },

  probes: (ctx) => ({
    growth_standard: {
      read: [
        { name: 'POST /api/growth/score', kind: 'scope', ok: 200, own: (c) => c.post('/api/growth/score', { sex: 'F', ageDays: 400, weightKg: 9 }), other: (c) => c.post('/api/growth/score', { sex: 'X', ageDays: 9000, weightKg: 0 }) },
        { name: 'GET /api/growth/curves', kind: 'scope', ok: 200, own: (c) => c.get('/api/growth/curves?indicator=wfa&sex=F&to=30'), other: (c) => c.get('/api/growth/curves?indicator=wfl&sex=M&kind=centile&from=45&to=46') },
      ],
    },
    health_record: {
      read: [
        { name: 'GET /api/children/:id/growth', kind: 'target', ok: 200, own: (c) => c.get(`/api/children/${ctx.fx.childA}/growth`), other: (c) => c.get(`/api/children/${ctx.fx.childB}/growth`) },
        { name: 'GET /api/children/:id/health-checks', kind: 'target', ok: 200, own: (c) => c.get(`/api/children/${ctx.fx.childA}/health-checks`), other: (c) => c.get(`/api/children/${ctx.fx.childB}/health-checks`) },
        {
          name: 'GET /api/health/flags',
          kind: 'list',
          ok: 200,
          own: (c) => c.get('/api/health/flags?pageSize=200'),
          other: (c) => c.get('/api/health/flags?pageSize=200'),
          visible: (r) => {
            const children = ids(r, (x) => (x.child as { id: string }).id);
            return { own: children.includes(ctx.fx.childA), other: children.includes(ctx.fx.childB) };
          },
        },
      ],
      create: [
        {
          name: 'POST /api/children/:id/health-checks',
          kind: 'target',
          ok: 201,
          own: (c) => c.post(`/api/children/${ctx.fx.childA}/health-checks`, { id: randomUUID(), kind: 'periodic', examinedOn: today(), weightKg: 12 }),
          other: (c) => c.post(`/api/children/${ctx.fx.childB}/health-checks`, { id: randomUUID(), kind: 'periodic', examinedOn: today(), weightKg: 12 }),
        },
      ],
      update: [
        {
          name: 'PATCH /api/health/flags/:id (follow-up done)',
          kind: 'target',
          ok: 200,
          own: async (c) => c.patch(`/api/health/flags/${await flagOf(ctx, ctx.fx.childA, 7.0)}`, { outcome: '已随访' }),
          other: async (c) => c.patch(`/api/health/flags/${await flagOf(ctx, ctx.fx.childB, 8.5)}`, { outcome: '已随访' }),
        },
      ],
    },
    health_desk: {
      read: [
        { name: 'GET /api/health/desk?facilityId', kind: 'target', ok: 200, own: (c) => c.get(`/api/health/desk?facilityId=${ctx.fx.pointA}&status=all`), other: (c) => c.get(`/api/health/desk?facilityId=${ctx.fx.pointB}&status=all`) },
        {
          name: 'GET /api/health/desk',
          kind: 'list',
          ok: 200,
          own: (c) => c.get('/api/health/desk?status=all&pageSize=200'),
          other: (c) => c.get('/api/health/desk?status=all&pageSize=200'),
          visible: (r) => {
            const children = ids(r, (x) => (x.child as { id: string }).id);
            return { own: children.includes(ctx.fx.childA), other: children.includes(ctx.fx.childB) };
          },
        },
      ],
    },
    agreement: {
      read: [
        {
          name: 'GET /api/agreements',
          kind: 'list',
          ok: 200,
          own: (c) => c.get('/api/agreements?pageSize=200'),
          other: (c) => c.get('/api/agreements?pageSize=200'),
          visible: (r) => {
            const a = ids(r, (x) => x.id);
            return { own: a.includes(h.agreementA), other: a.includes(h.agreementB) };
          },
        },
        { name: 'GET /api/agreements/:id', kind: 'target', ok: 200, own: (c) => c.get(`/api/agreements/${h.agreementA}`), other: (c) => c.get(`/api/agreements/${h.agreementB}`) },
      ],
      create: [
        {
          name: 'POST /api/agreements',
          kind: 'target',
          ok: 201,
          own: async (c) => c.post('/api/agreements', { facilityId: await ctx.scratchFacility(A), institutionId: ctx.fx.clinic, validFrom: today(), services: ['health_check'] }),
          other: async (c) => c.post('/api/agreements', { facilityId: await ctx.scratchFacility(B), institutionId: ctx.fx.clinic, validFrom: today(), services: ['health_check'] }),
        },
      ],
      update: [
        { name: 'POST /api/agreements/:id/end', kind: 'target', ok: 200, own: async (c) => c.post(`/api/agreements/${await agreementIn(ctx, A)}/end`, { validTo: today() }), other: async (c) => c.post(`/api/agreements/${await agreementIn(ctx, B)}/end`, { validTo: today() }) },
        {
          name: 'PUT /api/agreements/:id/document',
          kind: 'target',
          ok: 200,
          own: async (c) => c.req('PUT', `/api/agreements/${await agreementIn(ctx, A)}/document`, PDF, { 'content-type': 'application/pdf' }),
          other: async (c) => c.req('PUT', `/api/agreements/${await agreementIn(ctx, B)}/document`, PDF, { 'content-type': 'application/pdf' }),
        },
      ],
    },
    agreement_document: {
      read: [{ name: 'GET /api/agreements/:id/document', kind: 'target', ok: 200, own: (c) => c.get(`/api/agreements/${h.agreementA}/document`), other: (c) => c.get(`/api/agreements/${h.agreementB}/document`) }],
    },
    visit_log: {
      read: [
        { name: 'GET /api/visits?facilityId', kind: 'target', ok: 200, own: (c) => c.get(`/api/visits?facilityId=${ctx.fx.pointA}`), other: (c) => c.get(`/api/visits?facilityId=${ctx.fx.pointB}`) },
        {
          name: 'GET /api/visits',
          kind: 'list',
          ok: 200,
          own: (c) => c.get('/api/visits?pageSize=200'),
          other: (c) => c.get('/api/visits?pageSize=200'),
          visible: (r) => {
            const f = ids(r, (x) => (x.facility as { id: string }).id);
            return { own: f.includes(ctx.fx.pointA), other: f.includes(ctx.fx.pointB) };
          },
        },
      ],
      create: [{ name: 'POST /api/visits', kind: 'target', ok: 201, own: (c) => c.post('/api/visits', { facilityId: ctx.fx.pointA, visitedOn: today() }), other: (c) => c.post('/api/visits', { facilityId: ctx.fx.pointB, visitedOn: today() }) }],
    },
    service_session: {
      read: [
        { name: 'GET /api/services/sessions/:id', kind: 'target', ok: 200, own: (c) => c.get(`/api/services/sessions/${h.sessionA}`), other: (c) => c.get(`/api/services/sessions/${h.sessionB}`) },
        {
          name: 'GET /api/services/sessions',
          kind: 'list',
          ok: 200,
          own: (c) => c.get('/api/services/sessions?pageSize=200'),
          other: (c) => c.get('/api/services/sessions?pageSize=200'),
          visible: (r) => {
            const s = ids(r, (x) => x.id);
            return { own: s.includes(h.sessionA), other: s.includes(h.sessionB) };
          },
        },
      ],
      create: [
        {
          name: 'POST /api/services/sessions',
          kind: 'target',
          ok: 201,
          own: (c) => c.post('/api/services/sessions', { kind: 'parent_class', title: '矩阵', facilityId: ctx.fx.pointA, startsAt: `${plus(3)}T09:00:00+08:00`, endsAt: `${plus(3)}T10:00:00+08:00`, capacity: 5 }),
          other: (c) => c.post('/api/services/sessions', { kind: 'parent_class', title: '矩阵', facilityId: ctx.fx.pointB, startsAt: `${plus(3)}T09:00:00+08:00`, endsAt: `${plus(3)}T10:00:00+08:00`, capacity: 5 }),
        },
      ],
      update: [
        {
          name: 'POST /api/services/sessions/:id/cancel',
          kind: 'target',
          ok: 200,
          own: async (c) => c.post(`/api/services/sessions/${await sessionAt(ctx, ctx.fx.pointA)}/cancel`),
          other: async (c) => c.post(`/api/services/sessions/${await sessionAt(ctx, ctx.fx.pointB)}/cancel`),
        },
      ],
    },
    service_registration: {
      read: [
        { name: 'GET /api/children/:id/services', kind: 'target', ok: 200, own: (c) => c.get(`/api/children/${ctx.fx.childA}/services`), other: (c) => c.get(`/api/children/${ctx.fx.childB}/services`) },
        { name: 'GET /api/services/sessions/:id/registrations', kind: 'target', ok: 200, own: (c) => c.get(`/api/services/sessions/${h.sessionA}/registrations`), other: (c) => c.get(`/api/services/sessions/${h.sessionB}/registrations`) },
      ],
      create: [
        {
          name: 'POST /api/services/sessions/:id/registrations',
          kind: 'target',
          ok: 201,
          own: async (c) => c.post(`/api/services/sessions/${await sessionAt(ctx, ctx.fx.pointA)}/registrations`, { childId: ctx.fx.childA }),
          other: async (c) => c.post(`/api/services/sessions/${await sessionAt(ctx, ctx.fx.pointB)}/registrations`, { childId: ctx.fx.childB }),
        },
      ],
      update: [
        {
          name: 'PATCH /api/services/registrations/:id (attendance)',
          kind: 'target',
          ok: 200,
          own: async (c) => c.patch(`/api/services/registrations/${await registrationOf(ctx, ctx.fx.childA, ctx.fx.pointA)}`, { attended: true }),
          other: (c) => c.patch(`/api/services/registrations/${h.registrationB}`, { attended: true }),
        },
      ],
      delete: [
        {
          name: 'DELETE /api/services/registrations/:id',
          kind: 'target',
          ok: 200,
          own: async (c) => c.req('DELETE', `/api/services/registrations/${await registrationOf(ctx, ctx.fx.childA, ctx.fx.pointA)}`),
          other: async (c) => c.req('DELETE', `/api/services/registrations/${await registrationOf(ctx, ctx.fx.childB, ctx.fx.pointB)}`),
        },
      ],
    },
    training_course: {
      read: [
        {
          name: 'GET /api/training/courses',
          kind: 'list',
          ok: 200,
          own: (c) => c.get('/api/training/courses?pageSize=200'),
          other: (c) => c.get('/api/training/courses?pageSize=200'),
          visible: (r) => {
            const s = ids(r, (x) => x.id);
            return { own: s.includes(h.courseHospital), other: s.includes(h.courseThird) };
          },
        },
        { name: 'GET /api/training/courses/:id', kind: 'target', ok: 200, own: (c) => c.get(`/api/training/courses/${h.courseHospital}`), other: (c) => c.get(`/api/training/courses/${h.courseThird}`) },
      ],
      create: [
        {
          name: 'POST /api/training/courses',
          kind: 'target',
          ok: 201,
          own: (c: Client, who) => c.post('/api/training/courses', { kind: 'safety', title: '消防安全演练', startsOn: plus(10), endsOn: plus(10), hours: 4, capacity: 30, ...providerFor(ctx, who, true) }),
          other: (c: Client, who) => c.post('/api/training/courses', { kind: 'safety', title: '消防安全演练', startsOn: plus(10), endsOn: plus(10), hours: 4, capacity: 30, ...providerFor(ctx, who, false) }),
        },
      ],
    },
    training_record: {
      read: [{ name: 'GET /api/training/staff?facilityId', kind: 'target', ok: 200, own: (c) => c.get(`/api/training/staff?facilityId=${ctx.fx.pointA}`), other: (c) => c.get(`/api/training/staff?facilityId=${ctx.fx.pointB}`) }],
      create: [
        {
          name: 'POST /api/training/courses/:id/registrations',
          kind: 'target',
          ok: 201,
          own: async (c) => c.post(`/api/training/courses/${(await ctx.system().training.createCourse({ kind: 'in_service', title: `报名${++ctx.n}`, startsOn: plus(3), endsOn: plus(3), hours: 2, capacity: 9, providerInstitutionId: ctx.fx.hospital })).id}/registrations`, { staffId: h.staffA }),
          other: async (c) => c.post(`/api/training/courses/${(await ctx.system().training.createCourse({ kind: 'in_service', title: `报名${++ctx.n}`, startsOn: plus(3), endsOn: plus(3), hours: 2, capacity: 9, providerInstitutionId: ctx.fx.hospital })).id}/registrations`, { staffId: h.staffB }),
        },
      ],
      update: [
        {
          name: 'POST /api/training/registrations/:id/complete',
          kind: 'target',
          ok: 200,
          own: async (c, who) => c.post(`/api/training/registrations/${await registrationIn(ctx, providerFor(ctx, who, true), h.staffA)}/complete`, {}),
          other: async (c, who) => c.post(`/api/training/registrations/${await registrationIn(ctx, providerFor(ctx, who, false), h.staffB)}/complete`, {}),
        },
      ],
    },
    health_report: {
      read: [
        { name: 'GET /api/health/reports/signing?divisionId', kind: 'scope', ok: 200, own: (c) => c.get(`/api/health/reports/signing?divisionId=${A}`), other: (c) => c.get(`/api/health/reports/signing?divisionId=${B}`) },
        { name: 'GET /api/health/reports/services?divisionId', kind: 'scope', ok: 200, own: (c) => c.get(`/api/health/reports/services?divisionId=${A}`), other: (c) => c.get(`/api/health/reports/services?divisionId=${B}`) },
        { name: 'GET /api/health/reports/training?divisionId', kind: 'scope', ok: 200, own: (c) => c.get(`/api/health/reports/training?divisionId=${A}`), other: (c) => c.get(`/api/health/reports/training?divisionId=${B}`) },
      ],
    },
  }),
};
