/** The guardians' reading: bands at WHO's lines, centiles, trends only across major bands and enough days. */
import { describe, expect, it } from 'vitest';
import { bandOf, cm, days, growthReading, kg, loadWhoTables, measureAt, scoreChild } from './index.ts';

const tables = await loadWhoTables();
const visit = (date: string, ageDays: number, zW: number, zL = 0) => ({
  date,
  scores: scoreChild(tables, { sex: 2, ageDays: days(ageDays), weightKg: kg(measureAt(tables, 'wfa', 2, days(ageDays), zW) as number), lengthCm: cm(measureAt(tables, 'lhfa', 2, days(ageDays), zL) as number), position: 'l' }),
});

describe('growth reading', () => {
  it('bands at −3, −2, +2, +3 SD (the edges belong to the inner band)', () => {
    expect([-3.01, -3, -2.01, -2, 0, 2, 2.01, 3, 3.01].map(bandOf)).toEqual(['well_below', 'below', 'below', 'typical', 'typical', 'typical', 'above', 'above', 'well_above']);
  });

  it('reads the latest visit per indicator with its centile and a steady, rising or falling trend', () => {
    const r = growthReading([visit('2026-03-01', 300, 0.2), visit('2026-01-01', 240, 0.1)]);
    const wfa = r.find((x) => x.indicator === 'wfa')!;
    expect(wfa).toMatchObject({ date: '2026-03-01', z: 0.2, band: 'typical', trend: 'steady' });
    expect(wfa.centile).toBeCloseTo(57.9, 1);
    expect(r.map((x) => x.indicator)).toEqual(['wfa', 'lhfa', 'wflh']);
    const falling = growthReading([visit('2026-01-01', 240, 0.5), visit('2026-03-01', 300, -0.5)]).find((x) => x.indicator === 'wfa')!;
    expect(falling.trend).toBe('falling');
    expect(growthReading([visit('2026-01-01', 240, -0.5), visit('2026-03-01', 300, 0.5)])[0]!.trend).toBe('rising');
  });

  it('compares only visits at least 28 days apart, and a single visit has no trend', () => {
    expect(growthReading([visit('2026-01-01', 240, 0.5), visit('2026-01-15', 254, -0.8)])[0]!.trend).toBeNull();
    expect(growthReading([visit('2026-01-01', 240, 0)])[0]!.trend).toBeNull();
    expect(growthReading([])).toEqual([]);
  });
});
