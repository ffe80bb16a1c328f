/**
 * A guardian's copy of everything held about their child (PIPL Art. 45): their own child only, with the record,
 * placements, attendance, subsidy months and the access log — and the download is itself in the log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createTestDb, type TestDb } from '../../../test/db.ts';
import { Client } from '../../../test/http.ts';
import { PASSWORD, seedRegistry, type RegistryFixture } from '../../../test/registry-fixture.ts';

let t: TestDb;
let fx: RegistryFixture;
const as: Record<string, Client> = {};

beforeAll(async () => {
  t = await createTestDb();
  fx = await seedRegistry(t.db);
  const app = createApp({ db: t.db, webRoot: null });
  for (const u of ['guardian', 'director', 'city']) {
    as[u] = new Client(app);
    expect((await as[u]!.login(u, PASSWORD)).status).toBe(200);
  }
});
afterAll(async () => t?.drop());

describe("the guardian's copy", () => {
  it('holds the record and its placements, and the download is logged', async () => {
    await as.director!.get(`/api/children/${fx.childA}`); // a read the log must show
    const r = await as.guardian!.get(`/api/children/${fx.childA}/export`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-disposition')).toContain('attachment');
    expect(r.body.child).toMatchObject({ id: fx.childA, familyName: '李', givenName: '小雨' });
    expect(r.body.placements).toHaveLength(1);
    expect(r.body.accessLog.some((a: { role: string; action: string }) => a.role === 'director' && a.action === 'read')).toBe(true);
    const again = await as.guardian!.get(`/api/children/${fx.childA}/export`);
    expect(again.body.accessLog[0]).toMatchObject({ role: 'guardian', action: 'export', purpose: 'guardian_copy' });
  });

  it("is not another child's, nor anyone else's to take", async () => {
    expect((await as.guardian!.get(`/api/children/${fx.childB}/export`)).status).toBe(404);
    expect((await as.director!.get(`/api/children/${fx.childA}/export`)).status).toBe(403);
    expect((await as.city!.get(`/api/children/${fx.childA}/export`)).status).toBe(403);
  });
});
