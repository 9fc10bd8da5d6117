import { expect, type Page } from '@playwright/test';

/** "Signaal melden", by the labels a user reads. */
export class SignalFormPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Signaal melden' }).click();
    await expect(this.page.getByRole('heading', { name: 'Signaal melden', level: 1 })).toBeVisible();
  }

  category(label: string) {
    return this.page.getByLabel('Wat voor signaal is het?').selectOption({ label });
  }

  field(label: string | RegExp) {
    return this.page.getByRole('group', { name: 'Betrokkene 1' }).getByLabel(label);
  }

  async describe(text: string): Promise<void> {
    await this.page.getByLabel(/Wat heb je gezien\?/).fill(text);
  }

  async tick(group: string, option: string): Promise<void> {
    await this.page.getByRole('group', { name: group }).getByLabel(option, { exact: true }).check();
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Signaal versturen' }).click();
  }
}
