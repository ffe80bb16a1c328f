/**
 * A streaming OpenStreetMap PBF reader (https://wiki.openstreetmap.org/wiki/PBF_Format) on node:zlib and a minimal
 * protobuf decoder — no dependencies. The file is read blob by blob with positioned reads, so memory holds one
 * decompressed block at a time. Coordinates decode as `(offset + granularity × v) / 1e9` (a division, so they equal
 * the XML form bit for bit).
 */
import { closeSync, openSync, readSync, fstatSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { AppError } from '../shared/errors.ts';
import type { NodeVisitor, OsmSource, WayVisitor } from './osm-source.ts';

const utf8 = new TextDecoder('utf-8');

function corrupt(path: string, why: string): AppError {
  return new AppError('invalid', `osm: ${path} is not a valid OSM PBF file (${why})`, { field: 'osm' });
}

/** Minimal protobuf wire-format reader over one buffer. */
class Pbf {
  pos: number;
  constructor(
    readonly buf: Uint8Array,
    start = 0,
    public end = buf.length,
  ) {
    this.pos = start;
  }
  /** An unsigned varint as a number (exact below 2^53). */
  varint(): number {
    const buf = this.buf;
    let b = buf[this.pos++]!;
    let val = b & 0x7f;
    if (b < 0x80) return val;
    b = buf[this.pos++]!;
    val |= (b & 0x7f) << 7;
    if (b < 0x80) return val;
    b = buf[this.pos++]!;
    val |= (b & 0x7f) << 14;
    if (b < 0x80) return val;
    b = buf[this.pos++]!;
    val |= (b & 0x7f) << 21;
    if (b < 0x80) return val;
    let mul = 268435456; // 2^28
    do {
      b = buf[this.pos++]!;
      val += (b & 0x7f) * mul;
      mul *= 128;
    } while (b >= 0x80);
    return val;
  }
  /** A signed (two's complement) int64 varint, e.g. lat_offset. */
  int64(): number {
    const v = this.varint();
    return v >= 9223372036854775808 ? v - 18446744073709551616 : v;
  }
  /** A zigzag sint64. */
  sint(): number {
    const v = this.varint();
    return v % 2 === 0 ? v / 2 : -(v + 1) / 2;
  }
  /** Skips a field's value of the given wire type. */
  skip(wire: number): void {
    if (wire === 0) this.varint();
    else if (wire === 2) {
      const len = this.varint();
      this.pos += len;
    }
    else if (wire === 1) this.pos += 8;
    else if (wire === 5) this.pos += 4;
    else throw new Error(`unsupported wire type ${wire}`);
  }
  /** Reads a length-delimited header: returns [start, end] and moves past it. */
  bytes(): [number, number] {
    const len = this.varint();
    const s = this.pos;
    this.pos += len;
    if (this.pos > this.end) throw new Error('field past end of message');
    return [s, this.pos];
  }
}

interface Block {
  strings: string[];
  granularity: number;
  latOffset: number;
  lonOffset: number;
  groups: Array<[number, number]>;
  data: Uint8Array;
}

function decodeBlock(data: Uint8Array): Block {
  const p = new Pbf(data);
  const b: Block = { strings: [], granularity: 100, latOffset: 0, lonOffset: 0, groups: [], data };
  while (p.pos < p.end) {
    const key = p.varint();
    const field = key >>> 3;
    const wire = key & 7;
    if (field === 1 && wire === 2) {
      const [s, e] = p.bytes();
      const q = new Pbf(data, s, e);
      while (q.pos < q.end) {
        const k = q.varint();
        if (k >>> 3 === 1 && (k & 7) === 2) {
          const [a, z] = q.bytes();
          b.strings.push(utf8.decode(data.subarray(a, z)));
        } else q.skip(k & 7);
      }
    } else if (field === 2 && wire === 2) b.groups.push(p.bytes());
    else if (field === 17 && wire === 0) b.granularity = p.varint();
    else if (field === 19 && wire === 0) b.latOffset = p.int64();
    else if (field === 20 && wire === 0) b.lonOffset = p.int64();
    else p.skip(wire);
  }
  return b;
}

/** Streams the OSMData blobs of a PBF file, each decompressed. */
function* blobs(path: string, only?: ReadonlySet<number>): Generator<{ offset: number; data: Uint8Array }> {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const lenBuf = Buffer.alloc(4);
    let offset = 0;
    let sawHeader = false;
    while (offset < size) {
      if (readSync(fd, lenBuf, 0, 4, offset) !== 4) throw corrupt(path, 'truncated blob length');
      const hlen = lenBuf.readUInt32BE(0);
      if (hlen === 0 || hlen > 64 * 1024) throw corrupt(path, 'bad blob header length');
      const hbuf = Buffer.alloc(hlen);
      if (readSync(fd, hbuf, 0, hlen, offset + 4) !== hlen) throw corrupt(path, 'truncated blob header');
      let type = '';
      let datasize = -1;
      const hp = new Pbf(hbuf);
      while (hp.pos < hp.end) {
        const k = hp.varint();
        if (k >>> 3 === 1 && (k & 7) === 2) {
          const [s, e] = hp.bytes();
          type = utf8.decode(hbuf.subarray(s, e));
        } else if (k >>> 3 === 3 && (k & 7) === 0) datasize = hp.varint();
        else hp.skip(k & 7);
      }
      if (datasize < 0 || datasize > 64 * 1024 * 1024) throw corrupt(path, 'bad blob size');
      if (!sawHeader) {
        if (type !== 'OSMHeader') throw corrupt(path, 'no OSMHeader');
        sawHeader = true;
      }
      const blobOffset = offset;
      const dataStart = offset + 4 + hlen;
      offset = dataStart + datasize;
      if (offset > size) throw corrupt(path, 'truncated blob');
      if (type !== 'OSMData' || (only && !only.has(blobOffset))) continue;
      const bbuf = Buffer.alloc(datasize);
      readSync(fd, bbuf, 0, datasize, dataStart);
      const bp = new Pbf(bbuf);
      let raw: Uint8Array | undefined;
      while (bp.pos < bp.end) {
        const k = bp.varint();
        const f = k >>> 3;
        if ((f === 1 || f === 3) && (k & 7) === 2) {
          const [s, e] = bp.bytes();
          const part = bbuf.subarray(s, e);
          try {
            raw = f === 1 ? part : inflateSync(part);
          } catch (err) {
            throw new AppError('invalid', `osm: ${path} has a corrupt compressed block`, { field: 'osm', cause: err });
          }
        } else if ((f === 4 || f === 6 || f === 7) && (k & 7) === 2) {
          throw new AppError('unsupported', `osm: ${path} uses an unsupported PBF compression (only zlib and raw)`, { field: 'osm' });
        } else bp.skip(k & 7);
      }
      if (!raw) throw corrupt(path, 'empty blob');
      yield { offset: blobOffset, data: raw };
    }
    if (!sawHeader) throw corrupt(path, 'empty file');
  } finally {
    closeSync(fd);
  }
}

