#!/usr/bin/env node
// Builds web/dist with Vite when it is missing or older than any source file in web/ (so `npm start` and
// `npm test` work on a fresh clone); a fast no-op otherwise. `--force` always rebuilds.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const web = join(repo, 'web');
const dist = join(web, 'dist');
const stamp = join(dist, 'index.html');
const SKIP = new Set(['dist', 'node_modules', '.vite']);

/** Newest modification time (ms) of any file under dir, skipping build output. */
function newest(dir) {
  let max = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(e.name) || e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    const t = e.isDirectory() ? newest(p) : statSync(p).mtimeMs;
    if (t > max) max = t;
  }
  return max;
}

const force = process.argv.includes('--force');
if (!existsSync(web)) process.exit(0);
const inputs = Math.max(newest(web), statSync(join(repo, 'package-lock.json'), { throwIfNoEntry: false })?.mtimeMs ?? 0);
if (!force && existsSync(stamp) && statSync(stamp).mtimeMs >= inputs) process.exit(0);

console.log('ensure-web: building web/dist …');
const vite = join(repo, 'node_modules', 'vite', 'bin', 'vite.js');
const r = spawnSync(process.execPath, [vite, 'build', '--config', join(web, 'vite.config.ts'), '--logLevel', 'warn'], { cwd: repo, stdio: 'inherit' });
if (r.status !== 0) {
  console.error('ensure-web: vite build failed');
  process.exit(r.status ?? 1);
}
