/**
 * From a loosely typed record (a CSV row, a form, a JSON body) to a child's scores: parses sex, age (age_days, or
 * birth_date + date), weight_kg, length_cm, position, head_cm and oedema, and turns every value that does not parse
 * into a reason on the scores that need it — so a bad cell empties the scores it feeds, names itself, and never
 * throws. Field names are the CLI contract's (docs/architecture.md, `growth score`).
 */
import { scoreChild, type ChildMeasurement, type ChildScores, type Position } from './child.ts';
import { type ScoreKey, type Sex } from './indicators.ts';
import { notScored, type NotScored, type ReasonCode, type Score } from './score.ts';
import type { WhoTables } from './tables.ts';
import { cm, days, kg } from './units.ts';

/** The fields a record may carry (all optional; strings or numbers). */
export interface ChildRecord {
  readonly sex?: unknown;
  readonly age_days?: unknown;
  readonly birth_date?: unknown;
  readonly date?: unknown;
  readonly weight_kg?: unknown;
  readonly length_cm?: unknown;
  readonly position?: unknown;
  readonly head_cm?: unknown;
  readonly oedema?: unknown;
}

const SEXES: Record<string, Sex> = { '1': 1, m: 1, male: 1, boy: 1, 男: 1, '2': 2, f: 2, female: 2, girl: 2, 女: 2 };
const POSITIONS: Record<string, Position> = { l: 'l', lying: 'l', recumbent: 'l', 卧: 'l', 卧位: 'l', h: 'h', standing: 'h', 立: 'h', 立位: 'h' };

const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v).trim());

/** 1/M/male/男 → 1, 2/F/female/女 → 2, anything else → null. */
export function parseSex(v: unknown): Sex | null {
  return SEXES[text(v).toLowerCase()] ?? null;
}

/** l/lying/卧位 → 'l', h/standing/立位 → 'h', empty → null, anything else → undefined (invalid). */
export function parsePosition(v: unknown): Position | null | undefined {
  const s = text(v).toLowerCase();
  return s === '' ? null : POSITIONS[s];
}

/** WHO's oedema cleaning: y/Y/1 (and yes/true/是) mean oedema; anything else, empty included, means none. */
export function parseOedema(v: unknown): boolean {
  return ['y', '1', 'yes', 'true', '是', '有'].includes(text(v).toLowerCase());
}

const DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
/** A calendar date (YYYY-MM-DD, or YYYY/M/D as Excel writes it) as a UTC day number, or null if it is not one. */
export function parseDay(v: unknown): number | null {
  const m = DATE.exec(text(v));
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return t / 86_400_000;
}

/** Age in days between two calendar dates (date of measurement − date of birth), or null if either is not a date. */
export function ageDaysBetween(birthDate: unknown, date: unknown): number | null {
  const b = parseDay(birthDate);
  const d = parseDay(date);
  return b === null || d === null ? null : d - b;
}

/** A number from a cell: undefined when empty, NaN when it is not a number. */
function num(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  const s = text(v);
  if (s === '') return undefined;
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s) ? Number(s) : NaN;
}

type Field = 'sex' | 'age' | 'weight' | 'length' | 'position' | 'head';
/** The scores each field feeds. */
const FEEDS: Record<Field, readonly ScoreKey[]> = {
  sex: ['wfa', 'lhfa', 'wflh', 'bfa', 'hcfa'],
  age: ['wfa', 'lhfa', 'wflh', 'bfa', 'hcfa'],
  weight: ['wfa', 'wflh', 'bfa'],
  length: ['lhfa', 'wflh', 'bfa'],
  position: ['lhfa', 'wflh', 'bfa'],
  head: ['hcfa'],
};
/** Which problem is reported first when several apply (the engine's own order). */
const RANK: Record<ReasonCode, number> = {
  sex_unknown: 0, age_missing: 1, age_invalid: 1, age_out_of_range: 1, oedema: 2, weight_missing: 3, weight_invalid: 3,
  length_missing: 4, length_invalid: 4, position_invalid: 5, head_missing: 6, head_invalid: 6, length_out_of_range: 7,
};

