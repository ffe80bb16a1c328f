/**
 * The planner page in a real browser on the demo city: a city official logs in, opens 选址规划, runs MCLP with p = 5
 * at 15 minutes, sees the proposed sites drawn on the map (the `plan-sites` layer, via queryRenderedFeatures) and the
 * coverage rise (after > before), tries dropping a site (what-if), saves two scenarios and compares them side by side.
 *
 * The server: `carecircle demo` on a fresh database, with the demo city's walking network loaded.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser } from './browser.ts';
import { LoginPageObject } from './pages.ts';
import { MAP } from './map.ts';
import { expectNoAxeViolations } from './axe.ts';
import { startTestServer, type TestServer } from './server.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const SHOTS = join(REPO, 'test-results', 'screenshots');
const haveDemo = existsSync(join(REPO, 'src/cli/demo.ts'));

/** The planner page, found by role and label as a person would. */
class PlannerPageObject {
  constructor(readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/planner`);
    await this.page.getByRole('heading', { name: '选址规划', level: 1 }).waitFor();
    // (waitForFunction would evaluate a string inside the page, which the app's CSP forbids; evaluate does not)
    await expect.poll(() => this.page.evaluate(`(() => { const m = ${MAP}; return !!(m && m.getLayer('plan-sites')); })()`), { timeout: 60_000 }).toBe(true);
  }

  async runMclp(p: number, minutes: number): Promise<void> {
    await this.page.getByLabel('模型').selectOption('coverage');
    await this.page.getByLabel('新增站点数 p').fill(String(p));
    await this.page.getByLabel('步行时间上限（分钟）').fill(String(minutes));
    await this.page.getByRole('button', { name: '开始规划' }).click();
    await this.page.getByTestId('plan-results').waitFor({ timeout: 120_000 });
  }

  /** Proposed sites MapLibre actually rendered in the plan-sites layer. */
  async renderedSites(): Promise<number> {
    await expect.poll(() => this.page.evaluate(`(() => { const m = ${MAP}; return !!(m && m.loaded() && !m.isMoving()); })()`), { timeout: 30_000 }).toBe(true);
    return (await this.page.evaluate(`(() => {
      const m = ${MAP};
      const ids = new Set(m.queryRenderedFeatures({ layers: ['plan-sites'] }).map((f) => f.properties.id));
      return ids.size;
    })()`)) as number;
  }

  async coverage(): Promise<{ before: number; after: number }> {
    const num = async (id: string) => Number((await this.page.getByTestId(id).innerText()).replace(/[^\d.]/g, ''));
    return { before: await num('coverage-before'), after: await num('coverage-after') };
  }
}

let server: TestServer | null = null;
let browser: Browser;
let base = '';

describe.skipIf(!haveDemo)('planner page (demo city, Chromium)', () => {
  beforeAll(async () => {
    server = await startTestServer(); // `carecircle demo`: the demo city with its walking network loaded
    base = server.url;
    browser = await launchBrowser();
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('runs MCLP (p = 5, 15 minutes): proposed sites on the map, coverage rises; what-if, save and compare', async () => {
    const ctx = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN' });
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await new LoginPageObject(page).open(base);
    await new LoginPageObject(page).login('city', 'demo1234');
    // the planner is in the navigation for officials
    await page.getByRole('link', { name: '选址规划' }).click();
    const planner = new PlannerPageObject(page);
    await planner.open(base);

    // upload one candidate site as GeoJSON; it joins the candidates
    await page.getByLabel('上传 GeoJSON 点').setInputFiles({
      name: 'rooms.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [113.117, 36.198] }, properties: { name: '英雄中路闲置用房', places: 30 } }] })),
    });
    await page.getByText('已上传 1 个候选点').waitFor();

    await planner.runMclp(5, 15);
    await expect.poll(() => page.getByTestId('proposed-sites').getByRole('listitem').count(), { timeout: 120_000 }).toBe(5);
    const cov = await planner.coverage();
    expect(cov.after).toBeGreaterThan(cov.before);
    await expect.poll(() => planner.renderedSites(), { timeout: 30_000 }).toBe(5);
    await expect.poll(() => page.getByTestId('plan-status').innerText()).toMatch(/已证明最优|达到求解时限|启发式/);
    await page.getByTestId('plan-results').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'planner-mclp.png') });
    await expectNoAxeViolations(page);

    // what-if: drop the first proposed site
    await page.getByTestId('proposed-sites').getByRole('button', { name: '不开此点' }).first().click();
    await expect.poll(() => page.getByTestId('proposed-sites').innerText()).toMatch(/不开此点：覆盖 -[\d,]+ 名儿童/);

    // what-if: click a candidate site on the map to see what opening it would add
    const at = (await page.evaluate(`(() => {
      const m = ${MAP};
      const f = m.queryRenderedFeatures({ layers: ['plan-candidates'] })[0];
      if (!f) return null;
      const p = m.project(f.geometry.coordinates);
      return { x: p.x, y: p.y };
    })()`)) as { x: number; y: number } | null;
    expect(at).not.toBeNull();
    const box = (await page.getByTestId('planner-map').boundingBox())!;
    await page.mouse.click(box.x + at!.x, box.y + at!.y);
    await expect.poll(() => page.getByTestId('whatif-open').innerText()).toMatch(/^增开 .+：覆盖 \+[\d,]+ 名儿童（[\d.]+ 毫秒）$/);

    // save it, then a second scenario with p = 3, and compare the two side by side
    await page.getByRole('button', { name: '保存方案' }).click();
    await page.getByRole('button', { name: '已保存' }).waitFor();
    await planner.runMclp(3, 15);
    await expect.poll(() => page.getByTestId('proposed-sites').getByRole('listitem').count(), { timeout: 120_000 }).toBe(3);
    await page.getByRole('button', { name: '保存方案' }).click();
    await page.getByRole('button', { name: '已保存' }).waitFor();
    const boxes = page.getByRole('checkbox', { name: /^对比 / });
    await expect.poll(() => boxes.count()).toBe(2);
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    const compare = page.getByTestId('scenario-compare');
    await compare.waitFor();
    expect(await compare.innerText()).toMatch(/新增覆盖/);
    await compare.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'planner-compare.png') });
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('is closed to non-officials', async () => {
    const ctx = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN' });
    const page = await ctx.newPage();
    await new LoginPageObject(page).open(base);
    await new LoginPageObject(page).login('teacher', 'demo1234');
    expect(await page.getByRole('link', { name: '选址规划' }).count()).toBe(0);
    await page.goto(`${base}/planner`);
    await page.getByText('选址规划仅向市、区卫健部门工作人员开放。').waitFor();
    await ctx.close();
  });
});
