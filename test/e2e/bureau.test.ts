/**
 * The bureaus' desk in a real browser (issue 13, acceptance 1 — the parts that do not wait for the other features):
 * a district official registers a facility with the form (a capacity over the cap is named beside its input first),
 * imports a file with a bad row and sees the row named, fixes it, imports, exports XLSX (the file holds the imported
 * facilities); files (备案) the new facility; relinks its supervising centre; scores it (the public card shows the
 * grade); and reads the PIPL audit page, where children appear only as pseudonymous references. A guardian's audit
 * page is about their own children, and gives them a copy of everything held about each. Every page passes axe-core
 * with no violations.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe.ts';
import { DESKTOP, launchBrowser } from './browser.ts';
import { RegistryDeskObject } from './bureau-pages.ts';
import { LoginPageObject } from './pages.ts';
import { startTestServer, type TestServer } from './server.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const SHOTS = join(REPO, 'test-results', 'screenshots');
const LUZHOU = '140403';

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

/** A session cookie for API calls beside the browser (to make audit entries as a teacher would). */
async function apiLogin(username: string): Promise<string> {
  const r = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'demo1234' }) });
  expect(r.status).toBe(200);
  return /cc_session=[^;]+/.exec(r.headers.get('set-cookie') ?? '')![0];
}

const HEADER = '名称,层级,性质,区县代码,地址,经度,纬度,服务,班级';
const csv = (capacity2: number) =>
  [HEADER, `导入测试社区托育点甲,社区托育点,普惠,${LUZHOU},长治市潞州区导入路1号,113.112,36.191,全日托:1500/月,托小班1:托小班:15`, `导入测试社区托育点乙,社区托育点,普惠,${LUZHOU},长治市潞州区导入路2号,113.114,36.193,全日托:1400/月,托小班1:托小班:${capacity2}`].join('\n');

