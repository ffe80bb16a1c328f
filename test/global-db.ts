/**
 * Vitest global setup for integration and browser tests: one real PostgreSQL for the run — the embedded server in a
 * temporary folder, or the external server named by TEST_DATABASE_URL. Each test file then creates its own fresh
 * database on it (test/db.ts), so files are isolated and can run in any order.
 */
import { mkdtempSync, rmSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbedded, type EmbeddedServer } from '../src/db/embedded.ts';

let server: EmbeddedServer | null = null;
let dir: string | null = null;

export async function setup(project: TestProject): Promise<void> {
  let url = process.env.TEST_DATABASE_URL;
  if (!url) {
    dir = mkdtempSync(join(tmpdir(), 'carecircle-test-'));
    chmodSync(dir, 0o755);
    server = await startEmbedded(dir);
    url = server.url;
  }
  project.provide('pgUrl', url);
}

export async function teardown(): Promise<void> {
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
  }
}
