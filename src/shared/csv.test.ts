import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFacilitiesCsv } from '../care/facility-io/index.ts';
import { problemFromCsv } from '../plan/csv.ts';
import { eachCsvRecord, readCsv } from './csv.ts';
import { AppError } from './errors.ts';

describe('readCsv (RFC 4180 through csv-parse)', () => {
  it('splits quoted fields with commas, doubled quotes and line breaks; CRLF, LF, CR and a last record without newline', () => {
    expect(readCsv('a,b\r\n"x, y","say ""hi"""\r\n"line1\r\nline2",\n3,4\r5,6')).toEqual([
      { row: 0, fields: ['a', 'b'] },
      { row: 1, fields: ['x, y', 'say "hi"'] },
      { row: 2, fields: ['line1\r\nline2', ''] },
      { row: 3, fields: ['3', '4'] },
      { row: 4, fields: ['5', '6'] },
    ]);
  });

  it('drops a UTF-8 BOM, keeps empty fields, and keeps a quote that does not open a field', () => {
    expect(readCsv('\ufeffa,,c\r\nx"y,"z"w\r\n')).toEqual([
      { row: 0, fields: ['a', '', 'c'] },
      { row: 1, fields: ['x"y', '"z"w'] },
    ]);
  });

  it('skips blank records (empty lines, empty fields, whitespace) but counts them in the rows', () => {
    expect(readCsv('h1,h2\r\n\r\n,\r\n \t , \r\nv1,v2\n\n\nlast')).toEqual([
      { row: 0, fields: ['h1', 'h2'] },
      { row: 4, fields: ['v1', 'v2'] },
      { row: 7, fields: ['last'] },
    ]);
    expect(readCsv('\n\nh')).toEqual([{ row: 2, fields: ['h'] }]);
  });

  it('rejects an unclosed quote naming the record where it opened', () => {
    expect(() => readCsv('a,b\r\n1,2\r\n"open,3\r\n')).toThrow('CSV row 2: a quoted field is never closed (a " is missing)');
    expect(() => readCsv('a,b\r\n\r\n\r\n"open')).toThrow('CSV row 3: a quoted field is never closed');
    expect(() => readCsv('"x', { name: 'costs', field: 'matrix' })).toThrow(expect.objectContaining({ code: 'invalid', field: 'matrix', message: 'costs header: a quoted field is never closed (a " is missing)' }));
  });

  it('stops at the record limit, and lets the visitor stop it', () => {
    let seen = 0;
    expect(() => eachCsvRecord('h\n1\n2\n3\n4', () => seen++, { maxRecords: 3, tooMany: (row) => new AppError('too_large', `stopped at row ${row}`) })).toThrow('stopped at row 4');
    expect(seen).toBe(3);
    expect(() =>
      eachCsvRecord('h\n1\n2\n"never closed', (_f, row) => {
        if (row === 2) throw new Error('enough');
      }),
    ).toThrow('enough');
  });

  it('keeps lone surrogates (csv-parse alone would turn them into U+FFFD) and valid pairs', () => {
    const [rec] = readCsv('\ud800a,"b\udc00",😀,\ud83d\ude00\ud83d');
    expect(rec!.fields).toEqual(['\ud800a', 'b\udc00', '😀', '\ud83d\ude00\ud83d']);
  });

  it('reads what the fields were written as (fast-check)', () => {
    const field = fc.string({ unit: fc.constantFrom('a', '托', ',', '"', '\r', '\n', ' ', '\ud800', '😀') });
    const quote = (f: string) => (/[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), fc.constantFrom('\r\n', '\n', '\r'), (records, eol) => {
        const text = records.map((r) => r.map(quote).join(',')).join(eol);
        const expected = records.map((fields, row) => ({ row, fields })).filter((r) => !r.fields.every((f) => f.trim() === ''));
        expect(readCsv(text)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the facility import and the planning inputs read CSV the same way', () => {
  // The same file body under each reader's header: a bad value in data row 3, after a blank line and a `,,` row.
  const body = (bad: string, good: string) => `${good}\r\n\r\n,,\r\n${bad}\r\n`;

  it('skip blank rows and count them alike: the bad row is row 4 in both', () => {
    const plan = (() => {
      try {
        problemFromCsv('demand_id,site_id,cost\r\n' + body('d1,A,oops', 'd1,A,1'), 'id,weight\nd1,1\n');
      } catch (e) {
        return e as AppError;
      }
      throw new Error('expected the plan reader to refuse the cost');
    })();
    expect(plan.issues).toEqual([expect.objectContaining({ field: 'cost', row: 4 })]);
    const facility = parseFacilitiesCsv('name,tier,ownership,division_id,address,lng,lat\r\n' + body('托育点乙,community,public,140403,某路2号,113.1,oops', '托育点甲,community,public,140403,某路1号,113.1,36.2'));
    expect(facility.issues).toEqual([expect.objectContaining({ field: 'lat', row: 4 })]);
  });

  it('both refuse a file whose first line is blank (the header is the first line)', () => {
    expect(() => parseFacilitiesCsv('\r\nname,tier,ownership,division_id,address,lng,lat\r\n')).toThrow(/first line must be the header/);
    expect(() => problemFromCsv('\r\ndemand_id,site_id,cost\r\nd1,A,1', 'id,weight\nd1,1\n')).toThrow(/first line must be the header/);
  });

  it('both name the row of an unclosed quote', () => {
    expect(() => parseFacilitiesCsv('name,address\r\n\r\nA,"x\r\n')).toThrow(/CSV row 2: a quoted field is never closed/);
    expect(() => problemFromCsv('demand_id,site_id,cost\r\n\r\nd1,"A,1\r\n', 'id,weight\nd1,1\n')).toThrow(/costs row 2: a quoted field is never closed/);
  });
});
