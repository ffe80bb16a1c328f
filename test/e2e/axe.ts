/**
 * Accessibility check of what a page shows, with axe-core (WCAG 2.x A/AA rules and axe's best practices): injects
 * node_modules/axe-core/axe.min.js into the page, runs it, and fails listing every violation (rule, impact, help
 * and the elements). Injected through `page.evaluate`, which the app's Content-Security-Policy does not govern.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeOptions {
  /** CSS selectors to check (default: the whole document). */
  include?: string[];
  /** CSS selectors to leave out (e.g. a third-party widget). */
  exclude?: string[];
  /** Rule ids to switch off, each with the reason (kept in the test so it is read). */
  disable?: Record<string, string>;
}

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core on the page as it is now and fails with the list of violations, if any.
 * @param page - the page (after it has drawn what is to be checked)
 * @param opts - what to include or exclude, rules to disable
 */
export async function expectNoAxeViolations(page: Page, opts: AxeOptions = {}): Promise<void> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(`${AXE_SOURCE}\n;true`);
  const context = opts.include || opts.exclude ? { include: opts.include ?? ['html'], exclude: opts.exclude ?? [] } : 'document';
  const rules = Object.fromEntries(Object.keys(opts.disable ?? {}).map((id) => [id, { enabled: false }]));
  const violations = (await page.evaluate(`(async () => {
    const context = ${typeof context === 'string' ? 'document' : JSON.stringify(context)};
    const r = await window.axe.run(context, { rules: ${JSON.stringify(rules)}, resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 8).map((n) => n.target.join(' ') + ' — ' + (n.failureSummary || '').split('\\n').slice(1, 2).join('').trim()) }));
  })()`)) as Violation[];
  const report = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n}`).join('\n')}`).join('\n');
  expect(violations.length, `axe-core found ${violations.length} violation(s) on ${page.url()}:\n${report}`).toBe(0);
}
