/**
 * The demo city seeds the same database content for the same seed: two fresh embedded databases (temporary data
 * folders, opened the way `carecircle demo` opens one), seeded from two separate generations, compared by a digest
 * of ordered SELECTs over every demo table. Also: a seeded database refuses a second seed without --reset, and the
 * reset re-seeds to the same digest.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCity } from '../demo/city.ts';
import { verifyPassword } from '../shared/password.ts';
import { demoDatabaseDigest, demoStatus, seedDemoCity } from './demo-store.ts';
import { openDatabase, type OpenDatabase } from './index.ts';

const SEED = 7;
const opened: { db: OpenDatabase; dir: string }[] = [];

async function fresh(): Promise<OpenDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'carecircle-demo-'));
  const db = await openDatabase({ dataDir: dir });
  opened.push({ db, dir });
  return db;
}

afterAll(async () => {
  for (const o of opened) {
    await o.db.stop();
    rmSync(o.dir, { recursive: true, force: true });
  }
});

describe('demo store', () => {
  it('same seed → same database content, in one transaction, with working demo logins', async () => {
    const [a, b] = [await fresh(), await fresh()];
    const ra = await seedDemoCity(a.db, generateCity(SEED));
    const rb = await seedDemoCity(b.db, generateCity(SEED));
    expect(ra.rows).toEqual(rb.rows);
    const da = await demoDatabaseDigest(a.db);
    const db = await demoDatabaseDigest(b.db);
    expect(da.rows.facilities).toBeGreaterThan(300);
    expect(da.rows.children).toBeGreaterThan(5000);
    expect(da.digest).toBe(db.digest);
    const s = await demoStatus(a.db);
    expect(s.demo?.seed).toBe(SEED);
    // Every demo login verifies with demo1234; generated guardians cannot log in.
    const users = await a.db.query<{ username: string; password_hash: string }>(`SELECT username, password_hash FROM users WHERE username IN ('admin','city','district','director','teacher','health','guardian','gd000001') ORDER BY username`);
    expect(users.map((u) => u.username)).toEqual(['admin', 'city', 'director', 'district', 'gd000001', 'guardian', 'health', 'teacher']);
    for (const u of users) expect(await verifyPassword('demo1234', u.password_hash)).toBe(u.username !== 'gd000001');
    // The guardian's placed child is at 潞州区公办综合托育中心 (the baby is still searching).
    const kids = await a.db.query<{ name: string }>(
      `SELECT f.name FROM users u JOIN child_guardians g ON g.user_id = u.id JOIN children c ON c.id = g.child_id JOIN placements p ON p.child_id = c.id AND p.during @> current_date JOIN facilities f ON f.id = p.facility_id WHERE u.username = 'guardian'`,
    );
    expect(kids.length).toBeGreaterThanOrEqual(1);
    expect(new Set(kids.map((k) => k.name))).toEqual(new Set(['潞州区公办综合托育中心']));
    // A seeded database is not seeded twice by accident; --reset re-seeds to the same content.
    await expect(seedDemoCity(a.db, generateCity(SEED))).rejects.toThrow(/reset/);
    await seedDemoCity(a.db, generateCity(SEED), { reset: true });
    expect((await demoDatabaseDigest(a.db)).digest).toBe(da.digest);
  }, 300_000); // four generations and three seedings of the whole city (family records included)
});
