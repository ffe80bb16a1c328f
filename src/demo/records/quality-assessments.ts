/**
 * Quality assessments (质量评估, WS/T 821-2023 style) of the demo city: about two in three filed facilities were
 * assessed by their district in the last two years, each with a quality level of its own (most score B or A, a few
 * C or D), so the facility cards show grades and the quality screens have history. Points and grade come from the
 * same pure engine the API scores with (src/care/quality), so the stored grade always matches its points.
 */
import { scoreAssessment, WS_T_821_2023 } from '../../care/quality/index.ts';
import { addDays } from '../dates.ts';
import type { Rng } from '../rng.ts';
import { stableUuid } from '../rng.ts';
import type { DemoCity, RecordRows } from '../types.ts';
import type { RecordKind } from './index.ts';

const ITEMS = WS_T_821_2023.dimensions.flatMap((d) => d.items);

export const qualityAssessments: RecordKind = {
  name: 'quality_assessments',
  generate(city: Omit<DemoCity, 'records'>, rng: Rng): RecordRows {
    const rows: unknown[][] = [];
    for (const f of city.facilities) {
      if (f.filingStatus !== 'filed' || !rng.chance(0.65)) continue;
      // the facility's level: public and county/municipal centres tend to score higher
      const base = f.tier === 'municipal_centre' || f.tier === 'county_centre' ? 0.9 : f.ownership === 'market' ? 0.72 : 0.8;
      const level = Math.min(0.99, Math.max(0.45, rng.normal(base, 0.08)));
      const scores = Object.fromEntries(ITEMS.map((i) => [i.key, Math.max(0, Math.min(i.maxPoints, Math.round(i.maxPoints * (level + rng.range(-0.08, 0.08)))))]));
      const r = scoreAssessment(WS_T_821_2023, { scores, vetoes: [] });
      const on = addDays(city.asOf, -rng.int(30, 720));
      rows.push([stableUuid(city.seed, `assessment:${f.id}`), f.id, WS_T_821_2023.id, on, 'final', scores, r.totalPoints, r.grade, true, 'district_official', `${on}T10:00:00+08:00`, `${on}T10:00:00+08:00`, `${on}T10:00:00+08:00`]);
    }
    return {
      table: 'quality_assessments',
      columns: [
        ['id', 'uuid'],
        ['facility_id', 'uuid'],
        ['standard_id', 'text'],
        ['assessed_on', 'date'],
        ['status', 'text'],
        ['scores', 'jsonb'],
        ['total_points', 'integer'],
        ['grade', 'text'],
        ['complete', 'boolean'],
        ['assessor_role', 'text'],
        ['created_at', 'timestamptz'],
        ['updated_at', 'timestamptz'],
        ['finalized_at', 'timestamptz'],
      ],
      rows,
    };
  },
};
