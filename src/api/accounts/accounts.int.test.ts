/**
 * Accounts managed by staff, over HTTP on a real PostgreSQL: the contract's `POST /api/users` for every role with its
 * binding, bad input named by field and code, disabling that ends a session at once, a director's teachers (and what
 * a director may not do), temporary passwords after a reset, changing one's own password, list filters, the audit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createTestDb, type TestDb } from '../../../test/db.ts';
import { Client } from '../../../test/http.ts';
import { A, CITY, PASSWORD, seedRegistry, type RegistryFixture } from '../../../test/registry-fixture.ts';

let t: TestDb;
let fx: RegistryFixture;
let app: ReturnType<typeof createApp>;
let admin: Client;
let director: Client;

beforeAll(async () => {
  t = await createTestDb();
  fx = await seedRegistry(t.db);
  app = createApp({ db: t.db, webRoot: null });
  admin = await as('admin');
  director = await as('director');
});
afterAll(async () => t?.drop());

async function as(username: string, password = PASSWORD): Promise<Client> {
  const c = new Client(app);
  const r = await c.login(username, password);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return c;
}
let n = 0;
const uname = (p = 'user') => `${p}${++n}`;
const issue = (r: { body: { error: { issues: Array<{ field: string; code: string; params?: Record<string, unknown> }> } } }) => r.body.error.issues[0]!;

describe('POST /api/users (the HTTP contract)', () => {
  it('creates an account of every role with its binding; each can log in and sees its binding', async () => {
    const cases = [
      { role: 'guardian' },
      { role: 'teacher', facilityId: fx.pointA },
      { role: 'director', facilityId: fx.pointB },
      { role: 'health_worker', medicalInstitutionId: fx.clinic },
      { role: 'district_official', divisionId: A },
      { role: 'city_official' },
      { role: 'admin' },
    ];
    for (const binding of cases) {
      const username = uname(binding.role.replace('_', ''));
      const r = await admin.post('/api/users', { username, password: 'a-fine-pass-1', displayName: '新同事', ...binding });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      expect(typeof r.body.id).toBe('string');
      expect(r.body.temporaryPassword).toBeNull();
      expect(r.body.account).toMatchObject({ id: r.body.id, username, role: binding.role, disabled: false, mustChangePassword: false });
      const login = await new Client(app).login(username, 'a-fine-pass-1');
      expect(login.status).toBe(200);
      expect(login.body.user).toMatchObject({ facilityId: binding.facilityId ?? null, divisionId: binding.divisionId ?? null, medicalInstitutionId: binding.medicalInstitutionId ?? null, mustChangePassword: false });
    }
    const teacher = (await admin.get(`/api/users?role=teacher&q=teacher`)).body.items.find((a: { facilityId: string }) => a.facilityId === fx.pointA);
    expect(teacher.facilityName).toBe('英雄社区托育点');
  });

  it('refuses bad input with 400 naming the field and its code, and writes nothing', async () => {
    const base = { username: uname(), password: 'a-fine-pass-1', displayName: '某人' };
    const bad: Array<[Record<string, unknown>, string, string]> = [
      [{ ...base, role: 'teacher' }, 'facilityId', 'role_binding'],
      [{ ...base, role: 'district_official' }, 'divisionId', 'role_binding'],
      [{ ...base, role: 'health_worker' }, 'medicalInstitutionId', 'role_binding'],
      [{ ...base, role: 'city_official', facilityId: fx.pointA }, 'facilityId', 'binding_not_allowed'],
      [{ ...base, role: 'guardian', divisionId: A }, 'divisionId', 'binding_not_allowed'],
      [{ ...base, role: 'district_official', divisionId: CITY }, 'divisionId', 'not_a_county'],
      [{ ...base, role: 'district_official', divisionId: '999999' }, 'divisionId', 'unknown_division'],
      [{ ...base, role: 'teacher', facilityId: '00000000-0000-4000-8000-000000000000' }, 'facilityId', 'unknown_facility'],
      [{ ...base, role: 'teacher', facilityId: 'not-an-id' }, 'facilityId', 'unknown_facility'],
      [{ ...base, role: 'health_worker', medicalInstitutionId: '00000000-0000-4000-8000-000000000000' }, 'medicalInstitutionId', 'unknown_institution'],
      [{ ...base, role: 'superuser' }, 'role', 'invalid_choice'],
      [{ ...base, role: 'guardian', username: 'A b' }, 'username', 'invalid_username'],
      [{ ...base, role: 'guardian', username: 'ab' }, 'username', 'invalid_username'],
      [{ ...base, role: 'guardian', password: 'short' }, 'password', 'too_short'],
      [{ ...base, role: 'guardian', phone: '12345' }, 'phone', 'invalid_mobile'],
      [{ ...base, role: 'guardian', displayName: '' }, 'displayName', 'too_short'],
      [{ ...base, role: 'guardian', colour: 'red' }, 'colour', 'unknown_field'],
      [{ password: 'a-fine-pass-1', displayName: 'x', role: 'guardian' }, 'username', 'required'],
    ];
    for (const [body, field, code] of bad) {
      const r = await admin.post('/api/users', body);
      expect(r.status, `${field}: ${JSON.stringify(r.body)}`).toBe(400);
      expect(issue(r), JSON.stringify(body)).toMatchObject({ field, code });
    }
    expect((await admin.get(`/api/users?q=${base.username}`)).body.total).toBe(0);
  });

  it('answers 409 for a username or mobile number already used', async () => {
    const dupName = await admin.post('/api/users', { username: 'Director', password: 'a-fine-pass-1', role: 'guardian', displayName: '重名' });
    expect(dupName.status).toBe(409);
    expect(issue(dupName)).toMatchObject({ field: 'username', code: 'username_taken' });
    expect((await admin.post('/api/users', { username: uname(), password: 'a-fine-pass-1', role: 'guardian', displayName: '甲', phone: '13912345678' })).status).toBe(201);
    const dupPhone = await admin.post('/api/users', { username: uname(), password: 'a-fine-pass-1', role: 'guardian', displayName: '乙', phone: '13912345678' });
    expect(dupPhone.status).toBe(409);
    expect(issue(dupPhone)).toMatchObject({ field: 'phone', code: 'phone_taken' });
  });

  it('is for administrators only: 401 anonymous, 403 for every other role', async () => {
    const body = { username: uname(), password: 'a-fine-pass-1', role: 'guardian', displayName: '某人' };
    expect((await new Client(app).post('/api/users', body)).status).toBe(401);
    for (const who of ['guardian', 'teacher', 'director', 'health', 'district', 'city']) expect((await (await as(who)).post('/api/users', body)).status, who).toBe(403);
  });
});

describe('disabling an account', () => {
  it("refuses the account's open session on its very next request, and its logins, until enabled", async () => {
    const username = uname('gone');
    const id = (await admin.post('/api/users', { username, password: 'a-fine-pass-1', role: 'teacher', displayName: '将离职', facilityId: fx.pointA })).body.id;
    const victim = await as(username, 'a-fine-pass-1');
    expect((await victim.get('/api/children')).status).toBe(200);
    const r = await admin.post(`/api/users/${id}/disable`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ id, disabled: true });
    expect(r.body.disabledAt).not.toBeNull();
    expect((await victim.get('/api/children')).status).toBe(401);
    expect((await victim.get('/api/auth/me')).body.user).toBeNull();
    expect((await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM sessions WHERE user_id = $1', [id]))[0]!.n).toBe(0);
    const again = await new Client(app).login(username, 'a-fine-pass-1');
    expect(again.status).toBe(401);
    expect(issue(again).code).toBe('wrong_credentials'); // a disabled account looks like a wrong password
    expect((await admin.get('/api/users?disabled=true')).body.items.map((a: { id: string }) => a.id)).toContain(id);
    expect((await admin.post(`/api/users/${id}/enable`)).body.disabled).toBe(false);
    expect((await new Client(app).login(username, 'a-fine-pass-1')).status).toBe(200);
    const audit = await t.db.query<{ action: string }>(`SELECT action FROM audit_log WHERE entity = 'account' AND entity_id = $1 ORDER BY id`, [id]);
    expect(audit.map((a) => a.action)).toEqual(['create', 'disable', 'enable']);
  });

  it('never one’s own account (409), and 404 for an unknown one', async () => {
    const self = await admin.post(`/api/users/${fx.users.admin}/disable`);
    expect(self.status).toBe(409);
    expect(issue(self)).toMatchObject({ field: 'id', code: 'own_account' });
    expect((await admin.post('/api/users/00000000-0000-4000-8000-000000000000/disable')).status).toBe(404);
    expect((await admin.post('/api/users/nope/disable')).status).toBe(404);
  });
});

describe("a director's teachers", () => {
  it('adds a teacher with a temporary password; the teacher logs in, must choose a password, then works', async () => {
    const username = uname('newteacher');
    const r = await director.post('/api/teachers', { username, displayName: '王老师' });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.account).toMatchObject({ role: 'teacher', facilityId: fx.pointA, mustChangePassword: true });
    const temp: string = r.body.temporaryPassword;
    expect(temp).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    const teacher = new Client(app);
    const login = await teacher.login(username, temp);
    expect(login.status).toBe(200);
    expect(login.body.user.mustChangePassword).toBe(true);
    expect(login.body.capabilities.child).toBeUndefined();
    const blocked = await teacher.get('/api/children');
    expect(blocked.status).toBe(403);
    expect(issue(blocked)).toMatchObject({ field: 'password', code: 'password_change_required' });
    const weak = await teacher.post('/api/auth/password', { currentPassword: temp, newPassword: `${username}-2026` });
    expect(issue(weak)).toMatchObject({ field: 'newPassword', code: 'weak_password', params: { reason: 'personal' } });
    const changed = await teacher.post('/api/auth/password', { currentPassword: temp, newPassword: 'qiuyue-teaches-2026' });
    expect(changed.status).toBe(200);
    expect(changed.body.user.mustChangePassword).toBe(false);
    expect(changed.body.capabilities.child.read).toBe('own_facility');
    expect((await teacher.get('/api/children')).status).toBe(200);
    expect((await director.get('/api/teachers')).body.items.map((a: { username: string }) => a.username)).toContain(username);
  });

  it('may not create a director, nor a teacher of another facility (403), nor touch accounts elsewhere (404)', async () => {
    const asDirector = await director.post('/api/users', { username: uname(), password: 'a-fine-pass-1', role: 'director', displayName: '副园长', facilityId: fx.pointA });
    expect(asDirector.status).toBe(403);
    const elsewhere = await director.post('/api/teachers', { username: uname(), displayName: '外园老师', facilityId: fx.pointB });
    expect(elsewhere.status).toBe(403);
    expect(issue(elsewhere).field).toBe('facilityId');
    const teacherB = (await admin.post('/api/users', { username: uname('tb'), password: 'a-fine-pass-1', role: 'teacher', displayName: '婴城老师', facilityId: fx.pointB })).body.id;
    expect((await director.post(`/api/teachers/${teacherB}/disable`)).status).toBe(404);
    expect((await director.post(`/api/teachers/${teacherB}/reset-password`)).status).toBe(404);
    expect((await director.get(`/api/users/${teacherB}`)).status).toBe(404);
    // another director at the same facility is not a teacher: the teachers' endpoints do not know them
    const colleague = (await admin.post('/api/users', { username: uname('co'), password: 'a-fine-pass-1', role: 'director', displayName: '副园长', facilityId: fx.pointA })).body.id;
    expect((await director.post(`/api/teachers/${colleague}/disable`)).status).toBe(404);
    expect((await director.post(`/api/users/${colleague}/disable`)).status).toBe(403);
    // a teacher manages no one
    expect((await (await as('teacher')).post('/api/teachers', { username: uname(), displayName: 'x' })).status).toBe(403);
  });

  it('disables and resets a teacher: the teacher’s session ends at once, the temporary password works', async () => {
    const username = uname('t');
    const made = await director.post('/api/teachers', { username, displayName: '李老师' });
    const t1 = await as(username, made.body.temporaryPassword);
    await t1.post('/api/auth/password', { currentPassword: made.body.temporaryPassword, newPassword: 'li-laoshi-passphrase' });
    expect((await t1.get('/api/children')).status).toBe(200);
    const reset = await director.post(`/api/teachers/${made.body.id}/reset-password`);
    expect(reset.status).toBe(200);
    expect((await t1.get('/api/children')).status).toBe(401);
    expect((await new Client(app).login(username, 'li-laoshi-passphrase')).status).toBe(401);
    const t2 = await as(username, reset.body.temporaryPassword);
    expect((await t2.get('/api/auth/me')).body.user.mustChangePassword).toBe(true);
    expect((await director.post(`/api/teachers/${made.body.id}/disable`)).body.disabled).toBe(true);
    expect((await t2.get('/api/auth/me')).body.user).toBeNull();
    expect((await director.post(`/api/teachers/${made.body.id}/enable`)).body.disabled).toBe(false);
  });
});

describe('passwords', () => {
  it('a temporary password expires: the login names it', async () => {
    const username = uname('exp');
    const made = await admin.post('/api/users', { username, role: 'city_official', displayName: '过期' });
    expect(made.body.temporaryPassword).toBeTruthy();
    await t.db.query(`UPDATE users SET password_temporary_until = now() - interval '1 second' WHERE id = $1`, [made.body.id]);
    const r = await new Client(app).login(username, made.body.temporaryPassword);
    expect(r.status).toBe(401);
    expect(issue(r)).toMatchObject({ field: 'password', code: 'temporary_password_expired' });
  });

  it('changing one’s own password needs the current one and ends the other sessions', async () => {
    const username = uname('chg');
    await admin.post('/api/users', { username, password: 'first-pass-word', role: 'guardian', displayName: '家长' });
    const phone = await as(username, 'first-pass-word');
    const laptop = await as(username, 'first-pass-word');
    const wrong = await laptop.post('/api/auth/password', { currentPassword: 'not-it-at-all', newPassword: 'second-pass-word' });
    expect(wrong.status).toBe(400);
    expect(issue(wrong)).toMatchObject({ field: 'currentPassword', code: 'wrong_password' });
    const same = await laptop.post('/api/auth/password', { currentPassword: 'first-pass-word', newPassword: 'first-pass-word' });
    expect(issue(same)).toMatchObject({ field: 'newPassword', code: 'same_password' });
    const common = await laptop.post('/api/auth/password', { currentPassword: 'first-pass-word', newPassword: 'password123' });
    expect(issue(common)).toMatchObject({ field: 'newPassword', code: 'weak_password', params: { reason: 'common' } });
    expect((await laptop.post('/api/auth/password', { currentPassword: 'first-pass-word', newPassword: 'second-pass-word' })).status).toBe(200);
    expect((await laptop.get('/api/auth/me')).body.user.username).toBe(username);
    expect((await phone.get('/api/auth/me')).body.user).toBeNull();
    expect((await new Client(app).login(username, 'first-pass-word')).status).toBe(401);
    expect((await new Client(app).login(username, 'second-pass-word')).status).toBe(200);
    const notices = (await laptop.get('/api/notifications')).body;
    expect(notices.items[0]).toMatchObject({ template: 'password_changed', params: { by: 'self' }, readAt: null });
  });

  it('an administrator’s reset may also turn the second factor off, and ends the sessions', async () => {
    const username = uname('off');
    const id = (await admin.post('/api/users', { username, password: 'a-fine-pass-1', role: 'city_official', displayName: '官员' })).body.id;
    await t.db.query(`UPDATE users SET totp_secret = 'JBSWY3DPEHPK3PXP', totp_enabled_at = now() WHERE id = $1`, [id]);
    const r = await admin.post(`/api/users/${id}/reset-password`, { clearSecondFactor: true });
    expect(r.status).toBe(200);
    const acct = (await admin.get(`/api/users/${id}`)).body;
    expect(acct).toMatchObject({ secondFactor: false, mustChangePassword: true });
    const login = await new Client(app).login(username, r.body.temporaryPassword);
    expect(login.status).toBe(200);
    expect(login.body.user.mustChangePassword).toBe(true);
  });
});

describe('reading accounts', () => {
  it('everyone reads and renames their own; a director sees their facility’s; others get 404', async () => {
    const guardian = await as('guardian');
    expect((await guardian.get(`/api/users/${fx.users.guardian}`)).body.username).toBe('guardian');
    expect((await guardian.get(`/api/users/${fx.users.teacher}`)).status).toBe(404);
    expect((await guardian.get('/api/users')).body.items.map((a: { id: string }) => a.id)).toEqual([fx.users.guardian]);
    const renamed = await guardian.patch(`/api/users/${fx.users.guardian}`, { displayName: '  李妈妈 ' });
    expect(renamed.body.displayName).toBe('李妈妈');
    expect((await guardian.patch(`/api/users/${fx.users.teacher}`, { displayName: 'x' })).status).toBe(404);
    expect((await director.patch(`/api/users/${fx.users.teacher}`, { displayName: 'x' })).status).toBe(403);
    const staff = (await director.get('/api/users?pageSize=200')).body.items as Array<{ facilityId: string }>;
    expect(staff.length).toBeGreaterThan(1);
    expect(staff.every((a) => a.facilityId === fx.pointA)).toBe(true);
  });

  it('administrators filter by role, facility, state and text, paged', async () => {
    const all = (await admin.get('/api/users?pageSize=200')).body;
    expect(all.total).toBe(all.items.length);
    const teachers = (await admin.get(`/api/users?role=teacher&facilityId=${fx.pointA}`)).body.items as Array<{ role: string; facilityId: string }>;
    expect(teachers.length).toBeGreaterThan(0);
    expect(teachers.every((a) => a.role === 'teacher' && a.facilityId === fx.pointA)).toBe(true);
    expect((await admin.get('/api/users?q=DIRECT')).body.items.map((a: { username: string }) => a.username)).toContain('director');
    expect((await admin.get('/api/users?q=%25')).body.total).toBe(0); // % is a character, not a wildcard
    const page2 = (await admin.get('/api/users?pageSize=2&page=2')).body;
    expect(page2.items).toHaveLength(2);
    expect(page2.items[0].id).toBe(all.items[2].id);
    expect((await admin.get('/api/users?role=emperor')).status).toBe(400);
    expect((await admin.get('/api/users?disabled=maybe')).body.error.field).toBe('disabled');
  });

  it('tells the create form what each role is bound to', async () => {
    const r = (await new Client(app).get('/api/account-roles')).body.items as Array<{ role: string; binding: string; secondFactor: boolean }>;
    expect(Object.fromEntries(r.map((x) => [x.role, x.binding]))).toEqual({ guardian: 'none', teacher: 'facility', director: 'facility', health_worker: 'institution', district_official: 'division', city_official: 'none', admin: 'none' });
    expect(r.filter((x) => x.secondFactor).map((x) => x.role)).toEqual(['district_official', 'city_official', 'admin']);
  });
});
