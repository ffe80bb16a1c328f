/**
 * What people do for themselves, over HTTP on a real PostgreSQL: a guardian's sign-up with an SMS code from the
 * outbox (wrong, exhausted, expired and superseded codes; throttling; demo mode), a forgotten password reset by code,
 * the TOTP second factor (RFC 6238 codes computed here with otpauth; replay refused; recovery codes single-use), and
 * the in-app inbox.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TOTP, Secret } from 'otpauth';
import { createApp } from '../app.ts';
import { createTestDb, type TestDb } from '../../../test/db.ts';
import { Client, type Res } from '../../../test/http.ts';
import { PASSWORD, seedRegistry, type RegistryFixture } from '../../../test/registry-fixture.ts';

let t: TestDb;
let fx: RegistryFixture;
let app: ReturnType<typeof createApp>;
const logged: string[] = [];
let demoApp: ReturnType<typeof createApp>;

beforeAll(async () => {
  t = await createTestDb();
  fx = await seedRegistry(t.db);
  app = createApp({ db: t.db, webRoot: null });
  demoApp = createApp({ db: t.db, webRoot: null, demo: true, log: (l) => logged.push(l) });
});
afterAll(async () => t?.drop());
// Every test sends a few codes from the same (in-process) address: start each with a clean count.
beforeEach(async () => void (await t.db.query('DELETE FROM one_time_codes')));

let n = 0;
const newPhone = () => `137${String(++n).padStart(8, '0')}`;
const issue = (r: Res) => r.body.error.issues[0];

/** The latest code the outbox holds for a number (what the SMS sender would send). */
async function outboxCode(phone: string, template = 'signup_code'): Promise<string> {
  const rows = await t.db.query<{ code: string | null; channel: string }>(`SELECT params->>'code' AS code, channel FROM notifications_outbox WHERE phone = $1 AND template = $2 ORDER BY id DESC LIMIT 1`, [phone, template]);
  expect(rows[0]?.channel).toBe('sms');
  return rows[0]!.code!;
}
/** Lets the next code be sent at once (the resend wait is a minute). */
const ageCodes = (phone: string) => t.db.query(`UPDATE one_time_codes SET created_at = created_at - interval '2 minutes' WHERE phone = $1`, [phone]);

