/**
 * Migration 0600 on a database holding old rows: jsonb agreement services become one row per service (the
 * later-signed agreement keeping a service two of them covered), signed_facilities keeps answering, and staff
 * profiles' hours become computed from staff_training without losing hours nobody had recorded.
 */
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { Db, listMigrations, migrate } from './index.ts';

describe('migration 0600 on old data', () => {
  it('carries jsonb services into rows, the later-signed agreement keeping a service both covered, and keeps signed_facilities', async () => {
    const base = inject('pgUrl');
    const name = `cc_mig_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: base.replace(/\/[^/]*$/, '/postgres') });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const db = new Db(base.replace(/\/[^/]*$/, `/${name}`), 2);
    try {
      await migrate(db, listMigrations().filter((m) => m.version < 600));
      await db.query(`INSERT INTO divisions (id, name, level, parent_id) VALUES ('1', '市', 'city', NULL), ('2', '区', 'county', '1')`);
      await db.query(`INSERT INTO medical_institutions (id, name, kind, division_id) VALUES ('00000000-0000-0000-0000-0000000000a1', '医院', 'general_hospital', '2'), ('00000000-0000-0000-0000-0000000000a2', '中心', 'community_health_centre', '2')`);
      await db.query(`INSERT INTO facilities (id, name, tier, ownership, division_id, address, lng, lat, policy_id) VALUES ('00000000-0000-0000-0000-0000000000f1', '点', 'community', 'public', '2', '路', 113, 36, 'p')`);
      await db.query(`INSERT INTO medical_agreements (id, facility_id, institution_id, valid_from, valid_to, services) VALUES
        ('00000000-0000-0000-0000-0000000000b1', '00000000-0000-0000-0000-0000000000f1', '00000000-0000-0000-0000-0000000000a1', current_date - 400, NULL, '["health_check","pediatric_massage","parent_class"]'),
        ('00000000-0000-0000-0000-0000000000b2', '00000000-0000-0000-0000-0000000000f1', '00000000-0000-0000-0000-0000000000a2', current_date - 100, current_date + 100, '["health_check","visiting_doctor","unknown_thing"]')`);
      await db.query(`INSERT INTO staff_profiles (id, facility_id, family_name, given_name, role, qualification, training_in_hours, training_safety_hours) VALUES ('00000000-0000-0000-0000-0000000000c1', '00000000-0000-0000-0000-0000000000f1', '李', '园长', 'director', 'x', 64, 8)`);
      await db.query(`INSERT INTO staff_training (staff_id, kind, title, hours, held_on) VALUES ('00000000-0000-0000-0000-0000000000c1', 'in_service', 't', 40, '2025-01-01')`);
      expect(await migrate(db)).toContain(600);
      const rows = await db.query<{ agreement_id: string; service: string }>(`SELECT agreement_id, service FROM medical_agreement_services ORDER BY agreement_id, service`);
      expect(rows.map((r) => `${r.agreement_id.slice(-2)}:${r.service}`)).toEqual(['b1:parent_class', 'b1:tcm_massage', 'b2:health_check', 'b2:visiting_doctor']);
      expect(await db.query(`SELECT facility_id, institution_id FROM signed_facilities ORDER BY institution_id`)).toHaveLength(2);
      // hours nobody recorded became records, and the profile is the sum
      const [p] = await db.query<{ training_in_hours: number; training_safety_hours: number }>(`SELECT training_in_hours, training_safety_hours FROM staff_profiles`);
      expect(p).toEqual({ training_in_hours: 64, training_safety_hours: 8 });
      expect(await db.query(`SELECT kind, hours FROM staff_training ORDER BY kind, hours`)).toEqual([
        { kind: 'in_service', hours: 24 },
        { kind: 'in_service', hours: 40 },
        { kind: 'safety', hours: 8 },
      ]);
      await db.query(`UPDATE staff_profiles SET training_in_hours = 500`);
      expect((await db.query<{ training_in_hours: number }>(`SELECT training_in_hours FROM staff_profiles`))[0]!.training_in_hours).toBe(64);
    } finally {
      await db.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
