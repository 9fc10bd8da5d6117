import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { say, SetupError } from './log';

/** Path of an executable on PATH, if any. */
export function findOnPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, command);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

export function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * A Debian package's executable: found on PATH or at a known place, or installed with apt-get when we
 * are root (or have passwordless sudo). `notInstalled` is the one line telling the user what to do.
 */
export function ensureDebianPackage(options: { command: string; pkg: string; knownPaths: string[]; what: string; notInstalled: string }): string {
  const existing = findOnPath(options.command) ?? options.knownPaths.find(isExecutable);
  if (existing) return existing;
  const prefix = aptPrefix();
  if (!prefix) throw new SetupError(options.notInstalled);

  say(`${options.what}: installing ${options.pkg} with apt-get (once; takes a minute or more)…`);
  const started = Date.now();
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Another set-up on this machine (a second checkout's test run) may hold the dpkg lock: wait for it.
  const waitForLock = ['-o', 'DPkg::Lock::Timeout=300'];
  for (const args of [['apt-get', ...waitForLock, 'update', '-qq'], ['apt-get', ...waitForLock, 'install', '-y', '-qq', '--no-install-recommends', options.pkg]]) {
    const command = [...prefix, ...args];
    const result = spawnSync(command[0], command.slice(1), { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    if (result.status !== 0) {
      process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
      throw new SetupError(`\`${command.join(' ')}\` failed; ${options.notInstalled}`);
    }
  }
  const installed = findOnPath(options.command) ?? options.knownPaths.find(isExecutable);
  if (!installed) throw new SetupError(options.notInstalled);
  say(`${options.what}: installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return installed;
}

/** [] as root, ['sudo', '-n'] with passwordless sudo, undefined when we cannot install packages. */
function aptPrefix(): string[] | undefined {
  if (process.platform !== 'linux' || !findOnPath('apt-get')) return undefined;
  if (process.getuid?.() === 0) return [];
  if (findOnPath('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0) return ['sudo', '-n'];
  return undefined;
}
