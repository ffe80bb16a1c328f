/** The people allowed to collect each placed child (接送人): the guardian(s) and, for most, a grandparent. */
import { simulateCare } from '../care-sim.ts';
import type { Rng } from '../rng.ts';
import type { DemoCity, RecordRows } from '../types.ts';
import type { RecordKind } from './index.ts';

export const carePickups: RecordKind = {
  name: 'pickup_persons',
  generate(city: Omit<DemoCity, 'records'>, _rng: Rng): RecordRows {
    const sim = simulateCare(city);
    return {
      table: 'pickup_persons',
      columns: [['id', 'uuid'], ['child_id', 'uuid'], ['user_id', 'uuid'], ['display_name', 'text'], ['relationship', 'text'], ['added_at', 'timestamptz'], ['synthetic', 'boolean']],
      rows: sim.pickups.map((p) => [p.id, p.childId, p.userId, p.name, p.relationship, `${city.asOf}T00:00:00Z`, true]),
    };
  },
};
