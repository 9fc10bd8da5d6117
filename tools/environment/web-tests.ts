import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { startApp } from './apps';
import { ensureChromiumInstalled } from './chromium-install';
import { httpOk } from './http';
import { logTail, say } from './log';
import { LOG_DIR, ROOT, STATE_DIR } from './paths';
import { startProcess, type ManagedProcess } from './processes';
import { startTestProvider, type ProviderAccount, type TestProvider } from './oidc-test-provider';
import { loadDemoData } from './project-tools';
import { onShutdown } from './shutdown';
import { waitUntil } from './wait';

/** Screenshots, traces and the report of the browser tests (git-ignored). */
export const WEB_ARTIFACTS_DIR = path.join(STATE_DIR, 'artifacts', 'web');

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * The web app's browser tests (Playwright in Debian's headless Chromium): builds the app when it is
 * stale, loads the demo data into the test database, starts the compiled API (which serves the app)
 * and the worker on free ports, runs `playwright test`, and stops what it started. Their logs go to
 * .vangrail/logs/e2e/ so the log scan of `npm test` judges them too.
 *
 * For the login through a real identity provider it also starts two OpenID Providers
 * (oidc-test-provider.ts, port 0) with the demo accounts, and a second API configured with the first
 * one (OIDC_ISSUER, OIDC_JWKS_URL, OIDC_WEB_CLIENT_ID); the second provider is "another issuer".
 */
export async function runWebTests(playwrightArgs: string[] = []): Promise<number> {
  const built = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'web.mjs'), 'ensure'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (built.status !== 0) return built.status ?? 1;
  const chromium = ensureChromiumInstalled();
  await loadDemoData();

  const logDir = path.join(LOG_DIR, 'e2e');
  mkdirSync(logDir, { recursive: true });
  const port = await freePort();
  const env = { ...process.env, NODE_ENV: 'test', PORT: String(port), HOST: '127.0.0.1', WORKER_METRICS_PORT: '0', LOG_FORMAT: 'json', LOG_LEVEL: 'info' };
  const apps = [
    startApp('api', env, process.execPath, path.join(logDir, 'web-api.log')),
    startApp('worker', env, process.execPath, path.join(logDir, 'web-worker.log')),
  ];
  onShutdown(...apps);
  const providers: TestProvider[] = [];
  try {
    const baseUrl = `http://127.0.0.1:${port}`;
    await waitUntil('The API for the browser tests did not become ready', () => httpOk(`${baseUrl}/health/ready`), {
      timeoutMs: 180_000,
      intervalMs: 300,
      abort: () => stopped(apps),
    });
    const oidc = await startOidcApi(baseUrl, env, logDir, providers);
    apps.push(oidc.api);
    rmSync(WEB_ARTIFACTS_DIR, { recursive: true, force: true });
    say(`Browser tests against ${baseUrl}/ (screenshots in ${path.relative(ROOT, WEB_ARTIFACTS_DIR)}/)`);
    const playwright = startProcess('playwright', process.execPath, [
      path.join(ROOT, 'node_modules', '@playwright', 'test', 'cli.js'), 'test', '--config', path.join(ROOT, 'apps', 'web', 'playwright.config.ts'), ...playwrightArgs,
    ], {
      cwd: ROOT,
      env: {
        ...process.env,
        VANGRAIL_WEB_URL: baseUrl,
        VANGRAIL_OIDC_WEB_URL: oidc.url,
        VANGRAIL_OIDC_ISSUER: oidc.issuer,
        VANGRAIL_OTHER_ISSUER: oidc.otherIssuer,
        VANGRAIL_OIDC_CLIENT_ID: oidc.clientId,
        VANGRAIL_OIDC_PASSWORD: oidc.password,
        CHROMIUM_PATH: chromium,
        VANGRAIL_WEB_ARTIFACTS: WEB_ARTIFACTS_DIR,
      },
      stopSignal: 'SIGTERM',
      graceMs: 10_000,
    });
    onShutdown(playwright);
    const exit = await playwright.exited;
    return exit.code ?? 1;
  } finally {
    await Promise.all(apps.map((app) => app.stop()));
    await Promise.all(providers.map((provider) => provider.close()));
  }
}

/**
 * The identity providers (the trusted one and another issuer, both with the demo accounts read from
 * the development API) and an API that trusts only the first, with OIDC login on and so the
 * development login refused.
 */
async function startOidcApi(devUrl: string, env: NodeJS.ProcessEnv, logDir: string, providers: TestProvider[]) {
  const response = await fetch(`${devUrl}/web-api/dev-accounts`);
  if (!response.ok) throw new Error(`the demo accounts for the test identity provider: ${response.status}`);
  const accounts = (await response.json()) as ProviderAccount[];
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // 75 s: oidc-client-ts renews 60 s before expiry, so a test sees a refresh within seconds.
  const trusted = await startTestProvider({ accounts, appOrigins: [url], accessTokenSeconds: 75 });
  providers.push(trusted);
  const other = await startTestProvider({ accounts, appOrigins: [url, devUrl] });
  providers.push(other);
  const logFile = path.join(logDir, 'web-api-oidc.log');
  const api = startApp('api', {
    ...env,
    PORT: String(port),
    OIDC_ISSUER: trusted.issuer,
    OIDC_JWKS_URL: `${trusted.issuer}/jwks`,
    OIDC_JWKS_FILE: '',
    OIDC_WEB_CLIENT_ID: trusted.clientId,
    OIDC_WEB_SCOPE: 'openid profile',
  }, process.execPath, logFile);
  onShutdown(api);
  await waitUntil('The API with OIDC login did not become ready', () => httpOk(`${url}/health/ready`), {
    timeoutMs: 180_000,
    intervalMs: 300,
    abort: () => (api.isRunning() ? undefined : `the API with OIDC login stopped; its log:\n${logTail(logFile)}`),
  });
  return { api, url, issuer: trusted.issuer, otherIssuer: other.issuer, clientId: trusted.clientId, password: trusted.password };
}

function stopped(apps: ManagedProcess[]): string | undefined {
  const gone = apps.find((app) => !app.isRunning());
  return gone ? `${gone.name} stopped; its log:\n${logTail(path.join(LOG_DIR, 'e2e', `web-${gone.name}.log`))}` : undefined;
}
