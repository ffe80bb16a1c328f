/** The weekly menus (每周食谱) of every facility: breakfast, lunch and the afternoon snack, this week and next. */
import { menuRows } from '../care-sim.ts';
import type { Rng } from '../rng.ts';
import type { DemoCity, RecordRows } from '../types.ts';
import type { RecordKind } from './index.ts';

export const careMenus: RecordKind = {
  name: 'menu_items',
  generate(city: Omit<DemoCity, 'records'>, _rng: Rng): RecordRows {
    return {
      table: 'menu_items',
      columns: [['facility_id', 'uuid'], ['day', 'date'], ['meal', 'text'], ['dishes', 'text[]'], ['allergens', 'text[]'], ['updated_at', 'timestamptz']],
      rows: [],
      stream: () => menuRows(city),
    };
  },
};
