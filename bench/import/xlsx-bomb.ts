/**
 * Benchmark: refusing a crafted upload (issue 9) — a ~9 MB XLSX of 850,000 rows — with the streaming reader
 * (parseFacilitiesXlsx: exceljs's WorkbookReader within limits) side by side with the peer it replaced, exceljs's
 * full loader (`new Workbook().xlsx.load`, then the row count: what the import did before). Also a legitimate
 * workbook (the export of 9,999 facilities) read both ways, so the ratio is not only about refusing early (there
 * the streaming reader also validates every row, the peer only loads).
 *
 * Each measurement runs in a fresh process: wall time, peak RSS above the process's baseline, and the longest
 * event-loop stall (what /api/health would have waited) — median of 3. Writes bench/import/RESULTS.md.
 *
 *   npx tsx bench/import/xlsx-bomb.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import ExcelJS from 'exceljs';

interface Result {
  ms: number;
  rssMB: number;
  stallMs: number;
  outcome: string;
}

const self = fileURLToPath(import.meta.url);

async function one(reader: string, file: string): Promise<void> {
  const buf = readFileSync(file);
  const { parseFacilitiesXlsx } = await import('../../src/care/facility-io/index.ts');
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const t0 = performance.now();
  let outcome: string;
  try {
    if (reader === 'streaming') {
      const r = await parseFacilitiesXlsx(buf);
      outcome = `${r.rows.length} rows, ${r.issues.length} issues`;
    } else {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
      const n = wb.worksheets[0]!.actualRowCount - 1;
      outcome = n > 10_000 ? `refused: ${n} rows (after loading all)` : `${n} rows loaded`;
    }
  } catch (e) {
    outcome = `refused: ${(e as Error).message.slice(0, 60)}…`;
  }
  const ms = performance.now() - t0;
  await new Promise((resolve) => setTimeout(resolve, 20)); // let the histogram see a stall at the very end
  loop.disable();
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
  const result: Result = { ms, rssMB: (peak - base) / 1024 / 1024, stallMs: loop.max / 1e6, outcome };
  process.stdout.write(JSON.stringify(result));
}

async function main(): Promise<void> {
  const { craftManyRows } = await import('../../src/care/facility-io/test-xlsx.ts');
  const { facility } = await import('../../src/care/facility-io/test-fixtures.ts');
  const { facilitiesToXlsx } = await import('../../src/care/facility-io/index.ts');
  const dir = mkdtempSync(join(tmpdir(), 'carecircle-xlsx-bomb-'));
  try {
    const files = {
      'crafted, 850,000 rows (directory lies: 1 MB)': await craftManyRows(850_000, 1024 * 1024),
      'crafted, 850,000 rows (directory honest)': await craftManyRows(850_000),
      'export of 9,999 facilities (legitimate)': await facilitiesToXlsx(Array.from({ length: 9_999 }, (_, i) => facility(i + 1))),
    };
    const rows: string[] = [];
    for (const [label, buf] of Object.entries(files)) {
      const file = join(dir, `${rows.length}.xlsx`);
      writeFileSync(file, buf);
      const med: Record<string, Result> = {};
      for (const reader of ['streaming', 'full load (peer)']) {
        const runs: Result[] = [];
        for (let k = 0; k < 3; k++) {
          const out = execFileSync(process.execPath, ['--import', 'tsx', self, '--one', reader === 'streaming' ? 'streaming' : 'full', file], { encoding: 'utf8', maxBuffer: 1 << 20 });
          runs.push(JSON.parse(out) as Result);
        }
        runs.sort((a, b) => a.ms - b.ms);
        med[reader] = runs[1]!;
        const r = runs[1]!;
        rows.push(`| ${label} (${(buf.length / 1024 / 1024).toFixed(1)} MB) | ${reader} | ${r.ms.toFixed(0)} | ${r.rssMB.toFixed(0)} | ${r.stallMs.toFixed(0)} | ${r.outcome} |`);
        console.log(rows.at(-1));
      }
      const s = med.streaming!;
      const p = med['full load (peer)']!;
      rows.push(`| | **ratio peer ÷ streaming** | **${(p.ms / s.ms).toFixed(1)}×** | **${(p.rssMB / Math.max(1, s.rssMB)).toFixed(1)}×** | **${(p.stallMs / Math.max(1, s.stallMs)).toFixed(1)}×** | |`);
    }
    const md = `# XLSX upload: refusing a crafted workbook (issue 9)

\`npx tsx bench/import/xlsx-bomb.ts\` — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${process.platform}/${process.arch}.
Each cell is the median of 3 runs, each in a fresh process. *RSS* is the peak resident memory above the process's
baseline; *stall* is the longest event-loop delay while reading (what an \`/api/health\` request would have waited).
The peer is exceljs's full loader (\`new Workbook().xlsx.load\`), which the import used before: it inflates and
parses the whole workbook and only then can count its rows. On the legitimate workbook the streaming reader's time
includes validating all 9,999 facilities; the peer's is the load alone.

| file | reader | ms | RSS MB | stall ms | outcome |
|---|---|---:|---:|---:|---|
${rows.join('\n')}
`;
    writeFileSync(join(fileURLToPath(new URL('.', import.meta.url)), 'RESULTS.md'), md);
    console.log(md);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--one') await one(process.argv[3]!, process.argv[4]!);
else await main();
