/**
 * Health checks of the demo city (体检记录) and the flags they raise: every child has its child-health visits (3, 6,
 * 8, 12, 18, 24, 30, 36 months) up to the demo's today — a few missed, the latest sometimes not yet done (the desk's
 * due and overdue work) — and every placed child a passed entry exam before its placement began. Measurements follow
 * each child's own WHO centiles with a small drift (realistic growth, from the WHO tables themselves); a few children
 * are small (stunting, underweight), a few heavy, some anaemic. The flags are the engine's (src/care health-flags.ts)
 * on those measurements, most of the older ones followed up.
 */
import { addDaysIso, addMonthsIso, CHILD_HEALTH_SCHEDULE, daysBetweenIso, ENTRY_EXAM_POLICY } from '../../care/health-schedule.ts';
import { followUpDue, healthFlags } from '../../care/health-flags.ts';
import { cm, days, kg, loadWhoTables, measureAt, scoreChild, type Sex } from '../../growth/index.ts';
import type { Rng } from '../rng.ts';
import { createRng, stableUuid } from '../rng.ts';
import type { ChildRow, DemoCity, RecordRows } from '../types.ts';
import type { RecordKind } from './index.ts';
import { derivedId } from './derived-ids.ts';

// Static data (the WHO tables), loaded once when the module is imported; the generator stays a pure function.
const tables = await loadWhoTables();

type City = Omit<DemoCity, 'records'>;

interface Plan {
  checks: unknown[][];
  flags: unknown[][];
}

const CONCLUSIONS: Record<string, string> = {
  ok: '生长发育正常，继续定期体检。',
  underweight: '体重低于同龄儿童标准，建议合理膳食、营养指导，1个月后复查体重。',
  stunting: '身长（身高）偏低，建议营养与睡眠指导，定期监测。',
  wasting: '身长别体重偏低，建议营养门诊评估。',
  overweight: '体重偏高，建议调整饮食、增加户外活动。',
  anaemia: '血红蛋白偏低，建议补充富含铁的食物，1个月后复查血常规。',
};

const round = (v: number, step: number) => Math.round(v / step) * step;
const fix = (v: number, digits: number) => +v.toFixed(digits);

/** The facility's partner for health checks (the agreement covering health_check), per facility. */
function checkPartners(city: City): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of city.agreements) if (a.services.includes('health_check')) out.set(a.facilityId, a.institutionId);
  return out;
}