describe('guardian sign-up with an SMS code', () => {
  it('sends the code to the outbox only, creates a verified guardian, signs in, and scrubs the code', async () => {
    const phone = newPhone();
    const c = new Client(app);
    const start = await c.post('/api/auth/signup/start', { phone });
    expect(start.status).toBe(202);
    expect(start.body).toEqual({ expiresInSeconds: 600, resendAfterSeconds: 60 }); // no demoCode outside demo mode
    const code = await outboxCode(phone);
    expect(code).toMatch(/^\d{6}$/);
    const stored = await t.db.query<{ code_hash: string }>('SELECT code_hash FROM one_time_codes WHERE phone = $1', [phone]);
    expect(stored[0]!.code_hash).not.toContain(code);
    const r = await c.post('/api/auth/signup/verify', { phone, code, password: 'xiaoyu-mama-2026', displayName: '李妈妈' });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.user).toMatchObject({ username: phone, role: 'guardian', displayName: '李妈妈' });
    expect(c.cookie).toMatch(/^cc_session=/);
    c.csrf = r.body.csrfToken;
    const me = await c.get('/api/auth/me');
    expect(me.body.user.username).toBe(phone);
    const children = await c.get('/api/children');
    expect(children.status).toBe(200);
    expect(children.body).toMatchObject({ items: [], total: 0 });
    const row = await t.db.query<{ phone_verified_at: Date | null }>('SELECT phone_verified_at FROM users WHERE username = $1', [phone]);
    expect(row[0]!.phone_verified_at).not.toBeNull();
    expect(await outboxCode(phone)).toBeNull(); // the sender no longer needs it
    expect((await new Client(app).login(phone, 'xiaoyu-mama-2026')).status).toBe(200);
    const inbox = (await c.get('/api/notifications')).body;
    expect(inbox).toMatchObject({ unread: 1, total: 1 });
    expect(inbox.items[0].template).toBe('welcome');
  });

  it('refuses bad input naming the field, a number with an account (409), and a weak password', async () => {
    const c = new Client(app);
    for (const phone of ['12345678901', '1380000000', 'abc', '']) {
      const r = await c.post('/api/auth/signup/start', { phone });
      expect(r.status, phone).toBe(400);
      expect(issue(r)).toMatchObject({ field: 'phone', code: 'invalid_mobile' });
    }
    const taken = newPhone();
    await t.db.query(`UPDATE users SET phone = $1 WHERE username = 'teacher'`, [taken]);
    const dup = await c.post('/api/auth/signup/start', { phone: taken });
    expect(dup.status).toBe(409);
    expect(issue(dup)).toMatchObject({ field: 'phone', code: 'phone_taken' });
    const phone = newPhone();
    await c.post('/api/auth/signup/start', { phone });
    const weak = await c.post('/api/auth/signup/verify', { phone, code: await outboxCode(phone), password: '12345678', displayName: '某人' });
    expect(weak.status).toBe(400);
    expect(issue(weak)).toMatchObject({ field: 'password', code: 'weak_password' });
    const badCode = await c.post('/api/auth/signup/verify', { phone, code: '12ab56', password: 'a-good-passphrase', displayName: '某人' });
    expect(issue(badCode)).toMatchObject({ field: 'code', code: 'invalid_format' });
    const missing = await c.post('/api/auth/signup/verify', { phone, code: '123456', password: 'a-good-passphrase' });
    expect(issue(missing)).toMatchObject({ field: 'displayName', code: 'required' });
  });

  it('a code tried too many times is dead, even when the right one comes last', async () => {
    const phone = newPhone();
    const c = new Client(app);
    await c.post('/api/auth/signup/start', { phone });
    const code = await outboxCode(phone);
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 1; i <= 5; i++) {
      const r = await c.post('/api/auth/signup/verify', { phone, code: wrong, password: 'a-good-passphrase', displayName: '某人' });
      expect(r.status).toBe(400);
      expect(issue(r)).toMatchObject({ field: 'code', code: 'wrong_code', params: { attemptsLeft: 5 - i } });
    }
    const dead = await c.post('/api/auth/signup/verify', { phone, code, password: 'a-good-passphrase', displayName: '某人' });
    expect(dead.status).toBe(400);
    expect(issue(dead)).toMatchObject({ field: 'code', code: 'code_used_up' });
    expect((await t.db.query('SELECT 1 FROM users WHERE username = $1', [phone])).length).toBe(0);
  });

  it('an expired code and a superseded code are refused; the newest works', async () => {
    const phone = newPhone();
    const c = new Client(app);
    await c.post('/api/auth/signup/start', { phone });
    const first = await outboxCode(phone);
    await t.db.query(`UPDATE one_time_codes SET expires_at = now() - interval '1 second' WHERE phone = $1`, [phone]);
    const expired = await c.post('/api/auth/signup/verify', { phone, code: first, password: 'a-good-passphrase', displayName: '某人' });
    expect(issue(expired)).toMatchObject({ field: 'code', code: 'code_expired' });
    await ageCodes(phone);
    await c.post('/api/auth/signup/start', { phone });
    const second = await outboxCode(phone);
    await ageCodes(phone);
    await c.post('/api/auth/signup/start', { phone });
    const third = await outboxCode(phone);
    if (second !== third) {
      const superseded = await c.post('/api/auth/signup/verify', { phone, code: second, password: 'a-good-passphrase', displayName: '某人' });
      expect(issue(superseded).code).toBe('wrong_code'); // compared with the newest code only
    }
    expect((await c.post('/api/auth/signup/verify', { phone, code: third, password: 'a-good-passphrase', displayName: '某人' })).status).toBe(201);
    expect((await new Client(app).post('/api/auth/signup/verify', { phone, code: third, password: 'a-good-passphrase', displayName: '某人' })).status).toBe(409);
  });

  it('throttles sending: once a minute per number (429 with Retry-After), five an hour, thirty per address', async () => {
    const phone = newPhone();
    const c = new Client(app);
    expect((await c.post('/api/auth/signup/start', { phone })).status).toBe(202);
    const soon = await c.post('/api/auth/signup/start', { phone });
    expect(soon.status).toBe(429);
    expect(issue(soon)).toMatchObject({ field: 'phone', code: 'code_sent_recently' });
    expect(Number(soon.headers.get('retry-after'))).toBeGreaterThan(0);
    for (let i = 0; i < 4; i++) {
      await ageCodes(phone);
      expect((await c.post('/api/auth/signup/start', { phone })).status).toBe(202);
    }
    await ageCodes(phone);
    const hourly = await c.post('/api/auth/signup/start', { phone });
    expect(hourly.status).toBe(429);
    expect(issue(hourly).code).toBe('rate_limited');
    let last: Res | null = null;
    for (let i = 0; i < 26; i++) last = await c.post('/api/auth/signup/start', { phone: newPhone() });
    expect(last!.status).toBe(429); // 5 + 25 codes from this address in the hour
    expect(issue(last!).code).toBe('rate_limited');
  });

  it('concurrent sends to one number: exactly one code goes out', async () => {
    const phone = newPhone();
    const rs = await Promise.all(Array.from({ length: 6 }, () => new Client(app).post('/api/auth/signup/start', { phone })));
    expect(rs.map((r) => r.status).sort()).toEqual([202, 429, 429, 429, 429, 429]);
    expect((await t.db.query('SELECT 1 FROM notifications_outbox WHERE phone = $1', [phone])).length).toBe(1);
  });

  it('demo mode answers the code and logs it; signed-in callers may not sign up', async () => {
    const phone = newPhone();
    const r = await new Client(demoApp).post('/api/auth/signup/start', { phone });
    expect(r.status).toBe(202);
    expect(r.body.demoCode).toBe(await outboxCode(phone));
    expect(logged.some((l) => l.includes(r.body.demoCode) && l.includes(`${phone.slice(0, 3)}****${phone.slice(7)}`) && /DEMO MODE/.test(l))).toBe(true);
    const guardian = new Client(app);
    await guardian.login('guardian', PASSWORD);
    expect((await guardian.post('/api/auth/signup/start', { phone: newPhone() })).status).toBe(403);
  });
});

