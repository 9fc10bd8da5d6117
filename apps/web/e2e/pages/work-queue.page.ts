import { expect, type Locator, type Page } from '@playwright/test';

/** "Werkvoorraad" and a delivery's page. */
export class WorkQueuePage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Werkvoorraad' }).click();
    await expect(this.page.getByRole('heading', { name: /^Werkvoorraad/, level: 1 })).toBeVisible();
  }

  items(): Locator {
    return this.page.getByRole('list', { name: 'Signalen in de werkvoorraad' }).getByRole('listitem');
  }

  /** The item about this subject and category, reloading until routing (on the queue) has delivered it. */
  async waitForItem(category: string, subjectText: string): Promise<Locator> {
    const item = this.items().filter({ hasText: category }).filter({ hasText: subjectText });
    await expect(async () => {
      await this.page.reload();
      await expect(item.first()).toBeVisible({ timeout: 10_000 });
    }).toPass({ timeout: 150_000 });
    return item.first();
  }
}
