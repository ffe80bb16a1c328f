/**
 * What a new user hit in the UI (issue 8, point 7), each checked in Chromium against the real demo server: the
 * server's field errors translated by machine code (a class set below its enrolled children), planner uploads and
 * number fields that speak the UI's language, the network table's labels and the phone menu on a phone, the focus
 * after a failed save on a phone, fees that name their service mode, the map credit following a language switch,
 * English written with English punctuation, model names in plain words, and no console error on any first load.
 * Phone checks run at 390×844.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DESKTOP, PHONE_390, launchBrowser } from './browser.ts';
import { startTestServer, type TestServer } from './server.ts';
import { FacilityPageObject, HeaderObject, ListPageObject, LoginPageObject, MapPageObject } from './pages.ts';
import { expectNoAxeViolations } from './axe.ts';

const SHOTS = 'test-results/screenshots';

/** The few DOM members these checks read in the page (this file type-checks without the DOM library). */
interface DomEl {
  dataset: Record<string, string | undefined>;
  noValidate: boolean;
  closest(selector: string): DomEl;
  querySelector(selector: string): DomEl;
  ownerDocument: { activeElement: unknown; defaultView: { getComputedStyle(el: DomEl, pseudo?: string): { content: string; display: string } } };
}
const PASSWORD = 'demo1234';

let server: TestServer;
let browser: Browser;

interface Opened {
  ctx: BrowserContext;
  page: Page;
  /** console errors and uncaught exceptions, as the page logged them */
  errors: string[];
}

async function open(viewport: { width: number; height: number } = DESKTOP, phone = false): Promise<Opened> {
  const ctx = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', isMobile: phone, hasTouch: phone });
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()} (${m.location().url})`);
  });
  return { ctx, page, errors };
}

async function loginAs(page: Page, username: string): Promise<void> {
  const login = new LoginPageObject(page);
  await login.open(server.url);
  await login.login(username, PASSWORD);
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startTestServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('no console error on a first load', () => {
  it('logs nothing on any page for an anonymous visitor (GET /api/auth/me answers 200 without a user)', async () => {
    const facilities = (await (await fetch(`${server.url}/api/facilities?pageSize=1`)).json()) as { items: { id: string }[] };
    const pages: Array<[string, (p: Page) => Promise<unknown>]> = [
      ['/', (p) => new MapPageObject(p).waitUntilDrawn()],
      ['/facilities', (p) => new ListPageObject(p).table().waitFor()],
      [`/facilities/${facilities.items[0]!.id}`, (p) => p.getByRole('heading', { level: 1 }).waitFor()],
      ['/network', (p) => p.getByRole('tree').waitFor()],
      ['/login', (p) => p.getByLabel('用户名').waitFor()],
      ['/planner', (p) => p.getByText('请先登录。').waitFor()],
    ];
    for (const [path, ready] of pages) {
      const { ctx, page, errors } = await open();
      const me = page.waitForResponse((r) => r.url().endsWith('/api/auth/me'));
      await page.goto(`${server.url}${path}`);
      expect((await me).status(), path).toBe(200);
      await ready(page);
      await page.waitForLoadState('networkidle');
      expect(errors, path).toEqual([]);
      await ctx.close();
    }
  });

  it('logs nothing for a signed-in official opening the map and the planner', async () => {
    const { ctx, page, errors } = await open();
    await loginAs(page, 'city');
    await new MapPageObject(page).open(server.url);
    await page.goto(`${server.url}/planner`);
    await page.getByRole('heading', { name: '选址规划', level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(errors).toEqual([]);
    await ctx.close();
  });
});

describe('server errors translated by machine code', () => {
  it('says a class set below its enrolled children is just that — not "changed by someone else", not "over the cap"', async () => {
    const { ctx, page } = await open();
    await loginAs(page, 'director');
    const me = (await (await page.request.get(`${server.url}/api/auth/me`)).json()) as { user: { facilityId: string } };
    const facility = (await (await page.request.get(`${server.url}/api/facilities/${me.user.facilityId}`)).json()) as { classes: { name: string; enrolled: number }[] };
    const cls = [...facility.classes].sort((a, b) => b.enrolled - a.enrolled)[0]!;
    expect(cls.enrolled, 'the demo director has a class with children').toBeGreaterThanOrEqual(2);
    const below = cls.enrolled - 1;

    const fp = new FacilityPageObject(page);
    await fp.open(server.url, me.user.facilityId);
    await fp.startEditing();
    await fp.capacityInput(cls.name).fill(String(below));
    const answer = page.waitForResponse((r) => r.request().method() === 'PATCH');
    await fp.save();
    const body = (await (await answer).json()) as { error: { code: string; message: string; issues: { code: string; message: string }[] } };
    expect(body.error.issues[0]!.code).toBe('below_enrolled');
    const message = fp.classRow(cls.name).getByRole('alert');
    await expect.poll(() => message.textContent()).toBe(`托位数 ${below} 少于在托的 ${cls.enrolled} 名儿童`);
    const summary = page.getByTestId('form-error');
    await expect(summary.textContent()).resolves.toContain('请修改标出的项目后再保存。');
    const shown = await page.locator('main').innerText();
    expect(shown).not.toContain('已被他人修改');
    expect(shown).not.toContain('班额上限（');
    expect(shown).not.toContain(body.error.issues[0]!.message); // the server's English sentence is not what is shown
    await fp.classRow(cls.name).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/edit-below-enrolled.png` });
    await ctx.close();
  });
});

