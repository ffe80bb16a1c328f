/** Carers clocked in and out of their classes on every opening day (考勤): what the live ratio counts. */
import { shiftRows } from '../care-sim.ts';
import type { Rng } from '../rng.ts';
import type { DemoCity, RecordRows } from '../types.ts';
import type { RecordKind } from './index.ts';

export const careShifts: RecordKind = {
  name: 'staff_shifts',
  generate(city: Omit<DemoCity, 'records'>, _rng: Rng): RecordRows {
    return {
      table: 'staff_shifts',
      columns: [['id', 'uuid'], ['staff_id', 'uuid'], ['facility_id', 'uuid'], ['class_id', 'uuid'], ['during', 'tstzrange'], ['synthetic', 'boolean']],
      rows: [],
      stream: () => shiftRows(city),
    };
  },
};
