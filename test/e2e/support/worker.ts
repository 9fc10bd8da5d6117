import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { WorkerModule } from '../../../apps/worker/worker.module';
import { QUEUES, QueueFactory } from '../../../libs/queue';

/** Starts the real worker (outbox relay and every queue processor) in-process. */
export async function startWorker(): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
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
