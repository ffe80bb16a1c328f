/**
 * Health in a real browser on the demo city (issue 12, acceptance 5): a guardian sees their child's WHO growth chart
 * (SVG; screenshot saved) with a calm reading; a health worker records a check on the desk and sees the flag at once;
 * a health worker whose institution holds no current agreement with a child's facility gets 404 on that child; a
 * guardian registers children for a parent class until it is full — the next gets "full". Every page passes axe.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCity } from '../../src/demo/city.ts';
import { Db } from '../../src/db/pool.ts';
import { createUser } from '../../src/db/repos/users.ts';
import { expectNoAxeViolations } from './axe.ts';
import { DESKTOP, launchBrowser } from './browser.ts';
import { HeaderObject, LoginPageObject } from './pages.ts';
import { startTestServer, type TestServer } from './server.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const SHOTS = join(REPO, 'test-results', 'screenshots');
const haveDemo = existsSync(join(REPO, 'src/cli/demo.ts'));
const PHONE = { width: 390, height: 844 } as const;
const TABLET = { width: 1280, height: 800 } as const;

let server: TestServer | null = null;
let browser: Browser;
let base = '';

/** A logged-in page (logging in at desktop width, where the header shows the logout button), then the viewport. */
async function loggedIn(username: string, viewport: { width: number; height: number }): Promise<{ ctx: BrowserContext; page: Page; errors: string[] }> {
  const ctx = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN', baseURL: base });
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const login = new LoginPageObject(page);
  await login.open(base);
  await login.login(username, 'demo1234');
  await page.setViewportSize(viewport);
  return { ctx, page, errors };
}

/** axe on what this feature adds (the page's main region; the shared header is checked by its own tests). */
const axeMain = (page: Page) => expectNoAxeViolations(page, { include: ['main'] });

/** The health page objects: what a person sees, by role and label. */
class GrowthPage {
  constructor(readonly page: Page) {}
  chart() {
    return this.page.locator('[data-testid="growth-chart"][data-ready="true"]');
  }
  async waitForChart(): Promise<void> {
    await this.chart().waitFor({ timeout: 60_000 });
    await expect.poll(() => this.chart().locator('svg path').count(), { timeout: 30_000 }).toBeGreaterThan(5);
  }
}