describe('the bureaus’ desk (Chromium)', () => {
  let registered = { id: '', name: '潞州区英雄北路社区托育点（测试登记）' };

  it('a district official registers a facility, imports a file with a bad row, fixes it, imports and exports XLSX', async () => {
    const { page, errors, close } = await signedIn('district');
    try {
      const desk = new RegistryDeskObject(page);
      await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '机构管理' }).click();
      await page.getByRole('heading', { name: '机构登记管理', level: 1 }).waitFor();
      expect(await page.getByTestId('scope-note').innerText()).toContain('潞州区');
      await desk.table().waitFor();
      await expectNoAxeViolations(page);

      // ── register: a capacity over the cap is named beside its input, then corrected ──
      await desk.tab('登记新机构');
      await desk.fillBasics({ name: registered.name, address: '长治市潞州区英雄北路88号', lng: '113.118', lat: '36.205', price: '1500' });
      await desk.capacity().fill('18');
      await desk.submitRegistration();
      await page.getByTestId('form-error').waitFor();
      expect(await desk.capacity().getAttribute('aria-invalid')).toBe('true');
      const capError = page.locator('#reg-err-classes-0-capacity');
      expect(await capError.innerText()).toMatch(/15/);
      await expectNoAxeViolations(page);
      await page.screenshot({ path: join(SHOTS, 'bureau-register-error.png') });
      await desk.capacity().fill('15');
      await desk.submitRegistration();
      const created = page.getByRole('status').getByRole('link', { name: registered.name });
      await created.waitFor();
      registered = { ...registered, id: (await created.getAttribute('href'))!.split('/').pop()! };

      // ── import: a file with a bad row is refused, the row named; fixed, it imports ──
      await desk.tab('导入与导出');
      await desk.importFile('名录.csv', csv(18), 'text/csv');
      await desk.report().waitFor();
      const rows = desk.report().locator('tbody tr');
      await expect.poll(() => rows.count()).toBe(1);
      expect(await rows.nth(0).innerText()).toMatch(/第 2 行\s+班级（classes）/);
      expect(await page.getByRole('alert').first().innerText()).toContain('未导入任何记录');
      await expectNoAxeViolations(page);
      await page.screenshot({ path: join(SHOTS, 'bureau-import-report.png') });
      await desk.importFile('名录.csv', csv(15), 'text/csv');
      await expect.poll(() => desk.result().innerText()).toBe('导入成功：新建 2 家，更新 0 家。');

      // ── export XLSX: the workbook holds the imported and the registered facilities ──
      const download = await desk.exportAs('导出 Excel');
      expect(download.suggestedFilename()).toMatch(/^facilities-\d{4}-\d{2}-\d{2}\.xlsx$/);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile((await download.path())!);
      const names = new Set<string>();
      wb.worksheets[0]!.eachRow((r) => r.eachCell((c) => names.add(String(c.value))));
      for (const n of ['导入测试社区托育点甲', '导入测试社区托育点乙', registered.name]) expect(names.has(n), n).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('files (备案) the new facility, relinks its supervising centre; other divisions stay read-only', async () => {
    const { page, errors, close } = await signedIn('district');
    try {
      const desk = new RegistryDeskObject(page);
      await desk.open(server.url);
      await desk.search('测试登记');
      const row = desk.row(registered.name);
      await row.waitFor();
      await row.getByRole('button', { name: /办理备案/ }).click();
      const panel = page.getByRole('region', { name: `备案办理：${registered.name}` });
      await panel.getByRole('button', { name: '提交备案' }).click();
      await panel.getByText('备案审核中').first().waitFor();
      await panel.getByLabel('备案编号').fill('晋长卫托备2026888');
      await panel.getByRole('button', { name: '备案通过' }).click();
      await panel.getByRole('status').filter({ hasText: '已办理：备案通过' }).waitFor();
      const history = panel.getByRole('table', { name: '备案记录' });
      await expect.poll(() => history.locator('tbody tr').count()).toBe(3);
      expect(await history.locator('tbody tr').first().innerText()).toMatch(/备案通过[\s\S]*备案审核中 → 已备案[\s\S]*晋长卫托备2026888/);
      await expectNoAxeViolations(page);
      await page.screenshot({ path: join(SHOTS, 'bureau-filing.png') });

      // the whole city's list: another county's facilities have no actions for this official
      await desk.search('');
      await page.getByLabel('只看我可以管理的机构').uncheck();
      await page.getByLabel('县区').selectOption({ label: '潞城区' });
      // (the previous rows stay on screen until the new page arrives: wait for 潞城区's rows)
      const divisionsShown = async () => [...new Set((await desk.table().locator('tbody tr').allInnerTexts()).map((x) => (x.includes('潞州区') ? '潞州区' : x.includes('潞城区') ? '潞城区' : '?')))].join(',');
      await expect.poll(divisionsShown, { timeout: 30_000 }).toBe('潞城区');
      expect(await desk.table().getByRole('button').count()).toBe(0);

      // ── supervision: the new point moves to the municipal centre ──
      await desk.tab('指导关系');
      const select = page.getByLabel(`指导中心：${registered.name}`);
      await select.waitFor();
      const municipal = (await select.locator('option').allInnerTexts()).find((o) => o.includes('市'))!;
      await select.selectOption({ label: municipal });
      await page.getByRole('status').filter({ hasText: `“${registered.name}”的指导中心已改为` }).waitFor();
      await expectNoAxeViolations(page);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('a district assessor scores the new facility; the public card shows its grade', async () => {
    const { page, errors, close } = await signedIn('district');
    try {
      await page.goto(`${server.url}/bureau/quality/new?facility=${registered.id}`);
      await page.getByRole('heading', { name: `质量评估：${registered.name}` }).waitFor();
      const inputs = page.locator('.dimension input');
      await expect.poll(() => inputs.count()).toBeGreaterThan(30);
      for (const input of await inputs.all()) {
        const label = await page.locator(`label[for="${await input.getAttribute('id')}"]`).innerText();
        await input.fill(String(Math.round(Number(/满分 (\d+)/.exec(label)![1]) * 0.95)));
      }
      await expect.poll(() => page.locator('.assessment-total').innerText()).toMatch(/合计 9\d\d \/ 1000 分/);
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: '提交定级' }).click();
      await page.getByText('A 级 · 优秀').first().waitFor();
      await page.getByText('¥50,000.00').first().waitFor();
      await page.evaluate('window.scrollTo(0, 0)');
      await page.screenshot({ path: join(SHOTS, 'bureau-assessment.png') });
      // the list shows it graded
      await page.getByRole('link', { name: /返回评估记录/ }).click();
      await page.getByRole('table', { name: '评估记录' }).getByRole('row', { name: new RegExp(registered.name) }).getByText('A 级 · 优秀').waitFor();
      await expectNoAxeViolations(page);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
    // anyone sees the grade on the facility page
    const ctx = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN' });
    const anon = await ctx.newPage();
    await anon.goto(`${server.url}/facilities/${registered.id}`);
    await anon.getByText('A 级 · 优秀').waitFor();
    await ctx.close();
  });

  it('the audit page shows who read which child, by a pseudonymous reference, never the record', async () => {
    // a teacher lists the children of her facility (each listed child is audited)
    const cookie = await apiLogin('teacher');
    const children = (await (await fetch(`${server.url}/api/children?pageSize=5`, { headers: { cookie } })).json()) as { items: Array<{ givenName: string; familyName: string }> };
    expect(children.items.length).toBeGreaterThan(0);
    const { page, errors, close } = await signedIn('district');
    try {
      await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '访问记录' }).click();
      await page.getByRole('heading', { name: '个人信息访问记录', level: 1 }).waitFor();
      const table = page.getByRole('table', { name: '访问记录' });
      await table.waitFor();
      const refs = await table.locator('code.child-ref').allInnerTexts();
      expect(refs.length).toBeGreaterThan(0);
      for (const r of refs) expect(r).toMatch(/^[0-9a-f]{8}$/);
      const text = await page.locator('main').innerText();
      for (const c of children.items) expect(text).not.toContain(`${c.familyName}${c.givenName}`);
      expect(text).toContain('浏览列表');
      // filter by the actor: click the teacher's name
      await table.getByRole('button').first().click();
      await page.getByText(/^只看.+的操作$/).waitFor();
      await expectNoAxeViolations(page);
      await page.screenshot({ path: join(SHOTS, 'bureau-audit.png') });
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
    const g = await signedIn('guardian');
    try {
      await g.page.goto(`${server.url}/audit`);
      await g.page.getByRole('heading', { name: '谁查看了孩子的信息', level: 1 }).waitFor();
      // the guardian's copy of everything held about the child (PIPL Art. 45)
      // one button per child (the demo guardian: a placed child and a baby still searching)
      const buttons = g.page.getByRole('region', { name: '下载孩子的全部信息' }).getByRole('button');
      // the buttons come with the guardian's children (their own request after the page's): wait for them, then count
      await buttons.nth(1).waitFor();
      expect(await buttons.count()).toBe(2);
      const placed: number[] = [];
      for (const button of await buttons.all()) {
        const [download] = await Promise.all([g.page.waitForEvent('download'), button.click()]);
        const copy = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { child: { familyName: string; givenName: string }; placements: unknown[]; attendance: unknown[]; accessLog: unknown[] };
        expect(await button.innerText()).toContain(`${copy.child.familyName}${copy.child.givenName}`);
        expect(copy.accessLog.length).toBeGreaterThan(0);
        placed.push(copy.placements.length);
        if (copy.placements.length) expect(copy.attendance.length).toBeGreaterThan(0);
      }
      expect(placed.filter((n) => n > 0)).toHaveLength(1);
      await expectNoAxeViolations(g.page);
      expect(g.errors).toEqual([]);
    } finally {
      await g.close();
    }
  });

  it('is closed to roles without the right', async () => {
    const { page, close } = await signedIn('teacher');
    try {
      const nav = page.getByRole('navigation', { name: '主导航' });
      expect(await nav.getByRole('link', { name: '机构管理' }).count()).toBe(0);
      expect(await nav.getByRole('link', { name: '访问记录' }).count()).toBe(0);
      await page.goto(`${server.url}/bureau/registry`);
      await page.getByText('机构登记管理仅向市、县区卫健部门工作人员开放。').waitFor();
    } finally {
      await close();
    }
  });
});
