import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type net from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';

/** A demo account the test provider signs in (GET /web-api/dev-accounts of the development API). */
export interface ProviderAccount {
  tenant: string;
  tenantName: string;
  username: string;
  displayName: string;
  /** The user's registered OIDC subject: the `sub` of every token for this account. */
  subject: string;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  /** The password every demo account signs in with at this provider (test only). */
  password: string;
  close(): Promise<void>;
}

export const TEST_CLIENT_ID = 'vangrail-web';
export const TEST_PASSWORD = 'demo-wachtwoord';
/** The API's audience (OIDC_AUDIENCE default): the resource the access tokens are for. */
const AUDIENCE = 'vangrail';
/** The API as a resource indicator (RFC 8707 wants an absolute URI). */
const RESOURCE = 'urn:vangrail:api';

/**
 * A real OpenID Provider (the `oidc-provider` package) for the browser tests: the demo accounts with
 * one test password, the browser app as a public client (authorization code flow; PKCE S256 is
 * required for public clients, `state` and `nonce` are echoed and checked by the app), ES256 JWT
 * access tokens for the API's audience carrying the tenant claim, refresh tokens, and RP-initiated
 * logout. Its login and logout pages speak Dutch. Listens on loopback, port 0 unless given one.
 * Access tokens live `accessTokenSeconds` (short in the tests, so the app must renew them).
 */