function childVisits(city: City, c: ChildRow, rng: Rng, partner: string | null, plan: Plan): void {
  const sex: Sex = c.sex === 'M' ? 1 : 2;
  const base = stableUuid(city.seed, `checks:${c.id}`);
  const facilityFrom = c.status === 'enrolled' && c.enrolledFrom !== null ? addDaysIso(c.enrolledFrom, -60) : null;
  let flagSeq = 0;
  // The child's own centiles: length, weight following length, head; a few children small, heavy or anaemic.
  const small = rng.chance(0.015);
  const light = rng.chance(0.015);
  const heavy = !small && !light && rng.chance(0.015);
  let zL = small ? rng.normal(-2.6, 0.25) : rng.normal(0.15, 0.75);
  let zW = light ? zL - rng.normal(2.6, 0.3) : heavy ? zL + rng.normal(2.6, 0.3) : 0.9 * zL + rng.normal(0.05, 0.35);
  let zH = rng.normal(0.1, 0.8);
  const anaemic = rng.chance(0.03);
  const visit = (id: string, kind: 'entry' | 'periodic' | 'child_health_visit', on: string, months: number | null): void => {
    const age = daysBetweenIso(c.birthDate, on);
    if (age < 0 || on > city.asOf) return;
    const dL = rng.normal(0, 0.06);
    zL += dL;
    zW += dL + rng.normal(0, 0.05);
    zH += rng.normal(0, 0.05);
    const standing = age >= 731;
    const other = rng.chance(0.03); // measured in the other position now and then (WHO's ±0.7 cm rule applies)
    const position = (standing !== other) && age >= 274 ? 'h' : 'l';
    const lengthTrue = measureAt(tables, 'lhfa', sex, days(age), zL)!;
    const lengthCm = fix(round(lengthTrue + (position === 'h' && !standing ? -0.7 : position === 'l' && standing ? 0.7 : 0), 0.1), 1);
    const weightKg = fix(round(measureAt(tables, 'wfa', sex, days(age), zW)! * (1 + rng.normal(0, 0.01)), 0.05), 2);
    const headCm = age <= 1100 ? fix(round(measureAt(tables, 'hcfa', sex, days(age), zH)!, 0.1), 1) : null;
    const yearly = months !== null && months >= 12 && months % 12 === 0;
    const hb = (yearly || kind === 'entry') && age >= 183 ? Math.round(anaemic ? rng.normal(103, 5) : rng.normal(126, 7)) : null;
    const hearing = yearly || months === 6 ? (rng.chance(0.97) ? 'pass' : 'refer') : null;
    const caries = months !== null && months >= 18 && rng.chance(months >= 30 ? 0.22 : 0.1);
    const oral = months !== null && months >= 12 ? (caries ? 'caries' : 'healthy') : null;
    const development = months !== null && [6, 12, 18, 24, 30, 36].includes(months) ? (rng.chance(0.95) ? 'normal' : rng.chance(0.8) ? 'suspect' : 'abnormal') : null;
    const scores = scoreChild(tables, { sex, ageDays: days(age), weightKg: kg(weightKg), lengthCm: cm(lengthCm), position, headCm: headCm === null ? null : cm(headCm) });
    const { flags } = healthFlags(scores, hb);
    // Checks from shortly before the placement on are the facility's; earlier ones were the community's.
    const facilityId = facilityFrom !== null && on >= facilityFrom ? c.facilityId : null;
    plan.checks.push([
      id, c.id, facilityId, partner, kind, on, age, weightKg, lengthCm, position, headCm, hb, hearing, null, oral, caries ? rng.int(1, 4) : null, development,
      flags.length ? flags.map((f) => CONCLUSIONS[f.kind]).join('') : CONCLUSIONS.ok, kind === 'entry' ? true : null, kind === 'entry' ? addDaysIso(addMonthsIso(on, ENTRY_EXAM_POLICY.validMonths), -1) : null, true, `${on}T16:00:00+08:00`,
    ]);
    for (const f of flags) {
      const due = followUpDue(on, f.severity);
      const done = due < city.asOf && daysBetweenIso(on, city.asOf) > 45 && rng.chance(0.8);
      plan.flags.push([derivedId(base, 0x1000 + flagSeq++), id, c.id, f.kind, f.severity, f.value, due, done ? `${addDaysIso(on, rng.int(7, 30))}T10:00:00+08:00` : null, done ? '已随访：已与家长沟通，给予喂养与营养指导，复查中。' : null, true, `${on}T16:00:00+08:00`]);
    }
  };
  const months = CHILD_HEALTH_SCHEDULE.visitMonths;
  const dues = months.map((m) => addMonthsIso(c.birthDate, m));
  const last = dues.findLastIndex((d) => d <= city.asOf);
  months.forEach((m, i) => {
    const due = dues[i]!;
    if (due > city.asOf) return;
    const recent = i === last && daysBetweenIso(due, city.asOf) < 45;
    if (rng.chance(recent ? 0.3 : 0.06)) return; // missed, or not done yet
    const on = addDaysIso(due, rng.int(-5, 18));
    visit(derivedId(base, m), m <= 8 ? 'child_health_visit' : 'periodic', on > city.asOf ? city.asOf : on, m);
  });
  if (c.status === 'enrolled' && c.enrolledFrom) {
    const on = addDaysIso(c.enrolledFrom, -rng.int(5, 40));
    if (on >= c.birthDate) visit(derivedId(base, 0x0fff), 'entry', on, null);
  }
}

const plans = new WeakMap<object, Plan>();
/**
 * The checks and flags of the city, computed once from the checks' own random stream (so both kinds agree, in
 * whatever order they run).
 */
function healthPlan(city: City): Plan {
  const known = plans.get(city.children);
  if (known) return known;
  const plan: Plan = { checks: [], flags: [] };
  const rng = createRng(city.seed, 'records:health_checks');
  const partners = checkPartners(city);
  for (const c of city.children) childVisits(city, c, rng.fork(c.id), partners.get(c.facilityId) ?? null, plan);
  plans.set(city.children, plan);
  return plan;
}

export const healthChecks: RecordKind = {
  name: 'health_checks',
  generate(city: City): RecordRows {
    return {
      table: 'health_checks',
      columns: [
        ['id', 'uuid'], ['child_id', 'uuid'], ['facility_id', 'uuid'], ['institution_id', 'uuid'], ['kind', 'text'], ['examined_on', 'date'], ['age_days', 'integer'],
        ['weight_kg', 'numeric'], ['length_cm', 'numeric'], ['position', 'text'], ['head_cm', 'numeric'], ['haemoglobin_g_l', 'numeric'], ['hearing', 'text'], ['vision', 'text'],
        ['oral', 'text'], ['caries_teeth', 'smallint'], ['development', 'text'], ['conclusion', 'text'], ['passed', 'boolean'], ['valid_until', 'date'], ['synthetic', 'boolean'],
        ['recorded_at', 'timestamptz'],
      ],
      rows: healthPlan(city).checks,
    };
  },
};

export const healthFlagRows: RecordKind = {
  name: 'health_flags',
  generate(city: City): RecordRows {
    return {
      table: 'health_flags',
      columns: [['id', 'uuid'], ['check_id', 'uuid'], ['child_id', 'uuid'], ['kind', 'text'], ['severity', 'text'], ['value', 'numeric'], ['due_on', 'date'], ['done_at', 'timestamptz'], ['outcome', 'text'], ['synthetic', 'boolean'], ['created_at', 'timestamptz']],
      rows: healthPlan(city).flags,
    };
  },
};
