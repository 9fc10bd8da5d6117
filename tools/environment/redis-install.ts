import { ensureDebianPackage } from './apt-install';

export { findOnPath } from './apt-install';

/** redis-server's path; installs it with apt-get when we are root (or have passwordless sudo). */
export function ensureRedisServerInstalled(): string {
  return ensureDebianPackage({
    command: 'redis-server',
    pkg: 'redis-server',
    knownPaths: ['/usr/bin/redis-server', '/usr/sbin/redis-server'],
    what: 'Redis',
    notInstalled: 'Redis is not installed: run `sudo apt-get install redis-server` or set REDIS_URL',
  });
}
