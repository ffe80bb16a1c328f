/**
 * Browser tests of the CareCircle web app against the real server (real PostgreSQL, seeded demo or fixture city),
 * in Debian's Chromium with software WebGL. Screenshots go to test-results/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DESKTOP, PHONE, launchBrowser } from './browser.ts';
import { startTestServer, type TestServer } from './server.ts';
import { FacilityPageObject, HeaderObject, ListPageObject, LoginPageObject, MapPageObject } from './pages.ts';
import { expectNoAxeViolations } from './axe.ts';

const SHOTS = 'test-results/screenshots';
const PASSWORD = 'demo1234';
const CAPS: Record<string, number> = { infant: 10, toddler_small: 15, toddler_large: 20, mixed: 18 };

let server: TestServer;
let browser: Browser;

async function newPage(viewport: { width: number; height: number } = DESKTOP, opts: { isMobile?: boolean } = {}): Promise<{ ctx: BrowserContext; page: Page }> {
  const ctx = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', isMobile: opts.isMobile ?? false, hasTouch: opts.isMobile ?? false });
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  (page as Page & { jsErrors?: string[] }).jsErrors = errors;
  return { ctx, page };
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

describe('CareCircle web app', () => {
  it('logs in and shows the user, the role and the demo banner', async () => {
    const { ctx, page } = await newPage();
    await loginAs(page, 'city');
    const header = new HeaderObject(page);
    await expect(header.userName().textContent()).resolves.toBeTruthy();
    await expect(page.getByText('市卫健委', { exact: true }).first().isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('synthetic-banner').textContent()).resolves.toContain('演示数据');
    expect(await page.evaluate('document.documentElement.lang')).toBe('zh-CN');
    await ctx.close();
  });

  it('rejects a wrong password with a message in Chinese', async () => {
    const { ctx, page } = await newPage();
    await page.goto(`${server.url}/login`);
    await page.getByLabel('用户名').fill('city');
    await page.getByLabel('密码').fill('wrong-password');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: '用户名或密码不正确' }).waitFor()).resolves.toBeUndefined();
    await expectNoAxeViolations(page);
    await ctx.close();
  });

  it('draws facility markers on the map and opens a facility card on click (desktop)', async () => {
    const { ctx, page } = await newPage();
    const map = new MapPageObject(page);
    await map.open(server.url);
    const drawn = await map.renderedFacilityFeatures();
    expect(drawn.clusters + drawn.points).toBeGreaterThan(0);
    expect(await map.colouredPixelCount()).toBeGreaterThan(200);
    // the attribution credits the street data as the server describes it, in Chinese for the synthetic demo streets
    const status = (await (await fetch(`${server.url}/api/access/status`)).json()) as { attribution: string; synthetic: boolean };
    await expect.poll(() => page.locator('.maplibregl-ctrl-attrib').textContent()).toContain(status.synthetic ? '街道为程序生成的示意数据' : status.attribution);
    await page.screenshot({ path: `${SHOTS}/map-desktop.png` });
    await expectNoAxeViolations(page);

    const id = await map.clickAFacility();
    const card = map.card();
    await card.waitFor();
    await card.getByText('班级与托位').waitFor();
    await expect(card.getByRole('heading', { level: 2 }).textContent()).resolves.not.toBe('机构信息');
    await expect(card.textContent()).resolves.toMatch(/¥[\d,]+\/(月|小时|天)/);
    expect(new URL(page.url()).searchParams.get('facility')).toBe(id);
    const single = await map.renderedFacilityFeatures();
    expect(single.points).toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/card-desktop.png` });
    await expectNoAxeViolations(page);
    expect((page as Page & { jsErrors?: string[] }).jsErrors).toEqual([]);
    await ctx.close();
  });

  it('fills a phone screen with the map, collapses the nav and shows the card as a bottom sheet', async () => {
    const { ctx, page } = await newPage(PHONE, { isMobile: true });
    const map = new MapPageObject(page);
    await map.open(server.url);
    const box = await map.map().boundingBox();
    expect(box!.width).toBe(PHONE.width);
    expect(box!.y + box!.height).toBeGreaterThanOrEqual(PHONE.height - 1);
    await expect(page.getByRole('link', { name: '托育机构', exact: true }).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: '菜单' }).isVisible()).resolves.toBe(true);
    const drawn = await map.renderedFacilityFeatures();
    expect(drawn.clusters + drawn.points).toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/map-phone.png` });

    await map.clickAFacility();
    const card = map.card();
    await card.waitFor();
    await card.getByText('班级与托位').waitFor();
    const c = await card.boundingBox();
    expect(Math.round(c!.y + c!.height)).toBe(PHONE.height);
    expect(c!.width).toBe(PHONE.width);
    await page.screenshot({ path: `${SHOTS}/card-phone.png` });

    await new HeaderObject(page).openMenuIfCollapsed();
    await expect(page.getByRole('link', { name: '托育机构', exact: true }).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: `${SHOTS}/menu-phone.png` });
    await ctx.close();
  });

  it('filters the facility list by tier, with the filter in a shareable URL', async () => {
    const { ctx, page } = await newPage();
    const list = new ListPageObject(page);
    await list.open(server.url);
    const api = (await (await page.request.get(`${server.url}/api/facilities?tier=county_centre&pageSize=50`)).json()) as { total: number };
    await list.filterTier('县级公办托育中心');
    await page.waitForURL(/tier=county_centre/);
    await page.getByTestId('list-total').filter({ hasText: `共 ${api.total} 家机构` }).waitFor();
    expect(await list.rows().count()).toBe(api.total);
    expect(api.total).toBe(12); // one public centre per county-level division: the "12" of 1+12+N
    await page.screenshot({ path: `${SHOTS}/list-desktop.png`, fullPage: true });
    await expectNoAxeViolations(page);
    // the same URL in a fresh page shows the same list
    const { ctx: ctx2, page: page2 } = await newPage();
    await page2.goto(page.url());
    await new ListPageObject(page2).table().waitFor();
    expect(await new ListPageObject(page2).rows().count()).toBe(12);
    await expect(page2.getByLabel('机构类型').inputValue()).resolves.toBe('county_centre');
    await ctx2.close();
    await ctx.close();
  });

  it('pages through the list with the page number in the URL', async () => {
    const { ctx, page } = await newPage();
    const list = new ListPageObject(page);
    await list.open(server.url);
    const all = (await (await page.request.get(`${server.url}/api/facilities?pageSize=20`)).json()) as { total: number };
    const pages = Math.ceil(all.total / 20);
    expect(pages).toBeGreaterThan(1);
    const nav = page.getByRole('navigation', { name: '分页' });
    await nav.getByText(`第 1 / ${pages} 页`).waitFor();
    const first = await list.rows().first().textContent();
    await nav.getByRole('button', { name: '下一页' }).click();
    await page.waitForURL(/page=2/);
    await nav.getByText(`第 2 / ${pages} 页`).waitFor();
    await expect.poll(() => list.rows().first().textContent(), { timeout: 10_000 }).not.toBe(first);
    await page.goBack();
    await nav.getByText(`第 1 / ${pages} 页`).waitFor();
    await ctx.close();
  });

  it('lets a director add a class and a fee, and remove them again', async () => {
    const { ctx, page } = await newPage();
    await loginAs(page, 'director');
    const me = (await (await page.request.get(`${server.url}/api/auth/me`)).json()) as { user: { facilityId: string } };
    const fp = new FacilityPageObject(page);
    await fp.open(server.url, me.user.facilityId);
    await expectNoAxeViolations(page);
    const before = (await (await page.request.get(`${server.url}/api/facilities/${me.user.facilityId}`)).json()) as { classes: unknown[]; services: unknown[] };
    await fp.startEditing();
    await page.getByRole('button', { name: '+ 添加班级' }).click();
    const row = page.getByTestId(`class-row-${before.classes.length}`);
    await row.getByLabel('班级').fill('托大班E2E');
    await row.getByLabel('班型').selectOption({ label: '托大班' });
    await row.getByLabel('托位').fill('12');
    const addFee = before.services.length < 4; // one fee per service mode
    if (addFee) {
      await page.getByRole('button', { name: '+ 添加收费项目' }).click();
      const fee = page.getByRole('group', { name: `收费标准 ${before.services.length + 1}` });
      await fee.getByLabel('价格（元）').fill('50');
      await fee.getByLabel('计价单位').selectOption({ label: '天' });
    }
    await fp.save();
    await page.getByRole('status').filter({ hasText: '已保存' }).waitFor();
    await page.getByRole('row', { name: /托大班E2E/ }).waitFor();
    const after = (await (await page.request.get(`${server.url}/api/facilities/${me.user.facilityId}`)).json()) as { classes: { name: string; capacity: number }[]; services: { price: number; unit: string }[] };
    expect(after.classes.find((c) => c.name === '托大班E2E')?.capacity).toBe(12);
    if (addFee) {
      expect(after.services.length).toBe(before.services.length + 1);
      await page.getByText('¥50/天').waitFor();
    }

    await fp.startEditing();
    await fp.classRow('托大班E2E').getByRole('button', { name: '删除班级' }).click();
    if (addFee) await page.getByRole('group', { name: `收费标准 ${before.services.length + 1}` }).getByRole('button', { name: '删除' }).click();
    await fp.save();
    await page.getByRole('status').filter({ hasText: '已保存' }).waitFor();
    const restored = (await (await page.request.get(`${server.url}/api/facilities/${me.user.facilityId}`)).json()) as { classes: unknown[]; services: unknown[] };
    expect(restored.classes.length).toBe(before.classes.length);
    expect(restored.services.length).toBe(before.services.length);
    await ctx.close();
  });

  it('shows a director the national class cap next to the capacity field', async () => {
    const { ctx, page } = await newPage();
    await loginAs(page, 'director');
    const me = (await (await page.request.get(`${server.url}/api/auth/me`)).json()) as { user: { facilityId: string } };
    const facility = (await (await page.request.get(`${server.url}/api/facilities/${me.user.facilityId}`)).json()) as { canEdit: boolean; classes: { name: string; band: string; capacity: number }[] };
    expect(facility.canEdit).toBe(true);
    const cls = facility.classes[0]!;
    const cap = CAPS[cls.band]!;

    const fp = new FacilityPageObject(page);
    await fp.open(server.url, me.user.facilityId);
    await fp.startEditing();
    await fp.capacityInput(cls.name).fill(String(cap + 1));
    await fp.save();
    const message = fp.classRow(cls.name).getByRole('alert');
    await message.waitFor();
    await expect(message.textContent()).resolves.toBe(`超过国家班额上限（${cap} 人）`);
    await expect(fp.capacityInput(cls.name).getAttribute('aria-invalid')).resolves.toBe('true');
    await page.getByTestId('form-error').waitFor();
    await expectNoAxeViolations(page); // the edit form, with its errors showing
    await fp.classRow(cls.name).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/edit-cap-desktop.png` });

    // back within the cap it saves
    await fp.capacityInput(cls.name).fill(String(cap));
    await fp.save();
    await page.getByRole('status').filter({ hasText: '已保存' }).waitFor();
    await ctx.close();
  });

  it('switches to English and remembers the choice', async () => {
    const { ctx, page } = await newPage();
    await page.goto(`${server.url}/facilities`);
    await page.getByRole('heading', { name: '托育机构', level: 1 }).waitFor();
    await new HeaderObject(page).languageSwitch().click();
    await page.getByRole('heading', { name: 'Childcare facilities', level: 1 }).waitFor();
    await expect(page.getByRole('link', { name: 'Service map' }).isVisible()).resolves.toBe(true);
    expect(await page.evaluate('document.documentElement.lang')).toBe('en');
    await page.reload();
    await page.getByRole('heading', { name: 'Childcare facilities', level: 1 }).waitFor();
    await page.screenshot({ path: `${SHOTS}/list-english.png` });
    await new HeaderObject(page).languageSwitch().click();
    await page.getByRole('heading', { name: '托育机构', level: 1 }).waitFor();
    await ctx.close();
  });

  it('shows the 1+12+N network as a collapsible tree', async () => {
    const { ctx, page } = await newPage();
    await page.goto(`${server.url}/network`);
    const tree = page.getByRole('tree');
    await tree.waitFor();
    const root = tree.getByRole('treeitem').first();
    await expect(root.getAttribute('aria-expanded')).resolves.toBe('true');
    expect(await tree.locator('[aria-level="2"]').count()).toBe(12);
    await page.getByRole('button', { name: '全部展开' }).click();
    expect(await tree.locator('[aria-level="3"]').count()).toBeGreaterThan(12);
    await page.getByRole('button', { name: '全部收起' }).click();
    expect(await tree.locator('[aria-level="2"]').count()).toBe(0);
    // places per 1,000 residents: 12 counties and the city total
    const figures = page.getByRole('region', { name: '各县（市、区）托位概况' });
    expect(await figures.locator('tbody tr').count()).toBe(13);
    await expect(figures.locator('tbody tr').last().textContent()).resolves.toContain('长治市');
    await page.getByRole('button', { name: '全部展开' }).click();
    await expectNoAxeViolations(page);
    await ctx.close();
  });
});
