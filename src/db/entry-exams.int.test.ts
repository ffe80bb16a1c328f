/**
 * Entry exams recorded on either side count for admission: a director's note of the certificate (entry_exams) and a
 * partner hospital's exam (health_checks of kind 'entry') both reach child_entry_exams and placement_admission.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../test/db.ts';
import { seedRegistry, type RegistryFixture } from '../../test/registry-fixture.ts';

let t: TestDb;
let fx: RegistryFixture;
beforeAll(async () => {
  t = await createTestDb();
  fx = await seedRegistry(t.db);
});
afterAll(async () => t?.drop());

const admission = async (child: string) =>
  (await t.db.query<{ cleared: boolean; examined_on: string | null }>(`SELECT cleared, examined_on::text FROM placement_admission WHERE child_id = $1`, [child]))[0]!;

describe('entry exams from both sides', () => {
  it("a hospital's entry exam clears the placement; its own validity is the last day allowed", async () => {
    const [p] = await t.db.query<{ first: string }>(`SELECT lower(during)::text AS first FROM placements WHERE child_id = $1`, [fx.childA]);
    expect((await admission(fx.childA)).cleared).toBe(false);
    await t.db.query(
      `INSERT INTO health_checks (id, child_id, facility_id, kind, examined_on, age_days, passed, valid_until)
       VALUES (gen_random_uuid(), $1, $2, 'entry', $3::date - 20, 400, true, $3::date - 1)`,
      [fx.childA, fx.pointA, p!.first],
    );
    // valid until the day before the first day: not cleared
    expect((await admission(fx.childA)).cleared).toBe(false);
    await t.db.query(`UPDATE health_checks SET valid_until = $2::date WHERE child_id = $1`, [fx.childA, p!.first]);
    expect(await admission(fx.childA)).toEqual({ cleared: true, examined_on: (await t.db.query<{ d: string }>(`SELECT ($1::date - 20)::text AS d`, [p!.first]))[0]!.d });
    const rows = await t.db.query<{ passed: boolean }>(`SELECT passed FROM child_entry_exams WHERE child_id = $1`, [fx.childA]);
    expect(rows).toEqual([{ passed: true }]);
  });

  it("a director's note of a failed exam, later than the hospital's, is the one that counts", async () => {
    const [p] = await t.db.query<{ first: string }>(`SELECT lower(during)::text AS first FROM placements WHERE child_id = $1`, [fx.childA]);
    await t.db.query(`INSERT INTO entry_exams (child_id, examined_on, passed) VALUES ($1, $2::date - 5, false)`, [fx.childA, p!.first]);
    expect((await admission(fx.childA)).cleared).toBe(false);
    expect(await t.db.query(`SELECT 1 FROM child_entry_exams WHERE child_id = $1`, [fx.childA])).toHaveLength(2);
  });
});
