/**
 * The project's migration and demo-data tools, loaded only when called: their configuration must
 * see the environment prepared by this tooling.
 *
 * require(), not import(): with "module": "nodenext" an import() stays a native ES-module import,
 * which ts-jest (the e2e tests call these in-process) cannot load from .ts files.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { withPg } from './pg-client';

export async function runMigrations(): Promise<void> {
  const { migrate } = require('../migrate') as typeof import('../migrate');
  await migrate();
}

/**
 * True when a migration of this code is not applied yet: the migration files' class names
 * (`1764140000000-Foundation.js` holds `Foundation1764140000000`) against schema_migration, with one
 * plain query, so a start on an up-to-date database need not load TypeORM and every entity first.
 */
export async function migrationsPending(): Promise<boolean> {
  const dir = path.resolve(__dirname, '..', '..', 'migrations');
  const shipped = readdirSync(dir)
    .map((file) => /^(\d+)-(\w+)\.(?:js|ts)$/.exec(file))
    .filter((match): match is RegExpExecArray => match !== null)
    .map(([, timestamp, name]) => `${name}${timestamp}`);
  const applied = await withPg(process.env.DATABASE_URL!, async (client) => {
    const exists = await client.query<{ found: boolean }>(`SELECT to_regclass('schema_migration') IS NOT NULL AS found`);
    if (!exists.rows[0].found) return new Set<string>();
    return new Set((await client.query<{ name: string }>('SELECT name FROM schema_migration')).rows.map((row) => row.name));
  });
  return shipped.some((name) => !applied.has(name));
}

export async function loadDemoData(): Promise<void> {
  const { seedDemo } = require('../seed-demo') as typeof import('../seed-demo');
  await seedDemo();
}