export async function startTestProvider(options: {
  accounts: ProviderAccount[];
  appOrigins: string[];
  accessTokenSeconds?: number;
  port?: number;
}): Promise<TestProvider> {
  const { default: Provider } = await import('oidc-provider');
  const accessTokenSeconds = options.accessTokenSeconds ?? 300;
  const bySubject = new Map(options.accounts.map((account) => [account.subject, account]));
  const tenants = [...new Map(options.accounts.map((account) => [account.tenant, account.tenantName]))];

  const server = http.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const issuer = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;

  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  const signingKey = { ...(await exportJWK(privateKey)), alg: 'ES256', use: 'sig', kid: randomBytes(8).toString('hex') };

  const provider = new Provider(issuer, {
    clients: [{
      client_id: TEST_CLIENT_ID,
      token_endpoint_auth_method: 'none',
      application_type: 'web',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      redirect_uris: options.appOrigins.map((origin) => `${origin}/inloggen/terug`),
      post_logout_redirect_uris: options.appOrigins.map((origin) => `${origin}/uitgelogd`),
      id_token_signed_response_alg: 'ES256',
    }],
    jwks: { keys: [signingKey] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    claims: { openid: ['sub'], profile: ['name', 'preferred_username', 'tenant'] },
    pkce: { required: () => true },
    clientBasedCORS: (_ctx, origin) => options.appOrigins.includes(origin),
    findAccount: async (_ctx, subject) => {
      const account = bySubject.get(subject);
      if (!account) return undefined;
      return {
        accountId: subject,
        claims: async () => ({ sub: subject, name: account.displayName, preferred_username: account.username, tenant: account.tenant }),
      };
    },
    // The API reads the tenant from the access token (OIDC_TENANT_CLAIM).
    extraTokenClaims: async (_ctx, token) => {
      const account = 'accountId' in token && token.accountId ? bySubject.get(token.accountId) : undefined;
      return account ? { tenant: account.tenant } : undefined;
    },
    // A first-party app: the municipality consents for its users, so no consent screen.
    loadExistingGrant: async (ctx) => {
      const accountId = ctx.oidc.session?.accountId;
      if (!accountId || !ctx.oidc.client) return undefined;
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId });
      grant.addOIDCScope('openid profile');
      grant.addResourceScope(RESOURCE, 'vangrail');
      await grant.save();
      return grant;
    },
    ttl: { AccessToken: accessTokenSeconds, AuthorizationCode: 60, IdToken: 3600, RefreshToken: 3600, Grant: 3600, Session: 3600, Interaction: 600 },
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    interactions: { url: (_ctx, interaction) => `/interactie/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({
          scope: 'vangrail',
          audience: AUDIENCE,
          accessTokenTTL: accessTokenSeconds,
          accessTokenFormat: 'jwt',
          jwt: { sign: { alg: 'ES256' } },
        }),
      },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx, form) => {
          ctx.body = page('Uitloggen', `
            <h1>Uitloggen</h1>
            <p>Wil je uitloggen bij de inlogdienst? Je wordt dan ook uitgelogd bij Vangrail.</p>
            ${form}
            <p><button type="submit" form="op.logoutForm" name="logout" value="yes">Ja, uitloggen</button>
            <button type="submit" form="op.logoutForm">Nee, ingelogd blijven</button></p>`);
        },
        postLogoutSuccessSource: async (ctx) => {
          ctx.body = page('Uitgelogd', '<h1>Je bent uitgelogd</h1><p>Je bent uitgelogd bij de inlogdienst.</p>');
        },
      },
    },
    renderError: async (ctx, out) => {
      ctx.type = 'html';
      ctx.body = page('Fout bij inloggen', `<h1>Inloggen lukte niet</h1><p>De inlogdienst weigerde het verzoek (${escapeHtml(String(out.error))}).</p>`);
    },
  });

  const providerCallback = provider.callback();
  server.on('request', (request, response) => {
    const match = /^\/interactie\/([\w-]+)(\/inloggen)?$/.exec((request.url ?? '').split('?')[0]);
    if (!match) return void providerCallback(request, response);
    handleInteraction(request, response, Boolean(match[2])).catch(() => {
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(page('Fout', '<h1>Er ging iets mis bij de inlogdienst</h1>'));
    });
  });

  async function handleInteraction(request: http.IncomingMessage, response: http.ServerResponse, submitted: boolean): Promise<void> {
    const details = await provider.interactionDetails(request, response);
    if (details.prompt.name !== 'login') {
      // Consent is granted by loadExistingGrant; anything else left means the session is incomplete.
      await provider.interactionFinished(request, response, {}, { mergeWithLastSubmission: true });
      return;
    }
    if (!submitted || request.method !== 'POST') return loginForm(response, details.uid);
    const form = new URLSearchParams(await readBody(request));
    const username = (form.get('gebruikersnaam') ?? '').trim();
    const tenant = form.get('organisatie') ?? tenants[0]?.[0];
    const account = options.accounts.find((candidate) => candidate.username === username && candidate.tenant === tenant);
    if (!account || form.get('wachtwoord') !== TEST_PASSWORD) {
      return loginForm(response, details.uid, 'Onbekende gebruikersnaam of verkeerd wachtwoord.', username);
    }
    await provider.interactionFinished(request, response, { login: { accountId: account.subject } }, { mergeWithLastSubmission: false });
  }

  function loginForm(response: http.ServerResponse, uid: string, error?: string, username = ''): void {
    const tenantOptions = tenants.map(([slug, name]) => `<option value="${escapeHtml(slug)}">${escapeHtml(name)}</option>`).join('');
    response.writeHead(error ? 401 : 200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(page('Inloggen bij de inlogdienst', `
      <h1>Inloggen bij de inlogdienst</h1>
      <p>Testomgeving: elke demogebruiker logt in met het testwachtwoord.</p>
      ${error ? `<p role="alert" id="fout"><strong>${escapeHtml(error)}</strong></p>` : ''}
      <form method="post" action="/interactie/${escapeHtml(uid)}/inloggen">
        <p><label for="organisatie">Organisatie</label><br><select id="organisatie" name="organisatie">${tenantOptions}</select></p>
        <p><label for="gebruikersnaam">Gebruikersnaam</label><br>
          <input id="gebruikersnaam" name="gebruikersnaam" autocomplete="username" required value="${escapeHtml(username)}"${error ? ' aria-describedby="fout" aria-invalid="true"' : ''}></p>
        <p><label for="wachtwoord">Wachtwoord</label><br><input id="wachtwoord" name="wachtwoord" type="password" autocomplete="current-password" required></p>
        <p><button type="submit">Inloggen</button></p>
      </form>`));
  }

  return {
    issuer,
    clientId: TEST_CLIENT_ID,
    password: TEST_PASSWORD,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > 10_000) request.destroy(new Error('form too large'));
    });
    request.on('end', () => resolve(body));
    request.on('error', reject);
  });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>body{font-family:sans-serif;max-inline-size:32rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
input,select,button{font:inherit;padding:.4rem}button{margin-block:.5rem}</style></head><body><main>${body}</main></body></html>`;
}