/** Whether a file starts like a PBF (a 4-byte length, then a BlobHeader naming "OSMHeader"). */
export function looksLikePbf(head: Uint8Array): boolean {
  if (head.length < 16) return false;
  const hlen = (head[0]! << 24) | (head[1]! << 16) | (head[2]! << 8) | head[3]!;
  if (hlen <= 0 || hlen > 64 * 1024) return false;
  return head[4] === 0x0a && head[5] === 9 && utf8.decode(head.subarray(6, 15)) === 'OSMHeader';
}

/** Opens a PBF file as a two-pass {@link OsmSource}. */
export function pbfSource(path: string): OsmSource {
  /** Blob offsets that hold nodes (learned in pass 1, so pass 2 skips way blocks). */
  let nodeBlobs: Set<number> | undefined;
  const wrap = <T>(fn: () => T): T => {
    try {
      return fn();
    } catch (e) {
      if (e instanceof AppError) throw e;
      if (e && typeof e === 'object' && 'code' in e) throw e; // fs errors (ENOENT…) pass through
      throw corrupt(path, e instanceof Error ? e.message : String(e));
    }
  };
  return {
    scanWays(visit: WayVisitor): void {
      wrap(() => {
        const seen = new Set<number>();
        let refs = new Float64Array(1024);
        const tags = new Map<string, string>();
        const tag = (k: string): string | undefined => tags.get(k);
        for (const { offset, data } of blobs(path)) {
          const b = decodeBlock(data);
          for (const [gs, ge] of b.groups) {
            const g = new Pbf(data, gs, ge);
            while (g.pos < g.end) {
              const k = g.varint();
              const f = k >>> 3;
              if (f === 3 && (k & 7) === 2) {
                const [ws, we] = g.bytes();
                const w = new Pbf(data, ws, we);
                let id = 0;
                let keys: [number, number] | undefined;
                let vals: [number, number] | undefined;
                let count = 0;
                while (w.pos < w.end) {
                  const wk = w.varint();
                  const wf = wk >>> 3;
                  if (wf === 1 && (wk & 7) === 0) id = w.int64();
                  else if (wf === 2 && (wk & 7) === 2) keys = w.bytes();
                  else if (wf === 3 && (wk & 7) === 2) vals = w.bytes();
                  else if (wf === 8 && (wk & 7) === 2) {
                    const [rs, re] = w.bytes();
                    const r = new Pbf(data, rs, re);
                    let ref = 0;
                    while (r.pos < r.end) {
                      ref += r.sint();
                      if (count === refs.length) {
                        const bigger = new Float64Array(refs.length * 2);
                        bigger.set(refs);
                        refs = bigger;
                      }
                      refs[count++] = ref;
                    }
                  } else w.skip(wk & 7);
                }
                tags.clear();
                if (keys && vals) {
                  const kp = new Pbf(data, keys[0], keys[1]);
                  const vp = new Pbf(data, vals[0], vals[1]);
                  while (kp.pos < kp.end && vp.pos < vp.end) {
                    const ks = b.strings[kp.varint()];
                    const vs = b.strings[vp.varint()];
                    if (ks === undefined || vs === undefined) throw new Error('string index out of range');
                    tags.set(ks, vs);
                  }
                }
                visit(id, refs, count, tag);
              } else {
                if (f === 1 || f === 2) seen.add(offset);
                g.skip(k & 7);
              }
            }
          }
        }
        nodeBlobs = seen;
      });
    },
    scanNodes(wanted: ReadonlyMap<number, number>, visit: NodeVisitor): void {
      wrap(() => {
        const tags = new Map<string, string>();
        const tag = (k: string): string | undefined => tags.get(k);
        for (const { data } of blobs(path, nodeBlobs)) {
          const b = decodeBlock(data);
          const gran = b.granularity;
          for (const [gs, ge] of b.groups) {
            const g = new Pbf(data, gs, ge);
            while (g.pos < g.end) {
              const k = g.varint();
              const f = k >>> 3;
              if (f === 2 && (k & 7) === 2) {
                // DenseNodes: packed, delta-coded ids and coordinates; keys_vals 0-separated per node.
                const [ds, de] = g.bytes();
                const d = new Pbf(data, ds, de);
                let ids: [number, number] | undefined;
                let lats: [number, number] | undefined;
                let lons: [number, number] | undefined;
                let kv: [number, number] | undefined;
                while (d.pos < d.end) {
                  const dk = d.varint();
                  const df = dk >>> 3;
                  if ((dk & 7) !== 2) d.skip(dk & 7);
                  else if (df === 1) ids = d.bytes();
                  else if (df === 8) lats = d.bytes();
                  else if (df === 9) lons = d.bytes();
                  else if (df === 10) kv = d.bytes();
                  else d.skip(2);
                }
                if (!ids || !lats || !lons) continue;
                const ip = new Pbf(data, ids[0], ids[1]);
                const lap = new Pbf(data, lats[0], lats[1]);
                const lop = new Pbf(data, lons[0], lons[1]);
                const kvp = kv ? new Pbf(data, kv[0], kv[1]) : undefined;
                let id = 0;
                let la = 0;
                let lo = 0;
                while (ip.pos < ip.end) {
                  id += ip.sint();
                  la += lap.sint();
                  lo += lop.sint();
                  const idx = wanted.get(id);
                  if (idx === undefined) {
                    if (kvp) while (kvp.pos < kvp.end && kvp.varint() !== 0) kvp.varint();
                    continue;
                  }
                  tags.clear();
                  if (kvp) {
                    while (kvp.pos < kvp.end) {
                      const ki = kvp.varint();
                      if (ki === 0) break;
                      const vi = kvp.varint();
                      tags.set(b.strings[ki] ?? '', b.strings[vi] ?? '');
                    }
                  }
                  visit(idx, (b.lonOffset + gran * lo) / 1e9, (b.latOffset + gran * la) / 1e9, tag);
                }
              } else if (f === 1 && (k & 7) === 2) {
                // A plain Node message.
                const [ns, ne] = g.bytes();
                const n = new Pbf(data, ns, ne);
                let id = 0;
                let la = 0;
                let lo = 0;
                let keys: [number, number] | undefined;
                let vals: [number, number] | undefined;
                while (n.pos < n.end) {
                  const nk = n.varint();
                  const nf = nk >>> 3;
                  if (nf === 1 && (nk & 7) === 0) id = n.sint();
                  else if (nf === 8 && (nk & 7) === 0) la = n.sint();
                  else if (nf === 9 && (nk & 7) === 0) lo = n.sint();
                  else if (nf === 2 && (nk & 7) === 2) keys = n.bytes();
                  else if (nf === 3 && (nk & 7) === 2) vals = n.bytes();
                  else n.skip(nk & 7);
                }
                const idx = wanted.get(id);
                if (idx === undefined) continue;
                tags.clear();
                if (keys && vals) {
                  const kp = new Pbf(data, keys[0], keys[1]);
                  const vp = new Pbf(data, vals[0], vals[1]);
                  while (kp.pos < kp.end && vp.pos < vp.end) tags.set(b.strings[kp.varint()] ?? '', b.strings[vp.varint()] ?? '');
                }
                visit(idx, (b.lonOffset + gran * lo) / 1e9, (b.latOffset + gran * la) / 1e9, tag);
              } else g.skip(k & 7);
            }
          }
        }
      });
    },
  };
}
