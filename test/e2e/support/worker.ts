import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import pino from 'pino';
import { PinoNestLogger, REDACTED_PATHS } from '@vangrail/observability';
import { E2E_LOG_DIR } from './api';
import { WorkerModule } from '../../../apps/worker/worker.module';
import { QUEUES, QueueFactory } from '../../../libs/queue';

/**
 * Starts the real worker (outbox relay and every queue processor) in-process, logging at debug
 * level to `.vangrail/logs/e2e/worker.log`, so the log scan of `npm test` (test:logs) judges what
 * the worker writes as it judges the API. (Nest's logger is process-wide: Nest lines of an API
 * started in the same test land in this file from here on; they are scanned all the same.)
 */
export async function startWorker(): Promise<INestApplicationContext> {
  mkdirSync(E2E_LOG_DIR, { recursive: true });
  const destination = pino.destination({ dest: path.join(E2E_LOG_DIR, 'worker.log'), sync: true, append: true });
  const logger = pino({ level: 'debug', redact: { paths: REDACTED_PATHS, censor: '[redacted]' }, base: { service: 'worker' } }, destination);
  const app = await NestFactory.createApplicationContext(WorkerModule, { logger: new PinoNestLogger(logger) });
  await app.init();
  return app;
}

/** Polls until `probe` returns a truthy value or the time is up (then fails with `what`). */
export async function eventually<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** True when no queue has a job waiting or running (delayed deadline and reminder jobs do not count). */
export async function queuesIdle(worker: INestApplicationContext): Promise<boolean> {
  const factory = worker.get(QueueFactory);
  for (const name of QUEUES) {
    const counts = await factory.get(name).getJobCounts('waiting', 'active', 'prioritized');
    if (counts.waiting + counts.active + counts.prioritized > 0) return false;
  }
  return true;
}
