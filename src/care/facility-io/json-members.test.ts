import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonShapeError, splitArrayMember } from './json-members.ts';

const tooMany = (n: number) => new Error(`too many: ${n}`);

/** The document as the split pieces rebuild it, or an error when any piece is not JSON. */
function rebuild(text: string): unknown {
  const split = splitArrayMember(text, 'features', 1000, tooMany);
  if (split === null) return JSON.parse(text);
  const doc = JSON.parse(split.rest) as Record<string, unknown>;
  if (Array.isArray(doc.features) && doc.features.length === 0) doc.features = split.elements.map(([a, b]) => JSON.parse(text.slice(a, b)) as unknown);
  return doc;
}

const outcome = (f: () => unknown): { ok: true; value: unknown } | { ok: false } => {
  try {
    return { ok: true, value: f() };
  } catch {
    return { ok: false };
  }
};

const docArb = fc
  .record({ before: fc.dictionary(fc.string(), fc.jsonValue()), features: fc.array(fc.jsonValue(), { maxLength: 6 }), after: fc.dictionary(fc.string(), fc.jsonValue()) })
  .map(({ before, features, after }) => {
    const { features: _a, ...b } = before;
    const { features: _b, ...c } = after;
    return { ...b, features, ...c };
  });
const spaced = (doc: unknown) => fc.constantFrom(JSON.stringify(doc), JSON.stringify(doc, null, 2), JSON.stringify(doc, null, '\t'));

describe('splitArrayMember', () => {
  it('finds the elements of the top-level member and empties it in the rest', () => {
    const text = '{"a":{"features":[9]},"features":[ {"x":"]"} , [1,[2]], "s\\"]" ,3 ],"z":null}';
    const split = splitArrayMember(text, 'features', 10, tooMany)!;
    expect(split.elements.map(([a, b]) => text.slice(a, b))).toEqual(['{"x":"]"}', '[1,[2]]', '"s\\"]"', '3']);
    expect(split.rest).toBe('{"a":{"features":[9]},"features":[],"z":null}');
    expect(splitArrayMember('[1]', 'features', 10, tooMany)).toBeNull();
    expect(splitArrayMember('{"feat\\u0075res":[1,2]}', 'features', 10, tooMany)!.elements).toHaveLength(2);
  });

  it('stops at the element after the limit', () => {
    expect(() => splitArrayMember(`{"features":[${'1,'.repeat(5)}1]}`, 'features', 5, tooMany)).toThrow('too many: 6');
    expect(splitArrayMember(`{"features":[${'1,'.repeat(4)}1]}`, 'features', 5, tooMany)!.elements).toHaveLength(5);
  });

  it('says where text cannot be JSON', () => {
    expect(() => splitArrayMember('{"features":[1 2]}', 'features', 5, tooMany)).toThrow(JsonShapeError);
    expect(() => splitArrayMember('{"a":"never closed}', 'features', 5, tooMany)).toThrow('a string is never closed at character 6');
  });

  it('rebuilds any document to what JSON.parse makes of it (fast-check)', () => {
    fc.assert(
      fc.property(docArb.chain(spaced), (text) => {
        expect(rebuild(text)).toEqual(JSON.parse(text));
      }),
      { numRuns: 500 },
    );
  });

  it('accepts a damaged document only when JSON.parse does, with the same result (fast-check)', () => {
    fc.assert(
      fc.property(docArb.chain(spaced), fc.nat(), fc.constantFrom('', ',', ']', '[', '}', '{', '"', ':', '\\', ' 1'), (text, at, insert) => {
        const i = at % (text.length + 1);
        const damaged = text.slice(0, i) + insert + text.slice(i + (insert === '' ? 1 : 0));
        const ours = outcome(() => rebuild(damaged));
        const theirs = outcome(() => JSON.parse(damaged) as unknown);
        if (ours.ok) {
          expect(theirs.ok).toBe(true);
          if (theirs.ok) expect(ours.value).toEqual(theirs.value);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