/** A record parsed: the measurements, plus a problem per field whose text did not parse. */
export interface ParsedRecord {
  readonly child: ChildMeasurement;
  readonly problems: Partial<Record<Field, NotScored>>;
}

/** Parses a record's fields (see `ChildRecord`); never throws. */
export function parseChildRecord(r: ChildRecord): ParsedRecord {
  const problems: Partial<Record<Field, NotScored>> = {};
  const sexText = text(r.sex);
  const sex = parseSex(sexText);
  if (sex === null && sexText !== '') problems.sex = notScored(null, 'sex_unknown', `sex "${sexText}" is not 1/M (boy) or 2/F (girl)`);

  let age: number | undefined = num(r.age_days);
  if (age !== undefined && Number.isNaN(age)) problems.age = notScored(null, 'age_invalid', `age_days "${text(r.age_days)}" is not a number`);
  if (age === undefined && (text(r.birth_date) !== '' || text(r.date) !== '')) {
    const b = parseDay(r.birth_date);
    const d = parseDay(r.date);
    if (b === null) problems.age = notScored(null, text(r.birth_date) === '' ? 'age_missing' : 'age_invalid', text(r.birth_date) === '' ? 'birth_date is missing (date is given)' : `birth_date "${text(r.birth_date)}" is not a date (YYYY-MM-DD)`);
    else if (d === null) problems.age = notScored(null, text(r.date) === '' ? 'age_missing' : 'age_invalid', text(r.date) === '' ? 'date (of measurement) is missing (birth_date is given)' : `date "${text(r.date)}" is not a date (YYYY-MM-DD)`);
    else if (d < b) problems.age = notScored(null, 'age_invalid', `date ${text(r.date)} is before birth_date ${text(r.birth_date)}`);
    else age = d - b;
  }

  const measure = (key: 'weight_kg' | 'length_cm' | 'head_cm', field: Field, code: 'weight' | 'length' | 'head'): number | undefined => {
    const v = num(r[key]);
    if (v !== undefined && Number.isNaN(v)) problems[field] = notScored(null, `${code}_invalid`, `${key} "${text(r[key])}" is not a number`);
    return v;
  };
  const weight = measure('weight_kg', 'weight', 'weight');
  const length = measure('length_cm', 'length', 'length');
  const head = measure('head_cm', 'head', 'head');

  const position = parsePosition(r.position);
  if (position === undefined) problems.position = notScored(null, 'position_invalid', `position "${text(r.position)}" is not l (lying) or h (standing)`);

  const ok = (v: number | undefined): number | null => (v === undefined || Number.isNaN(v) ? null : v);
  const a = ok(age);
  const w = ok(weight);
  const l = ok(length);
  const h = ok(head);
  return {
    child: {
      sex,
      ageDays: problems.age ? null : a === null ? null : days(a),
      weightKg: w === null ? null : kg(w),
      lengthCm: l === null ? null : cm(l),
      position: position ?? null,
      headCm: h === null ? null : cm(h),
      oedema: parseOedema(r.oedema),
    },
    problems,
  };
}

/**
 * Scores a loosely typed record: the engine's scores, with each unparseable field's problem on the scores it feeds
 * (the first problem in the engine's order wins; a field's own parse problem replaces the engine's "missing").
 * @param tables - from `loadWhoTables()`
 * @param r - a CSV row or request body with the contract's field names
 */
export function scoreRecord(tables: WhoTables, r: ChildRecord): ChildScores {
  const { child, problems } = parseChildRecord(r);
  const s = scoreChild(tables, child);
  const fields = Object.keys(problems) as Field[];
  if (fields.length === 0) return s;
  const out: Record<ScoreKey, Score> = { wfa: s.wfa, lhfa: s.lhfa, wflh: s.wflh, bfa: s.bfa, hcfa: s.hcfa };
  for (const key of Object.keys(out) as ScoreKey[]) {
    let best: Score = out[key];
    for (const f of fields) {
      if (!FEEDS[f].includes(key)) continue;
      const p = problems[f]!;
      if (best.ok || RANK[p.reason] <= RANK[best.reason]) best = { ...p, indicator: best.indicator };
    }
    out[key] = best;
  }
  return { ...s, ...out };
}
