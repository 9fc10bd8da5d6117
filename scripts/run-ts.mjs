#!/usr/bin/env node
// Runs a TypeScript entry point (tools/*.ts, apps/*/main.ts) without a build step:
// ts-node in transpile-only mode plus the @vangrail/* path aliases of tsconfig.json.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs <file.ts> [args...]');
  process.exit(2);
}
const child = spawn(
  process.execPath,
  ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', path.resolve(root, entry), ...args],
  { stdio: 'inherit', cwd: root, env: { ...process.env, TS_NODE_PROJECT: path.join(root, 'tsconfig.json') } },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
