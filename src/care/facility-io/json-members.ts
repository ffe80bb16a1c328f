/**
 * Splits a JSON document of the shape `{ …, "features": [ e1, e2, … ], … }` into its pieces without parsing it
 * whole (RFC 8259 grammar): the elements of one top-level array member, as offsets, and the rest of the document
 * with that array emptied. Each piece is then `JSON.parse`d on its own, so memory follows one element at a time
 * and a count limit stops the scan at the element after the limit. The document is valid JSON exactly when
 * every piece parses and the separators between elements are right (which the scan checks).
 */

/** Where the member's array and its elements are. */
export interface SplitMember {
  /** The document with the member's array replaced by `[]` (or unchanged when the member is absent or no array). */
  rest: string;
  /** `[start, end)` of each element, in order. */
  elements: Array<[number, number]>;
}

/** Thrown for text that cannot be JSON; `at` is the character offset where the scan saw it. */
export class JsonShapeError extends Error {
  readonly at: number;
  constructor(message: string, at: number) {
    super(`${message} at character ${at + 1}`);
    this.at = at;
  }
}

const QUOTE = 34;
const BACKSLASH = 92;

function skipSpace(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) i++;
    else return i;
  }
}

/** `i` at an opening quote → the index after its closing quote. */
function stringEnd(text: string, i: number): number {
  let from = i + 1;
  for (;;) {
    const q = text.indexOf('"', from);
    if (q < 0) throw new JsonShapeError('a string is never closed', i);
    let slashes = 0;
    for (let b = q - 1; text.charCodeAt(b) === BACKSLASH; b--) slashes++;
    if (slashes % 2 === 0) return q + 1;
    from = q + 1;
  }
}

/** `i` at the start of a value → the index after it (objects and arrays by bracket depth, strings skipped whole). */
function valueEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === QUOTE) return stringEnd(text, i);
  if (c === 123 || c === 91) {
    let depth = 0;
    for (let j = i; j < text.length; ) {
      const d = text.charCodeAt(j);
      if (d === QUOTE) {
        j = stringEnd(text, j);
        continue;
      }
      if (d === 123 || d === 91) depth++;
      else if (d === 125 || d === 93) {
        depth--;
        if (depth === 0) return j + 1;
      }
      j++;
    }
    throw new JsonShapeError(`a ${c === 123 ? 'brace' : 'bracket'} is never closed`, i);
  }
  let j = i;
  while (j < text.length && !/[\s,\]}]/.test(text[j]!)) j++;
  if (j === i) throw new JsonShapeError('a value is missing', i);
  return j;
}

/**
 * Finds the top-level member `name` and, when it is an array, the offsets of its elements, stopping with
 * `tooMany()` at element `maxElements` + 1.
 * @param text - the document (its top level must be an object; anything else returns null)
 * @param name - the member, e.g. `features`
 * @param maxElements - the most elements to accept
 * @param tooMany - the error to throw past that, given the 1-based element reached
 * @throws JsonShapeError where the text cannot be JSON (for pieces the scan does not parse, JSON.parse tells)
 */
export function splitArrayMember(text: string, name: string, maxElements: number, tooMany: (n: number) => Error): SplitMember | null {
  let i = skipSpace(text, 0);
  if (text.charCodeAt(i) !== 123) return null;
  let found: [number, number] | undefined;
  const elements: Array<[number, number]> = [];
  i = skipSpace(text, i + 1);
  if (text.charCodeAt(i) === 125) return { rest: text, elements };
  for (;;) {
    if (text.charCodeAt(i) !== QUOTE) throw new JsonShapeError('a member name is missing', i);
    const keyEnd = stringEnd(text, i);
    const key: unknown = JSON.parse(text.slice(i, keyEnd));
    i = skipSpace(text, keyEnd);
    if (text[i] !== ':') throw new JsonShapeError('a ":" is missing', i);
    i = skipSpace(text, i + 1);
    if (key === name && text.charCodeAt(i) === 91) {
      if (found) throw new JsonShapeError(`"${name}" is given twice`, i);
      const start = i;
      i = skipSpace(text, i + 1);
      if (text.charCodeAt(i) !== 93) {
        for (;;) {
          if (elements.length === maxElements) throw tooMany(elements.length + 1);
          const end = valueEnd(text, i);
          elements.push([i, end]);
          i = skipSpace(text, end);
          if (text[i] === ',') i = skipSpace(text, i + 1);
          else if (text[i] === ']') break;
          else throw new JsonShapeError(`a "," or "]" is missing in "${name}"`, i);
        }
      }
      found = [start, i + 1];
      i = skipSpace(text, i + 1);
    } else i = skipSpace(text, valueEnd(text, i));
    if (text[i] === ',') i = skipSpace(text, i + 1);
    else if (text[i] === '}') break;
    else throw new JsonShapeError('a "," or "}" is missing', i);
  }
  const rest = found ? `${text.slice(0, found[0])}[]${text.slice(found[1])}` : text;
  return { rest, elements };
}
