/**
 * bench/api/RESULTS.md holds one section per benchmark of this folder; each script rewrites only its own section
 * (between `<!-- name -->` and `<!-- /name -->`), so running one bench keeps the other's last figures.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FILE = fileURLToPath(new URL('./RESULTS.md', import.meta.url));
const TITLE = '# API responsiveness under heavy work (bench/api)';

/**
 * Replaces (or appends) one section of RESULTS.md.
 * @param name - the section's marker name
 * @param heading - its heading line
 * @param lines - its body
 */
export function writeSection(name: string, heading: string, lines: readonly string[]): void {
  const old = existsSync(FILE) ? readFileSync(FILE, 'utf8') : '';
  const body = `<!-- ${name} -->\n${heading}\n\n${lines.join('\n').trimEnd()}\n<!-- /${name} -->`;
  const re = new RegExp(`<!-- ${name} -->[\\s\\S]*?<!-- /${name} -->`);
  let next: string;
  if (re.test(old)) next = old.replace(re, body);
  else if (old.startsWith(TITLE)) next = `${old.trimEnd()}\n\n${body}\n`;
  else next = `${TITLE}\n\n${body}\n`; // a file from before the sections: start afresh
  writeFileSync(FILE, next.endsWith('\n') ? next : `${next}\n`);
}
