/**
 * The login limit holds under concurrency and cannot lock the real user out: on a real socket (the client address
 * matters), 100 wrong passwords for one account at once check at most the free tries; the same account then logs in
 * from another address (127.0.0.2) with the right password; refusals are audited and say when to retry.
 */
import { request as httpRequest, Agent } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { listen, type RunningServer } from '../server.ts';
import { createTestDb, type TestDb } from '../../../test/db.ts';
import { PASSWORD, seedRegistry } from '../../../test/registry-fixture.ts';
import { PAIR_FREE } from '../../db/repos/login-throttle.ts';

let t: TestDb;
let server: RunningServer;

beforeAll(async () => {
  t = await createTestDb();
  await seedRegistry(t.db);
  server = await listen(createApp({ db: t.db, webRoot: null }), 0, '127.0.0.1');
});
afterAll(async () => {
  await server?.close();
  await t?.drop();
});

function login(username: string, password: string, from: string, agent: Agent): Promise<{ status: number; retryAfter: string | undefined; body: { error?: { code: string; message: string } } }> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ username, password });
    const req = httpRequest(
      { host: '127.0.0.1', port: server.port, path: '/api/auth/login', method: 'POST', localAddress: from, agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, retryAfter: res.headers['retry-after'] as string | undefined, body: JSON.parse(text || '{}') }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('login throttling on a real socket', () => {
  it('100 concurrent wrong passwords check at most the free tries; the right password from another address works', async () => {
    const agent = new Agent({ keepAlive: false, maxSockets: 200 });
    const results = await Promise.all(Array.from({ length: 100 }, () => login('health', 'wrong-password', '127.0.0.1', agent)));
    const checked = results.filter((r) => r.status === 401).length;
    const refused = results.filter((r) => r.status === 429);
    expect(checked).toBe(PAIR_FREE);
    expect(refused.length).toBe(100 - PAIR_FREE);
    expect(results.every((r) => r.status === 401 || r.status === 429)).toBe(true);
    // Retry-After and the message agree.
    for (const r of refused) {
      expect(Number(r.retryAfter)).toBeGreaterThan(0);
      expect(r.body.error!.message).toContain(`${r.retryAfter} seconds`);
    }
    // The guesser's address stays throttled even with the right password …
    expect((await login('health', PASSWORD, '127.0.0.1', agent)).status).toBe(429);
    // … but the real user, elsewhere, logs in.
    expect((await login('health', PASSWORD, '127.0.0.2', agent)).status).toBe(200);
    // Every refusal is in the audit trail.
    const audited = await t.db.k.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).where('action', '=', 'refuse').where('entity', '=', 'login').executeTakeFirstOrThrow();
    expect(Number(audited.n)).toBe(100 - PAIR_FREE + 1);
    agent.destroy();
  });

  it('other accounts behind the same address are not locked out by one account’s guesses', async () => {
    const agent = new Agent({ keepAlive: false });
    expect((await login('teacher', PASSWORD, '127.0.0.1', agent)).status).toBe(200);
    agent.destroy();
  });
});

describe('the address ceiling stops spraying', () => {
  // 105 password checks at the OWASP scrypt cost: seconds on an idle machine, minutes on a loaded one.
  it('wrong passwords for many accounts from one address reach the ceiling; another address is unaffected', { timeout: 600_000 }, async () => {
    const agent = new Agent({ keepAlive: false, maxSockets: 200 });
    const { ADDRESS_CEILING } = await import('../../db/repos/login-throttle.ts');
    // Spread guesses over many (mostly unknown) names so each pair stays within its free tries; all at once.
    const results = await Promise.all(Array.from({ length: ADDRESS_CEILING + 5 }, (_, i) => login(`sprayed${i % 30}`, 'guess', '127.0.0.3', agent)));
    expect(results.filter((r) => r.status === 401).length).toBe(ADDRESS_CEILING);
    expect(results.filter((r) => r.status === 429).length).toBe(5);
    expect((await login('city', PASSWORD, '127.0.0.3', agent)).status).toBe(429);
    expect((await login('city', PASSWORD, '127.0.0.4', agent)).status).toBe(200);
    agent.destroy();
  });
});