describe.skipIf(!haveDemo)('health (demo city, Chromium)', () => {
  beforeAll(async () => {
    server = await startTestServer();
    base = server.url;
    browser = await launchBrowser();
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("a guardian sees their child's growth chart (SVG, centiles and SD lines) with a calm reading", async () => {
    const { ctx, page, errors } = await loggedIn('guardian', PHONE);
    await new HeaderObject(page).openMenuIfCollapsed();
    await page.getByRole('link', { name: '成长与健康' }).click();
    await page.getByRole('heading', { name: '成长与健康', level: 1 }).waitFor();
    const growth = new GrowthPage(page);
    await growth.waitForChart();
    const reading = page.getByTestId('growth-reading');
    await reading.waitFor();
    // inside the usual range, no alarming word
    for (const li of await reading.locator('li[data-band="typical"]').all()) expect(await li.innerText()).not.toMatch(/异常|营养不良|偏低|偏高|消瘦|超重|贫血|生长迟缓/);
    expect(await reading.locator('li').count()).toBeGreaterThanOrEqual(2);
    await expect.poll(() => page.getByTestId('check-result').count()).toBeGreaterThan(0);
    await page.getByTestId('growth-chart').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'growth-chart-phone.png'), fullPage: true });
    await page.getByTestId('growth-chart').screenshot({ path: join(SHOTS, 'growth-chart.png') });
    await axeMain(page);
    // the SD chart of length, and the English page
    await page.getByLabel('曲线类型').selectOption('sd');
    await page.getByLabel('指标').selectOption('lhfa');
    await growth.waitForChart();
    expect(await page.getByTestId('growth-chart').locator('text').allTextContents()).toEqual(expect.arrayContaining(['+2', '-2', '0']));
    const header = new HeaderObject(page);
    await header.openMenuIfCollapsed();
    await header.languageSwitch().click();
    await page.getByRole('heading', { name: 'Growth and health', level: 1 }).waitFor();
    await page.getByText('Where your child stands').waitFor();
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('a health worker records a check on the desk and sees the flag at once', async () => {
    const { ctx, page, errors } = await loggedIn('health', TABLET);
    await page.getByRole('link', { name: '保健工作台' }).click();
    await page.getByRole('heading', { name: '保健工作台', level: 1 }).waitFor();
    await page.getByRole('tab', { name: '全部儿童' }).click();
    const desk = await (await page.request.get('/api/health/desk?status=all&pageSize=1')).json();
    const child = desk.items[0].child as { id: string; familyName: string; givenName: string; sex: 'M' | 'F'; birthDate: string };
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const age = Math.round((Date.parse(today) - Date.parse(child.birthDate)) / 86_400_000);
    const curve = async (indicator: string, key: string) => {
      const c = await (await page.request.get(`/api/growth/curves?indicator=${indicator}&sex=${child.sex}&from=${age}&to=${age}`)).json();
      return c.lines.find((l: { key: string }) => l.key === key).values[0] as number;
    };
    const weight = Math.round((await curve('wfa', 'sd-3')) * 0.97 * 100) / 100; // about −3.3 SD: severely underweight
    const length = Math.round((await curve('lhfa', 'sd0')) * 10) / 10;
    await axeMain(page);
    const name = `${child.familyName}${child.givenName}`;
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) }).first();
    await row.getByRole('button', { name: '记录体检' }).click();
    const form = page.getByRole('form', { name: `为 ${name} 记录体检` });
    await form.getByLabel('体重（千克）').fill(String(weight));
    await form.getByLabel('身长/身高（厘米）').fill(String(length));
    await form.getByLabel(age < 731 ? '卧位（身长）' : '立位（身高）').check();
    await form.getByLabel('医生结论').fill('体重明显偏低，转营养门诊');
    await form.getByRole('button', { name: '保存' }).click();
    await page.getByText('已保存体检记录').waitFor();
    const flags = page.getByTestId('check-flags');
    await flags.waitFor();
    expect(await flags.innerText()).toMatch(/低体重（重度）/);
    expect(await flags.innerText()).toMatch(/随访截止 \d{4}-\d{2}-\d{2}/);
    await page.getByText('已保存体检记录').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'health-desk-flag.png') });
    // the follow-up task exists, open, for the desk and the director
    const open = await (await page.request.get(`/api/health/flags?childId=${child.id}&status=open`)).json();
    expect(open.items.map((f: { kind: string }) => f.kind)).toContain('underweight');
    await axeMain(page);
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it("a health worker whose institution has no current agreement with a child's facility gets 404 on that child", async () => {
    const city = generateCity();
    const mch = city.medical.find((m) => m.name === '长治市妇幼保健院')!;
    const signed = new Set(city.agreements.filter((a) => a.institutionId === mch.id).map((a) => a.facilityId));
    const other = city.children.find((c) => c.status === 'enrolled' && !signed.has(c.facilityId))!;
    const { ctx, page } = await loggedIn('health', TABLET);
    const answer = page.waitForResponse((r) => r.url().includes(`/api/children/${other.id}/growth`));
    await page.goto(`${base}/health/children/${other.id}`);
    expect((await answer).status()).toBe(404);
    await page.getByRole('alert').waitFor();
    expect((await page.request.get(`/api/children/${other.id}`)).status()).toBe(404);
    expect((await page.request.get(`/api/children/${other.id}/health-checks`)).status()).toBe(404);
    // a child of a signed facility opens
    const own = city.children.find((c) => c.status === 'enrolled' && signed.has(c.facilityId))!;
    expect((await page.request.get(`/api/children/${own.id}/growth`)).status()).toBe(200);
    await ctx.close();
  });

  it('a guardian registers for a parent class until it is full; the next gets "full"', async () => {
    // the director schedules a parent class with one place at the guardian's children's centre
    const director = await loggedIn('director', DESKTOP);
    const me = await (await director.page.request.get('/api/auth/me')).json();
    const day = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const title = `家长课堂：婴幼儿睡眠（测试${Date.now()}）`;
    const made = await director.page.request.post('/api/services/sessions', {
      headers: { 'x-csrf-token': me.csrfToken },
      data: { kind: 'parent_class', title, facilityId: me.user.facilityId, startsAt: `${day}T09:30:00+08:00`, endsAt: `${day}T11:00:00+08:00`, capacity: 1 },
    });
    expect(made.status()).toBe(201);
    await director.ctx.close();

    // a second family at the same centre, with its own login (setup rows: the demo has one guardian login)
    const db = new Db(server!.databaseUrl, 1);
    const [other] = await db.query<{ child_id: string }>(
      `SELECT p.child_id FROM placements p WHERE p.facility_id = $1 AND p.during @> current_date
         AND p.child_id NOT IN (SELECT cg.child_id FROM child_guardians cg JOIN users u ON u.id = cg.user_id WHERE u.username = 'guardian') LIMIT 1`,
      [me.user.facilityId],
    );
    const nextId = await createUser(db.k, { username: 'guardian-next', password: 'demo1234', displayName: '另一位家长', role: 'guardian' });
    await db.query(`INSERT INTO child_guardians (child_id, user_id) VALUES ($1, $2)`, [other!.child_id, nextId]);
    await db.close();

    const openClass = async (p: Page) => {
      await p.goto(`${base}/services`);
      await p.getByRole('heading', { name: '医育服务', level: 1 }).waitFor();
      await p.getByRole('tab', { name: '家长课堂' }).click();
      const c = p.getByRole('article', { name: title });
      await c.waitFor();
      return c;
    };
    // the next family opens the class while a place is still free
    const next = await loggedIn('guardian-next', PHONE);
    const nextCard = await openClass(next.page);
    expect(await nextCard.getByTestId('session-places').innerText()).toBe('剩余 1 / 1 个名额');

    // the demo guardian takes the last place
    const { ctx, page, errors } = await loggedIn('guardian', PHONE);
    const card = await openClass(page);
    expect(await card.getByTestId('session-places').innerText()).toBe('剩余 1 / 1 个名额');
    await card.getByRole('button', { name: /^为.+报名$/ }).first().click();
    await card.getByText(/已报名$/).waitFor();
    await expect.poll(() => card.getByTestId('session-places').innerText()).toBe('名额已满');

    // the next one gets "full" (the server decides under the session's lock; the page still said 1 free)
    await nextCard.getByRole('button', { name: /^为.+报名$/ }).first().click();
    await nextCard.getByRole('alert').filter({ hasText: '已经没有空余名额了' }).waitFor(); // errorCode.full, the app's text for 409 full
    await expect.poll(() => nextCard.getByTestId('session-places').innerText()).toBe('名额已满');
    await next.page.screenshot({ path: join(SHOTS, 'services-full-phone.png'), fullPage: true });
    await axeMain(next.page);
    expect(next.errors).toEqual([]);
    await next.ctx.close();
    await axeMain(page);
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('the bureau sees the signing rate by county; pages pass axe', async () => {
    const { ctx, page, errors } = await loggedIn('city', DESKTOP);
    await page.getByRole('link', { name: '医育报表' }).click();
    await page.getByRole('heading', { name: '医育融合报表', level: 1 }).waitFor();
    const table = page.getByTestId('signing-table');
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBe(13);
    await axeMain(page);
    await page.goto(`${base}/training`);
    await page.getByRole('heading', { name: '培训', level: 1 }).waitFor();
    await axeMain(page);
    expect(errors).toEqual([]);
    await ctx.close();
  });
});