describe('forgotten password, by SMS code', () => {
  it('answers the same for an unknown number, sends nothing; resets a known one and ends its sessions', async () => {
    const unknown = newPhone();
    const a = await new Client(demoApp).post('/api/auth/password-reset/start', { phone: unknown });
    expect(a.status).toBe(202);
    expect(a.body.demoCode).toBeUndefined();
    expect((await t.db.query('SELECT 1 FROM notifications_outbox WHERE phone = $1', [unknown])).length).toBe(0);

    const phone = newPhone();
    await t.db.query(`UPDATE users SET phone = $1 WHERE username = 'health'`, [phone]);
    const open = new Client(app);
    await open.login('health', PASSWORD);
    const b = await new Client(app).post('/api/auth/password-reset/start', { phone });
    expect(b.status).toBe(202);
    expect(Object.keys(b.body).sort()).toEqual(Object.keys(a.body).sort());
    const code = await outboxCode(phone, 'password_reset_code');
    const wrong = await new Client(app).post('/api/auth/password-reset/verify', { phone, code: code === '999999' ? '000000' : '999999', password: 'rosemary-clinic-7' });
    expect(issue(wrong)).toMatchObject({ field: 'code', code: 'wrong_code' });
    const ok = await new Client(app).post('/api/auth/password-reset/verify', { phone, code, password: 'rosemary-clinic-7' });
    expect(ok.status).toBe(200);
    expect((await open.get('/api/auth/me')).body.user).toBeNull();
    expect((await new Client(app).login('health', PASSWORD)).status).toBe(401);
    const fresh = new Client(app);
    expect((await fresh.login('health', 'rosemary-clinic-7')).status).toBe(200);
    expect((await fresh.get('/api/notifications')).body.items[0]).toMatchObject({ template: 'password_changed', params: { by: 'sms' } });
    await t.db.query(`UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE username = 'admin') WHERE username = 'health'`);
  });
});

