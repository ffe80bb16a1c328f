/**
 * The bureaus' dashboard and the monthly subsidy claims in a real browser (issue 13, acceptance 1): a city official
 * drills the dashboard down from the city to a county to a facility (charts by ECharts beside the tables; the table
 * exports to XLSX) and back up; a subsidy month is computed by the district, confirmed by the director (who alone
 * sees the children behind it), approved by the district. Every page passes axe-core with no violations.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe.ts';
import { DESKTOP, launchBrowser } from './browser.ts';
import { LoginPageObject } from './pages.ts';
import { startTestServer, type TestServer } from './server.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const SHOTS = join(REPO, 'test-results', 'screenshots');
const CENTRE = '潞州区公办综合托育中心';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startTestServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signedIn(username: string): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const ctx = await browser.newContext({ viewport: DESKTOP, deviceScaleFactor: 1, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', acceptDownloads: true });
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const login = new LoginPageObject(page);
  await login.open(server.url);
  await login.login(username, 'demo1234');
  return { page, errors, close: () => ctx.close() };
}

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name });
const crumbs = (page: Page) => page.getByRole('navigation', { name: '所在层级' });

describe('dashboard and subsidy claims (Chromium)', () => {
  it('a city official drills the dashboard down from the city to a county to a facility, exports the table, and goes back up', async () => {
    const { page, errors, close } = await signedIn('city');
    try {
      await nav(page, '数据看板').click();
      await page.getByRole('heading', { name: '托育服务数据看板', level: 1 }).waitFor();
      const table = page.getByRole('table', { name: '全市分项数据' });
      await table.waitFor();
      expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(2);
      await page.getByRole('img', { name: /各县区千人口托位数与目标 4.5/ }).waitFor();
      expect(await page.locator('.desk-chart canvas').count()).toBeGreaterThan(0);
      await expectNoAxeViolations(page);
      await page.screenshot({ path: join(SHOTS, 'dashboard-city.png') });

      // the table exports to Excel with the same rows
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Excel' }).click()]);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile((await download.path())!);
      const names: string[] = [];
      wb.worksheets[0]!.eachRow((r) => names.push(String(r.getCell(1).value)));
      expect(names).toContain('潞州区');

      // ── city → 潞州区 ──
      await table.getByRole('link', { name: '查看潞州区' }).click();
      await page.getByRole('heading', { name: '潞州区', level: 2, exact: true }).waitFor();
      expect(await crumbs(page).innerText()).toMatch(/全市[\s\S]*潞州区/);
      const facilities = page.getByRole('table', { name: '潞州区分项数据' });
      await facilities.waitFor();
      expect(await facilities.locator('tbody tr').count()).toBeGreaterThan(3);
      await expectNoAxeViolations(page);
      await page.screenshot({ path: join(SHOTS, 'dashboard-division.png') });

      // ── 潞州区 → the county centre ──
      await facilities.getByRole('link', { name: `查看${CENTRE}` }).click();
      await page.getByRole('heading', { name: CENTRE, level: 2, exact: true }).waitFor();
      expect(await crumbs(page).innerText()).toMatch(/全市[\s\S]*潞州区[\s\S]*潞州区公办综合托育中心/);
      const kpis = page.getByRole('region', { name: '主要指标' });
      expect(await kpis.innerText()).toMatch(/托位数[\s\S]*在托人数[\s\S]*医育签约率/);
      await expectNoAxeViolations(page);

      // ── and back up, by the crumbs and the browser ──
      await crumbs(page).getByRole('link', { name: '潞州区' }).click();
      await page.getByRole('heading', { name: '潞州区', level: 2, exact: true }).waitFor();
      await crumbs(page).getByRole('link', { name: '全市' }).click();
      await page.getByRole('table', { name: '全市分项数据' }).waitFor();
      await page.goBack();
      await page.getByRole('heading', { name: '潞州区', level: 2, exact: true }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('a subsidy month is computed by the district, confirmed by the director, approved by the district', async () => {
    // ── the district runs the month ──
    const district = await signedIn('district');
    const run = { month: '' };
    try {
      const { page } = district;
      await nav(page, '补贴申报').click();
      await page.getByRole('heading', { name: '运营补贴申报', level: 1 }).waitFor();
      const button = page.getByRole('button', { name: /^计算 \d{4}-\d{2} 补贴$/ });
      run.month = /(\d{4}-\d{2})/.exec(await button.innerText())![1]!;
      await button.click();
      await page.getByRole('status').filter({ hasText: /已计算 \d+ 家机构的申报/ }).waitFor();
      const table = page.getByRole('table', { name: `${run.month} 补贴申报` });
      const row = table.getByRole('row').filter({ hasText: CENTRE });
      await row.getByText('待机构确认').waitFor();
      // the district may not confirm for the facility
      expect(await row.getByRole('button', { name: /确认申报/ }).count()).toBe(0);
      // its details: children-months by reason, no child named
      await row.getByRole('button', { name: '明细' }).click();
      await page.getByRole('table', { name: '按原因汇总（儿童·月）' }).waitFor();
      expect(await page.getByRole('table', { name: '儿童明细（仅本机构可见）' }).count()).toBe(0);
      await expectNoAxeViolations(page);
      await page.screenshot({ path: join(SHOTS, 'subsidy-district.png') });
    } finally {
      await district.close();
    }

    // ── the director confirms, seeing the children behind the claim ──
    const director = await signedIn('director');
    try {
      const { page, errors } = director;
      await page.goto(`${server.url}/bureau/subsidies?month=${run.month}`);
      const table = page.getByRole('table', { name: `${run.month} 补贴申报` });
      await table.waitFor();
      expect(await table.locator('tbody tr').count()).toBe(1); // their own facility only
      const row = table.getByRole('row').filter({ hasText: CENTRE });
      await row.getByRole('button', { name: '明细' }).click();
      const lines = page.getByRole('table', { name: '儿童明细（仅本机构可见）' });
      await lines.waitFor();
      expect(await lines.locator('tbody tr').count()).toBeGreaterThan(0);
      await expectNoAxeViolations(page);
      await row.getByRole('button', { name: `确认申报：${CENTRE}` }).click();
      await row.getByText('待县区审核').waitFor();
      expect(errors).toEqual([]);
    } finally {
      await director.close();
    }

    // ── the district approves ──
    const again = await signedIn('district');
    try {
      const { page, errors } = again;
      await page.goto(`${server.url}/bureau/subsidies?month=${run.month}`);
      const row = page.getByRole('table', { name: `${run.month} 补贴申报` }).getByRole('row').filter({ hasText: CENTRE });
      await row.getByRole('button', { name: `审核通过：${CENTRE}` }).click();
      await row.getByText('待市里拨付').waitFor();
      await row.getByRole('button', { name: '明细' }).click();
      const history = page.locator('.claim-details ol');
      await expect.poll(() => history.locator('li').count()).toBe(3);
      expect(await history.innerText()).toMatch(/待市里拨付[\s\S]*待县区审核[\s\S]*待机构确认/);
      await expectNoAxeViolations(page);
      await page.screenshot({ path: join(SHOTS, 'subsidy-approved.png') });
      expect(errors).toEqual([]);
    } finally {
      await again.close();
    }
  });
});
