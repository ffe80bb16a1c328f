/**
 * Page objects of the account pages (sign-up, login's second step, account settings, accounts, teachers, family),
 * found by role and label in Chinese, the default language.
 */
import type { Locator, Page } from 'playwright-core';

export class SignupPageObject {
  constructor(readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/signup`);
    await this.page.getByRole('heading', { name: '家长注册' }).waitFor();
  }

  async requestCode(phone: string): Promise<void> {
    await this.page.getByLabel('手机号').fill(phone);
    await this.page.getByRole('button', { name: '获取验证码' }).click();
    await this.page.getByRole('status').filter({ hasText: '验证码已发送' }).waitFor();
  }

  /** The code as demo mode shows it (null outside demo mode). */
  async demoCode(): Promise<string | null> {
    const box = this.page.getByTestId('demo-code');
    if (!(await box.count())) return null;
    return /(\d{6})/.exec((await box.textContent()) ?? '')?.[1] ?? null;
  }

  demoNote(): Locator {
    return this.page.getByRole('note', { name: '演示模式' });
  }

  async finish(code: string, name: string, password: string): Promise<void> {
    await this.page.getByLabel('验证码').fill(code);
    await this.page.getByLabel('姓名或称呼').fill(name);
    await this.page.getByLabel('密码', { exact: true }).fill(password);
    await this.page.getByLabel('再次输入新密码').fill(password);
    await this.page.getByRole('button', { name: '注册并登录' }).click();
  }
}

export class FamilyPageObject {
  constructor(readonly page: Page) {}

  heading(): Locator {
    return this.page.getByRole('heading', { name: '我的家庭', level: 1 });
  }

  emptyState(): Locator {
    return this.page.getByTestId('family-empty');
  }

  addChild(): Locator {
    return this.page.getByRole('link', { name: '添加孩子' });
  }
}

export class NavObject {
  constructor(readonly page: Page) {}

  nav(): Locator {
    return this.page.getByRole('navigation', { name: '主导航' });
  }

  async go(name: string): Promise<void> {
    const toggle = this.page.getByRole('button', { name: /菜单|Menu/ });
    if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
    await this.nav().getByRole('link', { name }).click();
  }

  async logout(): Promise<void> {
    const toggle = this.page.getByRole('button', { name: /菜单|Menu/ });
    if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
    await this.page.getByRole('button', { name: '退出登录' }).click();
    await this.page.waitForURL((u) => u.pathname === '/');
    // the header's login link may sit in the collapsed phone menu: ask the server instead
    await this.page.waitForFunction(`fetch('/api/auth/me').then((r) => r.json()).then((m) => m.user === null)`);
  }
}

/** The login page with its second step. */
export class LoginFlowObject {
  constructor(readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/login`);
  }

  async credentials(username: string, password: string): Promise<void> {
    await this.page.getByLabel('用户名').fill(username);
    await this.page.getByLabel('密码').fill(password);
    await this.page.getByRole('button', { name: '登录', exact: true }).click();
  }

  secondStep(): Locator {
    return this.page.getByRole('heading', { name: '两步验证' });
  }

  async code(code: string): Promise<void> {
    await this.page.getByLabel('动态码或恢复码').fill(code);
    await this.page.getByRole('button', { name: '验证并登录' }).click();
  }

  loggedIn(): Locator {
    return this.page.getByRole('button', { name: '退出登录' });
  }
}

export class AccountSettingsObject {
  constructor(readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/account`);
    await this.page.getByRole('heading', { name: '账号设置' }).waitFor();
  }

  async changePassword(current: string, next: string): Promise<void> {
    await this.page.getByLabel('当前密码').fill(current);
    await this.page.getByLabel('新密码', { exact: true }).fill(next);
    await this.page.getByLabel('再次输入新密码').fill(next);
    await this.page.getByRole('button', { name: '保存' }).last().click();
    await this.page.getByRole('status').filter({ hasText: '密码已修改' }).waitFor();
  }

  /** Starts two-step set-up; returns the base32 key shown for manual entry. */
  async startTotp(): Promise<string> {
    await this.page.getByRole('button', { name: '开启两步验证' }).click();
    const key = this.page.getByTestId('totp-secret');
    await key.waitFor();
    return (await key.getAttribute('data-secret'))!;
  }

  async confirmTotp(code: string): Promise<string[]> {
    await this.page.getByLabel('应用中显示的 6 位动态码').fill(code);
    await this.page.getByRole('button', { name: '验证并开启' }).click();
    const list = this.page.getByTestId('once-secret');
    await list.waitFor();
    return (await list.getByRole('listitem').allTextContents()).map((s) => s.trim());
  }

  totpState(): Locator {
    return this.page.getByTestId('totp-state');
  }
}

export class AccountsAdminObject {
  constructor(readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/admin/accounts`);
    await this.page.getByRole('heading', { name: '账号管理', level: 1 }).waitFor();
  }

  /** Opens an account with a typed first password, for a role without a binding. */
  async create(role: string, username: string, name: string, password: string): Promise<void> {
    await this.page.getByRole('button', { name: '开通账号' }).click();
    await this.page.getByLabel('角色').selectOption({ label: role });
    await this.page.getByLabel('用户名').fill(username);
    await this.page.getByLabel('姓名', { exact: true }).fill(name);
    await this.page.getByLabel('由我设置初始密码').check();
    await this.page.getByLabel('密码', { exact: true }).fill(password);
    await this.page.getByRole('button', { name: '开通账号' }).click();
    await this.page.getByRole('status').filter({ hasText: `账号 ${username} 已开通` }).waitFor();
    await this.page.getByRole('button', { name: '关闭' }).click();
  }

  async search(text: string): Promise<void> {
    await this.page.getByLabel('搜索用户名、姓名或手机号').fill(text);
  }

  row(username: string): Locator {
    return this.page.getByTestId(`account-${username}`);
  }

  async disable(username: string, name: string): Promise<void> {
    await this.row(username).getByRole('button', { name: `停用 ${name}` }).click();
    await this.row(username).getByRole('group', { name: '停用' }).getByRole('button', { name: '停用' }).click();
    await this.row(username).getByText('已停用').waitFor();
  }
}

export class TeachersPageObject {
  constructor(readonly page: Page) {}

  /** Adds a teacher; returns the temporary password shown once. */
  async add(name: string, username: string): Promise<string> {
    await this.page.getByRole('button', { name: '添加教师' }).click();
    await this.page.getByLabel('姓名').fill(name);
    await this.page.getByLabel('用户名').fill(username);
    await this.page.getByRole('button', { name: '添加教师' }).click();
    const secret = this.page.getByTestId('once-secret');
    await secret.waitFor();
    return (await secret.getByRole('listitem').first().textContent())!.trim();
  }
}
