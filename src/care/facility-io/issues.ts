/**
 * Import issues: every problem an import finds is one {@link ImportIssue} — the shared {@link FieldIssue} (row and
 * flat column as `field`) plus a stable machine `code` and, where useful, `params`. Made in one place so the shape
 * follows FieldIssue when it grows.
 */
import { AppError, type FieldIssue, type IssueCode } from '../../shared/errors.ts';
import { BAD_TEXT_CODE, describeBadText, findBadText } from '../../shared/text.ts';
import { MAX_IMPORT_ROWS } from './types.ts';

/** The codes an import issue carries (stable: clients may switch on them; all listed in src/shared/issue-codes.ts). */
export type ImportIssueCode = Extract<IssueCode, ImportCode>;
type ImportCode =
  // header (row 0)
  | 'unknown_column'
  | 'duplicate_column'
  | 'missing_column'
  // cells
  | 'unheaded_value' // a value in a column without a header
  | 'spreadsheet_error' // #REF!, #N/A … instead of a value
  | 'nul_character'
  | 'control_character'
  | 'noncharacter'
  | 'lone_surrogate'
  | 'not_a_number'
  | 'thousands_separator'
  | 'out_of_range'
  | 'unknown_value' // an enum cell (tier, band, unit …) with no such code or name
  | 'bad_format' // a list or day cell not written the way the column takes
  | 'not_whole'
  | 'not_uuid'
  | 'required'
  | 'incomplete_hours'
  | 'duplicate_id'
  | 'invalid' // a schema check (length, format …) — the message says which
  | 'rule' // a childcare rule (class caps, filing number …) — the message says which
  // GeoJSON
  | 'not_a_feature'
  | 'geometry'
  | 'unknown_property'
  | 'property_from_geometry'
  | 'duplicate_property'
  | 'property_type';

/** One problem of an import, naming its row and flat column (a rule's issue keeps the rule's own code). */
export interface ImportIssue extends FieldIssue {
  code: ImportIssueCode | IssueCode;
  params?: Record<string, string | number | boolean | null>;
  row: number;
}

/**
 * Makes one import issue.
 * @param row - the 1-based data row (0 = the header)
 * @param field - the flat column (`classes`, `lat`, `geometry`, or `column X` where there is no header)
 * @param code - the stable code
 * @param message - what is wrong, in words a registry clerk understands
 * @param params - values a client may show or translate (e.g. the character index)
 */
export function issue(row: number, field: string, code: ImportIssueCode | IssueCode, message: string, params?: Record<string, string | number | boolean | null>): ImportIssue {
  return params === undefined ? { field, code, message, row } : { field, code, message, row, params };
}

/**
 * The text check for one cell: NUL, control characters, U+FFFE/U+FFFF and lone surrogates are refused
 * (src/shared/text.ts says why), as an issue naming the row and the column.
 * @returns the issue, or null when the text is fine
 */
export function textIssue(row: number, field: string, text: string): ImportIssue | null {
  const bad = findBadText(text);
  if (bad === null) return null;
  return issue(row, field, BAD_TEXT_CODE[bad.kind], `the cell ${describeBadText(text, bad)}`, { index: bad.index, codePoint: bad.codePoint });
}

/**
 * The error for a file over a limit, naming where reading stopped.
 * @param what - what was counted, e.g. `facility rows`, `features`, `lines (blank ones included)`
 * @param limit - the limit that was passed
 * @param at - where reading stopped, e.g. `row 10001`
 */
export function tooLarge(what = 'facility rows', limit: number = MAX_IMPORT_ROWS, at?: string): AppError {
  const where = at === undefined ? '' : ` (reading stopped at ${at})`;
  return new AppError('too_large', `the file has more than ${limit} ${what}${where}; an import holds at most ${MAX_IMPORT_ROWS} facilities: split the file`, { field: 'file' });
}

/** A value as a message shows it: strings quoted (and cut at 40 characters), anything else as written. */
export function shown(v: unknown): string {
  return typeof v === 'string' ? JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v) : String(v);
}
