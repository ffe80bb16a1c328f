import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { zipParts } from './test-xlsx.ts';
import { readZipDirectory, zipRecordStream } from './zip.ts';

const archive = () =>
  zipParts([
    { name: 'a.xml', data: '<a>托育</a>' },
    { name: 'dir/b.xml', data: 'b'.repeat(10_000) },
  ]);

describe('readZipDirectory', () => {
  it('lists each part with its sizes and where its data starts', async () => {
    const buf = await archive();
    const entries = readZipDirectory(buf, 10);
    expect(entries.map((e) => [e.name, e.method, e.uncompressedSize])).toEqual([
      ['a.xml', 8, Buffer.byteLength('<a>托育</a>')],
      ['dir/b.xml', 8, 10_000],
    ]);
    const b = entries[1]!;
    expect(inflateRawSync(buf.subarray(b.dataOffset, b.dataOffset + b.compressedSize)).toString()).toBe('b'.repeat(10_000));
  });

  it('refuses what is not a zip, too many parts, encryption, other methods and parts outside the file', async () => {
    expect(() => readZipDirectory(Buffer.from('PK but not really, and long enough to look'), 10)).toThrow(expect.objectContaining({ code: 'invalid', message: expect.stringContaining('no zip directory') }));
    const buf = await archive();
    expect(() => readZipDirectory(buf, 1)).toThrow(expect.objectContaining({ code: 'too_large' }));
    const dir = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); // the last central entry (dir/b.xml)
    const encrypted = Buffer.from(buf);
    encrypted.writeUInt16LE(0x1, dir + 8);
    expect(() => readZipDirectory(encrypted, 10)).toThrow('dir/b.xml is encrypted');
    const bzip = Buffer.from(buf);
    bzip.writeUInt16LE(12, dir + 10);
    expect(() => readZipDirectory(bzip, 10)).toThrow('dir/b.xml uses compression method 12');
    const outside = Buffer.from(buf);
    outside.writeUInt32LE(buf.length - 10, dir + 42);
    expect(() => readZipDirectory(outside, 10)).toThrow(/dir\/b\.xml points outside the file/);
    const long = Buffer.from(buf);
    long.writeUInt32LE(buf.length, dir + 20);
    expect(() => readZipDirectory(long, 10)).toThrow(/runs past the end of the file/);
  });

  it('reads ZIP64 sizes from the extended information field', async () => {
    const buf = await archive();
    const dir = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    const nameLength = buf.readUInt16LE(dir + 28);
    const real = readZipDirectory(buf, 10)[1]!;
    // Rebuild the archive with dir/b.xml's sizes moved into a ZIP64 extra field.
    const extra = Buffer.alloc(20);
    extra.writeUInt16LE(0x0001, 0);
    extra.writeUInt16LE(16, 2);
    extra.writeBigUInt64LE(BigInt(real.uncompressedSize), 4);
    extra.writeBigUInt64LE(BigInt(real.compressedSize), 12);
    const head = Buffer.from(buf.subarray(dir, dir + 46 + nameLength));
    head.writeUInt32LE(0xffffffff, 20);
    head.writeUInt32LE(0xffffffff, 24);
    head.writeUInt16LE(extra.length, 30);
    const eocd = Buffer.from(buf.subarray(buf.length - 22));
    eocd.writeUInt32LE(eocd.readUInt32LE(12) + extra.length, 12);
    const z64 = Buffer.concat([buf.subarray(0, dir), head, extra, eocd]);
    expect(readZipDirectory(z64, 10)[1]).toEqual(real);
  });
});

describe('zipRecordStream', () => {
  it('re-emits only the chosen parts, in the chosen order, as plain local records with an end record', async () => {
    const buf = await archive();
    const [a, b] = readZipDirectory(buf, 10);
    const chunks: Buffer[] = [];
    for await (const c of zipRecordStream(buf, [b!, a!])) chunks.push(c as Buffer);
    const out = Buffer.concat(chunks);
    expect(out.readUInt32LE(0)).toBe(0x04034b50);
    expect(out.toString('utf8', 30, 30 + 'dir/b.xml'.length)).toBe('dir/b.xml');
    expect(out.readUInt16LE(6) & 0x8).toBe(0); // sizes in the header, no data descriptor
    expect(out.readUInt32LE(18)).toBe(b!.compressedSize);
    const second = 30 + 'dir/b.xml'.length + b!.compressedSize;
    expect(out.toString('utf8', second + 30, second + 30 + 'a.xml'.length)).toBe('a.xml');
    expect(out.readUInt32LE(out.length - 22)).toBe(0x06054b50);
  });
});
