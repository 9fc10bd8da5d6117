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
  try {
    const baseUrl = `http://127.0.0.1:${port}`;
    await waitUntil('The API for the browser tests did not become ready', () => httpOk(`${baseUrl}/health/ready`), {
      timeoutMs: 180_000,
      intervalMs: 300,
      abort: () => stopped(apps),
    });
    rmSync(WEB_ARTIFACTS_DIR, { recursive: true, force: true });
    say(`Browser tests against ${baseUrl}/ (screenshots in ${path.relative(ROOT, WEB_ARTIFACTS_DIR)}/)`);
    const playwright = startProcess('playwright', process.execPath, [
      path.join(ROOT, 'node_modules', '@playwright', 'test', 'cli.js'), 'test', '--config', path.join(ROOT, 'apps', 'web', 'playwright.config.ts'), ...playwrightArgs,
    ], {
      cwd: ROOT,
      env: { ...process.env, VANGRAIL_WEB_URL: baseUrl, CHROMIUM_PATH: chromium, VANGRAIL_WEB_ARTIFACTS: WEB_ARTIFACTS_DIR },
      stopSignal: 'SIGTERM',
      graceMs: 10_000,
    });
    onShutdown(playwright);
    const exit = await playwright.exited;
    return exit.code ?? 1;
  } finally {
    await Promise.all(apps.map((app) => app.stop()));
  }
}

function stopped(apps: ManagedProcess[]): string | undefined {
  const gone = apps.find((app) => !app.isRunning());
  return gone ? `${gone.name} stopped; its log:\n${logTail(path.join(LOG_DIR, 'e2e', `web-${gone.name}.log`))}` : undefined;
}