describe('TOTP second factor (RFC 6238)', () => {
  const totp = (secret: string) => new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) });

  it('officials set it up and confirm with a code; login then needs a code, refuses a replay, takes a recovery code once', async () => {
    const city = new Client(app);
    await city.login('city', PASSWORD);
    const setup = await city.post('/api/auth/totp/setup');
    expect(setup.status).toBe(200);
    expect(setup.body.uri).toMatch(/^otpauth:\/\/totp\/CareCircle:city\?/);
    expect(setup.body.uri).toContain(`secret=${setup.body.secret}`);
    expect(setup.body.secret).toMatch(/^[A-Z2-7]{32}$/); // 160 bits
    const gen = totp(setup.body.secret);
    const wrong = await city.post('/api/auth/totp/confirm', { code: String((Number(gen.generate()) + 1) % 1_000_000).padStart(6, '0') });
    expect(issue(wrong)).toMatchObject({ field: 'code', code: 'wrong_code' });
    const now = gen.generate();
    const confirmed = await city.post('/api/auth/totp/confirm', { code: now });
    expect(confirmed.status).toBe(200);
    const recovery: string[] = confirmed.body.recoveryCodes;
    expect(recovery).toHaveLength(10);
    expect(new Set(recovery).size).toBe(10);
    expect((await city.get('/api/auth/me')).body.user.secondFactor).toBe(true);
    const stored = await t.db.query<{ totp_recovery: string[] }>(`SELECT totp_recovery FROM users WHERE username = 'city'`);
    expect(stored[0]!.totp_recovery.some((h) => recovery.includes(h))).toBe(false); // hashes only

    const bare = await new Client(app).login('city', PASSWORD);
    expect(bare.status).toBe(401);
    expect(issue(bare)).toMatchObject({ field: 'totp', code: 'totp_required' });
    const replay = await new Client(app).req('POST', '/api/auth/login', { username: 'city', password: PASSWORD, totp: now });
    expect(issue(replay)).toMatchObject({ field: 'totp', code: 'wrong_code' });
    const next = gen.generate({ timestamp: Date.now() + 30_000 });
    expect((await new Client(app).req('POST', '/api/auth/login', { username: 'city', password: PASSWORD, totp: next })).status).toBe(200);
    expect((await new Client(app).req('POST', '/api/auth/login', { username: 'city', password: PASSWORD, totp: recovery[0] })).status).toBe(200);
    expect((await new Client(app).req('POST', '/api/auth/login', { username: 'city', password: PASSWORD, totp: recovery[0] })).status).toBe(401);
    expect((await city.post('/api/auth/totp/setup')).status).toBe(409);
    const off = await city.post('/api/auth/totp/disable', { code: recovery[1] });
    expect(off.status).toBe(200);
    expect((await new Client(app).login('city', PASSWORD)).status).toBe(200);
    const notices = (await city.get('/api/notifications')).body.items.map((x: { template: string; params: { on: boolean } }) => `${x.template}:${x.params.on}`);
    expect(notices.slice(0, 2)).toEqual(['second_factor_changed:false', 'second_factor_changed:true']);
  });

  it('is for officials and administrators: others get 403; confirm before set-up is a 409', async () => {
    for (const who of ['guardian', 'teacher', 'director', 'health']) {
      const c = new Client(app);
      await c.login(who, PASSWORD);
      expect((await c.post('/api/auth/totp/setup')).status, who).toBe(403);
    }
    expect((await new Client(app).post('/api/auth/totp/setup')).status).toBe(401);
    const d = new Client(app);
    await d.login('district', PASSWORD);
    const early = await d.post('/api/auth/totp/confirm', { code: '123456' });
    expect(early.status).toBe(409);
    expect(issue(early).code).toBe('totp_not_started');
    expect(issue(await d.post('/api/auth/totp/disable', { code: '123456' })).code).toBe('totp_not_enabled');
    expect(issue(await d.post('/api/auth/totp/confirm', { code: '12345' })).code).toBe('invalid_format');
  });
});

describe('the in-app inbox', () => {
  it('lists one’s own notices with the unread count, marks them read; another’s is 404', async () => {
    const g = new Client(app);
    await g.login('guardian', PASSWORD);
    await t.db.query(`INSERT INTO notifications_outbox (user_id, channel, template, params) VALUES ($1, 'in_app', 'welcome', '{}'), ($1, 'in_app', 'welcome', '{}'), ($1, 'sms', 'welcome', '{}'), ($2, 'in_app', 'welcome', '{}')`, [fx.users.guardian, fx.users.teacher]);
    const inbox = (await g.get('/api/notifications')).body;
    expect(inbox).toMatchObject({ total: 2, unread: 2 });
    const read = await g.post(`/api/notifications/${inbox.items[0].id}/read`);
    expect(read.body.readAt).not.toBeNull();
    expect((await g.get('/api/notifications?unread=true')).body).toMatchObject({ total: 1, unread: 1 });
    const theirs = (await t.db.query<{ id: string }>(`SELECT id::text FROM notifications_outbox WHERE user_id = $1`, [fx.users.teacher]))[0]!.id;
    expect((await g.post(`/api/notifications/${theirs}/read`)).status).toBe(404);
    expect((await g.post('/api/notifications/abc/read')).status).toBe(404);
    expect((await g.post('/api/notifications/read-all')).body.marked).toBe(1);
    expect((await g.get('/api/notifications')).body.unread).toBe(0);
    expect((await new Client(app).get('/api/notifications')).status).toBe(401);
    expect((await g.get('/api/notifications?pageSize=0')).body.error.field).toBe('pageSize');
  });
});
