/**
 * Page objects of daily care: the teacher's tablet, the guardian's day, the director's dashboard — found by role and
 * label in Chinese, the default language.
 */
import type { Locator, Page } from 'playwright-core';

export class TabletObject {
  constructor(readonly page: Page) {}

  async open(base: string): Promise<void> {
    await this.page.goto(`${base}/care/tablet`);
    await this.page.locator('.tile').first().waitFor({ timeout: 30_000 });
  }

  tile(name: string): Locator {
    return this.page.getByRole('button', { name: new RegExp(name) }).and(this.page.locator('.tile'));
  }

  panel(): Locator {
    return this.page.locator('.child-panel');
  }

  /** Opens a child's panel (once). */
  async select(name: string): Promise<void> {
    if (!(await this.panel().isVisible()) || !(await this.panel().getByRole('heading', { name: new RegExp(name) }).isVisible())) await this.tile(name).click();
    await this.panel().getByRole('heading', { name: new RegExp(name) }).waitFor();
  }

  form(): Locator {
    return this.panel().locator('form');
  }

  /** Opens one of the panel's actions (喝水, 晨检, …). */
  async action(label: string): Promise<void> {
    const b = this.panel().getByRole('group').getByRole('button', { name: label, exact: true });
    if ((await b.getAttribute('aria-pressed')) !== 'true') await b.click();
    await this.form().waitFor();
  }

  async setTime(hhmm: string): Promise<void> {
    await this.form().getByLabel('时间').fill(hhmm);
  }

  async choose(legend: string, option: string): Promise<void> {
    await this.form().getByRole('group', { name: legend }).getByRole('button', { name: option, exact: true }).click();
  }

  async submit(label: string): Promise<void> {
    await this.form().getByRole('button', { name: label, exact: true }).click();
  }

  netStatus(): Locator {
    return this.page.getByTestId('net');
  }
}

export class ChildDayObject {
  constructor(readonly page: Page) {}

  async open(base: string): Promise<void> {
    await this.page.goto(`${base}/care/day`);
    await this.page.getByRole('heading', { name: '宝宝的一天', level: 1 }).waitFor();
  }

  /** From the family page (where guardians land): the child's card links to their day. */
  async openFromFamily(fullName: string): Promise<void> {
    await this.page.getByTestId('child-card').filter({ hasText: fullName }).getByRole('link', { name: '宝宝的一天' }).click();
    await this.page.getByRole('heading', { name: '宝宝的一天', level: 1 }).waitFor();
  }

  async choose(givenName: string): Promise<void> {
    const chip = this.page.getByRole('group', { name: '选择孩子' }).getByRole('button', { name: givenName });
    if (await chip.count()) await chip.click();
  }

  async waitLive(): Promise<void> {
    await this.page.locator('[data-feed-state="live"]').waitFor({ timeout: 20_000 });
  }

  entry(id: string): Locator {
    return this.page.locator(`.timeline [data-entry-id="${id}"]`);
  }

  entries(): Locator {
    return this.page.locator('.timeline [data-entry-id]');
  }
}

export class DashboardObject {
  constructor(readonly page: Page) {}

  async open(base: string): Promise<void> {
    await this.page.goto(`${base}/care/dashboard`);
    await this.page.getByRole('heading', { name: '各班情况' }).waitFor({ timeout: 30_000 });
  }

  outbreaks(): Locator {
    return this.page.locator('[data-alert-kind="outbreak"]');
  }
}
