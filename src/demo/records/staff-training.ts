/**
 * Staff training sessions (培训记录): pre-service (职前), in-service (职后) and safety (安全) training that add up to
 * each staff member's hours in staff_profiles. Directors need ≥ 60 in-service hours (WS/T 821-2023 5.2.1); a few
 * fall short so the quality screens have something to show.
 */
import { addDays } from '../dates.ts';
import type { Rng } from '../rng.ts';
import { stableUuid } from '../rng.ts';
import type { DemoCity, RecordRows } from '../types.ts';
import type { RecordKind } from './index.ts';

const TITLES: Record<'pre_service' | 'in_service' | 'safety', readonly string[]> = {
  pre_service: ['托育从业人员职前培训', '婴幼儿照护基础', '保育师岗前培训'],
  in_service: ['婴幼儿回应性照护', '婴幼儿营养与喂养', '婴幼儿早期发展指导', '托育机构保育指导大纲解读', '婴幼儿伤害预防', '中医推拿保健'],
  safety: ['消防安全演练', '食品安全培训', '婴幼儿急救（海姆立克法）', '传染病防控培训'],
};

function split(total: number, rng: Rng): number[] {
  const out: number[] = [];
  let left = total;
  while (left > 0) {
    const h = Math.min(left, rng.pick([4, 8, 8, 16, 24]));
    out.push(h);
    left -= h;
  }
  return out;
}

export const staffTraining: RecordKind = {
  name: 'staff_training',
  generate(city: Omit<DemoCity, 'records'>, rng: Rng): RecordRows {
    const rows: unknown[][] = [];
    for (const s of city.staff) {
      const kinds = [
        ['pre_service', s.trainingPreHours],
        ['in_service', s.trainingInHours],
        ['safety', s.trainingSafetyHours],
      ] as const;
      for (const [kind, hours] of kinds) {
        split(hours, rng).forEach((h, i) => {
          rows.push([stableUuid(city.seed, `training:${s.id}:${kind}:${i}`), s.id, kind, rng.pick(TITLES[kind]), h, addDays(city.asOf, -rng.int(10, 900)), true]);
        });
      }
    }
    return {
      table: 'staff_training',
      columns: [
        ['id', 'uuid'],
        ['staff_id', 'uuid'],
        ['kind', 'text'],
        ['title', 'text'],
        ['hours', 'numeric'],
        ['held_on', 'date'],
        ['synthetic', 'boolean'],
      ],
      rows,
    };
  },
};
