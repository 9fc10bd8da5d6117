import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchemaSdl, SCHEMA_FILE } from '../apps/api/graphql/schema-sdl';

/**
 * `npm run schema:emit`: writes the API's GraphQL schema to apps/api/schema.graphql (checked in;
 * the web app's typed documents are generated from it, and a unit test fails when it is stale).
 */
async function main(): Promise<number> {
  const sdl = await buildSchemaSdl();
  let current = '';
  try {
    current = readFileSync(SCHEMA_FILE, 'utf8');
  } catch {
    // first emission
  }
  const relative = path.relative(process.cwd(), SCHEMA_FILE);
  if (current === sdl) {
    process.stdout.write(`${relative} is up to date\n`);
    return 0;
  }
  writeFileSync(SCHEMA_FILE, sdl);
  process.stdout.write(`wrote ${relative}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
