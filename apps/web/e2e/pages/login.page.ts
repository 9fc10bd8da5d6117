import { expect, type Page } from '@playwright/test';

/** The development login: pick a demo user (its display name) and land on the signed-in app. */
export class LoginPage {
  constructor(private readonly page: Page) {}

  async open(path = '/'): Promise<void> {
    await this.page.goto(path);
    await expect(this.page.getByRole('heading', { name: 'Inloggen bij Vangrail' })).toBeVisible();
  }

  async signInAs(displayName: string): Promise<void> {
    await this.page.getByRole('button', { name: `Inloggen als ${displayName}` }).click();
    await expect(this.page.getByRole('button', { name: 'Uitloggen' })).toBeVisible();
  }
}

/** The header every signed-in screen shows. */
export class AppHeader {
  constructor(private readonly page: Page) {}

  get who() {
    return this.page.getByLabel('Ingelogd als');
  }

  async signOut(): Promise<void> {
    await this.page.getByRole('button', { name: 'Uitloggen' }).click();
  }
}

/** Opens the app as a demo user (development login), optionally at a given path. */
export async function signedInAs(page: Page, displayName: string, path = '/'): Promise<void> {
  const login = new LoginPage(page);
  await login.open(path);
  await login.signInAs(displayName);
}
