/**
 * The WHO tables are checked on load: the real ones pass with WHO's row counts; a corrupt copy (a row missing, keys
 * out of order, a value out of range, a median that falls) stops loading with a message naming table and row.
 */
import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/errors.ts';
import { buildWhoTables, INDICATORS, lmsAt, loadWhoTables, readPackageTables, tableOf, type RawLmsRow, type RawTables } from './index.ts';

const raw = await readPackageTables();
/** A copy of the raw tables with one table replaced. */
function withTable(ind: keyof RawTables, sex: 1 | 2, rows: unknown): RawTables {
  return { ...raw, [ind]: { ...raw[ind], [sex]: rows } } as RawTables;
}
function corruptMessage(t: RawTables): string {
  try {
    buildWhoTables(t);
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('unavailable');
    return (e as AppError).message;
  }
  throw new Error('a corrupt table was accepted');
}
const rowsOf = (ind: keyof RawTables, sex: 1 | 2): RawLmsRow[] => raw[ind][sex].map((r) => ({ ...r }));

describe('WHO tables from @pedi-growth/core', () => {
  it('load with WHO row counts, keys and ranges', async () => {
    const t = await loadWhoTables();
    const counts = Object.fromEntries(INDICATORS.map((i) => [i, [tableOf(t, i, 1).rows, tableOf(t, i, 2).rows]]));
    expect(counts).toEqual({ wfa: [1857, 1857], lhfa: [1857, 1857], wfl: [651, 651], wfh: [551, 551], bfa: [1857, 1857], hcfa: [1857, 1857] });
    expect(await loadWhoTables()).toBe(t); // loaded once per process
    // WHO's published values: weight-for-age boys at birth M = 3.3464, girls' height-for-age at 1856 days M = 109.9352.
    expect(lmsAt(tableOf(t, 'wfa', 1), 0)).toEqual({ L: 0.3487, M: 3.3464, S: 0.14602 });
    expect(lmsAt(tableOf(t, 'lhfa', 2), 1856)!.M).toBe(109.9352);
  });

  it('interpolates weight-for-length between the 0.1 cm rows, as anthro does', async () => {
    const t = tableOf(await loadWhoTables(), 'wfl', 1);
    const lo = lmsAt(t, 45.1)!;
    const hi = lmsAt(t, 45.2)!;
    const mid = lmsAt(t, 45.125)!;
    expect(mid.M).toBeCloseTo(lo.M + 0.25 * (hi.M - lo.M), 12);
    expect(mid.S).toBeCloseTo(lo.S + 0.25 * (hi.S - lo.S), 12);
    expect(lmsAt(t, 110)!.M).toBe(18.2689);
    expect(lmsAt(t, 44.99)).toBeNull();
    expect(lmsAt(t, 110.01)).toBeNull();
  });

  it('reject a table with a row missing', () => {
    const rows = rowsOf('wfa', 1);
    rows.splice(100, 1);
    expect(corruptMessage(withTable('wfa', 1, rows))).toBe('WHO growth table wfa boys is corrupt: 1856 rows, expected 1857 (0–1856 by 1)');
  });

  it('reject keys out of order or duplicated', () => {
    const rows = rowsOf('wfl', 2);
    [rows[10], rows[11]] = [rows[11]!, rows[10]!];
    expect(corruptMessage(withTable('wfl', 2, rows))).toMatch(/^WHO growth table wfl girls is corrupt: row 11: key 46.1, expected 46 \(keys must rise by 0.1/);
    const dup = rowsOf('hcfa', 1);
    dup[5] = { ...dup[4]! };
    expect(corruptMessage(withTable('hcfa', 1, dup))).toMatch(/hcfa boys is corrupt: row 6: key 4, expected 5/);
  });

  it('reject L, M or S out of range, or not numbers', () => {
    const l = rowsOf('bfa', 2);
    l[3] = { ...l[3]!, L: 7 };
    expect(corruptMessage(withTable('bfa', 2, l))).toMatch(/bfa girls is corrupt: row 4 .*L = 7 outside -3…3/);
    const m = rowsOf('wfh', 1);
    m[0] = { ...m[0]!, M: 742.7 }; // grams-for-kilograms style slip
    expect(corruptMessage(withTable('wfh', 1, m))).toMatch(/wfh boys is corrupt: row 1: M = 742.7 kg outside 5…30/);
    const s = rowsOf('lhfa', 2);
    s[9] = { ...s[9]!, S: Number.NaN };
    expect(corruptMessage(withTable('lhfa', 2, s))).toMatch(/lhfa girls is corrupt: row 10: S is NaN, not a finite number/);
    expect(corruptMessage(withTable('wfa', 2, 'nope'))).toMatch(/wfa girls is corrupt: not a list of rows/);
    const gone = rowsOf('hcfa', 2);
    gone[0] = { age: 0, L: 1, S: 0.03 } as RawLmsRow;
    expect(corruptMessage(withTable('hcfa', 2, gone))).toMatch(/hcfa girls is corrupt: row 1: M is missing, not a finite number/);
  });

  it('reject a median that falls where growth must rise (but allow length → height at 731 days)', () => {
    const rows = rowsOf('lhfa', 1);
    rows[400] = { ...rows[400]!, M: rows[399]!.M - 0.5 };
    expect(corruptMessage(withTable('lhfa', 1, rows))).toMatch(/lhfa boys is corrupt: row 401: median M = .* falls below/);
    expect(raw.lhfa[1][731]!.M).toBeLessThan(raw.lhfa[1][730]!.M); // the real step down, accepted above
  });
});
