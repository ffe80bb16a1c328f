import { describe, expect, it } from 'vitest';
import { cleanPhoto } from './photo.ts';
import { jpegWithExif } from '../../test/fixtures/images.ts';

function crc32(b: Uint8Array): number {
  let c = ~0;
  for (const x of b) {
    c ^= x;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}
function pngChunk(type: string, data: number[]): number[] {
  const t = [...type].map((ch) => ch.charCodeAt(0));
  const len = data.length;
  const crc = crc32(new Uint8Array([...t, ...data]));
  return [(len >>> 24) & 255, (len >>> 16) & 255, (len >>> 8) & 255, len & 255, ...t, ...data, (crc >>> 24) & 255, (crc >>> 16) & 255, (crc >>> 8) & 255, crc & 255];
}

describe('photos are cleaned of metadata', () => {
  it('JPEG: APP1 (Exif), APP13 (IPTC) and COM go, the image data stays byte for byte', () => {
    const input = jpegWithExif();
    const r = cleanPhoto(input);
    expect(r.mime).toBe('image/jpeg');
    expect(r.removed).toEqual(['APP1 Exif', 'APP13 IPTC', 'COM']);
    expect({ width: r.width, height: r.height }).toEqual({ width: 2, height: 3 });
    const text = Buffer.from(r.bytes).toString('latin1');
    expect(text).not.toContain('GPS');
    expect(text).not.toContain('Exif');
    expect(text).not.toContain('taken at home');
    expect(text).toContain('JFIF');
    // The scan data and EOI are untouched.
    expect([...r.bytes.slice(-7)]).toEqual([0x12, 0x34, 0xff, 0x00, 0x56, 0xff, 0xd9]);
    expect(cleanPhoto(r.bytes).removed).toEqual([]);
  });

  it('PNG: eXIf and text chunks go', () => {
    const ihdr = pngChunk('IHDR', [0, 0, 0, 4, 0, 0, 0, 5, 8, 2, 0, 0, 0]);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...ihdr, ...pngChunk('tEXt', [...Buffer.from('Location\0home')]), ...pngChunk('eXIf', [1, 2, 3]), ...pngChunk('IDAT', [1, 2, 3, 4]), ...pngChunk('IEND', [])]);
    const r = cleanPhoto(png);
    expect(r).toMatchObject({ mime: 'image/png', width: 4, height: 5, removed: ['tEXt', 'eXIf'] });
    expect(Buffer.from(r.bytes).toString('latin1')).not.toContain('Location');
  });

  it('refuses what is not a JPEG or PNG, empty or too large files, and broken files — each a 4xx', () => {
    expect(() => cleanPhoto(new Uint8Array([0x47, 0x49, 0x46, 0x38]))).toThrow(expect.objectContaining({ code: 'unsupported' }));
    expect(() => cleanPhoto(new Uint8Array())).toThrow(expect.objectContaining({ code: 'invalid' }));
    expect(() => cleanPhoto(jpegWithExif(), 10)).toThrow(expect.objectContaining({ code: 'too_large' }));
    expect(() => cleanPhoto(jpegWithExif().slice(0, 30))).toThrow(expect.objectContaining({ code: 'invalid' }));
  });
});
