/**
 * Page objects of the families pages (phone first): what a guardian or a director sees and does, by role and label
 * in Chinese (the default language).
 */
import type { Locator, Page } from 'playwright-core';

/** Logs in on any screen size (on a phone the user menu is folded away): waits until the app leaves /login. */
export async function loginAnywhere(page: Page, baseUrl: string, username: string, password: string, next = '/family'): Promise<void> {
  await page.goto(`${baseUrl}/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

export class FamilyHomeObject {
  constructor(readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/family`);
    await this.page.getByRole('heading', { name: '我的家庭', level: 1 }).waitFor();
  }

  card(name: string): Locator {
    return this.page.getByTestId('child-card').filter({ has: this.page.getByRole('heading', { name }) });
  }

  /** Adds a child: names, sex, birth date, the home picked from the compound list, the consent ticked. */
  async addChild(c: { familyName: string; givenName: string; sex: '男' | '女'; birthDate: string; compound: string }): Promise<void> {
    await this.page.getByRole('link', { name: '添加孩子' }).click();
    const form = this.page.getByRole('form', { name: '添加孩子' });
    await form.getByLabel('姓', { exact: true }).fill(c.familyName);
    await form.getByLabel('名', { exact: true }).fill(c.givenName);
    await form.getByLabel('性别').selectOption({ label: c.sex });
    await form.getByLabel('出生日期').fill(c.birthDate);
    await form.getByLabel('搜索小区或社区').fill(c.compound);
    await form.getByRole('list', { name: '匹配的小区' }).getByRole('button').first().click();
    await form.getByTestId('add-home').filter({ hasText: '已选择' }).waitFor();
    await form.getByLabel('我已阅读并单独同意上述个人信息处理规则').check();
    await form.getByRole('button', { name: '添加', exact: true }).click();
  }
}

export class FindCareObject {
  constructor(readonly page: Page) {}

  async search(opts: { mode?: string; minutes?: number } = {}): Promise<void> {
    const form = this.page.getByRole('form', { name: '查找托位' });
    if (opts.mode) await form.getByLabel('服务类型').selectOption({ label: opts.mode });
    if (opts.minutes) await form.getByLabel('步行时间').selectOption({ label: `${opts.minutes} 分钟以内` });
    await form.getByRole('button', { name: '查找' }).click();
    await this.page.getByRole('heading', { name: /家机构在步行|没有符合条件的机构/ }).waitFor();
  }

  result(name: string): Locator {
    return this.page.getByTestId('care-result').filter({ has: this.page.getByRole('heading', { name, exact: true }) });
  }

  walkMinutes(): Promise<number[]> {
    return this.page
      .getByTestId('care-result')
      .locator('.walk')
      .allTextContents()
      .then((xs) => xs.map((x) => Number(/步行 ([\d.]+) 分钟/.exec(x)![1])));
  }
}

export class BookingObject {
  constructor(readonly page: Page) {}

  async book(day: string, from: string, to: string): Promise<void> {
    const form = this.page.getByRole('form', { name: '预约临时托' });
    await form.getByLabel('日期').selectOption(day);
    await form.getByLabel('开始').selectOption(from);
    await form.getByLabel('结束').selectOption(to);
    await form.getByTestId('booking-price').waitFor();
    await form.getByRole('button', { name: '确认预约' }).click();
    await form.getByRole('status').filter({ hasText: '已预约' }).waitFor();
  }
}
