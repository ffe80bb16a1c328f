/**
 * "No request ever yields a 500" for the families routes: random methods, query strings and bodies (fast-check),
 * as anonymous, a guardian and a director, on a street grid, always get a status below 500 and the error shape.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createApp } from '../app.ts';
import { createTestDb, type TestDb } from '../../../test/db.ts';
import { Client } from '../../../test/http.ts';
import { PASSWORD, seedRegistry, type RegistryFixture } from '../../../test/registry-fixture.ts';
import { gridNetwork, seedFamilies, type FamilyFixture } from '../../../test/fixtures/families.ts';
import type { CityNetwork } from '../access/service.ts';

let t: TestDb;
let fx: RegistryFixture;
let ff: FamilyFixture;
let net: CityNetwork;
let app: ReturnType<typeof createApp>;
const clients: Client[] = [];

beforeAll(async () => {
  t = await createTestDb();
  fx = await seedRegistry(t.db);
  ff = await seedFamilies(t.db, fx);
  net = await gridNetwork();
  app = createApp({ db: t.db, webRoot: null, network: () => net });
  clients.push(new Client(app));
  for (const u of ['guardian', 'director']) {
    const c = new Client(app);
    await c.login(u, PASSWORD);
    clients.push(c);
  }
});
afterAll(async () => {
  await net?.close();
  await t?.drop();
});

const zero = '00000000-0000-4000-8000-000000000000';
const paths = () => [
  '/api/children',
  `/api/children/${fx.childA}`,
  `/api/children/${fx.childA}/consents`,
  `/api/children/${fx.childA}/consents/withdraw`,
  `/api/children/${ff.child2}/export`,
  `/api/children/${zero}/erase`,
  `/api/children/${fx.childA}/entry-exams`,
  '/api/consent/wording',
  '/api/care/search',
  '/api/compounds',
  `/api/facilities/${fx.pointA}/availability`,
  `/api/facilities/${fx.pointA}/statements`,
  '/api/bookings',
  `/api/bookings/${zero}`,
  '/api/applications',
  `/api/applications/${zero}`,
  `/api/applications/${zero}/offers`,
  `/api/applications/${zero}/withdraw`,
  `/api/offers/${zero}/accept`,
  `/api/offers/not-a-uuid/decline`,
  '/api/placements',
  `/api/placements/${zero}/end`,
  '/api/statements',
  `/api/statements/${zero}`,
  `/api/classes/${fx.classA}/fees`,
];

const date = fc.oneof(fc.constantFrom('2026-12-15', '2026-02-30', '1999-01-01', '2100-01-01', 'x'), fc.string({ maxLength: 12 }));
const body = fc.oneof(
  fc.json(),
  fc.string(),
  fc.record({ childId: fc.constantFrom(zero, 'x'), facilityId: fc.string(), date, start: fc.constantFrom('09:30', '25:00', '9:30', ''), end: fc.constantFrom('10:30', '07:00', 'x') }, { requiredKeys: [] }),
  fc.record({ childId: fc.string(), mode: fc.constantFrom('full_day', 'half_day', 'x'), startDate: date, choices: fc.array(fc.oneof(fc.uuid(), fc.string()), { maxLength: 6 }) }, { requiredKeys: [] }),
  fc.record({ familyName: fc.string(), givenName: fc.string(), sex: fc.constantFrom('M', 'F', 'X'), birthDate: date, homeLng: fc.double(), homeLat: fc.double(), consentVersion: fc.string() }, { requiredKeys: [] }),
  fc.record({ classId: fc.oneof(fc.uuid(), fc.string()), monthlyFee: fc.oneof(fc.double(), fc.integer()), startDate: date, lastDay: date, month: fc.string(), paid: fc.anything(), mode: fc.string(), from: date, examinedOn: date, passed: fc.anything() }, { requiredKeys: [] }),
);

describe('families robustness', () => {
  it('never answers 500, whatever is sent', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'POST', 'PATCH', 'PUT', 'DELETE'),
        fc.constantFrom(...paths()),
        fc.dictionary(fc.constantFrom('lng', 'lat', 'birthDate', 'startDate', 'mode', 'minutes', 'maxFee', 'affordableOnly', 'childId', 'facilityId', 'date', 'q', 'status', 'month', 'upcoming', 'current', 'page', 'pageSize', 'crs'), fc.string({ maxLength: 12 })),
        body,
        fc.integer({ min: 0, max: 2 }),
        async (method, path, query, b, who) => {
          const qs = new URLSearchParams(query).toString();
          const payload = method === 'GET' ? undefined : typeof b === 'string' ? b : JSON.stringify(b);
          const r = await clients[who]!.req(method, qs ? `${path}?${qs}` : path, payload, { 'content-type': 'application/json' });
          if (r.status >= 500) throw new Error(`${method} ${path}?${qs} → ${r.status} ${JSON.stringify(r.body).slice(0, 300)} body=${String(payload).slice(0, 200)}`);
          if (r.status >= 400) expect(r.body?.error?.code, `${method} ${path}`).toEqual(expect.any(String));
        },
      ),
      { numRuns: 500, seed: 20261201 },
    );
  });
});
