/**
 * The map side of walking accessibility, in Chromium against the real server (demo city with its generated street
 * network): the roads layer is drawn at street zoom, a facility's walking circle (5/10/15-minute isochrones) and a
 * clicked place's circle with the facilities inside, the 15-minute coverage tab (city share, 12 county-level bars),
 * and the features hide when the server has no walking network (the point-in-polygon helper: web/src/map/geo.test.ts).
 * Screenshots: test-results/screenshots/access-*.png.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DESKTOP, PHONE, launchBrowser } from './browser.ts';
import { startTestServer, type TestServer } from './server.ts';
import { AccessMapObject, MapPageObject } from './pages.ts';

const SHOTS = 'test-results/screenshots';

describe('walking access on the map (browser)', () => {
  let server: TestServer;
  let browser: Browser;
  /** 潞州区 (the city proper), where streets and facilities are densest. */
  let luzhou: [number, number];
  let attribution: string;

  async function newPage(viewport: { width: number; height: number } = DESKTOP, isMobile = false): Promise<{ ctx: BrowserContext; page: Page; errors: string[] }> {
    const ctx = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', isMobile, hasTouch: isMobile });
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    return { ctx, page, errors };
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startTestServer();
    browser = await launchBrowser();
    const divisions = (await (await fetch(`${server.url}/api/divisions.geojson`)).json()) as { features: { properties: { name: string; centroid: { lng: number; lat: number } | null } }[] };
    const c = divisions.features.find((f) => f.properties.name === '潞州区')?.properties.centroid;
    if (!c) throw new Error('no 潞州区 in the seeded divisions');
    luzhou = [c.lng, c.lat];
    const status = (await (await fetch(`${server.url}/api/access/status`)).json()) as { loaded: boolean; attribution: string; synthetic: boolean };
    expect(status.loaded).toBe(true);
    attribution = status.synthetic ? '街道为程序生成的示意数据' : status.attribution;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('draws the streets at street zoom over 潞州区, toggled from the layer list, with the network attribution', async () => {
    const { ctx, page, errors } = await newPage();
    const map = new MapPageObject(page);
    const access = new AccessMapObject(page);
    await map.open(server.url);
    await expect(access.roadsCheckbox().isChecked()).resolves.toBe(true);
    await expect(access.roadsCheckbox().isEnabled()).resolves.toBe(true);
    await expect(page.getByText('即将上线').count()).resolves.toBe(0);

    await access.jumpTo(luzhou, 15);
    await expect.poll(() => access.renderedRoads(), { timeout: 30_000 }).toBeGreaterThan(0);
    // minor streets are there up close …
    expect(await access.rendered(['road-minor'])).toBeGreaterThan(0);
    await expect(access.attribution().textContent()).resolves.toContain(attribution);
    await page.screenshot({ path: `${SHOTS}/access-roads.png` });

    // … but hidden in the whole-city view, which keeps only the arterials
    await access.jumpTo(luzhou, 9);
    expect(await access.rendered(['road-minor', 'road-private', 'road-path'])).toBe(0);

    await access.jumpTo(luzhou, 15);
    await access.roadsCheckbox().uncheck();
    await access.idle();
    expect(await access.renderedRoads()).toBe(0);
    await access.roadsCheckbox().check();
    await expect.poll(() => access.renderedRoads(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('draws a facility’s 5/10/15-minute walking circle from the card, with a legend, and clears it', async () => {
    const { ctx, page, errors } = await newPage();
    const map = new MapPageObject(page);
    const access = new AccessMapObject(page);
    await map.open(server.url);
    await map.clickAFacility();
    await map.card().getByText('班级与托位').waitFor();
    const name = await map.card().getByRole('heading', { level: 2 }).textContent();
    await access.walkingCircleButton().click();
    await access.walkPanel().waitFor();
    await expect(access.walkPanel().getByRole('heading', { level: 2 }).textContent()).resolves.toBe(name);
    await access.walkPanel().getByText('平方公里').first().waitFor();
    expect(await access.walkRings().count()).toBe(3);
    await access.idle();
    await expect.poll(() => access.renderedIsochrones(), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect(access.walkingCircleButton().getAttribute('aria-pressed')).resolves.toBe('true');
    await page.screenshot({ path: `${SHOTS}/access-walk-facility.png` });

    await access.clearButton().click();
    await access.walkPanel().waitFor({ state: 'detached' });
    await access.idle();
    expect(await access.renderedIsochrones()).toBe(0);
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('draws the walking circle of a clicked place and lists the facilities within 15 minutes', async () => {
    const { ctx, page, errors } = await newPage();
    const map = new MapPageObject(page);
    const access = new AccessMapObject(page);
    await map.open(server.url);
    await access.jumpTo(luzhou, 15);
    await access.pointModeButton().click();
    await expect(access.pointModeButton().getAttribute('aria-pressed')).resolves.toBe('true');
    await page.getByRole('status').filter({ hasText: '点击地图上任意位置' }).waitFor();
    await access.clickAt(luzhou);
    await access.walkPanel().waitFor();
    await expect(access.walkPanel().getByRole('heading', { level: 2 }).textContent()).resolves.toBe('所选位置');
    await access.reachableFacilities().first().waitFor({ timeout: 30_000 });
    const listed = await access.reachableFacilities().count();
    expect(listed).toBeGreaterThan(0);
    await expect(access.walkPanel().getByText(new RegExp(`^${listed} 家机构 · 空余托位 [\\d,]+ 个`)).count()).resolves.toBe(1);
    await expect(access.reachableFacilities().first().textContent()).resolves.toMatch(/≤(5|10|15)分钟/);
    await expect(access.reachableFacilities().first().textContent()).resolves.toMatch(/空余 \d+|已满/);
    await access.idle();
    await expect.poll(() => access.renderedIsochrones(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await access.rendered(['walk-origin'])).toBe(1);
    await expect(access.pointModeButton().getAttribute('aria-pressed')).resolves.toBe('false');
    await page.screenshot({ path: `${SHOTS}/access-walk-point.png` });

    // a facility in the list opens its card; the circle stays
    const first = access.reachableFacilities().first().getByRole('button');
    const firstName = (await first.locator('.walk-name').textContent())!;
    await first.click();
    await map.card().getByRole('heading', { level: 2, name: firstName }).waitFor();
    expect(await access.renderedIsochrones()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('shows the 15-minute coverage: the city share, the children left out and one bar per county-level division', async () => {
    const { ctx, page, errors } = await newPage();
    const map = new MapPageObject(page);
    const access = new AccessMapObject(page);
    await map.open(server.url);
    const api = (await (await page.request.get(`${server.url}/api/access/coverage?minutes=15&speedKmh=4&free=false`)).json()) as { summary: { share: number; children: number; covered: number } };
    await access.coverageTab().click();
    await access.coverageShare().waitFor({ timeout: 60_000 });
    const pct = (t: string | null) => Number(t!.replace('%', ''));
    const share15 = pct(await access.coverageShare().textContent());
    expect(share15).toBeGreaterThan(0);
    expect(share15).toBeLessThan(100);
    expect(Math.abs(share15 - api.summary.share * 100)).toBeLessThanOrEqual(0.05 + 1e-9);
    await expect(page.getByTestId('coverage-uncovered').textContent()).resolves.toBe(`${(api.summary.children - api.summary.covered).toLocaleString('en-US')} 名儿童`);
    const bars = access.coverageBars();
    await expect(bars.count()).resolves.toBe(12);
    const shares = (await bars.allTextContents()).map((t) => Number(/([\d.]+)%$/.exec(t)![1]));
    expect([...shares].sort((a, b) => b - a)).toEqual(shares); // best covered first
    await page.screenshot({ path: `${SHOTS}/access-coverage.png` });

    // a shorter walk covers fewer children
    await access.minutesOption(10).check();
    await expect.poll(async () => pct(await access.coverageShare().textContent()), { timeout: 60_000 }).toBeLessThan(share15);
    await access.minutesOption(15).check();
    await expect.poll(async () => pct(await access.coverageShare().textContent()), { timeout: 60_000 }).toBe(share15);
    // counting only facilities with a free place can only lower it
    await page.getByText('只看有空余托位的机构', { exact: true }).click();
    await expect(page.getByRole('switch', { name: '只看有空余托位的机构' }).isChecked()).resolves.toBe(true);
    await page.getByTestId('coverage-share').getByText('有空余托位').waitFor({ timeout: 60_000 });
    await expect.poll(async () => pct(await access.coverageShare().textContent()), { timeout: 60_000 }).toBeLessThanOrEqual(share15);
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('fits a phone: the walking circle above the map and the coverage panel', async () => {
    const { ctx, page, errors } = await newPage(PHONE, true);
    const map = new MapPageObject(page);
    const access = new AccessMapObject(page);
    await map.open(server.url);
    await map.clickAFacility();
    await map.card().getByText('班级与托位').waitFor();
    await access.walkingCircleButton().click();
    await access.walkPanel().getByText('平方公里').first().waitFor();
    await access.idle();
    await expect.poll(() => access.renderedIsochrones(), { timeout: 15_000 }).toBeGreaterThan(0);
    const box = await access.walkPanel().boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
    await page.screenshot({ path: `${SHOTS}/access-phone.png` });

    await access.clearButton().click();
    await page.getByRole('button', { name: '图例' }).click();
    await access.coverageTab().click();
    await access.coverageBars().nth(11).waitFor({ timeout: 60_000 });
    await expect(access.coverageBars().count()).resolves.toBe(12);
    await page.screenshot({ path: `${SHOTS}/access-coverage-phone.png` });
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('hides roads, walking circles and coverage when the server has no walking network (503)', async () => {
    const { ctx, page, errors } = await newPage();
    await page.route('**/api/access/**', (route) =>
      route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: { code: 'unavailable', message: 'no walking network is loaded' } }) }),
    );
    const map = new MapPageObject(page);
    const access = new AccessMapObject(page);
    await map.open(server.url);
    await page.getByRole('checkbox', { name: '托育机构' }).waitFor();
    await expect(access.roadsCheckbox().count()).resolves.toBe(0);
    await expect(access.coverageTab().count()).resolves.toBe(0);
    await expect(access.pointModeButton().count()).resolves.toBe(0);
    await map.clickAFacility();
    await map.card().getByText('班级与托位').waitFor();
    await expect(access.walkingCircleButton().count()).resolves.toBe(0);
    expect(await access.renderedRoads()).toBe(0);
    expect(errors).toEqual([]);
    await ctx.close();
  });
});
