/**
 * Probes of the account rows (issue 8.4, issue 9): accounts, a director's teachers, the second factor, sign-up,
 * forgotten passwords and the inbox. "Own" is the caller's own account (a director: one at their facility); "other"
 * is a teacher at point B. Disabling and resetting are probed on throwaway accounts, never on the logged-in clients.
 */
import type { Res } from '../../../../test/http.ts';
import { PASSWORD } from '../../../../test/registry-fixture.ts';
import { createUser, type Principal, type Role } from '../../../db/repos/index.ts';
import { notify } from '../../../db/repos/notify.ts';
import { hashPassword } from '../../../shared/password.ts';
import type { MatrixContext, ProbeModule } from '../context.ts';

const state = { teacherB: '', notices: new Map<string, string>(), noticeB: '', hash: '' };

/** A throwaway account to disable or reset (one password hash for all of them: scrypt is slow on purpose). */
async function scratch(ctx: MatrixContext, role: Role, facilityId: string | null = null): Promise<string> {
  const n = ++ctx.n;
  const r = await ctx.t.db.k.insertInto('users').values({ username: `scratch${n}`, password_hash: state.hash, display_name: `临时${n}`, role, facility_id: facilityId }).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

/** The caller's own account id (anonymous callers are pointed at the guardian's). */
const ownId = (ctx: MatrixContext, who: Principal): string => ctx.fx.users[who === 'anonymous' ? 'guardian' : who];
const phone = (ctx: MatrixContext): string => `139${String(++ctx.n).padStart(8, '0')}`;
const ids = (r: Res): string[] => (r.body?.items ?? []).map((x: { id: string }) => x.id);

// The list probes' visibility is judged for the principal whose "own" call came last.
let lastWho: Principal = 'anonymous';

export const accountProbes: ProbeModule = {
  setup: async (ctx) => {
    state.hash = await hashPassword(PASSWORD);
    state.teacherB = await ctx.t.db.tx((q) => createUser(q, { username: 'teacher-b', password: PASSWORD, displayName: '婴城老师', role: 'teacher', facilityId: ctx.fx.pointB }));
    await ctx.t.db.tx(async (q) => {
      await notify(q, [...Object.values(ctx.fx.users), state.teacherB].map((userId) => ({ userId, template: 'welcome', params: { role: 'probe' } })));
    });
    const rows = await ctx.t.db.k.selectFrom('notifications_outbox').select(['id', 'user_id']).where('channel', '=', 'in_app').where('template', '=', 'welcome').execute();
    for (const r of rows) state.notices.set(r.user_id!, String(r.id));
    state.noticeB = state.notices.get(state.teacherB)!;
  },
  probes: (ctx) => ({
    account: {
      read: [
        { name: 'GET /api/users/:id', kind: 'target', ok: 200, own: (c, who) => c.get(`/api/users/${ownId(ctx, who)}`), other: (c) => c.get(`/api/users/${state.teacherB}`) },
        {
          name: 'GET /api/users',
          kind: 'list',
          ok: 200,
          own: (c, who) => ((lastWho = who), c.get('/api/users?pageSize=200')),
          other: (c) => c.get('/api/users?pageSize=200'),
          visible: (r) => ({ own: ids(r).includes(ownId(ctx, lastWho)), other: ids(r).includes(state.teacherB) }),
        },
      ],
      create: [
        {
          name: 'POST /api/users',
          kind: 'scope',
          ok: 201,
          own: (c) => c.post('/api/users', { username: `made${++ctx.n}`, password: PASSWORD, role: 'city_official', displayName: '新建账号' }),
          other: (c) => c.post('/api/users', { username: `made${++ctx.n}`, password: PASSWORD, role: 'teacher', displayName: '新建教师', facilityId: ctx.fx.pointB }),
        },
      ],
      update: [
        {
          name: 'PATCH /api/users/:id {displayName}',
          kind: 'target',
          ok: 200,
          own: (c, who) => c.patch(`/api/users/${ownId(ctx, who)}`, { displayName: `测试${who === 'anonymous' ? 'guardian' : who}` }),
          other: (c) => c.patch(`/api/users/${state.teacherB}`, { displayName: '婴城老师' }),
        },
      ],
      disable: [
        { name: 'POST /api/users/:id/disable', kind: 'target', ok: 200, own: async (c) => c.post(`/api/users/${await scratch(ctx, 'city_official')}/disable`), other: async (c) => c.post(`/api/users/${await scratch(ctx, 'teacher', ctx.fx.pointB)}/disable`) },
        { name: 'POST /api/users/:id/enable', kind: 'target', ok: 200, own: async (c) => c.post(`/api/users/${await scratch(ctx, 'city_official')}/enable`), other: async (c) => c.post(`/api/users/${await scratch(ctx, 'teacher', ctx.fx.pointB)}/enable`) },
      ],
      reset: [
        {
          name: 'POST /api/users/:id/reset-password',
          kind: 'target',
          ok: 200,
          own: async (c) => c.post(`/api/users/${await scratch(ctx, 'city_official')}/reset-password`, {}),
          other: async (c) => c.post(`/api/users/${await scratch(ctx, 'teacher', ctx.fx.pointB)}/reset-password`, {}),
        },
      ],
    },
    teacher_account: {
      read: [
        { name: 'GET /api/teachers/:id', kind: 'target', ok: 200, own: (c) => c.get(`/api/teachers/${ctx.fx.users.teacher}`), other: (c) => c.get(`/api/teachers/${state.teacherB}`) },
        {
          name: 'GET /api/teachers',
          kind: 'list',
          ok: 200,
          own: (c) => c.get('/api/teachers?pageSize=200'),
          other: (c) => c.get('/api/teachers?pageSize=200'),
          visible: (r) => ({ own: ids(r).includes(ctx.fx.users.teacher), other: ids(r).includes(state.teacherB) }),
        },
      ],
      create: [
        {
          name: 'POST /api/teachers',
          kind: 'scope',
          ok: 201,
          own: (c) => c.post('/api/teachers', { username: `teach${++ctx.n}`, displayName: '新教师', facilityId: ctx.fx.pointA }),
          other: (c) => c.post('/api/teachers', { username: `teach${++ctx.n}`, displayName: '新教师', facilityId: ctx.fx.pointB }),
        },
      ],
      disable: [
        { name: 'POST /api/teachers/:id/disable', kind: 'target', ok: 200, own: async (c) => c.post(`/api/teachers/${await scratch(ctx, 'teacher', ctx.fx.pointA)}/disable`), other: async (c) => c.post(`/api/teachers/${await scratch(ctx, 'teacher', ctx.fx.pointB)}/disable`) },
        { name: 'POST /api/teachers/:id/enable', kind: 'target', ok: 200, own: async (c) => c.post(`/api/teachers/${await scratch(ctx, 'teacher', ctx.fx.pointA)}/enable`), other: async (c) => c.post(`/api/teachers/${await scratch(ctx, 'teacher', ctx.fx.pointB)}/enable`) },
      ],
      reset: [
        {
          name: 'POST /api/teachers/:id/reset-password',
          kind: 'target',
          ok: 200,
          own: async (c) => c.post(`/api/teachers/${await scratch(ctx, 'teacher', ctx.fx.pointA)}/reset-password`),
          other: async (c) => c.post(`/api/teachers/${await scratch(ctx, 'teacher', ctx.fx.pointB)}/reset-password`),
        },
      ],
    },
    second_factor: {
      // Always one's own: the same request answers from the caller's own account (a list-like probe, no "other").
      update: [{ name: 'POST /api/auth/totp/setup', kind: 'list', ok: 200, own: (c) => c.post('/api/auth/totp/setup'), other: (c) => c.post('/api/auth/totp/setup') }],
    },
    signup: {
      create: [{ name: 'POST /api/auth/signup/start', kind: 'scope', ok: 202, own: (c) => c.post('/api/auth/signup/start', { phone: phone(ctx) }), other: (c) => c.post('/api/auth/signup/start', { phone: phone(ctx) }) }],
    },
    password_reset: {
      create: [{ name: 'POST /api/auth/password-reset/start', kind: 'scope', ok: 202, own: (c) => c.post('/api/auth/password-reset/start', { phone: phone(ctx) }), other: (c) => c.post('/api/auth/password-reset/start', { phone: phone(ctx) }) }],
    },
    medical_institution: {
      read: [
        {
          name: 'GET /api/medical-institutions',
          kind: 'list',
          ok: 200,
          own: (c) => c.get('/api/medical-institutions'),
          other: (c) => c.get('/api/medical-institutions'),
          visible: (r) => ({ own: ids(r).includes(ctx.fx.hospital), other: ids(r).includes(ctx.fx.clinic) }),
        },
      ],
    },
    notification: {
      read: [
        {
          name: 'GET /api/notifications',
          kind: 'list',
          ok: 200,
          own: (c, who) => ((lastWho = who), c.get('/api/notifications?pageSize=100')),
          other: (c) => c.get('/api/notifications?pageSize=100'),
          visible: (r) => ({ own: ids(r).includes(state.notices.get(ownId(ctx, lastWho))!), other: ids(r).includes(state.noticeB) }),
        },
      ],
      update: [
        {
          name: 'POST /api/notifications/:id/read',
          kind: 'target',
          ok: 200,
          own: (c, who) => c.post(`/api/notifications/${state.notices.get(ownId(ctx, who))}/read`),
          other: (c) => c.post(`/api/notifications/${state.noticeB}/read`),
        },
      ],
    },
  }),
};
