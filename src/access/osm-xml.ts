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

/**
 * Yields every markup tag's inner text (`node id="1" …/`, `/way`), skipping comments, the XML declaration and text.
 * A `>` inside a quoted attribute value does not end a tag.
 */
function* tags(chunks: ChunkSource, label: string): Generator<string> {
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
      if (buf.startsWith('<!--', lt)) {
        const end = buf.indexOf('-->', lt + 4);
        if (end < 0) {
          pos = lt;
          break;
        }
        pos = end + 3;
        continue;
      }
      let gt = buf.indexOf('>', lt + 1);
      // A quote count that is odd means the '>' sits inside an attribute value: keep looking.
      while (gt >= 0) {
        let quotes = 0;
        for (let i = lt; i < gt; i++) {
          const c = buf.charCodeAt(i);
          if (c === 34) quotes++;
        }
        if (quotes % 2 === 0) break;
        gt = buf.indexOf('>', gt + 1);
      }
      if (gt < 0) {
        pos = lt;
        break;
      }
      const inner = buf.slice(lt + 1, gt);
      pos = gt + 1;
      const c0 = inner.charCodeAt(0);
      if (c0 === 63 /* ? */ || c0 === 33 /* ! */) continue;
      if (!sawOsm) {
        if (!inner.startsWith('osm')) throw new AppError('invalid', `osm: ${label} is not an OSM XML file (no <osm> root)`, { field: 'osm' });
        sawOsm = true;
      }
      yield inner;
    }
    buf = buf.slice(pos);
  }
  if (!sawOsm) throw new AppError('invalid', `osm: ${label} is not an OSM XML file (empty or no <osm> root)`, { field: 'osm' });
  if (buf.trim() !== '') throw new AppError('invalid', `osm: ${label} is truncated (unterminated markup at the end)`, { field: 'osm' });
}

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
      for (const t of tags(chunks, label)) {
        const name = tagName(t);
        if (name === 'way') {
          id = num(label, attr(t, 'id'), 'way id');
          refs = [];
          tagMap.clear();
          if (t.endsWith('/')) visit(id, refs, 0, tag);
          else inWay = true;
        } else if (!inWay) continue;
        else if (name === 'nd') refs.push(num(label, attr(t, 'ref'), 'node ref'));
        else if (name === 'tag') {
          const k = attr(t, 'k');
          if (k !== undefined) tagMap.set(k, attr(t, 'v') ?? '');
        } else if (name === '/way') {
          inWay = false;
          visit(id, refs, refs.length, tag);
        }
      }
    },
    scanNodes(wanted: ReadonlyMap<number, number>, visit: NodeVisitor): void {
      let open = -1; // local index of a wanted node whose child tags are being read
      let lon = 0;
      let lat = 0;
      const tagMap = new Map<string, string>();
      const tag = (k: string): string | undefined => tagMap.get(k);
      for (const t of tags(chunks, label)) {
        const name = tagName(t);
        if (name === 'node') {
          const idx = wanted.get(num(label, attr(t, 'id'), 'node id'));
          if (idx === undefined) {
            open = -1;
            continue;
          }
          lat = num(label, attr(t, 'lat'), 'latitude');
          lon = num(label, attr(t, 'lon'), 'longitude');
          tagMap.clear();
          if (t.endsWith('/')) {
            visit(idx, lon, lat, tag);
            open = -1;
          } else open = idx;
        } else if (open < 0) continue;
        else if (name === 'tag') {
          const k = attr(t, 'k');
          if (k !== undefined) tagMap.set(k, attr(t, 'v') ?? '');
        } else if (name === '/node') {
          visit(open, lon, lat, tag);
          open = -1;
        }
      }
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
