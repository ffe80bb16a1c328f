/**
 * A streaming OpenStreetMap XML reader (https://wiki.openstreetmap.org/wiki/OSM_XML) — a small tag scanner, no
 * dependencies. The file is read in 1 MiB chunks; only `<node>`, `<way>`, `<nd>` and `<tag>` are looked at.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { AppError } from '../shared/errors.ts';
import type { NodeVisitor, OsmSource, WayVisitor } from './osm-source.ts';

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five XML entities and numeric character references. */
function unescapeXml(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITY[e] ?? m;
  });
}

/** The value of attribute `name` inside a tag's text, or undefined. */
function attr(tag: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const i = tag.indexOf(name, from);
    if (i < 0) return undefined;
    from = i + name.length;
    const before = tag.charCodeAt(i - 1);
    if (before !== 32 && before !== 9 && before !== 10 && before !== 13) continue;
    let j = from;
    while (tag.charCodeAt(j) === 32) j++;
    if (tag[j] !== '=') continue;
    j++;
    while (tag.charCodeAt(j) === 32) j++;
    const q = tag[j];
    if (q !== '"' && q !== "'") continue;
    const end = tag.indexOf(q, j + 1);
    if (end < 0) return undefined;
    return unescapeXml(tag.slice(j + 1, end));
  }
}

/** Yields the text of chunks of a source: a file read in pieces, or one string. */
type ChunkSource = () => Generator<string>;

function fileChunks(path: string): ChunkSource {
  return function* () {
    const fd = openSync(path, 'r');
    try {
      const dec = new TextDecoder('utf-8');
      const buf = Buffer.alloc(1 << 20);
      for (;;) {
        const n = readSync(fd, buf, 0, buf.length, null);
        if (n === 0) break;
        yield dec.decode(buf.subarray(0, n), { stream: true });
      }
      const tail = dec.decode();
      if (tail) yield tail;
    } finally {
      closeSync(fd);
    }
  };
}

/** Decides from the characters after `<` whether a tag is wanted (so unwanted tags are never sliced out). */
type Want = (buf: string, lt: number) => boolean;

/**
 * Calls `onTag` with every wanted markup tag's inner text (`node id="1" …/`, `/way`), skipping comments, the XML
 * declaration and text. A `>` inside a quoted attribute value does not end a tag.
 */
function scanTags(chunks: ChunkSource, label: string, want: Want, onTag: (inner: string) => void): void {
  let buf = '';
  let sawOsm = false;
  for (const chunk of chunks()) {
    buf = buf.length ? buf + chunk : chunk;
    let pos = 0;
    for (;;) {
      const lt = buf.indexOf('<', pos);
      if (lt < 0) {
        pos = buf.length;
        break;
      }
      if (buf.charCodeAt(lt + 1) === 33 /* ! */ && buf.startsWith('<!--', lt)) {
        const end = buf.indexOf('-->', lt + 4);
        if (end < 0) {
          pos = lt;
          break;
        }
        pos = end + 3;
        continue;
      }
      let gt = buf.indexOf('>', lt + 1);
      // An odd number of quotes before the '>' means it sits inside an attribute value: keep looking.
      while (gt >= 0) {
        let quotes = 0;
        for (let q = buf.indexOf('"', lt); q >= 0 && q < gt; q = buf.indexOf('"', q + 1)) quotes++;
        if (quotes % 2 === 0) break;
        gt = buf.indexOf('>', gt + 1);
      }
      if (gt < 0) {
        pos = lt;
        break;
      }
      pos = gt + 1;
      const c0 = buf.charCodeAt(lt + 1);
      if (c0 === 63 /* ? */ || c0 === 33 /* ! */) continue;
      if (!sawOsm) {
        if (!buf.startsWith('osm', lt + 1)) throw new AppError('invalid', `osm: ${label} is not an OSM XML file (no <osm> root)`, { field: 'osm' });
        sawOsm = true;
        continue;
      }
      if (want(buf, lt)) onTag(buf.slice(lt + 1, gt));
    }
    buf = buf.slice(pos);
  }
  if (!sawOsm) throw new AppError('invalid', `osm: ${label} is not an OSM XML file (empty or no <osm> root)`, { field: 'osm' });
  if (buf.trim() !== '') throw new AppError('invalid', `osm: ${label} is truncated (unterminated markup at the end)`, { field: 'osm' });
}