describe('on a phone (390×844)', () => {
  it('keeps the network table’s column labels', async () => {
    const { ctx, page } = await open(PHONE_390, true);
    await page.goto(`${server.url}/network`);
    const figures = page.getByRole('region', { name: '各县（市、区）托位概况' });
    const cell = figures.locator('tbody tr').first().locator('td').first();
    await cell.waitFor();
    const label = await cell.evaluate((el: DomEl) => {
      const css = el.ownerDocument.defaultView;
      return { label: el.dataset.label, before: css.getComputedStyle(el, '::before').content, thead: css.getComputedStyle(el.closest('table').querySelector('thead')).display };
    });
    expect(label).toMatchObject({ label: '常住人口', thead: 'none' });
    expect((label as { before: string }).before).toContain('：');
    await figures.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/network-phone.png` });
    await expectNoAxeViolations(page);
    await ctx.close();
  });

  it('closes the menu after tapping the page already shown, so it does not cover the map', async () => {
    const { ctx, page, errors } = await open(PHONE_390, true);
    await new MapPageObject(page).open(server.url);
    const toggle = page.getByRole('button', { name: '菜单' });
    await toggle.click();
    const here = page.getByRole('link', { name: '服务地图', exact: true });
    await here.waitFor();
    await here.click();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    await expect(here.isVisible()).resolves.toBe(false);
    // and after going to another page
    await toggle.click();
    await page.getByRole('link', { name: '托育机构', exact: true }).click();
    await new ListPageObject(page).table().waitFor();
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    expect(errors).toEqual([]); // leaving the map page tears it down cleanly
    await ctx.close();
  });

  it('after a failed save, brings the first field at fault into view and focuses it', async () => {
    const { ctx, page } = await open(PHONE_390, true);
    await loginAs(page, 'director');
    const me = (await (await page.request.get(`${server.url}/api/auth/me`)).json()) as { user: { facilityId: string } };
    const facility = (await (await page.request.get(`${server.url}/api/facilities/${me.user.facilityId}`)).json()) as { classes: { name: string; band: string }[] };
    const policy = (await (await page.request.get(`${server.url}/api/policy/care`)).json()) as { classes: Record<string, { maxChildren: number }> };
    const cls = facility.classes[0]!;
    const fp = new FacilityPageObject(page);
    await fp.open(server.url, me.user.facilityId);
    await fp.startEditing();
    const input = fp.capacityInput(cls.name);
    await input.fill(String(policy.classes[cls.band]!.maxChildren + 1));
    await page.getByRole('button', { name: '保存', exact: true }).scrollIntoViewIfNeeded();
    await fp.save();
    await fp.classRow(cls.name).getByRole('alert').waitFor();
    await expect.poll(() => input.evaluate((el: DomEl) => el === el.ownerDocument.activeElement)).toBe(true);
    const box = (await input.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE_390.height);
    await page.screenshot({ path: `${SHOTS}/edit-error-phone.png` });
    await ctx.close();
  });

  it('writes English label colons half-width', async () => {
    const { ctx, page } = await open(PHONE_390, true);
    await page.goto(`${server.url}/facilities`);
    await new ListPageObject(page).table().waitFor();
    await new HeaderObject(page).openMenuIfCollapsed();
    await new HeaderObject(page).languageSwitch().click();
    await page.getByRole('heading', { name: 'Childcare facilities', level: 1 }).waitFor();
    const before = (await page.locator('table tbody tr td').first().evaluate((el: DomEl) => el.ownerDocument.defaultView.getComputedStyle(el, '::before').content)) as string;
    expect(before).toContain(': ');
    expect(before).not.toContain('：');
    await ctx.close();
  });
});

describe('the facility list', () => {
  it('names the service mode of each monthly fee', async () => {
    const { ctx, page } = await open();
    const all = (await (await page.request.get(`${server.url}/api/facilities?pageSize=200`)).json()) as { items: { name: string; monthlyPrices: { mode: string; price: number }[]; minMonthlyPrice: number | null }[] };
    const f = all.items.find((x) => x.monthlyPrices.length >= 2) ?? all.items.find((x) => x.monthlyPrices.length === 1);
    expect(f, 'a facility with monthly fees').toBeDefined();
    const list = new ListPageObject(page);
    await list.open(server.url, `?q=${encodeURIComponent(f!.name)}`);
    const row = list.rows().filter({ hasText: f!.name }).first();
    const cell = row.locator('td').last();
    const zhMode: Record<string, string> = { full_day: '全日托', half_day: '半日托', hourly: '计时托', temporary: '临时托' };
    for (const p of f!.monthlyPrices) await expect(cell.textContent()).resolves.toContain(`${zhMode[p.mode]} ¥${p.price.toLocaleString('en-US')}/月`);
    await ctx.close();
  });
});

describe('the map', () => {
  it('credits the streets in the UI language, also right after switching language', async () => {
    const { ctx, page } = await open();
    const map = new MapPageObject(page);
    await map.open(server.url);
    const status = (await (await page.request.get(`${server.url}/api/access/status`)).json()) as { synthetic: boolean; attribution: string };
    const credit = page.locator('.maplibregl-ctrl-attrib');
    if (!status.synthetic) {
      await expect.poll(() => credit.textContent()).toContain(status.attribution);
      return;
    }
    await expect.poll(() => credit.textContent()).toContain('街道为程序生成的示意数据');
    await new HeaderObject(page).languageSwitch().click();
    await expect.poll(() => credit.textContent()).toContain('Streets are generated sample data');
    await expect(credit.textContent()).resolves.not.toContain('街道');
    await ctx.close();
  });
});

describe('the planner', () => {
  async function openPlanner(): Promise<Opened> {
    const o = await open();
    await loginAs(o.page, 'city');
    await o.page.goto(`${server.url}/planner`);
    await o.page.getByRole('heading', { name: '选址规划', level: 1 }).waitFor();
    return o;
  }

  it('names the models in plain words first, the technical name second', async () => {
    const { ctx, page } = await openPlanner();
    const options = await page.getByLabel('模型').locator('option').allTextContents();
    expect(options[0]).toBe('让最多的儿童步行可达（最大覆盖模型 MCLP）');
    for (const o of options) expect(o).toMatch(/^[^A-Za-z（]+（.+）$/);
    await new HeaderObject(page).languageSwitch().click();
    await page.getByRole('heading', { name: 'Site planning', level: 1 }).waitFor();
    const en = await page.getByLabel('Model').locator('option').allTextContents();
    expect(en[0]).toBe('Reach the most children on foot (maximal covering, MCLP)');
    await ctx.close();
  });

  it('checks its number fields itself, in Chinese, beside the field (no browser bubble)', async () => {
    const { ctx, page } = await openPlanner();
    const solves: string[] = [];
    page.on('request', (r) => r.url().includes('/api/plan/solve') && solves.push(r.url()));
    await expect(page.locator('form.planner-form').evaluate((f: DomEl) => f.noValidate)).resolves.toBe(true);
    const p = page.getByLabel('新增站点数 p');
    await p.fill('0');
    await page.getByLabel('步行时间上限（分钟）').fill('');
    await page.getByRole('button', { name: '开始规划' }).click();
    await expect.poll(() => p.getAttribute('aria-invalid')).toBe('true');
    await expect(page.locator('#pf-p-error').textContent()).resolves.toBe('不能小于 1');
    await expect(page.locator('#pf-minutes-error').textContent()).resolves.toBe('此项为必填项');
    await expect(p.evaluate((el: DomEl) => el === el.ownerDocument.activeElement)).resolves.toBe(true);
    expect(solves).toEqual([]);
    await ctx.close();
  });

  it('explains a broken or refused upload in Chinese, never as the parser’s or the server’s English', async () => {
    const { ctx, page } = await openPlanner();
    const note = page.getByTestId('upload-note');
    await page.getByLabel('上传 GeoJSON 点').setInputFiles({ name: 'broken.geojson', mimeType: 'application/geo+json', buffer: Buffer.from('{"type": "FeatureCollection", features: [') });
    await expect.poll(() => note.textContent()).toBe('“broken.geojson”不是有效的 GeoJSON 文件（无法读取其中的 JSON）。');
    // a file the server refuses: a line where points are expected
    const refused = { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'LineString', coordinates: [[113.1, 36.2], [113.2, 36.3]] }, properties: { name: '线' } }] };
    const direct = await page.request.post(`${server.url}/api/plan/candidates`, { data: refused, headers: { 'x-csrf-token': (await (await page.request.get(`${server.url}/api/auth/me`)).json()).csrfToken } });
    expect(direct.status()).toBe(400);
    const serverMessage = ((await direct.json()) as { error: { message: string } }).error.message;
    await page.getByLabel('上传 GeoJSON 点').setInputFiles({ name: 'lines.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(refused)) });
    await expect.poll(() => note.textContent()).toMatch(/^上传失败/);
    const text = (await note.textContent())!;
    expect(text).not.toContain(serverMessage);
    expect(text).not.toMatch(/Unexpected|expected|invalid/i);
    await ctx.close();
  });
});
