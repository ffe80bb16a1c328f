/**
 * Health checks against a real PostgreSQL: a signed health worker records a check and sees the flag at once (the
 * director is notified, the follow-up is due by severity), a repeat of the same client id answers the stored check,
 * bad values are 400s naming the field, the entry exam's rules, the desk's due and overdue visits, follow-ups done
 * once — and an agreement that ends ends the institution's access to the facility's children.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createTestDb, type TestDb } from '../../../test/db.ts';
import { Client } from '../../../test/http.ts';
import { PASSWORD, seedRegistry, type RegistryFixture } from '../../../test/registry-fixture.ts';
import { guardianWithChild, healthWorker, newId, plusDays, today } from '../../../test/fixtures/health.ts';
import { addMonthsIso } from '../../care/health-schedule.ts';
import { days, loadWhoTables, measureAt } from '../../growth/index.ts';

let t: TestDb;
let fx: RegistryFixture;
let app: ReturnType<typeof createApp>;
const tables = await loadWhoTables();

beforeAll(async () => {
  t = await createTestDb();
  fx = await seedRegistry(t.db);
  app = createApp({ db: t.db, webRoot: null });
});
afterAll(async () => t?.drop());

async function as(username: string): Promise<Client> {
  const c = new Client(app);
  expect((await c.login(username, PASSWORD)).status).toBe(200);
  return c;
}

/** A measurement at z for a girl born 2024-09-01 (childA) on a day. */
function at(on: string, zW: number, zL = 0) {
  const age = (Date.parse(on) - Date.parse('2024-09-01')) / 86_400_000;
  return {
    weightKg: Math.round(measureAt(tables, 'wfa', 2, days(age), zW)! * 100) / 100,
    lengthCm: Math.round(measureAt(tables, 'lhfa', 2, days(age), zL)! * 10) / 10,
    position: age < 731 ? ('l' as const) : ('h' as const),
  };
}

