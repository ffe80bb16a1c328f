/**
 * Writes the generated demo city into PostgreSQL in ONE transaction with bulk inserts (one `INSERT … SELECT FROM
 * unnest($1::type[], …)` per table and chunk), with the generator's stable ids and fixed timestamps, so the same seed
 * gives the same database content. Also: whether a database holds the demo city, the reset, and an ordered digest
 * of everything seeded (for the determinism test).
 */
import { createHash } from 'node:crypto';
import type { DemoCity, RecordRows } from '../demo/types.ts';
import { AppError } from '../shared/errors.ts';
import { hashPassword } from '../shared/password.ts';
import { stableUuid } from '../demo/rng.ts';
import type { BulkQueryable, Db, Queryable } from './pool.ts';

/** Tables the demo city writes, parents before children. */
export const DEMO_TABLES = [
  'divisions',
  'medical_institutions',
  'facilities',
  'classes',
  'medical_agreements',
  'medical_agreement_services',
  'users',
  'children',
  'placements',
  'child_guardians',
  'residential_compounds',
  'local_places',
  'staff_profiles',
  'staff_training',
  'class_staff',
  // families (issue 10)
  'consents',
  'entry_exams',
  'class_fees',
  'applications',
  'application_choices',
  'offers',
  'bookings',
  'fee_statements',
  'quality_assessments',
  'health_checks',
  'health_flags',
  'service_sessions',
  'service_registrations',
  'visiting_doctor_visits',
  'training_courses',
  'training_registrations',
  'waiting_list',
  'pickup_persons',
  'attendance',
  'daily_entries',
  'absence_reports',
  'staff_shifts',
  'care_alerts',
  'menu_items',
  'demo_meta',
] as const;

/** Tables a reset also empties (rows the running demo wrote: settings, photos, notices). */
const RESET_ALSO = ['care_settings', 'staff_profile_photos', 'care_photos', 'notifications_outbox'] as const;

/** Record tables big enough to load without their keys, indexes and foreign keys, which are rebuilt after the COPY. */
const LOAD_BARE = new Set(['attendance', 'daily_entries', 'staff_shifts']);

/**
 * Runs a bulk load into `table` with its primary key, unique and exclusion constraints, foreign keys and indexes set
 * aside, then restores them from their own definitions (pg_get_constraintdef / pg_get_indexdef): one sort per index
 * and one join per foreign key instead of a lookup per row — and every constraint is checked again when restored.
 * Its own triggers (the feed's NOTIFY) are off meanwhile. Only for tables no other table references.
 */
