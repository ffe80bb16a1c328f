/**
 * The `growth score` CSV contract (docs/architecture.md): a header row, then one child visit per row.
 *
 * Columns read (case-insensitive, any order, others are kept as they are): `id, sex` (1/2 or M/F), `age_days` (or
 * `birth_date` + `date`, YYYY-MM-DD), `weight_kg, length_cm, position` (l lying, h standing, empty unknown),
 * `head_cm`, and optionally `oedema` (y/n).
 *
 * Columns written: every input column unchanged, then
 *   z_wfa, z_lhfa, z_wflh, z_bfa, z_hcfa           WHO z-scores, 2 decimals (anthro's precision); empty if not computable
 *   flag_wfa … flag_hcfa                           1 = WHO's implausible-value flag, 0 = not flagged; empty with the z
 *   reason_wfa … reason_hcfa                       why a z is empty, one sentence (`reason_code: message`); else empty
 *   clenhei_cm                                     length/height after the ±0.7 cm position correction
 *   bmi                                            weight / (clenhei_cm/100)², kg/m²
 *   wflh_table                                     wfl (weight-for-length) or wfh (weight-for-height)
 *   c9mo_flag                                      1 = measured standing before 9 months: position dropped (WHO)
 * An input column with one of these names is overwritten in place rather than repeated.
 */
import { parse } from 'csv-parse/sync';
import { AppError } from '../shared/errors.ts';
import type { ChildScores } from './child.ts';
import { SCORE_KEYS, type ScoreKey } from './indicators.ts';
import { scoreRecord, type ChildRecord } from './record.ts';
import type { WhoTables } from './tables.ts';

/** The input columns the scorer understands. */
export const INPUT_COLUMNS = ['id', 'sex', 'age_days', 'birth_date', 'date', 'weight_kg', 'length_cm', 'position', 'head_cm', 'oedema'] as const;
type InputColumn = (typeof INPUT_COLUMNS)[number];

/** The columns appended to every row, in order. */
export const OUTPUT_COLUMNS: readonly string[] = [
  ...SCORE_KEYS.map((k) => `z_${k}`),
  ...SCORE_KEYS.map((k) => `flag_${k}`),
  ...SCORE_KEYS.map((k) => `reason_${k}`),
  'clenhei_cm',
  'bmi',
  'wflh_table',
  'c9mo_flag',
];

/** What a scored file holds, besides its text. */
export interface ScoredCsv {
  readonly csv: string;
  readonly rows: number;
  /** Rows with a z-score, per score. */
  readonly computed: Readonly<Record<ScoreKey, number>>;
  /** Rows flagged by WHO's implausibility rule, per score. */
  readonly flagged: Readonly<Record<ScoreKey, number>>;
}

/** Quotes a CSV field when it holds a comma, a quote or a line break (RFC 4180). */
export function csvField(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

const round = (v: number, d: number): string => String(+v.toFixed(d));

/** The appended cells of one scored row, in `OUTPUT_COLUMNS` order. */
export function outputCells(s: ChildScores): string[] {
  const cells: string[] = [];
  for (const k of SCORE_KEYS) {
    const r = s[k];
    cells.push(r.ok ? r.zRounded.toFixed(2) : '');
  }
  for (const k of SCORE_KEYS) {
    const r = s[k];
    cells.push(r.ok ? (r.flagged ? '1' : '0') : '');
  }
  for (const k of SCORE_KEYS) {
    const r = s[k];
    cells.push(r.ok ? '' : `${r.reason}: ${r.message}`);
  }
  cells.push(s.lengthCm === null ? '' : round(s.lengthCm, 4), s.bmi === null ? '' : round(s.bmi, 4), s.wflhTable ?? '', s.c9moFlag ? '1' : '0');
  return cells;
}

function parseRows(text: string): string[][] {
  try {
    return parse(text, { bom: true, skip_empty_lines: true, relax_quotes: false, trim: false }) as string[][];
  } catch (e) {
    const msg = e instanceof Error ? e.message.split('\n')[0]! : String(e);
    throw new AppError('invalid', `in: not a readable CSV file: ${msg}`, { field: 'in' });
  }
}

/**
 * Scores a CSV file of child visits (the `growth score` contract) and returns the scored CSV.
 * @param tables - from `loadWhoTables()`
 * @param text - the file's text (UTF-8; a BOM is dropped)
 * @throws AppError `invalid` (field `in`) for a file without a header, without a `sex` column or without any
 *   measurement column, with a duplicated column, or that is not CSV. Bad values inside rows never throw: they
 *   empty the scores they feed and say why in `reason_*`.
 */
export function scoreCsv(tables: WhoTables, text: string): ScoredCsv {
  const rows = parseRows(text);
  if (rows.length === 0 || rows[0]!.every((c) => c.trim() === '')) {
    throw new AppError('invalid', `in: no header row (expected columns such as ${INPUT_COLUMNS.slice(0, 8).join(', ')})`, { field: 'in' });
  }
  const header = rows[0]!;
  const names = header.map((h) => h.trim().toLowerCase());
  const col: Partial<Record<InputColumn, number>> = {};
  for (const [i, n] of names.entries()) {
    if (!(INPUT_COLUMNS as readonly string[]).includes(n)) continue;
    if (col[n as InputColumn] !== undefined) throw new AppError('invalid', `in: column "${n}" appears twice in the header`, { field: 'in' });
    col[n as InputColumn] = i;
  }
  if (col.sex === undefined) throw new AppError('invalid', `in: the header has no "sex" column (found: ${header.slice(0, 12).join(', ')})`, { field: 'in' });
  if (col.weight_kg === undefined && col.length_cm === undefined && col.head_cm === undefined) {
    throw new AppError('invalid', 'in: the header has none of weight_kg, length_cm, head_cm: nothing to score', { field: 'in' });
  }
  // Output columns already present are overwritten in place; the rest are appended.
  const outAt = OUTPUT_COLUMNS.map((c) => {
    const i = names.indexOf(c);
    return i >= 0 ? i : -1;
  });
  const outHeader = [...header];
  let next = header.length;
  const target = outAt.map((i, k) => {
    if (i >= 0) return i;
    outHeader.push(OUTPUT_COLUMNS[k]!);
    return next++;
  });

  const computed = { wfa: 0, lhfa: 0, wflh: 0, bfa: 0, hcfa: 0 };
  const flagged = { wfa: 0, lhfa: 0, wflh: 0, bfa: 0, hcfa: 0 };
  const lines: string[] = [outHeader.map(csvField).join(',')];
  const get = (row: string[], c: InputColumn): string | undefined => (col[c] === undefined ? undefined : row[col[c]!]);
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    const rec: ChildRecord = {
      sex: get(row, 'sex'),
      age_days: get(row, 'age_days'),
      birth_date: get(row, 'birth_date'),
      date: get(row, 'date'),
      weight_kg: get(row, 'weight_kg'),
      length_cm: get(row, 'length_cm'),
      position: get(row, 'position'),
      head_cm: get(row, 'head_cm'),
      oedema: get(row, 'oedema'),
    };
    const s = scoreRecord(tables, rec);
    for (const k of SCORE_KEYS) {
      const v = s[k];
      if (v.ok) {
        computed[k]++;
        if (v.flagged) flagged[k]++;
      }
    }
    const out = [...row];
    const cells = outputCells(s);
    for (let k = 0; k < cells.length; k++) out[target[k]!] = cells[k]!;
    lines.push(out.map(csvField).join(','));
  }
  return { csv: `${lines.join('\n')}\n`, rows: rows.length - 1, computed, flagged };
}
