/**
 * Page objects of the bureaus' desk (registry management, quality assessment, the audit page): what an official
 * sees and does, found by role and label in Chinese, the default language.
 */
import type { Download, Locator, Page } from 'playwright-core';

export class RegistryDeskObject {
  constructor(readonly page: Page) {}

  async open(baseUrl: string, tab?: 'register' | 'import' | 'tree'): Promise<void> {
    await this.page.goto(`${baseUrl}/bureau/registry${tab ? `?tab=${tab}` : ''}`);
    await this.page.getByRole('heading', { name: '机构登记管理', level: 1 }).waitFor();
  }

  async tab(name: '机构名录' | '登记新机构' | '导入与导出' | '指导关系'): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  // ── registering ──
  async fillBasics(v: { name: string; address: string; lng: string; lat: string; price: string }): Promise<void> {
    await this.page.getByLabel('机构名称 *').fill(v.name);
    await this.page.getByLabel('地址 *').fill(v.address);
    await this.page.getByLabel('经度 *').fill(v.lng);
    await this.page.getByLabel('纬度 *').fill(v.lat);
    await this.page.getByLabel('价格（元）').first().fill(v.price);
  }

  capacity(i = 0): Locator {
    return this.page.getByLabel('托位数').nth(i);
  }

  async submitRegistration(): Promise<void> {
    await this.page.getByRole('button', { name: '登记', exact: true }).click();
  }

  // ── import / export ──
  async importFile(name: string, content: string | Buffer, mimeType: string): Promise<void> {
    await this.page.getByLabel('选择文件（CSV、Excel 或 GeoJSON）').setInputFiles({ name, mimeType, buffer: typeof content === 'string' ? Buffer.from(content, 'utf8') : content });
    await this.page.getByRole('button', { name: '导入', exact: true }).click();
  }

  report(): Locator {
    return this.page.getByRole('table', { name: '问题清单' });
  }

  result(): Locator {
    return this.page.getByTestId('import-result');
  }

  async exportAs(label: '导出 CSV' | '导出 Excel' | '导出 GeoJSON'): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: label }).click()]);
    return download;
  }

  // ── the list ──
  table(): Locator {
    return this.page.getByRole('table', { name: '机构名录' });
  }

  row(name: string): Locator {
    return this.table().getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: new RegExp(name) }) });
  }

  async search(text: string): Promise<void> {
    const box = this.page.getByLabel('名称、地址或备案号');
    await box.fill(text);
    await box.press('Enter');
  }
}
