#!/usr/bin/env node
// The web app (apps/web): typed GraphQL documents from the API's schema file (graphql-codegen), the
// type check, and the Vite build into apps/web/dist, which the API serves at `/`.
//
//   node scripts/web.mjs codegen     apps/web/src/gql/ from apps/api/schema.graphql
//   node scripts/web.mjs typecheck   codegen, then tsc for the app and its browser tests
//   node scripts/web.mjs build       codegen, then vite build (always)
//   node scripts/web.mjs ensure      build only when a web source, the schema or the lock file is newer than the last build
//
// Plain Node, so `npm start` can call ensureWebBuild() before anything is compiled.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const STAMP = '.build-stamp';
const WEB = path.join('apps', 'web');
const INPUTS = [path.join(WEB, 'src'), path.join(WEB, 'index.html'), path.join(WEB, 'vite.config.ts'), path.join(WEB, 'codegen.ts'), path.join('apps', 'api', 'schema.graphql'), 'package-lock.json'];

function newestInput(root) {
  let newest = 0;
  const visit = (file) => {
    const stat = statSync(file);
    if (!stat.isDirectory()) {
      newest = Math.max(newest, stat.mtimeMs);
      return;
    }
    for (const entry of readdirSync(file)) if (entry !== 'gql') visit(path.join(file, entry));
  };
  for (const input of INPUTS) if (existsSync(path.join(root, input))) visit(path.join(root, input));
  return newest;
}

export function webBuildIsStale(root) {
  const stamp = path.join(root, WEB, 'dist', STAMP);
  return !existsSync(stamp) || statSync(stamp).mtimeMs < newestInput(root);
}

function run(root, bin, args, label, env = process.env) {
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules', ...bin), ...args], { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) {
    process.stderr.write(`[vangrail] web ${label} failed (exit ${result.status ?? result.signal})\n`);
    return result.status || 1;
  }
  return 0;
}

export function codegen(root) {
  return run(root, ['@graphql-codegen', 'cli', 'cjs', 'bin.js'], ['--config', path.join(WEB, 'codegen.ts'), '--silent'], 'codegen');
}

export function typecheck(root) {
  return codegen(root)
    || run(root, ['typescript', 'bin', 'tsc'], ['-p', path.join(WEB, 'tsconfig.json'), '--noEmit'], 'type check')
    || run(root, ['typescript', 'bin', 'tsc'], ['-p', path.join(WEB, 'e2e', 'tsconfig.json'), '--noEmit'], 'type check (browser tests)');
}

export function buildWeb(root) {
  const started = Date.now();
  process.stderr.write('[vangrail] building the web app (apps/web/dist)…\n');
  const code = codegen(root) || run(root, ['vite', 'bin', 'vite.js'], ['build', '--config', path.join(WEB, 'vite.config.ts'), '--logLevel', 'warn'], 'build', { ...process.env, NODE_ENV: 'production' });
  if (code) return code;
  writeFileSync(path.join(root, WEB, 'dist', STAMP), `${new Date().toISOString()}\n`);
  process.stderr.write(`[vangrail] built the web app in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return 0;
}

/** Builds apps/web/dist when it is missing or older than its sources; exits the process on failure. */
export function ensureWebBuild(root) {
  if (!webBuildIsStale(root)) return;
  const code = buildWeb(root);
  if (code) process.exit(code);
}

const self = fileURLToPath(import.meta.url);
if (process.argv[1] && path.resolve(process.argv[1]) === self) {
  const root = path.resolve(path.dirname(self), '..');
  const command = process.argv[2];
  const commands = { codegen, typecheck, build: buildWeb, ensure: (dir) => (ensureWebBuild(dir), 0) };
  if (!commands[command]) {
    process.stderr.write('usage: node scripts/web.mjs codegen|typecheck|build|ensure\n');
    process.exit(2);
  }
  process.exit(commands[command](root));
}
