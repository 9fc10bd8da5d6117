import { expect, test } from './fixtures/axe';
import { AppHeader, LoginPage } from './pages/login.page';

test.describe('Inloggen (ontwikkelomgeving)', () => {
  test('a wijkteam worker picks her demo account and sees who she is, her discipline, organisation and tenant', async ({ page, check }) => {
    const login = new LoginPage(page);
    await login.open('/');
    await expect(page.getByText('Ontwikkelomgeving')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Inloggen als Anna Wijkteam' })).toBeVisible();
    await check('login');
    await login.signInAs('Anna Wijkteam');

    const header = new AppHeader(page);
    await expect(header.who).toContainText('Anna Wijkteam');
    await expect(header.who).toContainText('Wijkteam');
    await expect(header.who).toContainText('Demodam');
    await expect(page.getByRole('heading', { name: 'Welkom, Anna Wijkteam' })).toBeVisible();
    await check('start');

    await header.signOut();
    await expect(page.getByRole('heading', { name: 'Inloggen bij Vangrail' })).toBeVisible();
    await expect(page.getByText('Je bent uitgelogd.')).toBeVisible();
  });

  test('a deep link survives the login: the user lands where she was going', async ({ page }) => {
    const login = new LoginPage(page);
    await login.open('/bestaat-niet');
    await login.signInAs('Bram Wmo-toezicht');
    await expect(page.getByRole('heading', { name: 'Pagina niet gevonden' })).toBeVisible();
    await expect(page).toHaveURL(/\/bestaat-niet$/);
  });

  test('at 320 px wide the header and start page fit without sideways scrolling', async ({ page, check }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const login = new LoginPage(page);
    await login.open('/');
    await login.signInAs('Anna Wijkteam');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await check('start-320px');
  });
});
