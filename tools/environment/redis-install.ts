import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { say, SetupError } from './log';

const NOT_INSTALLED = 'Redis is not installed: run `sudo apt-get install redis-server` or set REDIS_URL';

/** Path of an executable on PATH, if any. */
export function findOnPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, command);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** redis-server's path; installs it with apt-get when we are root (or have passwordless sudo). */
export function ensureRedisServerInstalled(): string {
  const existing = findOnPath('redis-server');
  if (existing) return existing;
  const prefix = aptPrefix();
  if (!prefix) throw new SetupError(NOT_INSTALLED);

  say('Redis: installing redis-server with apt-get (once; takes up to a minute)…');
  const started = Date.now();
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['apt-get', 'update', '-qq'], ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'redis-server']]) {
    const command = [...prefix, ...args];
    const result = spawnSync(command[0], command.slice(1), { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    if (result.status !== 0) {
      process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
      throw new SetupError(`\`${command.join(' ')}\` failed; ${NOT_INSTALLED}`);
    }
  }
  const installed = findOnPath('redis-server') ?? ['/usr/bin/redis-server', '/usr/sbin/redis-server'].find(isExecutable);
  if (!installed) throw new SetupError(NOT_INSTALLED);
  say(`Redis: installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return installed;
}

/** [] as root, ['sudo', '-n'] with passwordless sudo, undefined when we cannot install packages. */
function aptPrefix(): string[] | undefined {
  if (process.platform !== 'linux' || !findOnPath('apt-get')) return undefined;
  if (process.getuid?.() === 0) return [];
  if (findOnPath('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0) return ['sudo', '-n'];
  return undefined;
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
