import { startApp } from './apps';
import { prepareEnvironment } from './environment';
import { httpOk, reachableHost } from './http';
import { describe, say } from './log';
import { loadDemoData, migrationsPending, runMigrations } from './project-tools';
import { describeExit } from './processes';
import { exitOnSignals, isShuttingDown, onShutdown, shutdownAndExit } from './shutdown';
import { waitUntil } from './wait';
import { demoDataFingerprint, demoDataIsCurrent, markDemoDataLoaded } from './demo-data-state';
import { printWelcome } from './welcome';

/**
 * `npm start`: PostgreSQL, Redis and secrets; migrations and demo data; then the API and worker in
 * the foreground until Ctrl-C. Stops what it started; exits non-zero when a part fails.
 */
async function main(): Promise<void> {
  exitOnSignals(() => 0);
  await prepareEnvironment('development');

  if (await migrationsPending()) {
    say('Migrations: running');
    await runMigrations();
  } else {
    say('Migrations: up to date');
  }

  // The apps need the schema, not the demo data: load it while they boot.
  const apps = [startApp('api'), startApp('worker')];
  onShutdown(...apps);
  for (const app of apps) {
    void app.exited.then(async (exit) => {
      if (isShuttingDown()) return;
      say(`${app.name} stopped unexpectedly (${describeExit(exit)}); stopping everything`);
      await shutdownAndExit(1);
    });
  }

  const baseUrl = `http://${reachableHost(process.env.HOST ?? '127.0.0.1')}:${process.env.PORT ?? '3000'}`;
  await Promise.all([
    loadDemoDataUnlessCurrent(),
    waitUntil('The API did not become ready', () => httpOk(`${baseUrl}/health/ready`), {
      timeoutMs: 180_000,
      intervalMs: 300,
      abort: () => (apps.every((app) => app.isRunning()) ? undefined : 'a process stopped'),
    }),
  ]);
  printWelcome(baseUrl, process.uptime());
}

/** The demo data, unless this database already holds this build's (the mark is written after it loaded). */
async function loadDemoDataUnlessCurrent(): Promise<void> {
  const before = await demoDataFingerprint();
  if (demoDataIsCurrent(before)) {
    say('Demo data: already loaded (`npm run seed:demo` loads it again)');
    return;
  }
  say('Demo data: loading');
  await loadDemoData();
  markDemoDataLoaded(await demoDataFingerprint());
}

main().catch(async (error: unknown) => {
  if (isShuttingDown()) return; // a signal or a crashed app is already stopping everything
  process.stderr.write(`[vangrail] ${describe(error)}\n`);
  await shutdownAndExit(1);
});
