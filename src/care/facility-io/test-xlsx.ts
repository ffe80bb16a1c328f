/**
 * Hand-made workbooks for the XLSX reader's tests: the sheet XML written directly (SpreadsheetML, ECMA-376 Part 1
 * §18.3) and zipped with node:zlib (deflate, CRC-32) in a plain PKWARE container — so a test can craft in a second
 * what exceljs's writer would take a minute for (850,000 rows), or what no writer makes (a zip bomb, a part that
 * lies about its size). Test support only; xlsx.test.ts checks exceljs's full loader reads these workbooks.
 */
import { crc32, deflateRawSync, createDeflateRaw } from 'node:zlib';
import { columnLetter } from './columns.ts';

/** One part of a crafted archive: its bytes, or chunks of text to deflate as they come. */
export interface CraftedPart {
  name: string;
  data: string | Iterable<string>;
  /** Write this instead of the real uncompressed size into the headers (a lying archive). */
  declaredSize?: number;
}

async function deflatePart(data: string | Iterable<string>): Promise<{ compressed: Buffer; size: number; crc: number }> {
  if (typeof data === 'string') {
    const raw = Buffer.from(data, 'utf8');
    return { compressed: deflateRawSync(raw), size: raw.length, crc: crc32(raw) };
  }
  const deflate = createDeflateRaw({ level: 6 });
  const out: Buffer[] = [];
  deflate.on('data', (b: Buffer) => out.push(b));
  const done = new Promise<void>((resolve, reject) => deflate.on('end', resolve).on('error', reject));
  let size = 0;
  let crc = 0;
  for (const chunk of data) {
    const raw = Buffer.from(chunk, 'utf8');
    size += raw.length;
    crc = crc32(raw, crc);
    if (!deflate.write(raw)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return { compressed: Buffer.concat(out), size, crc };
}

/** Zips parts (deflate) into one archive (PKWARE APPNOTE: local headers, central directory, end record). */
export async function zipParts(parts: readonly CraftedPart[]): Promise<Buffer> {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const { compressed, size, crc } = await deflatePart(p.data);
    const name = Buffer.from(p.name, 'utf8');
    const declared = p.declaredSize ?? size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x800, 8);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(compressed.length, 20);
    dir.writeUInt32LE(declared, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    central.push(dir, name);
    offset += 30 + name.length + compressed.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dirBytes, end]);
}

const xmlEscape = (s: string) => s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

/** A cell: text (inline string), a number, or raw XML for the `<c>` element's content and attributes. */
export type CraftedCell = string | number | { xml: string; t?: string } | null;

/** One `<row>` element, its cells in columns A, B, C … (null leaves a gap). */
export function rowXml(r: number, cells: readonly CraftedCell[]): string {
  let out = `<row r="${r}">`;
  cells.forEach((c, i) => {
    if (c === null) return;
    const ref = `${columnLetter(i)}${r}`;
    if (typeof c === 'number') out += `<c r="${ref}"><v>${c}</v></c>`;
    else if (typeof c === 'string') out += `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xmlEscape(c)}</t></is></c>`;
    else out += `<c r="${ref}"${c.t ? ` t="${c.t}"` : ''}>${c.xml}</c>`;
  });
  return `${out}</row>`;
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * A workbook of one sheet whose `<sheetData>` is the given rows (strings of `<row>` elements, or chunks of them),
 * with the parts every reader needs: content types, relationships, the workbook, minimal styles.
 * @param rows - the rows' XML, all at once or as chunks (deflated as they come)
 * @param extra - more parts (e.g. a huge theme nobody should inflate), or changes to the sheet's entry
 */
export function craftWorkbook(rows: string | Iterable<string>, extra: { parts?: CraftedPart[]; sheetDeclaredSize?: number } = {}): Promise<Buffer> {
  const head = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}"><sheetData>`;
  const tail = '</sheetData></worksheet>';
  const sheet: Iterable<string> = typeof rows === 'string' ? [head, rows, tail] : (function* () {
    yield head;
    yield* rows;
    yield tail;
  })();
  return zipParts([
    {
      name: '[Content_Types].xml',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    },
    { name: '_rels/.rels', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    { name: 'xl/worksheets/sheet1.xml', data: sheet, ...(extra.sheetDeclaredSize === undefined ? {} : { declaredSize: extra.sheetDeclaredSize }) },
    ...(extra.parts ?? []),
    { name: 'xl/workbook.xml', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="设施" sheetId="1" r:id="rId1"/></sheets></workbook>` },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    },
    {
      name: 'xl/styles.xml',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${NS}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`,
    },
  ]);
}

/**
 * The crafted upload of issue 9: a ~9.3 MB workbook of `rows` rows (a name and a longitude each, each row number
 * different so it does not compress to nothing) — 850,000 rows made in about a second. Its directory tells the
 * truth about the sheet's size (about 80 MB), unless `declaredSize` says otherwise.
 */
export function craftManyRows(rows: number, declaredSize?: number): Promise<Buffer> {
  function* sheet(): Generator<string> {
    yield rowXml(1, ['名称', '层级', '性质', '区县代码', '地址', '经度', '纬度']);
    let chunk = '';
    for (let r = 2; r <= rows + 1; r++) {
      chunk += `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>托育点${r}</t></is></c><c r="F${r}"><v>113.1</v></c></row>`;
      if (chunk.length > 1 << 20) {
        yield chunk;
        chunk = '';
      }
    }
    yield chunk;
  }
  return craftWorkbook(sheet(), declaredSize === undefined ? {} : { sheetDeclaredSize: declaredSize });
}