describe('recording a check', () => {
  it('a signed health worker records a check, sees the underweight flag at once; the director is told', async () => {
    const hw = await as('health');
    const on = plusDays(today(), -3);
    const id = newId();
    const r = await hw.post(`/api/children/${fx.childA}/health-checks`, { id, kind: 'periodic', examinedOn: on, ...at(on, -2.6, -0.5), haemoglobinGL: 118, hearing: 'pass', development: 'normal', conclusion: '体重偏低，建议营养指导' });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ id, childId: fx.childA, kind: 'periodic', examinedOn: on, facilityId: fx.pointA, institution: { id: fx.hospital } });
    expect(r.body.scores.wfa.zRounded).toBeCloseTo(-2.6, 1);
    expect(r.body.flags).toContainEqual(expect.objectContaining({ kind: 'underweight', severity: 'moderate', dueOn: plusDays(on, 30), doneAt: null }));
    const nFlags = r.body.flags.length;
    const notes = await t.db.query<{ template: string; params: { kind: string; childId: string } }>(`SELECT template, params FROM notifications_outbox WHERE user_id = $1 ORDER BY id DESC`, [fx.users.director]);
    expect(notes.length).toBeGreaterThanOrEqual(nFlags);
    expect(notes.map((x) => [x.template, x.params.kind, x.params.childId])).toContainEqual(['health_flag', 'underweight', fx.childA]);
    // the same id again: the stored check, 200, no second flag
    const again = await hw.post(`/api/children/${fx.childA}/health-checks`, { id, kind: 'periodic', examinedOn: on, ...at(on, -2.6, -0.5) });
    expect(again.status).toBe(200);
    expect(again.body.flags).toHaveLength(nFlags);
    const [n] = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM health_flags WHERE check_id = $1`, [id]);
    expect(n!.n).toBe(nFlags);
    // a repeat by anyone answers the stored check; the id cannot be reused for another child
    expect((await (await as('director')).post(`/api/children/${fx.childA}/health-checks`, { id, kind: 'periodic', examinedOn: on })).status).toBe(200);
    const sibling = await guardianWithChild(t.db, fx.classA, '2025-01-05');
    const reuse = await hw.post(`/api/children/${sibling.childId}/health-checks`, { id, kind: 'periodic', examinedOn: on });
    expect(reuse.status).toBe(409);
    expect(reuse.body.error.field).toBe('id');
  });

  it('severe wasting and anaemia: both flagged, severe due in 14 days; an implausible weight asks to measure again instead', async () => {
    const hw = await as('health');
    const on = plusDays(today(), -2);
    const m = at(on, 0);
    const w = Math.round(measureAt(tables, 'wfh', 2, m.lengthCm as never, -3.3)! * 100) / 100;
    const r = await hw.post(`/api/children/${fx.childA}/health-checks`, { id: newId(), kind: 'periodic', examinedOn: on, ...m, weightKg: w, haemoglobinGL: 95 });
    expect(r.status).toBe(201);
    const kinds = r.body.flags.map((f: { kind: string; severity: string; dueOn: string }) => [f.kind, f.severity, f.dueOn]);
    expect(kinds).toContainEqual(['wasting', 'severe', plusDays(on, 14)]);
    expect(kinds).toContainEqual(['anaemia', 'moderate', plusDays(on, 30)]);
    const odd = await hw.post(`/api/children/${fx.childA}/health-checks`, { id: newId(), kind: 'periodic', examinedOn: on, ...m, weightKg: 3.1 });
    expect(odd.body.implausible).toContain('wfa');
    expect(odd.body.flags.map((f: { kind: string }) => f.kind)).not.toContain('underweight');
  });

  it('a measurement the tables cannot score is kept: its score is empty with the reason, the others are scored (acceptance 4)', async () => {
    const hw = await as('health');
    const on = plusDays(today(), -4);
    // childA is past 731 days: weight-for-height, whose table ends at 120 cm
    const r = await hw.post(`/api/children/${fx.childA}/health-checks`, { id: newId(), kind: 'periodic', examinedOn: on, weightKg: 14, lengthCm: 121.5, position: 'h' });
    expect(r.status).toBe(201);
    expect(r.body.scores.wflhTable).toBe('wfh');
    expect(r.body.scores.wflh).toMatchObject({ ok: false, reason: 'length_out_of_range' });
    expect(r.body.scores.wfa.ok).toBe(true);
    expect(r.body.scores.hcfa).toMatchObject({ ok: false, reason: 'head_missing' });
    expect(r.body.flags.map((f: { kind: string }) => f.kind)).not.toContain('wasting');
    const g = await hw.get(`/api/children/${fx.childA}/growth`);
    expect(g.status).toBe(200);
    expect(g.body.visits.find((v: { checkId: string }) => v.checkId === r.body.id).scores.wflh.reason).toBe('length_out_of_range');
  });

  it('bad values are 400s naming the field, nothing written', async () => {
    const hw = await as('health');
    const on = plusDays(today(), -1);
    const before = (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM health_checks`))[0]!.n;
    const cases: Array<[Record<string, unknown>, string, string?]> = [
      [{ weightKg: 0 }, 'weightKg'],
      [{ weightKg: -2 }, 'weightKg'],
      [{ lengthCm: 700, position: 'l' }, 'lengthCm'],
      [{ lengthCm: 80 }, 'position', 'position_required'],
      [{ examinedOn: '2024-08-01' }, 'examinedOn', 'examined_before_birth'],
      [{ examinedOn: plusDays(today(), 3) }, 'examinedOn', 'in_future'],
      [{ examinedOn: '2026-02-30' }, 'examinedOn', 'invalid_date'],
      [{ passed: true }, 'passed', 'entry_exam_result'],
      [{ kind: 'entry' }, 'passed', 'entry_exam_result'],
      [{ kind: 'annual' }, 'kind'],
      [{ haemoglobinGL: 20 }, 'haemoglobinGL'],
    ];
    for (const [patch, field, code] of cases) {
      const r = await hw.post(`/api/children/${fx.childA}/health-checks`, { id: newId(), kind: 'periodic', examinedOn: on, ...patch });
      expect(r.status, JSON.stringify(patch)).toBe(400);
      expect(r.body.error.field, JSON.stringify(patch)).toBe(field);
      if (code) expect(r.body.error.issues[0].code).toBe(code);
    }
    expect((await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM health_checks`))[0]!.n).toBe(before);
  });

  it('the entry exam: passed and valid for three months by default, or failed with no validity', async () => {
    const dir = await as('director');
    const on = plusDays(today(), -10);
    const ok = await dir.post(`/api/children/${fx.childA}/health-checks`, { id: newId(), kind: 'entry', examinedOn: on, passed: true, ...at(on, 0) });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ passed: true, validUntil: plusDays(addMonthsIso(on, 3), -1), institution: null });
    const failed = await dir.post(`/api/children/${fx.childA}/health-checks`, { id: newId(), kind: 'entry', examinedOn: on, passed: false, conclusion: '先天性心脏病待查' });
    expect(failed.body).toMatchObject({ passed: false, validUntil: null });
  });

  it('who may record: the guardian and teachers may not (403); other facilities’ children are not found (404)', async () => {
    const body = { id: newId(), kind: 'periodic', examinedOn: today() };
    expect((await (await as('guardian')).post(`/api/children/${fx.childA}/health-checks`, body)).status).toBe(403);
    expect((await (await as('teacher')).post(`/api/children/${fx.childA}/health-checks`, body)).status).toBe(403);
    expect((await (await as('health')).post(`/api/children/${fx.childB}/health-checks`, body)).status).toBe(404);
    expect((await (await as('director')).post(`/api/children/${fx.childB}/health-checks`, body)).status).toBe(404);
    expect((await (await as('district')).post(`/api/children/${fx.childA}/health-checks`, body)).status).toBe(403);
  });
});

describe('reading checks and the desk', () => {
  it('lists a child’s checks newest first for the guardian, audited with the purpose asked', async () => {
    const r = await (await as('guardian')).get(`/api/children/${fx.childA}/health-checks?purpose=guardian_access`);
    expect(r.status).toBe(200);
    expect(r.body.items.length).toBeGreaterThan(2);
    expect(r.body.items[0].examinedOn >= r.body.items.at(-1).examinedOn).toBe(true);
    const [a] = await t.db.query<{ purpose: string }>(`SELECT purpose FROM audit_log WHERE child_id = $1 AND action = 'read' AND entity = 'health_record' ORDER BY id DESC LIMIT 1`, [fx.childA]);
    expect(a!.purpose).toBe('guardian_access');
    expect((await (await as('guardian')).get(`/api/children/${fx.childA}/health-checks?purpose=curiosity`)).status).toBe(400);
  });

  it('the desk shows each child with the visit due or overdue, most urgent first, and counts', async () => {
    // A child whose 12-month visit fell 20 days ago (overdue) and one whose 6-month visit is today (due).
    const overdue = await guardianWithChild(t.db, fx.classA, plusDays(addMonthsIso(today(), -12), -20));
    const due = await guardianWithChild(t.db, fx.classA, addMonthsIso(today(), -6));
    const desk = await (await as('health')).get(`/api/health/desk?facilityId=${fx.pointA}`);
    expect(desk.status).toBe(200);
    const ids = desk.body.items.map((i: { child: { id: string } }) => i.child.id);
    expect(ids.indexOf(overdue.childId)).toBeLessThan(ids.indexOf(due.childId));
    expect(desk.body.items.find((i: { child: { id: string } }) => i.child.id === overdue.childId).visit).toMatchObject({ months: 12, status: 'overdue' });
    expect(desk.body.items.find((i: { child: { id: string } }) => i.child.id === due.childId).visit).toMatchObject({ months: 6, status: 'due' });
    expect(desk.body.counts.overdue).toBeGreaterThanOrEqual(1);
    const director = await (await as('director')).get('/api/health/desk?status=all');
    expect(director.body.items.every((i: { child: { facilityId: string } }) => i.child.facilityId === fx.pointA)).toBe(true);
    expect((await (await as('health')).get(`/api/health/desk?facilityId=${fx.pointB}`)).status).toBe(404);
    expect((await (await as('guardian')).get('/api/health/desk')).status).toBe(403);
  });

  it('open flags list for the health worker and director; a follow-up is done once', async () => {
    const hw = await as('health');
    const open = await hw.get(`/api/health/flags?facilityId=${fx.pointA}`);
    expect(open.status).toBe(200);
    expect(open.body.items.length).toBeGreaterThanOrEqual(3);
    const first = open.body.items[0];
    expect(first.facility).toMatchObject({ id: fx.pointA });
    const done = await hw.patch(`/api/health/flags/${first.id}`, { outcome: '已电话随访，转介营养门诊' });
    expect(done.status).toBe(200);
    expect(done.body.doneAt).not.toBeNull();
    expect((await hw.patch(`/api/health/flags/${first.id}`, { outcome: '再次' })).status).toBe(409);
    const dir = await (await as('director')).get('/api/health/flags?status=done');
    expect(dir.body.items.map((f: { id: string }) => f.id)).toContain(first.id);
    expect((await (await as('guardian')).patch(`/api/health/flags/${first.id}`, { outcome: 'x' })).status).toBe(403);
  });
});

describe('an agreement that ends ends the access', () => {
  it('after ending the hospital’s agreement with point A yesterday, its health worker gets 404 on the child', async () => {
    const hw2 = await healthWorker(t.db, fx.hospital);
    const c = await as(hw2.username);
    expect((await c.get(`/api/children/${fx.childA}/growth`)).status).toBe(200);
    const list = await (await as('district')).get(`/api/agreements?facilityId=${fx.pointA}&status=current`);
    expect(list.body.items).toHaveLength(1);
    const a = list.body.items[0];
    expect(a.institution.id).toBe(fx.hospital);
    // the fixture signed it today; let it have begun a year ago (its services move along: ON UPDATE CASCADE)
    await t.db.query(`UPDATE medical_agreements SET valid_from = current_date - 365 WHERE id = $1`, [a.id]);
    const ended = await (await as('district')).post(`/api/agreements/${a.id}/end`, { validTo: plusDays(today(), -1), reason: '协议到期未续签' });
    expect(ended.status).toBe(200);
    expect(ended.body.status).toBe('ended');
    expect((await c.get(`/api/children/${fx.childA}/growth`)).status).toBe(404);
    expect((await c.get(`/api/children/${fx.childA}`)).status).toBe(404);
    expect((await c.post(`/api/children/${fx.childA}/health-checks`, { id: newId(), kind: 'periodic', examinedOn: today() })).status).toBe(404);
    expect((await c.get(`/api/health/desk?facilityId=${fx.pointA}`)).status).toBe(404);
    // the district signs the hospital again: access returns
    const again = await (await as('district')).post('/api/agreements', { facilityId: fx.pointA, institutionId: fx.hospital, validFrom: today(), validTo: null, services: ['health_check', 'growth_assessment'] });
    expect(again.status).toBe(201);
    expect((await c.get(`/api/children/${fx.childA}/growth`)).status).toBe(200);
  });
});
