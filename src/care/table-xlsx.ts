/**
 * A table as an Excel workbook (exceljs): the desk's reports and every dashboard table export this way. Pure: sheets
 * of rows in, the .xlsx bytes out; numbers stay numbers (with a number format), text stays text.
 */
import ExcelJS from 'exceljs';

export interface XlsxColumn {
  key: string;
  header: string;
  /** An Excel number format, e.g. '0.0%' or '#,##0.00'. */
  format?: string;
  width?: number;
}

export interface XlsxSheet {
  name: string;
  /** Lines above the header (title, period, source). */
  title?: readonly string[];
  columns: readonly XlsxColumn[];
  rows: ReadonlyArray<Record<string, string | number | null>>;
}

/**
 * Writes the sheets into one workbook.
 * @param sheets - one or more sheets (names at most 31 characters, as Excel allows)
 * @returns the .xlsx file
 */
export async function tableToXlsx(sheets: readonly XlsxSheet[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'CareCircle';
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name.slice(0, 31));
    for (const line of s.title ?? []) ws.addRow([line]).font = { bold: true };
    if (s.title?.length) ws.addRow([]);
    const header = ws.addRow(s.columns.map((c) => c.header));
    header.font = { bold: true };
    for (const r of s.rows) {
      const row = ws.addRow(s.columns.map((c) => r[c.key] ?? null));
      s.columns.forEach((c, i) => {
        if (c.format) row.getCell(i + 1).numFmt = c.format;
      });
    }
    s.columns.forEach((c, i) => {
      ws.getColumn(i + 1).width = c.width ?? Math.max(10, Math.min(40, c.header.length * 2 + 4));
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
