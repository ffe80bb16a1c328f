/**
 * Families in the browser, phone-sized (390 × 844), against the real server on the demo city: a new guardian adds a
 * child (with the consent), finds care within a 15-minute walk, applies to two facilities; the director offers a
 * place; the guardian accepts and sees the placement; books two hours of temporary care and sees the price and the
 * booking; the demo guardian sees a child placed at 潞州区公办综合托育中心 and one still searching. Every page passes
 * axe; screenshots go to test-results/screenshots/.
 *
 * The new guardian signs up in the web app with a mobile number and the code the SMS sender would send (read from
 * the notification outbox, as accounts.test.ts does); the rest of the flow is the web app only.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { sql } from 'kysely';
import { launchBrowser } from './browser.ts';
import { startTestServer, type TestServer } from './server.ts';
import { HeaderObject } from './pages.ts';
import { FamilyPageObject, SignupPageObject } from './account-pages.ts';
import { BookingObject, FamilyHomeObject, FindCareObject, loginAnywhere } from './family-pages.ts';
import { expectNoAxeViolations } from './axe.ts';
import { Db } from '../../src/db/index.ts';
import { addDays, addMonths, isoWeekday } from '../../src/care/dates.ts';

const SHOTS = 'test-results/screenshots';
const PHONE_390 = { width: 390, height: 844 } as const;
const LUZHOU = '潞州区公办综合托育中心';

let server: TestServer;
let browser: Browser;
let db: Db;
let today: string;

async function phone(): Promise<{ ctx: BrowserContext; page: Page }> {
  const ctx = await browser.newContext({ viewport: PHONE_390, deviceScaleFactor: 1, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', isMobile: true, hasTouch: true });
  return { ctx, page: await ctx.newPage() };
}
const login = (page: Page, username: string, password: string) => loginAnywhere(page, server.url, username, password);
const shot = (page: Page, name: string, fullPage = true) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage });

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startTestServer();
  browser = await launchBrowser();
  db = new Db(server.databaseUrl, 2);
  today = (await sql<{ d: string }>`SELECT current_date::text AS d`.execute(db.k)).rows[0]!.d;
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await db?.close();
  await server?.stop();
});

describe('families on a phone', () => {
  // the guardian logs in with the mobile number signed up with
  const parent = { username: '13912345610', password: 'zhou-anan-2026' };
  const child = { familyName: '周', givenName: '安安', sex: '女' as const };
  let compound = '';
  let childId = '';

  it('a new guardian signs up, adds a child with the consent, finds care within 15 minutes and applies to two facilities', async () => {
    // the home: the compound nearest 潞州区公办综合托育中心, so the county centre is within a short walk
    const c = await sql<{ name: string }>`SELECT rc.name FROM residential_compounds rc, facilities f WHERE f.name = ${LUZHOU}
      ORDER BY (rc.lng - f.lng) ^ 2 + (rc.lat - f.lat) ^ 2 LIMIT 1`.execute(db.k);
    compound = c.rows[0]!.name;
    const { ctx, page } = await phone();
    const signup = new SignupPageObject(page);
    await signup.open(server.url);
    await signup.requestCode(parent.username);
    const code = await sql<{ code: string }>`SELECT params->>'code' AS code FROM notifications_outbox WHERE phone = ${parent.username} AND template = 'signup_code' ORDER BY id DESC LIMIT 1`.execute(db.k);
    await signup.finish(code.rows[0]!.code, '周女士', parent.password);
    // signing up logs in and opens the family home, empty
    await new FamilyPageObject(page).emptyState().waitFor();
    expect(new URL(page.url()).pathname).toBe('/family');
    const home = new FamilyHomeObject(page);
    await expectNoAxeViolations(page);
    // an infant: the county centre's infant classes take it at the start date
    const birthDate = addDays(addMonths(today, -8), -5);
    await home.addChild({ ...child, birthDate, compound });
    const card = home.card(`${child.familyName}${child.givenName}`);
    await card.waitFor();
    await card.getByText('正在找托位').waitFor();
    childId = (await sql<{ id: string }>`SELECT c.id FROM children c JOIN child_guardians g ON g.child_id = c.id JOIN users u ON u.id = g.user_id WHERE u.username = ${parent.username}`.execute(db.k)).rows[0]!.id;
    const consent = await sql<{ v: string }>`SELECT wording_version AS v FROM consents WHERE child_id = ${childId}`.execute(db.k);
    expect(consent.rows[0]!.v).toMatch(/^child-record-/);
    await shot(page, 'family-home-phone');

    await card.getByRole('link', { name: '查找托位' }).click();
    const find = new FindCareObject(page);
    await find.search({ mode: '全日托', minutes: 15 });
    const minutes = await find.walkMinutes();
    expect(minutes.length).toBeGreaterThanOrEqual(2);
    expect(minutes.every((m) => m <= 15)).toBe(true);
    expect([...minutes].sort((a, b) => a - b)).toEqual(minutes);
    await page.locator('[data-map-ready="true"]').first().waitFor({ timeout: 60_000 });
    await expectNoAxeViolations(page);
    await page.getByRole('heading', { name: /家机构在步行/ }).scrollIntoViewIfNeeded();
    await shot(page, 'find-care-phone', false);
    // two facilities that take an infant: the county centre and the nearest other one (the server's answer says which)
    const answer = (await (await page.request.get(`${server.url}/api/care/search?childId=${childId}&mode=full_day&minutes=15&startDate=${addDays(today, 14)}`)).json()) as { results: Array<{ name: string; bands: string[] }> };
    const takers = answer.results.filter((r) => r.bands.length > 0).map((r) => r.name);
    expect(takers).toContain(LUZHOU);
    const second = takers.find((n) => n !== LUZHOU)!;
    expect(second).toBeTruthy();
    await find.result(LUZHOU).getByRole('button', { name: '加入申请' }).click();
    await find.result(second).getByRole('button', { name: '加入申请' }).click();
    const apply = page.getByRole('form', { name: '申请入托' });
    await apply.getByLabel('双职工家庭').check();
    await apply.getByRole('button', { name: '提交申请' }).click();
    await page.getByRole('heading', { name: `${child.familyName}${child.givenName}`, level: 1 }).waitFor();
    const positions = page.getByTestId('position');
    await positions.first().waitFor();
    expect(await positions.count()).toBe(2);
    await expect(positions.first().textContent()).resolves.toMatch(/排第 \d+ 位/);
    await expectNoAxeViolations(page);
    await shot(page, 'child-applied-phone');
    await ctx.close();
  });

  it('the director offers a place; the guardian accepts and sees the placement', async () => {
    const { ctx, page } = await phone();
    await login(page, 'director', 'demo1234');
    await page.goto(`${server.url}/admissions`);
    await page.getByRole('heading', { name: '入托管理', level: 1 }).waitFor();
    const row = page.getByTestId('waitlist-row').filter({ hasText: `${child.familyName}${child.givenName}` });
    await row.waitFor();
    await row.getByRole('button', { name: `发录取通知：${child.familyName}${child.givenName}` }).click();
    await row.getByText('已发录取通知').waitFor();
    await expectNoAxeViolations(page);
    await shot(page, 'admissions-offer');
    await ctx.close();

    const g = await phone();
    await login(g.page, parent.username, parent.password);
    await g.page.goto(`${server.url}/family/children/${childId}`);
    const offer = g.page.getByTestId('offer');
    await offer.waitFor();
    await expect(offer.textContent()).resolves.toContain(LUZHOU);
    await shot(g.page, 'offer-phone');
    await offer.getByRole('button', { name: '接受录取' }).click();
    const placement = g.page.getByTestId('placement');
    await placement.waitFor();
    await expect(placement.textContent()).resolves.toContain(LUZHOU);
    await g.page.getByText('即将入托').first().waitFor();
    await g.page.getByText('尚未完成入托体检').waitFor();
    await expectNoAxeViolations(g.page);
    await shot(g.page, 'placement-phone');
    // the notices reached the inbox, in words
    await g.page.goto(`${server.url}/notifications`);
    await g.page.getByText(new RegExp(`${LUZHOU}（.+）发来录取通知`)).first().waitFor();
    await g.page.getByText(/入托已确认/).first().waitFor();
    await g.ctx.close();
  });

  it('the guardian books two temporary hours, sees the price and the booking', async () => {
    // a day and two hours with a free place (the server's availability says which)
    const f = (await sql<{ id: string }>`SELECT id FROM facilities WHERE name = ${LUZHOU}`.execute(db.k)).rows[0]!.id;
    const birth = (await sql<{ b: string }>`SELECT birth_date::text AS b FROM children WHERE id = ${childId}`.execute(db.k)).rows[0]!.b;
    let pick: { day: string; from: string; to: string } | null = null;
    for (let d = 1; d <= 14 && !pick; d++) {
      const day = addDays(today, d);
      if (isoWeekday(day) > 5) continue;
      const av = (await (await fetch(`${server.url}/api/facilities/${f}/availability?date=${day}&birthDate=${birth}`)).json()) as { slots: Array<{ start: string; end: string; free: number }> };
      for (let i = 2; i + 1 < av.slots.length && !pick; i++) if (av.slots[i]!.free > 0 && av.slots[i + 1]!.free > 0) pick = { day, from: av.slots[i]!.start, to: av.slots[i + 1]!.end };
    }
    expect(pick, 'two free hours within the next two weeks').not.toBeNull();
    const { ctx, page } = await phone();
    await login(page, parent.username, parent.password);
    await page.goto(`${server.url}/care/book?facility=${f}&child=${childId}`);
    await page.getByRole('heading', { name: '预约临时托', level: 1 }).waitFor();
    await page.getByRole('list', { name: '可预约时段（每小时空余托位）' }).waitFor();
    await expectNoAxeViolations(page);
    await new BookingObject(page).book(pick!.day, pick!.from, pick!.to);
    await expect(page.getByTestId('booking-price').textContent()).resolves.toMatch(/2 小时，共 ¥\d+/);
    await shot(page, 'booking-phone');
    await page.getByRole('link', { name: '临时托预约' }).click();
    const booking = page.getByTestId('booking');
    await booking.first().waitFor();
    await expect(booking.first().textContent()).resolves.toContain(`${pick!.from}–${pick!.to}`);
    await ctx.close();
  });

  it('the demo guardian sees a child placed at 潞州区公办综合托育中心 and one still searching, in Chinese and English', async () => {
    const { ctx, page } = await phone();
    await login(page, 'guardian', 'demo1234');
    await new FamilyHomeObject(page).open(server.url);
    const cards = page.getByTestId('child-card');
    await cards.nth(1).getByText(/下一步/).waitFor();
    await expect(cards.count()).resolves.toBe(2);
    await cards.filter({ hasText: '已入托' }).filter({ hasText: LUZHOU }).waitFor();
    await cards.filter({ hasText: '正在找托位' }).waitFor();
    await expectNoAxeViolations(page);
    await shot(page, 'family-demo-guardian-phone');
    // a statement of last month, printable
    await cards.filter({ hasText: '已入托' }).getByRole('link', { name: /查看详情/ }).click();
    await page.getByRole('heading', { name: '缴费账单' }).waitFor();
    await page.getByRole('link', { name: '查看账单' }).first().click();
    await page.getByTestId('amount-due').waitFor();
    await expectNoAxeViolations(page);
    await shot(page, 'statement-phone');
    const header = new HeaderObject(page);
    await header.openMenuIfCollapsed();
    await header.languageSwitch().click();
    await page.getByRole('heading', { name: /Childcare fees/ }).waitFor();
    await ctx.close();
  });
});
