// The compiled build: TypeScript in apps/, libs/, migrations/ and tools/ becomes plain JavaScript in
// dist/ (tsc), with the @vangrail/* aliases rewritten to relative paths (tsc-alias), so the API, the
// worker and every tool run as `node dist/...` with nothing compiled at run time.
//
// `npm start`, `npm test` and the npm tool scripts call ensureBuild(): it rebuilds only when a source
// file, a tsconfig or the lock file is newer than the last build. Plain Node: runs before anything else.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCE_DIRS = ['apps', 'libs', 'migrations', 'tools'];
const SOURCE_FILES = ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];
const STAMP = '.build-stamp';
const WEB_APP_DIR = (root) => path.join(root, 'apps', 'web');

function newestSource(root) {
  let newest = 0;
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      // apps/web is the browser app with its own build (scripts/web.mjs); apps/api/web is server code.
      if (entry.name === 'node_modules' || entry.name === 'dist' || file === WEB_APP_DIR(root)) continue;
      if (entry.isDirectory()) visit(file);
      else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(file).mtimeMs);
    }
  };
  for (const dir of SOURCE_DIRS) if (existsSync(path.join(root, dir))) visit(path.join(root, dir));
  for (const file of SOURCE_FILES) if (existsSync(path.join(root, file))) newest = Math.max(newest, statSync(path.join(root, file)).mtimeMs);
  return newest;
}

export function buildIsStale(root) {
  const stamp = path.join(root, 'dist', STAMP);
  return !existsSync(stamp) || statSync(stamp).mtimeMs < newestSource(root);
}

function run(root, bin, args) {
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules', ...bin), ...args], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) {
    process.stderr.write(`[vangrail] build failed: ${bin.at(-1)} ${args.join(' ')} (exit ${result.status ?? result.signal})\n`);
    process.exit(result.status || 1);
  }
}

/**
 * Builds dist/ from scratch (a clean output, so a deleted migration cannot linger as JavaScript).
 * `typeCheck: false` emits without reporting type errors (`npm test` checks types as its own step).
 */
export function build(root, { typeCheck = true } = {}) {
  const started = Date.now();
  process.stderr.write(`[vangrail] building dist/ ${typeCheck ? '(with type check)' : ''}…\n`);
  rmSync(path.join(root, 'dist'), { recursive: true, force: true });
  run(root, ['typescript', 'bin', 'tsc'], ['-p', 'tsconfig.build.json', ...(typeCheck ? [] : ['--noCheck'])]);
  run(root, ['tsc-alias', 'dist', 'bin', 'index.js'], ['-p', 'tsconfig.build.json']);
  writeFileSync(path.join(root, 'dist', STAMP), `${new Date().toISOString()}\n`);
  process.stderr.write(`[vangrail] built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

export function ensureBuild(root, options) {
  if (buildIsStale(root)) build(root, options);
}

const self = fileURLToPath(import.meta.url);
if (process.argv[1] && path.resolve(process.argv[1]) === self) {
  // `npm run build`: always a full build with type check.
  build(path.resolve(path.dirname(self), '..'), { typeCheck: true });
}
