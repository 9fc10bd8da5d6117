import { request } from '@playwright/test';
import { createHash, randomBytes } from 'node:crypto';

export interface ProviderTokens {
  access_token: string;
  id_token: string;
  refresh_token?: string;
  expires_in: number;
  scope: string;
  token_type: string;
}

/**
 * Signs a demo user in at a test identity provider without a browser (code flow with PKCE, as the
 * app does it), for a token the app itself would never ask that provider for: "another issuer".
 */
export async function tokensFrom(
  issuer: string,
  options: { clientId: string; redirectUri: string; tenant: string; username: string; password: string },
): Promise<ProviderTokens> {
  const http = await request.newContext();
  try {
    const verifier = randomBytes(32).toString('base64url');
    const query = new URLSearchParams({
      client_id: options.clientId,
      response_type: 'code',
      scope: 'openid profile',
      redirect_uri: options.redirectUri,
      state: randomBytes(16).toString('hex'),
      nonce: randomBytes(16).toString('hex'),
      code_challenge: createHash('sha256').update(verifier).digest('base64url'),
      code_challenge_method: 'S256',
    });
    const locationOf = (response: { headers(): Record<string, string>; status(): number }) => {
      const location = response.headers().location;
      if (!location) throw new Error(`the provider answered ${response.status()} without a redirect`);
      return new URL(location, issuer).href;
    };
    const interaction = locationOf(await http.get(`${issuer}/auth?${query}`, { maxRedirects: 0 }));
    const resume = locationOf(await http.post(`${interaction}/inloggen`, {
      form: { organisatie: options.tenant, gebruikersnaam: options.username, wachtwoord: options.password },
      maxRedirects: 0,
    }));
    const callback = new URL(locationOf(await http.get(resume, { maxRedirects: 0 })));
    const code = callback.searchParams.get('code');
    if (!code) throw new Error(`the provider sent no code: ${callback.searchParams.get('error')}`);
    const token = await http.post(`${issuer}/token`, {
      form: { grant_type: 'authorization_code', code, redirect_uri: options.redirectUri, client_id: options.clientId, code_verifier: verifier },
    });
    if (!token.ok()) throw new Error(`the token endpoint answered ${token.status()}`);
    return (await token.json()) as ProviderTokens;
  } finally {
    await http.dispose();
  }
}
