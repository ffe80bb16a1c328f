/** Attendance (出勤) of the four weeks: one row per child and day in care, with who brought and collected them. */
import { localIso, simulateCare } from '../care-sim.ts';
import type { Rng } from '../rng.ts';
import type { DemoCity, RecordRows } from '../types.ts';
import type { RecordKind } from './index.ts';

export const careAttendance: RecordKind = {
  name: 'attendance',
  generate(city: Omit<DemoCity, 'records'>, _rng: Rng): RecordRows {
    const sim = simulateCare(city);
    const rows: unknown[][] = [];
    for (const d of sim.days) {
      if (d.status !== 'present') continue;
      rows.push([d.child.id, d.day, d.child.facilityId, d.child.classId, localIso(d.day, d.arrive), d.gone ? localIso(d.day, d.leave) : null, d.dropped, d.gone ? d.collected : null, d.detail ? d.checkInId : null, d.gone ? d.checkOutId : null, !!d.fever && d.gone]);
    }
    return {
      table: 'attendance',
      columns: [['child_id', 'uuid'], ['day', 'date'], ['facility_id', 'uuid'], ['class_id', 'uuid'], ['check_in_at', 'timestamptz'], ['check_out_at', 'timestamptz'], ['dropped_by', 'uuid'], ['collected_by', 'uuid'], ['check_in_entry', 'uuid'], ['check_out_entry', 'uuid'], ['sent_home', 'boolean']],
      rows,
    };
  },
};
