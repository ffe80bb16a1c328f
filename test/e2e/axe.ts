/**
 * Accessibility check with axe-core (Deque's rules engine) in the page under test: WCAG 2.0/2.1 level A and AA rules;
 * a failure lists each violated rule with the selectors of its nodes, so it can be fixed where it is.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** The page's axe violations (WCAG 2.1 A/AA), as `rule (impact): help — selectors`. */
export async function axeViolations(page: Page): Promise<string[]> {
  // the app's CSP allows inline scripts ('unsafe-inline'), so the engine goes in as a script tag
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.addScriptTag({ content: AXE_SOURCE });
  const violations = (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(TAGS)} }, resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) })))`)) as Violation[];
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Fails the test when axe finds WCAG 2.1 A/AA violations on the page as it is now.
 * @param page - the page, in the state to check
 * @param where - names the page state in the failure message
 */
export async function expectNoAxeViolations(page: Page, where = page.url()): Promise<void> {
  expect(await axeViolations(page), `axe violations on ${where}`).toEqual([]);
}
