/**
 * Kinds of records the demo city carries (attendance, checks, meals, growth, … as feature issues add them). Adding a
 * kind is one module: a pure function (city, rng) → rows for one table, registered in RECORD_KINDS below. Each kind
 * draws from its own random stream (named after the kind), so adding one never changes what the others produce, and
 * the store writes every kind the same way (COPY, in the seeding transaction; big kinds stream their rows).
 */
import type { Rng } from '../rng.ts';
import type { DemoCity, RecordRows } from '../types.ts';
import { classStaff } from './class-staff.ts';
import { staffTraining } from './staff-training.ts';
import { FAMILY_KINDS } from './families.ts';
import { carePickups } from './care-pickups.ts';
import { careAttendance } from './care-attendance.ts';
import { careEntries } from './care-entries.ts';
import { careAbsences } from './care-absences.ts';
import { careShifts } from './care-shifts.ts';
import { careAlerts } from './care-alerts.ts';
import { careMenus } from './care-menus.ts';
import { qualityAssessments } from './quality-assessments.ts';
import { healthChecks, healthFlagRows } from './health-checks.ts';
import { doctorVisits, serviceRegistrations, serviceSessions } from './health-services.ts';
import { courseCompletions, trainingCourses, trainingRegistrations } from './training-courses.ts';

/** One kind of record. */
export interface RecordKind {
  /** Stable name; also the name of its random stream. */
  name: string;
  /** Generates the rows from the city built so far (without records). */
  generate(city: Omit<DemoCity, 'records'>, rng: Rng): RecordRows;
}

/** Registered kinds, in the order the store writes them (put a kind after the kinds its rows reference). */
export const RECORD_KINDS: readonly RecordKind[] = [
  staffTraining,
  classStaff,
  ...FAMILY_KINDS,
  // daily care (issue 11)
  carePickups,
  careAttendance,
  careEntries,
  careAbsences,
  careShifts,
  careAlerts,
  careMenus,
  // health (issue 12)
  healthChecks,
  healthFlagRows,
  serviceSessions,
  serviceRegistrations,
  doctorVisits,
  trainingCourses,
  trainingRegistrations,
  courseCompletions,
  // the bureaus' desk (issue 13)
  qualityAssessments,
];
