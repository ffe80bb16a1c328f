/**
 * Free places from a day (migration 0720): classes_free_from and class_occupancy_from against the rule written out
 * the slow way — for every day from the asked one on, count the placements that hold a place that day; the most of
 * them is the occupancy — over random placements (closed and open-ended, starting before, on and after the day,
 * ending on another's first day), on the real PostgreSQL.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BulkQueryable } from './pool.ts';
import { createTestDb, type TestDb } from '../../test/db.ts';
import { seedRegistry, type RegistryFixture } from '../../test/registry-fixture.ts';

let t: TestDb;
let fx: RegistryFixture;
beforeAll(async () => {
  t = await createTestDb();
  fx = await seedRegistry(t.db);
});
afterAll(async () => t?.drop());

const BASE = Date.UTC(2027, 0, 1);
const day = (k: number) => new Date(BASE + k * 86_400_000).toISOString().slice(0, 10);

interface Stay {
  cls: 0 | 1;
  start: number;
  /** days held; null: open-ended */
  days: number | null;
}

/** The rule the slow way: the most placements holding a place on any day from `from` on. */
function occupancySlow(stays: readonly Stay[], cls: 0 | 1, from: number): number {
  const mine = stays.filter((s) => s.cls === cls);
  const last = Math.max(from, ...mine.map((s) => s.start + (s.days ?? 0)));
  let most = 0;
  for (let d = from; d <= last; d++) most = Math.max(most, mine.filter((s) => s.start <= d && (s.days === null || d < s.start + s.days)).length);
  return most;
}

class Rollback extends Error {
  constructor(readonly value: unknown) {
    super('rollback');
  }
}

/** Runs `fn` in a transaction that is always rolled back, returning what it computed. */
async function inRollback<T>(fn: (q: BulkQueryable) => Promise<T>): Promise<T> {
  try {
    await t.db.rawTx(async (q) => {
      throw new Rollback(await fn(q));
    });
  } catch (e) {
    if (e instanceof Rollback) return e.value as T;
    throw e;
  }
  throw new Error('unreachable');
}

const stay = fc.record({ cls: fc.constantFrom<0 | 1>(0, 1), start: fc.integer({ min: 0, max: 60 }), days: fc.option(fc.integer({ min: 1, max: 45 }), { nil: null, freq: 4 }) });

describe('free places from a day', () => {
  it('equal the slow count for random placements, in one pass for many classes and for one', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stay, { maxLength: 40 }), fc.integer({ min: -5, max: 110 }), async (stays, from) => {
        const classes = [fx.classA, fx.classB];
        const got = await inRollback(async (q) => {
          await q.query(`DELETE FROM placements WHERE class_id = ANY($1::uuid[])`, [classes]);
          const caps = await q.query<{ id: string; capacity: number; facility_id: string }>(`SELECT id, capacity, facility_id FROM classes WHERE id = ANY($1::uuid[])`, [classes]);
          const cap = new Map(caps.map((c) => [c.id, c]));
          for (const s of stays) {
            const [child] = await q.query<{ id: string }>(`INSERT INTO children (family_name, given_name, sex, birth_date) VALUES ('测', '试', 'F', '2025-06-01') RETURNING id`);
            const c = cap.get(classes[s.cls]!)!;
            await q.query(`INSERT INTO placements (child_id, facility_id, class_id, mode, during) VALUES ($1, $2, $3, 'full_day', daterange($4::date, $5::date))`, [child!.id, c.facility_id, c.id, day(s.start), s.days === null ? null : day(s.start + s.days)]);
          }
          const many = await q.query<{ class_id: string; free: number }>(`SELECT class_id, free FROM classes_free_from($1::uuid[], $2::date)`, [[...classes, classes[0]], day(from)]);
          const one = await q.query<{ a: number; b: number }>(`SELECT class_occupancy_from($1, $3::date) AS a, class_occupancy_from($2, $3::date) AS b`, [classes[0], classes[1], day(from)]);
          return { many: Object.fromEntries(many.map((r) => [r.class_id, r.free])), one: [one[0]!.a, one[0]!.b], caps: classes.map((id) => cap.get(id)!.capacity) };
        });
        const want = [occupancySlow(stays, 0, from), occupancySlow(stays, 1, from)];
        expect(got.one).toEqual(want);
        expect(got.many).toEqual({ [classes[0]!]: Math.max(0, got.caps[0]! - want[0]!), [classes[1]!]: Math.max(0, got.caps[1]! - want[1]!) });
      }),
      { numRuns: 60 },
    );
  });

  it('give no row for an unknown class and the full capacity to a class nobody is placed in', async () => {
    const none = '00000000-0000-4000-8000-000000000000';
    const rows = await inRollback(async (q) => {
      await q.query(`DELETE FROM placements WHERE class_id = $1`, [fx.classB]);
      return q.query<{ class_id: string; free: number }>(`SELECT class_id, free FROM classes_free_from($1::uuid[], '2027-01-01')`, [[fx.classB, none]]);
    });
    const [cap] = await t.db.query<{ capacity: number }>(`SELECT capacity FROM classes WHERE id = $1`, [fx.classB]);
    expect(rows).toEqual([{ class_id: fx.classB, free: cap!.capacity }]);
  });
});
