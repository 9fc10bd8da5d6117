import { defineConfig } from '@playwright/test';
import path from 'node:path';
import { WEB_ARTIFACTS_DIR as artifacts, WEB_URL } from './e2e/support/test-environment';

/**
 * Browser tests of the web app: headless Debian Chromium (never a downloaded browser) against the
 * real API, worker, PostgreSQL and Redis, started by `npm test` (tools/environment/web-tests.ts),
 * which sets VANGRAIL_WEB_URL. Tests wait for conditions (web-first assertions), never for time;
 * the timeouts are generous because the machine may be slow and shared.
 */
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  outputDir: path.join(artifacts, 'results'),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 180_000,
  expect: { timeout: 30_000 },
  reporter: [['list'], ['html', { outputFolder: path.join(artifacts, 'report'), open: 'never' }]],
  use: {
    baseURL: WEB_URL,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    actionTimeout: 30_000,
    navigationTimeout: 60_000,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    },
  },
});
