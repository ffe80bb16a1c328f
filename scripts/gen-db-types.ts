/**
 * Regenerates src/db/schema.gen.ts — the typed database interface Kysely checks every query against — from a
 * freshly migrated database (kysely-codegen, options in .kysely-codegenrc.json). Runs on a temporary embedded
 * PostgreSQL, or on DATABASE_URL's server (a scratch database is created and dropped there).
 *   npm run gen:db            rewrite the file
 *   npm run gen:db -- --verify   exit 1 when the file is stale (src/db/schema.int.test.ts checks the same)
 */
import { mkdtempSync, rmSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbedded } from '../src/db/embedded.ts';
import { runCodegen, withScratchDatabase } from '../src/db/schema-codegen.ts';

const verify = process.argv.includes('--verify');
let dir: string | null = null;
let stop: (() => Promise<void>) | null = null;
let url = process.env.DATABASE_URL;
if (!url) {
  dir = mkdtempSync(join(tmpdir(), 'carecircle-gen-'));
  chmodSync(dir, 0o755);
  const server = await startEmbedded(dir);
  url = server.url;
  stop = () => server.stop();
}
try {
  process.exitCode = await withScratchDatabase(url, (scratch) => runCodegen(scratch, { verify }));
} finally {
  await stop?.();
  if (dir) rmSync(dir, { recursive: true, force: true });
}
