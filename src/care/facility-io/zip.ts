/**
 * The zip container of an .xlsx upload, read within limits before anything is inflated (PKWARE APPNOTE 6.3.x:
 * end-of-central-directory record, ZIP64 where sizes need it, central directory). The central directory gives each
 * part's real offset and compressed size; from it {@link zipRecordStream} re-emits only the parts a reader asks
 * for, in the order it asks, as plain local records (sizes in the header, no data descriptor) — so a streaming
 * reader sees the workbook's index before its sheets and never inflates a part nobody reads.
 *
 * Declared sizes can lie: the reader must still count the bytes it inflates (xlsx.ts does).
 */
import { Readable } from 'node:stream';
import { AppError } from '../../shared/errors.ts';

/** One part of the archive, as its central-directory entry describes it. */
export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflated (the only two a workbook uses). */
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  /** As declared; not to be trusted for limits on its own. */
  uncompressedSize: number;
  /** Where the compressed bytes start in the buffer. */
  dataOffset: number;
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const U32 = 0xffffffff;

const notZip = (why: string) => new AppError('invalid', `the file is not a readable .xlsx workbook (${why})`, { field: 'file' });

function u64(buf: Buffer, at: number): number {
  const v = buf.readBigUInt64LE(at);
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw notZip('a ZIP64 size is out of range');
  return Number(v);
}

/** Finds the end-of-central-directory record (it ends the file, before a comment of at most 65,535 bytes). */
function findEocd(buf: Buffer): number {
  const last = buf.length - 22;
  const first = Math.max(0, last - 0xffff);
  for (let i = last; i >= first; i--) if (buf.readUInt32LE(i) === EOCD) return i;
  throw notZip('no zip directory');
}

/**
 * Reads the central directory of a zip archive held in memory.
 * @param buf - the whole archive
 * @param maxEntries - refuse archives with more parts than this (a workbook has a few dozen)
 * @throws AppError('invalid') when it is not a zip archive or an entry points outside it, is encrypted or uses a
 *   compression method other than stored/deflate; AppError('too_large') over `maxEntries`
 */
export function readZipDirectory(buf: Buffer, maxEntries: number): ZipEntry[] {
  if (buf.length < 22) throw notZip('too short');
  const eocd = findEocd(buf);
  let count = buf.readUInt16LE(eocd + 10);
  let size = buf.readUInt32LE(eocd + 12);
  let offset = buf.readUInt32LE(eocd + 16);
  if ((count === 0xffff || size === U32 || offset === U32) && eocd >= 20 && buf.readUInt32LE(eocd - 20) === EOCD64_LOCATOR) {
    const at = u64(buf, eocd - 20 + 8);
    if (at + 56 > buf.length || buf.readUInt32LE(at) !== EOCD64) throw notZip('a broken ZIP64 directory');
    count = u64(buf, at + 32);
    size = u64(buf, at + 40);
    offset = u64(buf, at + 48);
  }
  if (count > maxEntries) throw new AppError('too_large', `the workbook has ${count} parts; a facility workbook has a few dozen`, { field: 'file' });
  if (offset + size > buf.length) throw notZip('the zip directory points outside the file');
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw notZip('a broken zip directory entry');
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const crc32 = buf.readUInt32LE(p + 16);
    let compressedSize = buf.readUInt32LE(p + 20);
    let uncompressedSize = buf.readUInt32LE(p + 24);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    let localOffset = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLength);
    // ZIP64 extended information (header 0x0001): the 64-bit values of exactly the fields that read 0xFFFFFFFF.
    for (let e = p + 46 + nameLength; e + 4 <= p + 46 + nameLength + extraLength; ) {
      const id = buf.readUInt16LE(e);
      const len = buf.readUInt16LE(e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (uncompressedSize === U32) {
          uncompressedSize = u64(buf, q);
          q += 8;
        }
        if (compressedSize === U32) {
          compressedSize = u64(buf, q);
          q += 8;
        }
        if (localOffset === U32) localOffset = u64(buf, q);
      }
      e += 4 + len;
    }
    p += 46 + nameLength + extraLength + commentLength;
    if (flags & 0x1) throw notZip(`${name} is encrypted`);
    if (method !== 0 && method !== 8) throw notZip(`${name} uses compression method ${method}`);
    if (localOffset + 30 > buf.length || buf.readUInt32LE(localOffset) !== LOCAL) throw notZip(`${name} points outside the file`);
    const dataOffset = localOffset + 30 + buf.readUInt16LE(localOffset + 26) + buf.readUInt16LE(localOffset + 28);
    if (dataOffset + compressedSize > buf.length) throw notZip(`${name} runs past the end of the file`);
    entries.push({ name, method, flags, crc32, compressedSize, uncompressedSize, dataOffset });
  }
  return entries;
}

/**
 * Re-emits the given parts as a zip stream of plain local records (in the given order, sizes in each header, no
 * data descriptors) followed by an empty end record — what a streaming unzipper reads front to back.
 * @param buf - the archive the entries were read from
 * @param entries - the parts to emit, in order
 */
export function zipRecordStream(buf: Buffer, entries: readonly ZipEntry[]): Readable {
  function* records(): Generator<Buffer> {
    for (const e of entries) {
      const name = Buffer.from(e.name, 'utf8');
      const head = Buffer.alloc(30);
      head.writeUInt32LE(LOCAL, 0);
      head.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
      head.writeUInt16LE((e.flags & ~0x8) & 0xffff, 6); // sizes are in this header: no data descriptor follows
      head.writeUInt16LE(e.method, 8);
      head.writeUInt32LE(e.crc32, 14);
      head.writeUInt32LE(e.compressedSize, 18);
      head.writeUInt32LE(Math.min(e.uncompressedSize, U32), 22);
      head.writeUInt16LE(name.length, 26);
      yield Buffer.concat([head, name]);
      // In slices, so the unzipper gets the data as a stream and stops pulling when its reader stops.
      for (let at = 0; at < e.compressedSize; at += 64 * 1024) yield buf.subarray(e.dataOffset + at, e.dataOffset + Math.min(e.compressedSize, at + 64 * 1024));
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(EOCD, 0);
    yield end;
  }
  return Readable.from(records(), { objectMode: false });
}