async function loadBare<T>(q: Queryable, table: string, load: () => Promise<T>): Promise<T> {
  const cons = await q.query<{ name: string; def: string; type: string }>(
    `SELECT conname AS name, pg_get_constraintdef(oid) AS def, contype AS type FROM pg_constraint WHERE conrelid = $1::regclass AND contype IN ('p', 'u', 'x', 'f') ORDER BY CASE contype WHEN 'f' THEN 1 ELSE 0 END, conname`,
    [table],
  );
  const idx = await q.query<{ name: string; def: string }>(
    `SELECT i.relname AS name, pg_get_indexdef(i.oid) AS def FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
     WHERE x.indrelid = $1::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid) ORDER BY i.relname`,
    [table],
  );
  for (const c of [...cons].reverse()) await q.query(`ALTER TABLE ${table} DROP CONSTRAINT ${c.name}`);
  for (const i of idx) await q.query(`DROP INDEX ${i.name}`);
  await q.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`); // the feed's NOTIFY: nobody listens to a seed
  const out = await load();
  await q.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
  for (const c of cons.filter((x) => x.type !== 'f')) await q.query(`ALTER TABLE ${table} ADD CONSTRAINT ${c.name} ${c.def}`);
  for (const i of idx) await q.query(i.def);
  for (const c of cons.filter((x) => x.type === 'f')) await q.query(`ALTER TABLE ${table} ADD CONSTRAINT ${c.name} ${c.def}`);
  return out;
}

/** A password hash that never verifies (synthetic people who are not demo logins cannot log in). */
const NO_LOGIN = '!synthetic-no-login';
const CHUNK = 20_000;

type Col = readonly [name: string, pgType: string];

/**
 * Inserts rows with one statement per chunk: `INSERT INTO t (…) SELECT … FROM unnest($1::text[], …)`. jsonb values are
 * sent as JSON text and cast; nulls pass through.
 * @param q - a transaction
 * @param table - table name (trusted, from code)
 * @param columns - names and PostgreSQL types
 * @param rows - one array per row, in column order
 */
export async function bulkInsert(q: Queryable, table: string, columns: readonly Col[], rows: readonly unknown[][]): Promise<number> {
  for (let start = 0; start < rows.length; start += CHUNK) {
    const part = rows.slice(start, start + CHUNK);
    // jsonb and array columns travel as text (unnest would flatten an array of arrays) and are cast back.
    const asText = (type: string) => type === 'jsonb' || type.endsWith('[]');
    const encode = (type: string, v: unknown) => (v === null || v === undefined ? null : type === 'jsonb' ? JSON.stringify(v) : type.endsWith('[]') ? arrayLiteral(v as unknown[]) : v);
    const params = columns.map(([, type], ci) => part.map((r) => (asText(type) ? encode(type, r[ci]) : (r[ci] ?? null))));
    const arrays = columns.map(([, type], ci) => `$${ci + 1}::${asText(type) ? 'text' : type}[]`).join(', ');
    const names = columns.map(([n]) => n);
    const select = columns.map(([n, type]) => (asText(type) ? `u.${n}::${type}` : `u.${n}`)).join(', ');
    await q.query(`INSERT INTO ${table} (${names.join(', ')}) SELECT ${select} FROM unnest(${arrays}) AS u(${names.join(', ')})`, params);
  }
  return rows.length;
}

/** A PostgreSQL array literal of text values, each quoted and escaped. */
function arrayLiteral(values: readonly unknown[]): string {
  return `{${values.map((v) => `"${String(v).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

export interface DemoStatus {
  /** The seeded demo city, if this database holds one. */
  demo: { seed: number; generatorVersion: string; asOf: string; osmSha256: string | null } | null;
  /** No divisions and no facilities: safe to seed. */
  empty: boolean;
  /**
   * Holds only the synthetic base registry `carecircle serve` writes on first start (synthetic divisions, no users,
   * no children): the demo city may replace it.
   */
  baseOnly: boolean;
}

/** Whether the database holds the demo city, or is empty. */
export async function demoStatus(q: Queryable): Promise<DemoStatus> {
  const [meta] = await q.query<{ seed: number; generator_version: string; as_of: string; osm_sha256: string | null }>(`SELECT seed, generator_version, as_of, osm_sha256 FROM demo_meta`);
  const [n] = await q.query<{ d: number; f: number; real: number; u: number; c: number }>(
    `SELECT (SELECT count(*) FROM divisions) AS d, (SELECT count(*) FROM facilities) AS f, (SELECT count(*) FROM divisions WHERE NOT synthetic) AS real,
            (SELECT count(*) FROM users) AS u, (SELECT count(*) FROM children) AS c`,
  );
  return {
    demo: meta ? { seed: Number(meta.seed), generatorVersion: meta.generator_version, asOf: meta.as_of, osmSha256: meta.osm_sha256 } : null,
    empty: n!.d === 0 && n!.f === 0,
    baseOnly: !meta && n!.real === 0 && n!.u === 0 && n!.c === 0,
  };
}

export interface SeedOptions {
  /** Wipe the demo tables (and what references them) first. */
  reset?: boolean;
  /** SHA-256 of the OSM file written for the city, recorded in demo_meta. */
  osmSha256?: string;
  /** Password of the demo logins (default demo1234). */
  password?: string;
  /** Gets the milliseconds each table took (bulk-load figures). */
  timings?: (table: string, rows: number, ms: number) => void;
}

export interface SeedReport {
  rows: Record<string, number>;
  ms: number;
}

/**
 * Writes the demo city in one transaction. Refuses (conflict) to write into a database that holds other data,
 * unless `reset` is set.
 * @param db - anything with `tx`
 * @param city - the generated city
 */
export async function seedDemoCity(db: Db, city: DemoCity, opts: SeedOptions = {}): Promise<SeedReport> {
  const t0 = performance.now();
  const demoHashes = new Map<string, string>();
  // The demo logins' hashes in parallel (scrypt runs in the thread pool).
  await Promise.all(city.users.filter((u) => u.demoLogin).map(async (u) => demoHashes.set(u.id, await hashPassword(opts.password ?? 'demo1234'))));
  const at = `${city.asOf}T08:00:00Z`;
  const rows: Record<string, number> = {};
  await db.rawTx(async (q: BulkQueryable) => {
    // RESTART IDENTITY: the entries' seq starts again, so a re-seed gives the same content.
    if (opts.reset) await q.query(`TRUNCATE ${[...DEMO_TABLES, ...RESET_ALSO].join(', ')} RESTART IDENTITY CASCADE`);
    else {
      const s = await demoStatus(q);
      if (!s.empty) throw new AppError('conflict', 'the database already holds data that is not the demo city; use --reset to replace it (this deletes it)');
    }
    const order = { city: 0, county: 1, street: 2, community: 3 } as const;
    const divisions = [...city.divisions].sort((a, b) => order[a.level] - order[b.level]);
    rows.divisions = await bulkInsert(
      q,
      'divisions',
      [['id', 'text'], ['name', 'text'], ['name_en', 'text'], ['level', 'text'], ['parent_id', 'text'], ['population', 'integer'], ['children_0_3', 'integer'], ['lng', 'float8'], ['lat', 'float8'], ['synthetic', 'boolean']],
      divisions.map((d) => [d.id, d.name, d.nameEn, d.level, d.parentId, d.population, d.children0to3, d.lng, d.lat, true]),
    );
    rows.medical_institutions = await bulkInsert(
      q,
      'medical_institutions',
      [['id', 'uuid'], ['name', 'text'], ['kind', 'text'], ['division_id', 'text'], ['address', 'text'], ['lng', 'float8'], ['lat', 'float8']],
      city.medical.map((m) => [m.id, m.name, m.kind, m.divisionId, m.address, m.lng, m.lat]),
    );
    const tierOrder = (t: string): number => (t === 'municipal_centre' ? 0 : t === 'county_centre' ? 1 : 2);
    const facilities = [...city.facilities].sort((a, b) => tierOrder(a.tier) - tierOrder(b.tier));
    rows.facilities = await bulkInsert(
      q,
      'facilities',
      [
        ['id', 'uuid'], ['name', 'text'], ['tier', 'text'], ['ownership', 'text'], ['filing_status', 'text'], ['filing_number', 'text'], ['division_id', 'text'], ['street_id', 'text'],
        ['address', 'text'], ['lng', 'float8'], ['lat', 'float8'], ['opening_hours', 'jsonb'], ['services', 'jsonb'], ['floor_area_m2', 'numeric'], ['outdoor_area_m2', 'numeric'],
        ['contact', 'jsonb'], ['supervisor_id', 'uuid'], ['policy_id', 'text'], ['synthetic', 'boolean'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'],
      ],
      facilities.map((f) => [f.id, f.name, f.tier, f.ownership, f.filingStatus, f.filingNumber, f.divisionId, f.streetId, f.address, f.lng, f.lat, f.openingHours, f.services, f.floorAreaM2, f.outdoorAreaM2, f.contact, f.supervisorId, f.policyId, true, at, at]),
    );
    rows.classes = await bulkInsert(q, 'classes', [['id', 'uuid'], ['facility_id', 'uuid'], ['name', 'text'], ['band', 'text'], ['capacity', 'integer']], city.classes.map((k) => [k.id, k.facilityId, k.name, k.band, k.capacity]));
    rows.medical_agreements = await bulkInsert(
      q,
      'medical_agreements',
      [['id', 'uuid'], ['facility_id', 'uuid'], ['institution_id', 'uuid'], ['valid_from', 'date'], ['valid_to', 'date'], ['signed_on', 'date'], ['created_at', 'timestamptz']],
      city.agreements.map((a) => [a.id, a.facilityId, a.institutionId, a.validFrom, a.validTo, a.validFrom, at]),
    );
    // One row per service, carrying the agreement's period (the canonical form of the generated `valid` column).
    rows.medical_agreement_services = await bulkInsert(
      q,
      'medical_agreement_services',
      [['agreement_id', 'uuid'], ['facility_id', 'uuid'], ['valid', 'daterange'], ['service', 'text']],
      city.agreements.flatMap((a) => a.services.map((s) => [a.id, a.facilityId, `[${a.validFrom},${a.validTo ?? ''}${a.validTo ? ']' : ')'}`, s])),
    );
    rows.users = await bulkInsert(
      q,
      'users',
      [['id', 'uuid'], ['username', 'text'], ['password_hash', 'text'], ['display_name', 'text'], ['role', 'text'], ['facility_id', 'uuid'], ['division_id', 'text'], ['medical_institution_id', 'uuid'], ['phone', 'text'], ['created_at', 'timestamptz']],
      city.users.map((u) => [u.id, u.username, demoHashes.get(u.id) ?? NO_LOGIN, u.displayName, u.role, u.facilityId, u.divisionId, u.medicalInstitutionId, u.phone, at]),
    );
    rows.children = await bulkInsert(
      q,
      'children',
      [['id', 'uuid'], ['family_name', 'text'], ['given_name', 'text'], ['sex', 'text'], ['birth_date', 'date'], ['home_lng', 'float8'], ['home_lat', 'float8'], ['synthetic', 'boolean'], ['created_at', 'timestamptz']],
      city.children.map((c) => [c.id, c.familyName, c.givenName, c.sex, c.birthDate, c.homeLng, c.homeLat, true, at]),
    );
    // Enrolled children are placed from their enrolment date, open-ended; hourly and temporary care are bookings,
    // so a child the generator enrolled in one of those modes holds a half-day place here.
    const placed = city.children.filter((c) => c.status === 'enrolled' && c.classId);
    rows.placements = await bulkInsert(
      q,
      'placements',
      [['id', 'uuid'], ['child_id', 'uuid'], ['facility_id', 'uuid'], ['class_id', 'uuid'], ['mode', 'text'], ['during', 'daterange'], ['synthetic', 'boolean'], ['created_at', 'timestamptz']],
      placed.map((c) => [stableUuid(city.seed, `placement:${c.id}`), c.id, c.facilityId, c.classId, c.serviceMode === 'full_day' ? 'full_day' : 'half_day', `[${c.enrolledFrom ?? city.asOf},)`, true, at]),
    );
    rows.child_guardians = await bulkInsert(q, 'child_guardians', [['child_id', 'uuid'], ['user_id', 'uuid'], ['relationship', 'text']], city.guardians.map((g) => [g.childId, g.userId, g.relationship]));
    rows.residential_compounds = await bulkInsert(
      q,
      'residential_compounds',
      [
        ['id', 'uuid'], ['name', 'text'], ['kind', 'text'], ['division_id', 'text'], ['street_id', 'text'], ['community_id', 'text'], ['lng', 'float8'], ['lat', 'float8'], ['osm_node_id', 'int8'],
        ['gates', 'integer'], ['area_m2', 'integer'], ['residents', 'integer'], ['children_age0', 'integer'], ['children_age1', 'integer'], ['children_age2', 'integer'], ['urban_core', 'boolean'], ['synthetic', 'boolean'],
      ],
      city.compounds.map((c) => [c.id, c.name, c.kind, c.countyId, c.streetId, c.communityId, c.lng, c.lat, c.osmNodeId, c.gates, c.areaM2, c.residents, c.children[0], c.children[1], c.children[2], c.urbanCore, true]),
    );
    rows.local_places = await bulkInsert(
      q,
      'local_places',
      [['id', 'uuid'], ['kind', 'text'], ['name', 'text'], ['division_id', 'text'], ['street_id', 'text'], ['lng', 'float8'], ['lat', 'float8'], ['osm_node_id', 'int8'], ['size', 'integer'], ['facility_id', 'uuid'], ['synthetic', 'boolean']],
      city.places.map((p) => [p.id, p.kind, p.name, p.divisionId, p.streetId, p.lng, p.lat, p.osmNodeId, p.size, p.facilityId, true]),
    );
    rows.staff_profiles = await bulkInsert(
      q,
      'staff_profiles',
      [
        ['id', 'uuid'], ['facility_id', 'uuid'], ['user_id', 'uuid'], ['family_name', 'text'], ['given_name', 'text'], ['role', 'text'], ['qualification', 'text'],
        ['training_pre_hours', 'numeric'], ['training_in_hours', 'numeric'], ['training_safety_hours', 'numeric'], ['health_cert_valid_to', 'date'], ['hired_on', 'date'], ['synthetic', 'boolean'],
      ],
      city.staff.map((s) => [s.id, s.facilityId, s.userId, s.familyName, s.givenName, s.role, s.qualification, s.trainingPreHours, s.trainingInHours, s.trainingSafetyHours, s.healthCertValidTo, s.hiredOn, true]),
    );
    // Records (staff training, classes' staff, four weeks of care days): COPY, the big ones streamed row by row.
    for (const r of Object.values(city.records) as RecordRows[]) {
      const t = performance.now();
      const copy = () => q.copyFrom(r.table, r.columns, r.stream ? r.stream() : r.rows);
      const n = LOAD_BARE.has(r.table) ? await loadBare(q, r.table, copy) : await copy();
      rows[r.table] = (rows[r.table] ?? 0) + n;
      opts.timings?.(r.table, n, performance.now() - t);
    }
    rows.waiting_list = await bulkInsert(
      q,
      'waiting_list',
      [['id', 'uuid'], ['child_id', 'uuid'], ['facility_id', 'uuid'], ['band', 'text'], ['applied_on', 'date'], ['priority', 'integer'], ['synthetic', 'boolean']],
      city.waiting.map((w) => [w.id, w.childId, w.facilityId, w.band, w.appliedOn, w.priority, true]),
    );
    await q.query(`INSERT INTO demo_meta (seed, generator_version, as_of, osm_sha256, note, seeded_at) VALUES ($1, $2, $3, $4, $5, $6)`, [
      city.seed,
      city.generatorVersion,
      city.asOf,
      opts.osmSha256 ?? null,
      'synthetic demo city (generated; not real data)',
      at,
    ]);
    rows.demo_meta = 1;
  });
  // Vacuum and statistics now, not when autovacuum gets round to the freshly loaded tables (PostgreSQL's
  // "populating a database" advice): until then the first searches and reports run on guessed row counts and pay
  // heap visits an index-only scan would not, while autovacuum's pass over every new table competes with them.
  await db.query('VACUUM (ANALYZE)');
  return { rows, ms: Math.round(performance.now() - t0) };
}

/**
 * SHA-256 over an ordered dump of every demo table (rows as JSON, ordered by all columns), leaving out the one
 * value that differs by design: password hashes (salted).
 */
export async function demoDatabaseDigest(q: Queryable): Promise<{ digest: string; rows: Record<string, number> }> {
  const h = createHash('sha256');
  const rows: Record<string, number> = {};
  for (const t of DEMO_TABLES) {
    const cols = await q.query<{ column_name: string }>(`SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 AND column_name <> 'password_hash' ORDER BY ordinal_position`, [t]);
    const list = cols.map((c) => `"${c.column_name}"`).join(', ');
    const data = await q.query<{ j: string }>(`SELECT json_build_array(${list})::text AS j FROM ${t} ORDER BY ${list}`);
    h.update(`#${t}\n`);
    for (const r of data) h.update(`${r.j}\n`);
    rows[t] = data.length;
  }
  return { digest: h.digest('hex'), rows };
}
