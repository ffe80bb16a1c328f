/**
 * Accounts in the browser (issue 8, point 4; issue 9's second factor), against the real server on a fresh demo
 * database: a guardian signs up with the code from the SMS outbox and lands on an empty family page, then logs in
 * again and sees it; a director adds a teacher who logs in (choosing a password first); an administrator disables an
 * account and its open session is refused on its next request; an official turns on TOTP and logs in with a code
 * computed here (otpauth). Every page is checked with axe (WCAG 2.1 A/AA); screenshots go to
 * test-results/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import pg from 'pg';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DESKTOP, launchBrowser } from './browser.ts';
import { startTestServer, type TestServer } from './server.ts';
import { LoginPageObject } from './pages.ts';
import { AccountSettingsObject, AccountsAdminObject, FamilyPageObject, LoginFlowObject, NavObject, SignupPageObject, TeachersPageObject } from './account-pages.ts';
import { expectNoAxeViolations } from './axe.ts';

const SHOTS = 'test-results/screenshots';
const DEMO_PASSWORD = 'demo1234';
/** Guardians' pages are phone-first. */
const PHONE_390 = { width: 390, height: 844 } as const;
/** Staff pages are tablet-first (10-inch landscape). */
const TABLET = { width: 1280, height: 800 } as const;

let server: TestServer;
let browser: Browser;
let db: pg.Pool;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startTestServer();
  browser = await launchBrowser();
  db = new pg.Pool({ connectionString: server.databaseUrl, max: 2 });
});
afterAll(async () => {
  await db?.end();
  await browser?.close();
  await server?.stop();
});

async function newPage(viewport: { width: number; height: number } = DESKTOP, mobile = false): Promise<{ ctx: BrowserContext; page: Page; errors: string[] }> {
  const ctx = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', isMobile: mobile, hasTouch: mobile });
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { ctx, page, errors };
}

/** What the SMS sender would send: the newest code queued for the number. */
async function outboxCode(phone: string): Promise<string> {
  const r = await db.query<{ code: string; channel: string }>(`SELECT params->>'code' AS code, channel FROM notifications_outbox WHERE phone = $1 AND template = 'signup_code' ORDER BY id DESC LIMIT 1`, [phone]);
  expect(r.rows[0]?.channel).toBe('sms');
  return r.rows[0]!.code;
}

/** The status of one API call made by the page itself (its cookie, its CSRF token). */
const apiStatus = (page: Page, path: string) => page.evaluate(`fetch(${JSON.stringify(path)}, { credentials: 'include' }).then((r) => r.status)`) as Promise<number>;

