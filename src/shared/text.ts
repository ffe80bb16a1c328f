/**
 * The one check for text we accept from outside (JSON fields, query values, path parameters, headers, every cell of
 * an imported file). It finds the first character that must not be stored:
 *
 * | kind | characters | why |
 * |---|---|---|
 * | `nul` | U+0000 | PostgreSQL `text` cannot hold it (the insert fails: a 500 instead of a 400) |
 * | `control` | U+0001–U+0008, U+000B, U+000C, U+000E–U+001F (C0 except TAB, LF, CR), U+007F (DEL), U+0080–U+009F (C1) | XML 1.0 (§2.2 `Char`) cannot hold C0 controls, so an .xlsx export could not carry them (exceljs drops them and DEL silently); C1 controls are "discouraged" there, invisible in every UI, and mostly mis-decoded Windows-1252 (U+009B is a terminal escape, CSI) |
 * | `noncharacter` | U+FFFE, U+FFFF | not XML 1.0 characters either: an .xlsx holding them does not open |
 * | `lone_surrogate` | a UTF-16 surrogate without its pair (`"\ud800"` in JSON) | not a character at all: UTF-8 (PostgreSQL, the pg driver) turns it into U+FFFD, so what is stored would differ from what was sent |
 *
 * TAB, LF and CR are ordinary text (addresses and notes hold line breaks). Other noncharacters (U+FDD0–U+FDEF,
 * U+nFFFE) are valid XML and UTF-8, and are kept; so are format characters such as U+200B or U+FEFF.
 */

/** Why a string was refused (see the module comment). */
export type BadTextKind = 'nul' | 'control' | 'noncharacter' | 'lone_surrogate';

/** The first character of a string that must not be stored. */
export interface BadText {
  /** UTF-16 code-unit index in the string (what `s[index]` and `s.slice` count). */
  index: number;
  kind: BadTextKind;
  /** The code point found (a lone surrogate's own value, U+D800–U+DFFF). */
  codePoint: number;
}

// Without the `u` flag, so a surrogate is matched as one code unit; the pair look-arounds spare valid pairs.
// eslint-disable-next-line no-control-regex
const BAD = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Finds the first character of `s` that must not be stored: NUL, a control character other than TAB/LF/CR, U+FFFE/U+FFFF,
 * or a lone surrogate (see the module comment for the table and the reasons).
 * @param s - any string
 * @returns where and what it is, or `null` when the whole string is fine
 */
export function findBadText(s: string): BadText | null {
  const m = BAD.exec(s);
  if (m === null) return null;
  const codePoint = m[0].charCodeAt(0);
  const kind: BadTextKind =
    codePoint === 0 ? 'nul' : codePoint >= 0xd800 && codePoint <= 0xdfff ? 'lone_surrogate' : codePoint >= 0xfffe ? 'noncharacter' : 'control';
  return { index: m.index, kind, codePoint };
}

/** The stable issue code of each kind, as an API error or an import issue carries it. */
export const BAD_TEXT_CODE: Readonly<Record<BadTextKind, 'nul_character' | 'control_character' | 'noncharacter' | 'lone_surrogate'>> = {
  nul: 'nul_character',
  control: 'control_character',
  noncharacter: 'noncharacter',
  lone_surrogate: 'lone_surrogate',
};

const WHAT: Readonly<Record<BadTextKind, string>> = {
  nul: 'a NUL character',
  control: 'the control character',
  noncharacter: 'the noncharacter',
  lone_surrogate: 'a lone UTF-16 surrogate',
};

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Says in words what {@link findBadText} found, e.g. `contains the control character U+001B at character 4; remove it`.
 * The position is 1-based and counts characters (a surrogate pair is one).
 * @param s - the string that was checked
 * @param bad - what {@link findBadText} returned for it
 */
export function describeBadText(s: string, bad: BadText): string {
  const position = [...s.slice(0, bad.index)].length + 1;
  const what = bad.kind === 'lone_surrogate' ? `${WHAT.lone_surrogate} (${hex(bad.codePoint)}, half of a character)` : `${WHAT[bad.kind]} ${hex(bad.codePoint)}`;
  return `contains ${what} at character ${position}; remove it`;
}
