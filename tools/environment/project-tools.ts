/**
 * The project's migration and demo-data tools, loaded only when called: their configuration must
 * see the environment prepared by this tooling.
 *
 * require(), not import(): with "module": "nodenext" an import() stays a native ES-module import,
 * which ts-jest (the e2e tests call these in-process) cannot load from .ts files.
 */
/* eslint-disable @typescript-eslint/no-require-imports */

export async function runMigrations(): Promise<void> {
  const { migrate } = require('../migrate') as typeof import('../migrate');
  await migrate();
}

export async function loadDemoData(): Promise<void> {
  const { seedDemo } = require('../seed-demo') as typeof import('../seed-demo');
  await seedDemo();
}
