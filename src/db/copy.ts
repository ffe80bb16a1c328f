/**
 * `COPY table (columns) FROM STDIN` for bulk loads (the demo city's weeks of care records): PostgreSQL's fastest way
 * in, spoken directly on a pg client with the frontend/backend protocol's CopyData messages (PostgreSQL docs §55.2.6,
 * "COPY Operations"), in the text format (§COPY "Text Format": tab-separated, `\N` for NULL, backslash escapes).
 * Rows are encoded in batches with backpressure, so millions of rows never sit in memory as one buffer.
 */
import type pg from 'pg';

type Col = readonly [name: string, pgType: string];

/** The socket side of a pg connection that a COPY needs (pg's Connection, not in its typings). */
interface CopyConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
  sendCopyFail(msg: string): void;
  stream: NodeJS.WritableStream & { writableLength: number; once(ev: 'drain', f: () => void): void };
}

const ESC = /[\\\t\n\r]/g;
const NEEDS_ESC = /[\\\t\n\r]/;
const escText = (s: string): string => (NEEDS_ESC.test(s) ? s.replace(ESC, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r')) : s);
/** Types whose text form never holds a tab, newline or backslash: written as they are. */
const PLAIN = new Set(['uuid', 'date', 'timestamptz', 'timestamp', 'integer', 'int', 'int4', 'int8', 'bigint', 'smallint', 'numeric', 'float8', 'float4', 'boolean', 'daterange', 'tstzrange']);

/** An array value as a PostgreSQL array literal (before COPY's own escaping). */
function arrayLiteral(v: readonly unknown[]): string {
  return `{${v.map((x) => (x === null || x === undefined ? 'NULL' : `"${String(x).replace(/["\\]/g, (c) => `\\${c}`)}"`)).join(',')}}`;
}

/** One value in COPY's text format. */
export function copyValue(v: unknown, pgType: string): string {
  if (v === null || v === undefined) return '\\N';
  if (typeof v === 'string') return PLAIN.has(pgType) ? v : escText(v);
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`COPY: not a finite number: ${v}`);
    return String(v);
  }
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (pgType === 'jsonb' || pgType === 'json') return escText(JSON.stringify(v));
  if (Array.isArray(v)) return escText(arrayLiteral(v));
  if (v instanceof Date) return v.toISOString();
  return escText(String(v));
}

const BATCH_BYTES = 1 << 20;
const HIGH_WATER = 8 << 20;

/** A pg "submittable" running one COPY FROM STDIN and feeding it the rows. */
class CopyFrom {
  readonly #text: string;
  readonly #columns: readonly Col[];
  readonly #rows: Iterable<readonly unknown[]>;
  #resolve!: (n: number) => void;
  #reject!: (e: unknown) => void;
  #count = 0;
  #failed = false;
  readonly done: Promise<number>;

  constructor(text: string, columns: readonly Col[], rows: Iterable<readonly unknown[]>) {
    this.#text = text;
    this.#columns = columns;
    this.#rows = rows;
    this.done = new Promise((res, rej) => {
      this.#resolve = res;
      this.#reject = rej;
    });
  }

  submit(connection: CopyConnection): void {
    connection.query(this.#text);
  }

  handleCopyInResponse(connection: CopyConnection): void {
    void this.#feed(connection);
  }

  async #feed(c: CopyConnection): Promise<void> {
    try {
      let lines: string[] = [];
      let size = 0;
      const types = this.#columns.map(([, t]) => t);
      for (const row of this.#rows) {
        let line = '';
        for (let i = 0; i < types.length; i++) line += (i ? '\t' : '') + copyValue(row[i], types[i]!);
        lines.push(line);
        size += line.length;
        if (size >= BATCH_BYTES) {
          if (this.#failed || !c.stream.writable) return;
          c.sendCopyFromChunk(Buffer.from(`${lines.join('\n')}\n`, 'utf8'));
          lines = [];
          size = 0;
          if (c.stream.writableLength > HIGH_WATER) await new Promise<void>((r) => c.stream.once('drain', r));
        }
      }
      if (lines.length) c.sendCopyFromChunk(Buffer.from(`${lines.join('\n')}\n`, 'utf8'));
      c.endCopyFrom();
    } catch (e) {
      this.#failed = true;
      c.sendCopyFail(e instanceof Error ? e.message : String(e));
      this.#reject(e);
    }
  }

  handleCommandComplete(msg: { text?: string }): void {
    const m = /COPY (\d+)/.exec(msg.text ?? '');
    if (m) this.#count = Number(m[1]);
  }

  handleReadyForQuery(): void {
    if (!this.#failed) this.#resolve(this.#count);
  }

  handleError(e: unknown): void {
    this.#failed = true;
    this.#reject(e);
  }

  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyData(): void {}
}

/**
 * Loads rows into a table with COPY FROM STDIN on one client (inside its transaction, if one is open).
 * @param client - a connected pg client
 * @param table - table name (trusted: from code)
 * @param columns - column names and PostgreSQL types, in row order
 * @param rows - the rows (any iterable: a generator keeps memory flat)
 * @returns the number of rows copied
 */
export async function copyRows(client: pg.ClientBase, table: string, columns: readonly Col[], rows: Iterable<readonly unknown[]>): Promise<number> {
  if (!/^[a-z_][a-z0-9_]*$/.test(table) || columns.some(([n]) => !/^[a-z_][a-z0-9_]*$/.test(n))) throw new Error(`COPY: bad identifier in ${table}`);
  const q = new CopyFrom(`COPY ${table} (${columns.map(([n]) => n).join(', ')}) FROM STDIN`, columns, rows);
  void (client as unknown as { query(s: unknown): unknown }).query(q);
  return q.done;
}
