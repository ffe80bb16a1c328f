/**
 * "No request ever yields a 500", for daily care: random bodies shaped like entries, bulk actions, absences,
 * pickups, menus and settings (fast-check), random queries and Last-Event-ID headers, as the teacher, the director
 * and the guardian — always a status below 500 with our error shape, and never a half-written entry.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createApp } from '../app.ts';
import { createTestDb, type TestDb } from '../../../test/db.ts';
import { Client } from '../../../test/http.ts';
import { PASSWORD, seedRegistry, USERNAMES, type RegistryFixture } from '../../../test/registry-fixture.ts';
import { seedCare } from '../../../test/fixtures/care.ts';

let t: TestDb;
let fx: RegistryFixture;
let app: ReturnType<typeof createApp>;
const as: Client[] = [];

beforeAll(async () => {
  t = await createTestDb();
  fx = await seedRegistry(t.db);
  await seedCare(t.db, fx);
  app = createApp({ db: t.db, webRoot: null });
  for (const r of ['teacher', 'director', 'guardian'] as const) {
    const c = new Client(app);
    await c.login(USERNAMES[r], PASSWORD);
    as.push(c);
  }
});
afterAll(async () => t?.drop());

const kinds = fc.constantFrom('check_in', 'check_out', 'morning_check', 'noon_check', 'temperature', 'meal', 'water', 'nap_start', 'nap_end', 'diaper', 'activity', 'outdoor', 'note', 'photo', 'dance', '');
const value = fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }), fc.constantFrom('2026-02-30', '9999-12-31T23:59:59Z', '1900-01-01T00:00:00+08:00', 'forehead', 'red', 'all', 'lunch', 'vomiting', '00000000-0000-4000-8000-000000000000'));
const fields = fc.dictionary(
  fc.constantFrom('at', 'version', 'reason', 'temperatureC', 'site', 'card', 'symptoms', 'medicine', 'note', 'meal', 'portion', 'ml', 'type', 'domain', 'title', 'minutes', 'text', 'photoId', 'caption', 'droppedBy', 'collectedBy', 'collectorDescription', 'sentHome', 'childIds', 'from', 'to', 'weekStart', 'items', 'publishAt', 'publishMealsNaps', 'displayName', 'relationship', 'phoneTail', 'status', 'resolution', 'x'),
  value,
  { maxKeys: 6 },
);
const body = fc.oneof(
  fc.record({ id: fc.oneof(fc.uuid(), fc.string({ maxLength: 10 })), kind: kinds }).chain((b) => fields.map((f) => ({ ...f, ...b }))),
  fc.json(),
  fc.constant('{"kind":'),
);
const paths = () => [
  `/api/children/${fx.childA}/events`,
  `/api/children/${fx.childB}/events`,
  `/api/children/${fx.childA}/events/${randomUUID()}/retract`,
  `/api/classes/${fx.classA}/events`,
  `/api/classes/${fx.classA}/day`,
  `/api/children/${fx.childA}/absences`,
  `/api/children/${fx.childA}/pickups`,
  `/api/children/${fx.childA}/attendance`,
  `/api/facilities/${fx.pointA}/menu`,
  `/api/facilities/${fx.pointA}/care-settings`,
  `/api/facilities/${fx.pointA}/care-dashboard`,
  `/api/facilities/${fx.pointA}/care-alerts`,
  `/api/care/outbreaks`,
  `/api/care/classes`,
  `/api/classes/${fx.classA}/teachers`,
  `/api/care-alerts/${randomUUID()}/close`,
  `/api/absences/not-a-uuid`,
];

describe('daily care robustness', () => {
  it('never answers 500, whatever is sent', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'POST', 'PATCH', 'PUT', 'DELETE'),
        fc.constantFrom(...paths()),
        fc.dictionary(fc.constantFrom('date', 'month', 'after', 'status', 'divisionId', 'purpose', 'x'), fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('2026-12-02', '2026-13', '99999999999999999999', '-1', '1e400', 'all'))),
        body,
        fc.integer({ min: 0, max: 2 }),
        async (method, path, query, b, who) => {
          const qs = new URLSearchParams(query).toString();
          const payload = method === 'GET' ? undefined : typeof b === 'string' ? b : JSON.stringify(b);
          const r = await as[who]!.req(method, qs ? `${path}?${qs}` : path, payload, { 'content-type': 'application/json' });
          if (r.status >= 500) throw new Error(`${method} ${path}?${qs} → ${r.status} ${JSON.stringify(r.body).slice(0, 300)} for ${payload?.slice(0, 300)}`);
          if (r.status >= 400) expect(r.body?.error?.code, `${method} ${path}`).toEqual(expect.any(String));
        },
      ),
      { numRuns: 500, seed: 20261202 },
    );
    // Feeds with odd Last-Event-ID headers and queries.
    for (const h of ['', 'abc', '-1', '1.5', '99999999999999999999', '12']) {
      const res = await app.request(`/api/children/${fx.childA}/feed`, { headers: { cookie: as[2]!.cookie, 'last-event-id': h } });
      await res.body?.cancel();
      expect(res.status, h).toBeLessThan(500);
    }
    for (const q of ['after=-1', 'after=abc', 'after=1e400', 'after=99999999999999999999', 'after=5']) {
      const res = await app.request(`/api/children/${fx.childA}/feed?${q}`, { headers: { cookie: as[2]!.cookie } });
      await res.body?.cancel();
      expect(res.status, q).toBeLessThan(500);
    }
  });
});
