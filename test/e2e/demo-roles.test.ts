/**
 * The demo city as each of its seven demo logins meets it (issue: the demo city): every role logs in and sees
 * populated pages — the map with the generated streets and the facilities actually drawn, the facility list, the
 * 1+12+N network — plus what that role has of its own: a director and a teacher their facility, officials the
 * planner. A screenshot per role goes to test-results/screenshots/role-<name>.png.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DESKTOP, launchBrowser } from './browser.ts';
import { startTestServer, type TestServer } from './server.ts';
import { AccessMapObject, HeaderObject, ListPageObject, LoginPageObject, MapPageObject } from './pages.ts';

const SHOTS = 'test-results/screenshots';
const ROLES = [
  { username: 'guardian', planner: false, mine: false },
  { username: 'teacher', planner: false, mine: true },
  { username: 'director', planner: false, mine: true },
  { username: 'health', planner: false, mine: false },
  { username: 'district', planner: true, mine: false },
  { username: 'city', planner: true, mine: false },
  { username: 'admin', planner: true, mine: false },
] as const;
/** A street-level view in the centre of 潞州区 (the urban core of the demo city). */
const LUZHOU: readonly [number, number] = [113.116, 36.195];

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

describe.skipIf(process.env.CC_E2E_SEED === 'fixture')('every demo login sees a populated city', () => {
  for (const role of ROLES) {
    it(`${role.username}: map with streets and facilities, the list, the network${role.mine ? ', their facility' : ''}${role.planner ? ', the planner' : ''}`, async () => {
      const ctx = await browser.newContext({ viewport: DESKTOP, deviceScaleFactor: 1, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
      const page = await ctx.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      try {
        const login = new LoginPageObject(page);
        await login.open(server.url);
        await login.login(role.username, 'demo1234');
        await expect.poll(() => new HeaderObject(page).userName().textContent()).not.toBe('');

        const map = new MapPageObject(page);
        await map.open(server.url);
        const drawn = await map.renderedFacilityFeatures();
        expect(drawn.clusters + drawn.points).toBeGreaterThan(0);
        const access = new AccessMapObject(page);
        await access.jumpTo(LUZHOU, 15);
        await expect.poll(() => access.renderedRoads(), { timeout: 30_000 }).toBeGreaterThan(50);
        await page.screenshot({ path: `${SHOTS}/role-${role.username}.png` });

        const list = new ListPageObject(page);
        await list.open(server.url);
        await expect.poll(() => list.rows().count(), { timeout: 30_000 }).toBeGreaterThan(5);

        const nav = page.getByRole('navigation', { name: '主导航' });
        await nav.getByRole('link', { name: '服务网络' }).click();
        await page.getByText('长治市托育综合服务指导中心').first().waitFor();
        await page.getByText('潞州区公办综合托育中心').first().waitFor();

        await expect(nav.getByRole('link', { name: '选址规划' }).count()).resolves.toBe(role.planner ? 1 : 0);
        await expect(nav.getByRole('link', { name: '我的机构' }).count()).resolves.toBe(role.mine ? 1 : 0);
        if (role.mine) {
          await nav.getByRole('link', { name: '我的机构' }).click();
          await page.getByText('潞州区公办综合托育中心').first().waitFor();
          await page.getByText('班级与托位').first().waitFor();
        }
        expect(errors).toEqual([]);
      } finally {
        await ctx.close();
      }
    });
  }
});
