/**
 * Photos of a child's day are cleaned before they are kept: metadata that can say where and when a picture was taken
 * and with which device is removed — in JPEG the APP1 (Exif, XMP), APP13 (IPTC/Photoshop) and COM segments
 * (ITU-T T.81 B.1.1.4 / JFIF / Exif 2.3 §4.5.4), in PNG the eXIf, tEXt, zTXt, iTXt and tIME chunks (PNG 3rd edition
 * §5.4, §11.3). The image data is copied untouched (no re-encoding, no quality loss). Pure: bytes in, bytes out.
 */
import { AppError } from '../shared/errors.ts';

export type ImageMime = 'image/jpeg' | 'image/png';

export interface CleanImage {
  bytes: Uint8Array;
  mime: ImageMime;
  width: number | null;
  height: number | null;
  /** What was removed, e.g. ["APP1 Exif", "COM"]. */
  removed: string[];
}

/** The largest photo accepted (after a phone's own compression, a day photo is well below). */
export const MAX_PHOTO_BYTES = 4 * 1024 * 1024;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PNG_DROP = new Set(['eXIf', 'tEXt', 'zTXt', 'iTXt', 'tIME']);

function bad(message: string): AppError {
  return new AppError('invalid', `photo: ${message}`, { field: 'body', code: 'bad_file', params: { reason: message } });
}

/**
 * Checks the size and type of an uploaded photo and strips its metadata.
 * @param input - the uploaded bytes
 * @param maxBytes - the size limit
 */
export function cleanPhoto(input: Uint8Array, maxBytes = MAX_PHOTO_BYTES): CleanImage {
  if (input.length === 0) throw new AppError('invalid', 'photo: the file is empty', { field: 'body', code: 'file_empty' });
  if (input.length > maxBytes) throw new AppError('too_large', `photo: larger than ${maxBytes} bytes`, { field: 'body', code: 'file_too_large', params: { maximum: maxBytes } });
  if (input[0] === 0xff && input[1] === 0xd8) return stripJpeg(input);
  if (PNG_SIGNATURE.every((b, i) => input[i] === b)) return stripPng(input);
  throw new AppError('unsupported', 'photo: only JPEG and PNG images are accepted', { field: 'body', code: 'unsupported_format', params: { format: 'jpeg|png' } });
}

function markerName(m: number, seg: Uint8Array, at: number, len: number): string {
  if (m === 0xfe) return 'COM';
  const id = new TextDecoder('latin1').decode(seg.subarray(at + 4, Math.min(at + 2 + len, at + 4 + 12)));
  const label = id.startsWith('Exif') ? 'Exif' : id.startsWith('http://ns.adobe.com/xap') ? 'XMP' : id.startsWith('Photoshop') ? 'IPTC' : 'data';
  return `APP${m - 0xe0} ${label}`;
}

/** JPEG: copies every segment but APP1, APP13 and COM; the entropy-coded data after SOS is copied as it is. */
function stripJpeg(b: Uint8Array): CleanImage {
  const out: Uint8Array[] = [b.subarray(0, 2)];
  const removed: string[] = [];
  let width: number | null = null;
  let height: number | null = null;
  let i = 2;
  for (;;) {
    if (i >= b.length) throw bad('the JPEG ends before its image data');
    if (b[i] !== 0xff) throw bad(`no JPEG marker at byte ${i}`);
    let j = i;
    while (j < b.length && b[j] === 0xff) j++; // fill bytes
    const m = b[j]!;
    if (m === 0xd9) {
      out.push(b.subarray(i, j + 1));
      break;
    }
    if (m === 0x01 || (m >= 0xd0 && m <= 0xd7)) {
      out.push(b.subarray(i, j + 1));
      i = j + 1;
      continue;
    }
    if (j + 2 >= b.length) throw bad('a JPEG segment is cut off');
    const len = (b[j + 1]! << 8) | b[j + 2]!;
    if (len < 2 || j + 1 + len > b.length) throw bad('a JPEG segment has a wrong length');
    const segEnd = j + 1 + len;
    if ((m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc) && len >= 7) {
      height = (b[j + 4]! << 8) | b[j + 5]!;
      width = (b[j + 6]! << 8) | b[j + 7]!;
    }
    if (m === 0xe1 || m === 0xed || m === 0xfe) removed.push(markerName(m, b, j - 1, len));
    else out.push(b.subarray(i, segEnd));
    if (m === 0xda) {
      out.push(b.subarray(segEnd)); // scan data up to and including EOI
      break;
    }
    i = segEnd;
  }
  return { bytes: concat(out), mime: 'image/jpeg', width, height, removed };
}

/** PNG: copies every chunk but the metadata chunks. */
function stripPng(b: Uint8Array): CleanImage {
  const out: Uint8Array[] = [b.subarray(0, 8)];
  const removed: string[] = [];
  let width: number | null = null;
  let height: number | null = null;
  let i = 8;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let ended = false;
  while (i + 12 <= b.length) {
    const len = view.getUint32(i);
    const type = String.fromCharCode(b[i + 4]!, b[i + 5]!, b[i + 6]!, b[i + 7]!);
    const end = i + 12 + len;
    if (end > b.length) throw bad(`the PNG chunk ${type} is cut off`);
    if (type === 'IHDR' && len >= 8) {
      width = view.getUint32(i + 8);
      height = view.getUint32(i + 12);
    }
    if (PNG_DROP.has(type)) removed.push(type);
    else out.push(b.subarray(i, end));
    i = end;
    if (type === 'IEND') {
      ended = true;
      break;
    }
  }
  if (!ended) throw bad('the PNG has no IEND chunk');
  return { bytes: concat(out), mime: 'image/png', width, height, removed };
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const n = parts.reduce((s, p) => s + p.length, 0);
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
