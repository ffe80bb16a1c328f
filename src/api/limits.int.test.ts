/**
 * Early refusals on a real socket: a body over the limit is refused with 413 and `Connection: close` (the unread rest
 * of the body is still on the socket), so a keep-alive client opens a fresh connection for its next request instead
 * of failing on a socket the server closes under it.
 */
import { Agent, request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, MAX_JSON_BYTES } from './app.ts';
import { listen, type RunningServer } from './server.ts';
import { createTestDb, type TestDb } from '../../test/db.ts';

let t: TestDb;
let server: RunningServer;
beforeAll(async () => {
  t = await createTestDb();
  server = await listen(createApp({ db: t.db, webRoot: null }), 0, '127.0.0.1');
});
afterAll(async () => {
  await server?.close();
  await t?.drop();
});

function send(agent: Agent, method: string, path: string, body?: string): Promise<{ status: number; headers: Record<string, unknown>; socketReused: boolean }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: server.port, method, path, agent, headers: body === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, socketReused: (req as unknown as { reusedSocket: boolean }).reusedSocket }));
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

describe('a refused oversized body leaves the connection usable or closed, never half-read', () => {
  it('413 says Connection: close, and the next request on the same keep-alive agent succeeds', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const big = JSON.stringify({ name: 'x'.repeat(MAX_JSON_BYTES + 10) });
    for (let i = 0; i < 3; i++) {
      const r = await send(agent, 'POST', '/api/facilities', big);
      expect(r.status).toBe(413);
      expect(r.headers.connection).toBe('close');
      const next = await send(agent, 'GET', '/api/health');
      expect(next.status).toBe(200);
    }
    // Ordinary answers keep the connection alive.
    const a = await send(agent, 'GET', '/api/health');
    const b = await send(agent, 'GET', '/api/health');
    expect(a.headers.connection).toBe('keep-alive');
    expect(b.socketReused).toBe(true);
    agent.destroy();
  });
});
