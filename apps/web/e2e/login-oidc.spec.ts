import type { Page, Request } from '@playwright/test';
import { expect, test } from './fixtures/axe';
import { AppHeader } from './pages/login.page';
import { tokensFrom } from './support/oidc';
import { OIDC } from './support/test-environment';

/** The access token oidc-client-ts keeps for this tab (sessionStorage), or undefined. */
function storedAccessToken(page: Page): Promise<string | undefined> {
  return page.evaluate(({ issuer, clientId }) => {
    const stored = sessionStorage.getItem(`oidc.user:${issuer}:${clientId}`);
    return stored ? (JSON.parse(stored) as { access_token?: string }).access_token : undefined;
  }, OIDC);
}

function tokenRequest(page: Page, grantType: string): Promise<Request> {
  return page.waitForRequest(
    (request) => request.url() === `${OIDC.issuer}/token` && request.method() === 'POST' && (request.postData() ?? '').includes(`grant_type=${grantType}`),
    { timeout: 120_000 },
  );
}

async function signInAtProvider(page: Page, username: string): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Inloggen bij de inlogdienst' })).toBeVisible();
  await page.getByLabel('Organisatie').selectOption('demodam');
  await page.getByLabel('Gebruikersnaam').fill(username);
  await page.getByLabel('Wachtwoord').fill(OIDC.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

test.describe('Inloggen via de inlogdienst (OpenID Connect)', () => {
  test.use({ baseURL: OIDC.webUrl });
  test.skip(!OIDC.webUrl, 'needs the test identity provider (npm test -- web)');

  test('a worker signs in with the code flow and PKCE, keeps working after the token is renewed, and signs out at the provider', async ({ page, check }) => {
    const authorization = page.waitForRequest((request) => request.url().startsWith(`${OIDC.issuer}/auth?`));
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Inloggen bij Vangrail' })).toBeVisible();
    await expect(page.getByText('Ontwikkelomgeving')).toHaveCount(0);
    await check('login');
    await page.getByRole('button', { name: 'Inloggen via de inlogdienst' }).click();

    const sent = new URL((await authorization).url()).searchParams;
    expect(sent.get('response_type')).toBe('code');
    expect(sent.get('client_id')).toBe(OIDC.clientId);
    expect(sent.get('code_challenge_method')).toBe('S256');
    expect(sent.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(sent.get('state')?.length ?? 0).toBeGreaterThanOrEqual(32);
    expect(sent.get('nonce')?.length ?? 0).toBeGreaterThanOrEqual(32);

    await page.getByLabel('Gebruikersnaam').fill('wijkteam.anna');
    await page.getByLabel('Wachtwoord').fill('niet-het-wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect(page.getByRole('alert')).toContainText('Onbekende gebruikersnaam of verkeerd wachtwoord');
    await check('provider-wrong-password');

    const exchange = tokenRequest(page, 'authorization_code');
    await signInAtProvider(page, 'wijkteam.anna');
    expect((await exchange).postData()).toMatch(/code_verifier=[\w-]{43,}/);
    const header = new AppHeader(page);
    await expect(header.who).toContainText('Anna Wijkteam');
    await expect(header.who).toContainText('Demodam');
    await expect(page.getByRole('heading', { name: 'Welkom, Anna Wijkteam' })).toBeVisible();
    await check('signed-in');

    // The provider's access tokens live 75 s; the app renews with its refresh token before they expire.
    const firstToken = await storedAccessToken(page);
    expect(firstToken).toBeTruthy();
    const refresh = await tokenRequest(page, 'refresh_token');
    expect((await refresh.response())?.ok()).toBe(true);
    await expect.poll(() => storedAccessToken(page), { timeout: 30_000 }).not.toBe(firstToken);
    await page.getByRole('link', { name: 'Mijn signalen' }).first().click();
    await expect(page.getByRole('heading', { name: 'Mijn signalen' })).toBeVisible();
    // The renewed token is accepted: her signals (or the note that she has none) load, no refusal.
    await expect(page.getByRole('list', { name: 'Mijn signalen, nieuwste eerst' }).or(page.getByText('Je hebt nog geen signalen gemeld.'))).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await check('after-refresh');

    // With a provider configured, the development login is refused.
    const devToken = await page.request.post('/web-api/dev-token', { data: { tenant: 'demodam', username: 'wijkteam.anna' } });
    expect(devToken.status()).toBe(403);
    expect((await devToken.json()).messageNl).toContain('log in via de inlogdienst');

    await header.signOut();
    await expect(page.getByRole('heading', { name: 'Uitloggen' })).toBeVisible();
    await check('provider-logout');
    await page.getByRole('button', { name: 'Ja, uitloggen' }).click();
    await expect(page.getByRole('heading', { name: 'Je bent uitgelogd' })).toBeVisible();
    expect(await storedAccessToken(page)).toBeUndefined();
    await check('signed-out');

    // The provider's session ended too: signing in again asks for the password.
    await page.getByRole('link', { name: 'Opnieuw inloggen' }).click();
    await page.getByRole('button', { name: 'Inloggen via de inlogdienst' }).click();
    await expect(page.getByRole('heading', { name: 'Inloggen bij de inlogdienst' })).toBeVisible();
  });

  test('a token from another identity provider is refused, and the worker is told why in plain Dutch', async ({ page, check }) => {
    const foreign = await tokensFrom(OIDC.otherIssuer, {
      clientId: OIDC.clientId,
      redirectUri: `${OIDC.webUrl}/inloggen/terug`,
      tenant: 'demodam',
      username: 'wijkteam.anna',
      password: OIDC.password,
    });

    const answer = await page.request.post('/graphql', {
      headers: { Authorization: `Bearer ${foreign.access_token}` },
      data: { query: '{ me { username } }' },
    });
    const error = (await answer.json()).errors?.[0];
    expect(error?.extensions).toEqual(expect.objectContaining({ code: 'UNAUTHENTICATED', reason: 'FOREIGN_ISSUER' }));

    // The tab holds that provider's tokens as if it had signed in there.
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Inloggen bij Vangrail' })).toBeVisible();
    await page.evaluate(({ key, tokens, issuer }) => {
      sessionStorage.setItem(key, JSON.stringify({
        ...tokens,
        profile: { sub: 'wijkteam.anna', iss: issuer },
        expires_at: Math.floor(Date.now() / 1000) + tokens.expires_in,
      }));
    }, { key: `oidc.user:${OIDC.issuer}:${OIDC.clientId}`, tokens: foreign, issuer: OIDC.otherIssuer });
    await page.goto('/signalen');

    await expect(page.getByRole('heading', { name: 'Inloggen bij Vangrail' })).toBeVisible();
    await expect(page.getByText('Je toegangsbewijs is geweigerd: het komt van een andere inlogdienst dan die deze omgeving vertrouwt.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Uitloggen' })).toHaveCount(0);
    expect(await storedAccessToken(page)).toBeUndefined();
    await check('foreign-token-refused');
  });
});
