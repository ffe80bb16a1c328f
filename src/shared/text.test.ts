import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeBadText, findBadText, type BadText } from './text.ts';

/** The rules restated one code unit at a time, independent of the regular expression. */
function reference(s: string): BadText | null {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++; // a valid pair: one astral character
        continue;
      }
      return { index: i, kind: 'lone_surrogate', codePoint: c };
    }
    if (c >= 0xdc00 && c <= 0xdfff) return { index: i, kind: 'lone_surrogate', codePoint: c };
    if (c === 0) return { index: i, kind: 'nul', codePoint: c };
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f)) return { index: i, kind: 'control', codePoint: c };
    if (c === 0xfffe || c === 0xffff) return { index: i, kind: 'noncharacter', codePoint: c };
  }
  return null;
}

/** Strings mixing every interesting class of code unit, so the property runs hit each rule often. */
const unit = fc.oneof(
  fc.constantFrom('a', '托', ' ', '\t', '\n', '\r', '\u200b', '\ufeff', '\ufffd', '\ufdd0', '\u00a0', '\u00ff'),
  fc.integer({ min: 0, max: 0x20 }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x7e, max: 0xa0 }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0xd7ff, max: 0xe000 }).map((c) => String.fromCharCode(c)), // lone halves (and their neighbours)
  fc.constantFrom('😀', '𠀀', '\ud83d\ude00'), // valid pairs
  fc.constantFrom('\ufffe', '\uffff'),
);
const mixed = fc.array(unit, { maxLength: 12 }).map((a) => a.join(''));

describe('findBadText', () => {
  it('accepts ordinary text: Chinese, emoji (surrogate pairs), TAB, LF, CR, U+FEFF, U+200B, U+FFFD', () => {
    for (const s of ['', '长治市潞州区英雄南路12号', 'line1\r\nline2\tend', '👶🏻 托育', '\ufeffBOM', 'zero\u200bwidth', 'replacement \ufffd', '\u{10ffff}']) {
      expect(findBadText(s), JSON.stringify(s)).toBeNull();
    }
  });

  it('names NUL, C0, DEL, C1, U+FFFE/U+FFFF and lone surrogates with their index', () => {
    expect(findBadText('ab\u0000c')).toEqual({ index: 2, kind: 'nul', codePoint: 0 });
    expect(findBadText('\u001b[31mred')).toEqual({ index: 0, kind: 'control', codePoint: 0x1b });
    expect(findBadText('x\u000bv')).toEqual({ index: 1, kind: 'control', codePoint: 0x0b });
    expect(findBadText('del\u007f')).toEqual({ index: 3, kind: 'control', codePoint: 0x7f });
    expect(findBadText('csi\u009b')).toEqual({ index: 3, kind: 'control', codePoint: 0x9b });
    expect(findBadText('end\uffff')).toEqual({ index: 3, kind: 'noncharacter', codePoint: 0xffff });
    expect(findBadText('half\ud83d')).toEqual({ index: 4, kind: 'lone_surrogate', codePoint: 0xd83d });
    expect(findBadText('\ude00tail')).toEqual({ index: 0, kind: 'lone_surrogate', codePoint: 0xde00 });
    expect(findBadText('\ude00\ud83d')).toEqual({ index: 0, kind: 'lone_surrogate', codePoint: 0xde00 }); // the wrong order is no pair
    expect(findBadText('😀\u0001')).toEqual({ index: 2, kind: 'control', codePoint: 1 });
  });

  it('agrees with a code-unit-by-code-unit restatement of the rules (fast-check)', () => {
    fc.assert(fc.property(mixed, (s) => {
        expect(findBadText(s)).toEqual(reference(s));
      }), { numRuns: 5000 });
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(findBadText(s)).toEqual(reference(s));
      }), { numRuns: 2000 });
  });

  it('finds nothing in a string exactly when it survives a UTF-8 round trip and holds no refused character', () => {
    fc.assert(
      fc.property(mixed, (s) => {
        const roundTrips = Buffer.from(s, 'utf8').toString('utf8') === s; // false exactly for lone surrogates
        const refused = [...s].some((ch) => {
          const c = ch.codePointAt(0)!;
          return (c < 0x20 && !'\t\n\r'.includes(ch)) || (c >= 0x7f && c <= 0x9f) || c === 0xfffe || c === 0xffff;
        });
        expect(findBadText(s) === null).toBe(roundTrips && !refused);
      }),
      { numRuns: 3000 },
    );
  });

  it('reports the first bad character: the prefix before it is clean, and appending never moves it', () => {
    fc.assert(
      fc.property(mixed, mixed, (a, b) => {
        const bad = findBadText(a);
        if (bad === null) return;
        expect(findBadText(a.slice(0, bad.index))).toBeNull();
        // A lone high surrogate at the very end may pair with what follows; anything else stays where it was.
        if (!(bad.kind === 'lone_surrogate' && bad.index === a.length - 1 && bad.codePoint < 0xdc00)) expect(findBadText(a + b)).toEqual(bad);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('describeBadText', () => {
  it('says what and where, counting characters from 1 (a surrogate pair is one)', () => {
    const s = '😀名\u001b';
    expect(describeBadText(s, findBadText(s)!)).toBe('contains the control character U+001B at character 3; remove it');
    expect(describeBadText('a\u0000', findBadText('a\u0000')!)).toBe('contains a NUL character U+0000 at character 2; remove it');
    expect(describeBadText('\ud800', findBadText('\ud800')!)).toBe('contains a lone UTF-16 surrogate (U+D800, half of a character) at character 1; remove it');
  });
});