describe('accounts in the browser', () => {
  it('a guardian signs up with a phone number and the code from the outbox, logs in and sees an empty family page', async () => {
    const { ctx, page, errors } = await newPage(PHONE_390, true);
    try {
      const phone = '13912340001';
      const signup = new SignupPageObject(page);
      await signup.open(server.url);
      await expectNoAxeViolations(page);
      await signup.requestCode(phone);
      const code = await outboxCode(phone);
      expect(code).toMatch(/^\d{6}$/);
      if (server.seed === 'demo') {
        // demo mode shows the same code on screen, under a clear note
        expect(await signup.demoCode()).toBe(code);
        await expect(signup.demoNote().textContent()).resolves.toContain('演示模式');
      }
      await expectNoAxeViolations(page);
      await page.screenshot({ path: `${SHOTS}/signup-phone.png`, fullPage: true });
      await signup.finish(code, '李妈妈', 'xiaoyu-mama-2026');

      const family = new FamilyPageObject(page);
      await family.heading().waitFor();
      expect(new URL(page.url()).pathname).toBe('/family');
      await family.emptyState().waitFor();
      await expect(family.emptyState().textContent()).resolves.toContain('还没有添加孩子');
      await expect(family.addChild().isVisible()).resolves.toBe(true);
      await expectNoAxeViolations(page);
      await page.screenshot({ path: `${SHOTS}/family-empty-phone.png`, fullPage: true });

      // log out, log in again with the phone number: the family page again
      await new NavObject(page).logout();
      const login = new LoginFlowObject(page);
      await login.open(server.url);
      await login.credentials(phone, 'xiaoyu-mama-2026');
      await family.heading().waitFor();
      expect(new URL(page.url()).pathname).toBe('/family');
      await family.emptyState().waitFor();
      expect(errors).toEqual([]);
    } finally {
      await ctx.close();
    }
  });

  it('a director adds a teacher who can then log in (choosing their own password first)', async () => {
    const director = await newPage(TABLET);
    const teacher = await newPage(TABLET);
    try {
      await new LoginPageObject(director.page).open(server.url);
      await new LoginPageObject(director.page).login('director', DEMO_PASSWORD);
      await new NavObject(director.page).go('我的教师');
      await director.page.getByRole('heading', { name: '我的教师', level: 1 }).waitFor();
      await expectNoAxeViolations(director.page);
      const temp = await new TeachersPageObject(director.page).add('秦老师', 'qin.laoshi');
      expect(temp).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
      await expectNoAxeViolations(director.page);
      await director.page.screenshot({ path: `${SHOTS}/teachers-added-tablet.png` });
      await director.page.getByRole('button', { name: '关闭' }).click();
      await director.page.getByTestId('account-qin.laoshi').waitFor();

      const login = new LoginFlowObject(teacher.page);
      await login.open(server.url);
      await login.credentials('qin.laoshi', temp);
      await teacher.page.getByRole('alert').filter({ hasText: '请先设置您自己的新密码' }).waitFor();
      expect(new URL(teacher.page.url()).pathname).toBe('/account');
      await expectNoAxeViolations(teacher.page);
      const settings = new AccountSettingsObject(teacher.page);
      await settings.changePassword(temp, 'qin-teaches-toddlers');
      // now a teacher like any other: their facility is in the navigation
      await new NavObject(teacher.page).go('我的机构');
      await teacher.page.getByText('班级与托位').first().waitFor();
      expect(await apiStatus(teacher.page, '/api/children')).toBe(200);
      expect(director.errors.concat(teacher.errors)).toEqual([]);
    } finally {
      await director.ctx.close();
      await teacher.ctx.close();
    }
  });

  it("an administrator disables an account and that user's open session is refused on the next request", async () => {
    const admin = await newPage();
    const user = await newPage();
    try {
      await new LoginPageObject(admin.page).open(server.url);
      await new LoginPageObject(admin.page).login('admin', DEMO_PASSWORD);
      await new NavObject(admin.page).go('账号管理');
      const accounts = new AccountsAdminObject(admin.page);
      await admin.page.getByRole('heading', { name: '账号管理', level: 1 }).waitFor();
      await expectNoAxeViolations(admin.page);
      await accounts.create('市卫健委', 'zhao.city', '赵科长', 'zhao-keeps-the-city');

      await new LoginPageObject(user.page).open(server.url);
      await new LoginPageObject(user.page).login('zhao.city', 'zhao-keeps-the-city');
      expect(await apiStatus(user.page, '/api/notifications')).toBe(200);

      await accounts.search('zhao.city');
      await accounts.row('zhao.city').waitFor();
      await admin.page.screenshot({ path: `${SHOTS}/accounts-admin.png` });
      await accounts.disable('zhao.city', '赵科长');
      await expectNoAxeViolations(admin.page);

      // the open session: its very next request is refused, and the page shows the visitor as logged out
      expect(await apiStatus(user.page, '/api/notifications')).toBe(401);
      await user.page.goto(`${server.url}/account`);
      await user.page.getByText('请先登录。').waitFor();
      await expect(user.page.getByRole('button', { name: '退出登录' }).count()).resolves.toBe(0);
      expect(admin.errors.concat(user.errors)).toEqual([]);
    } finally {
      await admin.ctx.close();
      await user.ctx.close();
    }
  });

  it('an official turns on two-step verification and logs in with a code from the authenticator', async () => {
    const { ctx, page, errors } = await newPage();
    try {
      const login = new LoginFlowObject(page);
      await login.open(server.url);
      await login.credentials('district', DEMO_PASSWORD);
      await login.loggedIn().waitFor();
      const settings = new AccountSettingsObject(page);
      await settings.open(server.url);
      await expect(settings.totpState().textContent()).resolves.toBe('未开启');
      const secret = await settings.startTotp();
      await expectNoAxeViolations(page);
      await page.screenshot({ path: `${SHOTS}/totp-setup.png`, fullPage: true });
      const totp = new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) });
      const recovery = await settings.confirmTotp(totp.generate());
      expect(recovery).toHaveLength(10);
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: '我已保存恢复码' }).click();
      await expect.poll(() => settings.totpState().textContent()).toBe('已开启');

      await new NavObject(page).logout();
      await login.open(server.url);
      await login.credentials('district', DEMO_PASSWORD);
      await login.secondStep().waitFor();
      await expectNoAxeViolations(page);
      // the next 30-second step: the confirming code's step is used up (RFC 6238 §5.2, no replay)
      await login.code(totp.generate({ timestamp: Date.now() + 30_000 }));
      await login.loggedIn().waitFor();
      await expect(page.getByTestId('user-name').textContent()).resolves.toBeTruthy();

      // and off again, with a recovery code
      await settings.open(server.url);
      await page.getByLabel('动态码或恢复码').fill(recovery[0]!);
      await page.getByRole('button', { name: '关闭两步验证' }).click();
      await page.getByRole('status').filter({ hasText: '两步验证已关闭' }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await ctx.close();
    }
  });
});
