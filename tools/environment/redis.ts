import Redis from 'ioredis';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { logTail, say } from './log';
import type { Mode } from './mode';
import { LOG_DIR, REDIS_DIR } from './paths';
import { startProcess } from './processes';
import { ensureRedisServerInstalled } from './redis-install';
import { onShutdown } from './shutdown';
import { waitUntil } from './wait';

const HOST = '127.0.0.1';
const LOG_FILE = path.join(LOG_DIR, 'redis.log');

/** True when `url` answers PING within the timeout. */
export async function redisAnswers(url: string, timeoutMs = 2000): Promise<boolean> {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    enableOfflineQueue: false,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

/**
 * REDIS_URL when it answers; otherwise a redis-server on 127.0.0.1:VANGRAIL_REDIS_PORT (6380):
 * reused when one answers there, else started with its data in .vangrail/redis. Tests use db 1,
 * emptied first so no job from an earlier run fires.
 */
export async function ensureRedis(mode: Mode): Promise<string> {
  const given = process.env.REDIS_URL;
  if (given) {
    if (await redisAnswers(given)) {
      say(`Redis: using REDIS_URL ${given.replace(/\/\/[^@/]*@/, '//***@')}`);
      return given;
    }
    say('Redis: REDIS_URL does not answer; using a local redis-server instead');
  }

  const port = Number(process.env.VANGRAIL_REDIS_PORT || 6380);
  const base = `redis://${HOST}:${port}`;
  if (await redisAnswers(base)) {
    say(`Redis: reusing the server already running on ${HOST}:${port}`);
  } else {
    await startRedis(port, base);
  }
  if (mode === 'development') return base;
  const testUrl = `${base}/1`;
  const client = new Redis(testUrl, { maxRetriesPerRequest: 1 });
  try {
    await client.flushdb();
  } finally {
    client.disconnect();
  }
  return testUrl;
}

async function startRedis(port: number, url: string): Promise<void> {
  const binary = ensureRedisServerInstalled();
  mkdirSync(REDIS_DIR, { recursive: true });
  const server = startProcess(
    'Redis',
    binary,
    // appendonly: queued jobs survive a restart. Not daemonized: we own the process and stop it.
    ['--bind', HOST, '--port', String(port), '--dir', REDIS_DIR, '--appendonly', 'yes', '--daemonize', 'no', '--logfile', ''],
    { cwd: REDIS_DIR, logFile: LOG_FILE, stopSignal: 'SIGTERM', graceMs: 10_000 },
  );
  onShutdown(server);
  await waitUntil('Redis did not start', () => redisAnswers(url, 500), {
    timeoutMs: 30_000,
    abort: () => (server.isRunning() ? undefined : `redis-server exited; ${logTail(LOG_FILE)}`),
  });
  say(`Redis: started on ${HOST}:${port} (data: ${path.relative(process.cwd(), REDIS_DIR)})`);
}

