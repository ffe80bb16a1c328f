/** Absences reported ahead (请假): sick with symptoms (reported that morning) or leave (the evening before). */
import { simulateCare } from '../care-sim.ts';
import type { Rng } from '../rng.ts';
import type { DemoCity, RecordRows } from '../types.ts';
import type { RecordKind } from './index.ts';

export const careAbsences: RecordKind = {
  name: 'absence_reports',
  generate(city: Omit<DemoCity, 'records'>, _rng: Rng): RecordRows {
    return {
      table: 'absence_reports',
      columns: [['id', 'uuid'], ['child_id', 'uuid'], ['days', 'daterange'], ['reason', 'text'], ['symptoms', 'text[]'], ['reported_at', 'timestamptz'], ['synthetic', 'boolean']],
      rows: simulateCare(city).absences.map((a) => [a.id, a.childId, `[${a.from},${a.to}]`, a.reason, a.symptoms, a.reportedAt, true]),
    };
  },
};
