/** Alerts and tasks the care rules raised over the four weeks: absence follow-ups, fevers sent home, outbreaks. */
import { simulateCare } from '../care-sim.ts';
import type { Rng } from '../rng.ts';
import type { DemoCity, RecordRows } from '../types.ts';
import type { RecordKind } from './index.ts';

export const careAlerts: RecordKind = {
  name: 'care_alerts',
  generate(city: Omit<DemoCity, 'records'>, _rng: Rng): RecordRows {
    return {
      table: 'care_alerts',
      columns: [
        ['id', 'uuid'], ['kind', 'text'], ['facility_id', 'uuid'], ['class_id', 'uuid'], ['child_id', 'uuid'], ['day', 'date'], ['dedupe_key', 'text'], ['status', 'text'], ['opened_at', 'timestamptz'],
        ['due_at', 'timestamptz'], ['closed_at', 'timestamptz'], ['resolution', 'text'], ['details', 'jsonb'], ['policy_id', 'text'], ['synthetic', 'boolean'],
      ],
      rows: simulateCare(city).alerts,
    };
  },
};
