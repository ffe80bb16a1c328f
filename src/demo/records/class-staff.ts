/**
 * Which carers work in which class (class_staff): each facility's carers are spread over its classes in turn, from
 * the day they were hired (or the class opened), so every class has its carers and the demo teacher login teaches a
 * class of its own (the access policy's "own class").
 */
import type { Rng } from '../rng.ts';
import type { DemoCity, RecordRows } from '../types.ts';
import type { RecordKind } from './index.ts';

/** One carer in one class from a day (what class_staff holds; temporary care reads it as the roster). */
export interface CarerAssignment {
  classId: string;
  staffId: string;
  lead: boolean;
  from: string;
}

/** The carers of every class, as the class_staff rows say. */
export function carerAssignments(city: Omit<DemoCity, 'records'>): CarerAssignment[] {
  const classesOf = new Map<string, string[]>();
  for (const c of [...city.classes].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const list = classesOf.get(c.facilityId) ?? [];
    list.push(c.id);
    classesOf.set(c.facilityId, list);
  }
  const out: CarerAssignment[] = [];
  const seen = new Map<string, number>();
  for (const s of city.staff) {
    if (s.role !== 'carer') continue;
    const classes = classesOf.get(s.facilityId);
    if (!classes?.length) continue;
    const i = seen.get(s.facilityId) ?? 0;
    seen.set(s.facilityId, i + 1);
    out.push({ classId: classes[i % classes.length]!, staffId: s.id, lead: i < classes.length, from: s.hiredOn });
  }
  return out;
}

export const classStaff: RecordKind = {
  name: 'class_staff',
  generate(city: Omit<DemoCity, 'records'>, _rng: Rng): RecordRows {
    return {
      table: 'class_staff',
      columns: [
        ['class_id', 'uuid'],
        ['staff_id', 'uuid'],
        ['lead', 'boolean'],
        ['during', 'daterange'],
      ],
      rows: carerAssignments(city).map((a) => [a.classId, a.staffId, a.lead, `[${a.from},)`]),
    };
  },
};
