/**
 * Staff training courses of the demo city (托育从业人员培训): the municipal centre's pre-service and safety courses
 * and 长治市妇幼保健院's in-service courses over the last two and a half years (registrations and completions — the
 * completions are training records with certificates, some by now expired) and over the next three months (open for
 * registration, one of them full). Completions go to carers and health staff only, so the directors' hours stay the
 * generator's (a few directors short of 60).
 */
import { addDaysIso, addMonthsIso } from '../../care/health-schedule.ts';
import type { TrainingKind } from '../../care/training-rules.ts';
import type { Rng } from '../rng.ts';
import { createRng, stableUuid } from '../rng.ts';
import type { DemoCity, RecordRows } from '../types.ts';
import type { RecordKind } from './index.ts';

type City = Omit<DemoCity, 'records'>;

interface CourseSpec {
  key: string;
  kind: TrainingKind;
  title: string;
  provider: 'centre' | 'hospital';
  /** Days from the demo's today to the first day. */
  offset: number;
  length: number;
  hours: number;
  capacity: number;
  certificateMonths: number | null;
}

const COURSES: readonly CourseSpec[] = [
  { key: 'pre-2024a', kind: 'pre_service', title: '托育从业人员职前培训（第一期）', provider: 'centre', offset: -880, length: 5, hours: 40, capacity: 60, certificateMonths: 36 },
  { key: 'safe-2024', kind: 'safety', title: '婴幼儿急救（海姆立克法）与心肺复苏', provider: 'centre', offset: -800, length: 1, hours: 8, capacity: 80, certificateMonths: 24 },
  { key: 'in-2024', kind: 'in_service', title: '婴幼儿回应性照护', provider: 'hospital', offset: -600, length: 2, hours: 16, capacity: 60, certificateMonths: null },
  { key: 'pre-2025', kind: 'pre_service', title: '托育从业人员职前培训（第二期）', provider: 'centre', offset: -420, length: 5, hours: 40, capacity: 60, certificateMonths: 36 },
  { key: 'in-2025a', kind: 'in_service', title: '中医推拿保健（小儿推拿）', provider: 'hospital', offset: -300, length: 2, hours: 12, capacity: 50, certificateMonths: 24 },
  { key: 'safe-2025', kind: 'safety', title: '消防安全与应急疏散', provider: 'centre', offset: -200, length: 1, hours: 4, capacity: 100, certificateMonths: 12 },
  { key: 'in-2026a', kind: 'in_service', title: '婴幼儿营养与喂养', provider: 'hospital', offset: -90, length: 2, hours: 16, capacity: 60, certificateMonths: null },
  { key: 'safe-2026', kind: 'safety', title: '传染病防控与晨午检', provider: 'hospital', offset: -35, length: 1, hours: 6, capacity: 80, certificateMonths: 12 },
  { key: 'in-next-a', kind: 'in_service', title: '婴幼儿早期发展指导', provider: 'hospital', offset: 12, length: 2, hours: 16, capacity: 40, certificateMonths: null },
  { key: 'safe-next', kind: 'safety', title: '婴幼儿急救（海姆立克法）复训', provider: 'centre', offset: 25, length: 1, hours: 8, capacity: 30, certificateMonths: 24 },
  { key: 'pre-next', kind: 'pre_service', title: '托育从业人员职前培训（第三期）', provider: 'centre', offset: 45, length: 5, hours: 40, capacity: 60, certificateMonths: 36 },
  { key: 'in-next-b', kind: 'in_service', title: '托育机构保育指导大纲解读', provider: 'hospital', offset: 70, length: 1, hours: 8, capacity: 50, certificateMonths: null },
];

interface Plan {
  courses: unknown[][];
  registrations: unknown[][];
  completions: unknown[][];
}
const plans = new WeakMap<object, Plan>();