const C_W = 119; // w
const C_N = 110; // n
const C_D = 100; // d
const C_O = 111; // o
const C_T = 116; // t
const C_SLASH = 47; // /
const C_S = 115; // s (the closing </osm>)

/** Ways pass: `<way>`, `<nd>`, `<tag>`, `</way>`. */
const wantWays: Want = (b, lt) => {
  const c = b.charCodeAt(lt + 1);
  if (c === C_W || c === C_T) return true;
  if (c === C_N) return b.charCodeAt(lt + 2) === C_D;
  return c === C_SLASH && b.charCodeAt(lt + 2) === C_W;
};

/** Nodes pass: `<node>`, `<tag>`, `</node>`. */
const wantNodes: Want = (b, lt) => {
  const c = b.charCodeAt(lt + 1);
  if (c === C_T) return true;
  if (c === C_N) return b.charCodeAt(lt + 2) === C_O;
  return c === C_SLASH && b.charCodeAt(lt + 2) === C_N && b.charCodeAt(lt + 3) === C_O && b.charCodeAt(lt + 4) !== C_S;
};

function tagName(inner: string): string {
  let i = inner.charCodeAt(0) === 47 ? 1 : 0;
  while (i < inner.length) {
    const c = inner.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 47 /* / */) break;
    i++;
  }
  return inner.slice(0, i);
}

function num(label: string, v: string | undefined, what: string): number {
  const n = v === undefined ? NaN : Number(v);
  if (!Number.isFinite(n)) throw new AppError('invalid', `osm: ${label} has a ${what} that is not a number (${v ?? 'missing'})`, { field: 'osm' });
  return n;
}

function xmlSourceOf(chunks: ChunkSource, label: string): OsmSource {
  return {
    scanWays(visit: WayVisitor): void {
      let inWay = false;
      let id = 0;
      let refs: number[] = [];
      const tagMap = new Map<string, string>();
      const tag = (k: string): string | undefined => tagMap.get(k);
      scanTags(chunks, label, wantWays, (t) => {
        const name = tagName(t);
        if (name === 'way') {
          id = num(label, attr(t, 'id'), 'way id');
          refs = [];
          tagMap.clear();
          if (t.endsWith('/')) visit(id, refs, 0, tag);
          else inWay = true;
        } else if (!inWay) return;
        else if (name === 'nd') refs.push(num(label, attr(t, 'ref'), 'node ref'));
        else if (name === 'tag') {
          const k = attr(t, 'k');
          if (k !== undefined) tagMap.set(k, attr(t, 'v') ?? '');
        } else if (name === '/way') {
          inWay = false;
          visit(id, refs, refs.length, tag);
        }
      });
    },
    scanNodes(wanted: ReadonlyMap<number, number>, visit: NodeVisitor): void {
      let open = -1; // local index of a wanted node whose child tags are being read
      let lon = 0;
      let lat = 0;
      const tagMap = new Map<string, string>();
      const tag = (k: string): string | undefined => tagMap.get(k);
      scanTags(chunks, label, wantNodes, (t) => {
        const name = tagName(t);
        if (name === 'node') {
          const idx = wanted.get(num(label, attr(t, 'id'), 'node id'));
          if (idx === undefined) {
            open = -1;
            return;
          }
          lat = num(label, attr(t, 'lat'), 'latitude');
          lon = num(label, attr(t, 'lon'), 'longitude');
          tagMap.clear();
          if (t.endsWith('/')) {
            visit(idx, lon, lat, tag);
            open = -1;
          } else open = idx;
        } else if (open < 0) return;
        else if (name === 'tag') {
          const k = attr(t, 'k');
          if (k !== undefined) tagMap.set(k, attr(t, 'v') ?? '');
        } else if (name === '/node') {
          visit(open, lon, lat, tag);
          open = -1;
        }
      });
    },
  };
}

/** Opens an OSM XML file as a two-pass {@link OsmSource}, streamed in chunks. */
export function xmlFileSource(path: string): OsmSource {
  return xmlSourceOf(fileChunks(path), path);
}

/** An OSM XML document held in memory as a two-pass {@link OsmSource} (tests, generated cities). */
export function xmlStringSource(xml: string, label = 'OSM XML'): OsmSource {
  return xmlSourceOf(function* () {
    yield xml;
  }, label);
}
