import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Worker } from 'bullmq';
import { APP_CONFIG, AppConfig } from '@vangrail/config';
import { JobRegistry } from './job-registry';
import { createRedis } from './redis';

export const WORKER_QUEUES = Symbol('WORKER_QUEUES');

/**
 * Starts one BullMQ worker per queue once the application context is up (never from a
 * constructor), and closes them on shutdown so running jobs finish first.
 */
@Injectable()
export class WorkerRuntime implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerRuntime.name);
  private readonly workers: Worker[] = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(WORKER_QUEUES) private readonly queues: readonly string[],
    private readonly registry: JobRegistry,
  ) {}

  onApplicationBootstrap(): void {
    const handlers = this.registry.collect(this.queues);
    for (const [queue, handler] of handlers) {
      const worker = new Worker(queue, (job) => handler(job.data, job), {
        connection: createRedis(this.config.redisUrl, 'worker'),
        prefix: this.config.queuePrefix,
        concurrency: Number(process.env.WORKER_CONCURRENCY ?? 8),
      });
      worker.on('failed', (job, error) =>
        this.logger.warn({ queue, jobId: job?.id, attempt: job?.attemptsMade, error: error.message }, 'job failed'),
      );
      worker.on('error', (error) => this.logger.warn({ queue, error: error.message }, 'worker connection problem'));
      this.workers.push(worker);
    }
    this.logger.log({ queues: [...handlers.keys()] }, 'workers started');
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
  }
}
