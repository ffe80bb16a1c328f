/**
 * Text PostgreSQL or a spreadsheet cannot hold, found once for every input: NUL (PostgreSQL text cannot store it),
 * the other C0 controls except TAB, LF and CR, DEL and the C1 controls (XML 1.0 — and so XLSX — forbids most of them),
 * and lone UTF-16 surrogates (not Unicode text; a driver would store U+FFFD instead).
 */
export type BadTextKind = 'nul' | 'control' | 'lone_surrogate';

/**
 * The first character of `s` that cannot be stored, or null.
 * @param s - any string
 * @returns its UTF-16 index and kind
 */
export function findBadText(s: string): { index: number; kind: BadTextKind } | null {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20) {
      if (c === 0) return { index: i, kind: 'nul' };
      if (c !== 0x09 && c !== 0x0a && c !== 0x0d) return { index: i, kind: 'control' };
    } else if (c >= 0x7f && c <= 0x9f) {
      return { index: i, kind: 'control' };
    } else if (c >= 0xd800 && c <= 0xdfff) {
      const high = c <= 0xdbff;
      const next = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (high && next >= 0xdc00 && next <= 0xdfff) i++;
      else return { index: i, kind: 'lone_surrogate' };
    }
  }
  return null;
}