function trainingPlan(city: City): Plan {
  const known = plans.get(city.staff);
  if (known) return known;
  const rng = createRng(city.seed, 'records:training_courses');
  const plan: Plan = { courses: [], registrations: [], completions: [] };
  const centre = city.facilities.find((f) => f.tier === 'municipal_centre')!;
  const hospital = city.medical.find((m) => m.name === '长治市妇幼保健院')!;
  const learners = city.staff.filter((s) => s.role !== 'director');
  const at = `${city.asOf}T08:00:00Z`;
  for (const c of COURSES) {
    const id = stableUuid(city.seed, `course:${c.key}`);
    const starts = addDaysIso(city.asOf, c.offset);
    const ends = addDaysIso(starts, c.length - 1);
    plan.courses.push([id, c.kind, c.title, c.provider === 'centre' ? centre.id : null, c.provider === 'hospital' ? hospital.id : null, starts, ends, c.hours, c.capacity, c.certificateMonths, c.provider === 'centre' ? `${centre.name}培训中心` : `${hospital.name}学术报告厅`, at, true]);
    const past = ends < city.asOf;
    const n = past ? Math.round(c.capacity * rng.range(0.7, 1)) : c.key === 'safe-next' ? c.capacity : Math.round(c.capacity * rng.range(0.2, 0.6));
    const chosen = new Set<number>();
    while (chosen.size < Math.min(n, learners.length)) chosen.add(rng.int(0, learners.length - 1));
    let seq = 0;
    for (const i of [...chosen].sort((a, b) => a - b)) {
      const s = learners[i]!;
      const registered = `${addDaysIso(starts, -rng.int(5, 30))}T10:00:00+08:00`;
      plan.registrations.push([stableUuid(city.seed, `course-reg:${c.key}:${s.id}`), id, s.id, registered, true]);
      if (!past || !rng.chance(0.92)) continue;
      const certificateNo = c.certificateMonths ? `长托培〔${ends.slice(0, 4)}〕${c.key.slice(0, 3).toUpperCase()}${String(++seq).padStart(4, '0')}` : null;
      plan.completions.push([
        stableUuid(city.seed, `course-done:${c.key}:${s.id}`), s.id, c.kind, c.title, c.hours, ends, true, id, c.provider === 'centre' ? centre.name : hospital.name, certificateNo,
        c.certificateMonths ? addDaysIso(addMonthsIso(ends, c.certificateMonths), -1) : null,
      ]);
    }
  }
  plans.set(city.staff, plan);
  return plan;
}

export const trainingCourses: RecordKind = {
  name: 'training_courses',
  generate(city: City, _rng: Rng): RecordRows {
    return {
      table: 'training_courses',
      columns: [
        ['id', 'uuid'], ['kind', 'text'], ['title', 'text'], ['provider_facility_id', 'uuid'], ['provider_institution_id', 'uuid'], ['starts_on', 'date'], ['ends_on', 'date'], ['hours', 'numeric'],
        ['capacity', 'integer'], ['certificate_valid_months', 'smallint'], ['location', 'text'], ['created_at', 'timestamptz'], ['synthetic', 'boolean'],
      ],
      rows: trainingPlan(city).courses,
    };
  },
};

export const trainingRegistrations: RecordKind = {
  name: 'training_registrations',
  generate(city: City, _rng: Rng): RecordRows {
    return { table: 'training_registrations', columns: [['id', 'uuid'], ['course_id', 'uuid'], ['staff_id', 'uuid'], ['registered_at', 'timestamptz'], ['synthetic', 'boolean']], rows: trainingPlan(city).registrations };
  },
};

/** Completed courses: training records (staff_training) with their certificates. */
export const courseCompletions: RecordKind = {
  name: 'course_completions',
  generate(city: City, _rng: Rng): RecordRows {
    return {
      table: 'staff_training',
      columns: [
        ['id', 'uuid'], ['staff_id', 'uuid'], ['kind', 'text'], ['title', 'text'], ['hours', 'numeric'], ['held_on', 'date'], ['synthetic', 'boolean'], ['course_id', 'uuid'], ['provider', 'text'],
        ['certificate_no', 'text'], ['certificate_valid_to', 'date'],
      ],
      rows: trainingPlan(city).completions,
    };
  },
};
