import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Job, QueueEvents, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@vangrail/config';
import { childSpan, parseTraceparent, runInTrace, SpanExport } from '@vangrail/observability';
import { APP_DATA_SOURCE, inTenantTransaction } from '@vangrail/persistence';
import { storeDeadLetter } from './dead-letters';
import type { TenantJob } from './queues';
import { JobRegistry } from './job-registry';
import { QueueFactory } from './queue-factory';
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
  private readonly events: QueueEvents[] = [];
  private readonly connections: Redis[] = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(WORKER_QUEUES) private readonly queues: readonly string[],
    private readonly registry: JobRegistry,
    @Inject(APP_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly producers: QueueFactory,
    private readonly spans: SpanExport,
  ) {}

  onApplicationBootstrap(): void {
    const handlers = this.registry.collect(this.queues);
    for (const [queue, handler] of handlers) {
      const connection = createRedis(this.config.redisUrl, 'worker');
      this.connections.push(connection);
      // Each job runs as a span of the trace that caused it (carried in its payload).
      const worker = new Worker(queue, (job) => this.runTraced(queue, job, () => handler(job.data, job)), {
        connection,
        prefix: this.config.queuePrefix,
        // Jobs per queue at once; keep queues × concurrency near DATABASE_POOL_SIZE.
        concurrency: Number(process.env.WORKER_CONCURRENCY ?? 4),
      });
      worker.on('failed', (job, error) => this.logger.warn({ queue, jobId: job?.id, attempt: job?.attemptsMade, error: error.message }, 'job failed'));
      worker.on('error', (error) => this.logger.warn({ queue, error: error.message }, 'worker connection problem'));
      this.workers.push(worker);
      this.watchFinalFailures(queue);
    }
    this.logger.log({ queues: [...handlers.keys()] }, 'workers started');
  }

  private runTraced<T>(queue: string, job: Job, work: () => Promise<T>): Promise<T> {
    const trace = childSpan(parseTraceparent((job.data as TenantJob).trace));
    const attributes = { 'messaging.system': 'bullmq', 'messaging.destination.name': queue, 'messaging.operation.name': 'process', 'vangrail.job.attempt': job.attemptsMade + 1 };
    return runInTrace(trace, () => this.spans.around({ name: `process ${queue}`, kind: 'consumer', trace, attributes }, work));
  }

  /**
   * Every job that ends in BullMQ's failed set becomes a dead letter: those that used up their
   * attempts, and those failed by Redis itself for stalling too often (a worker killed mid-job),
   * which the Worker's own 'failed' event never reports. Storing is idempotent per job.
   */
  private watchFinalFailures(queue: string): void {
    const connection = createRedis(this.config.redisUrl, 'worker');
    this.connections.push(connection);
    const events = new QueueEvents(queue, { connection, prefix: this.config.queuePrefix });
    events.on('failed', ({ jobId, failedReason }) => {
      void (async () => {
        const job = await Job.fromId(this.producers.get(queue), jobId);
        if (job && (await job.isFailed())) await this.deadLetter(queue, job, new Error(failedReason));
      })().catch((error: Error) => this.logger.warn({ queue, jobId, error: error.message }, 'could not inspect failed job'));
    });
    events.on('error', () => undefined);
    this.events.push(events);
  }

  /** Exhausted jobs are kept in PostgreSQL for inspection and replay (libs/queue/dead-letters.ts). */
  private async deadLetter(queue: string, job: Job, error: Error): Promise<void> {
    const payload = job.data as TenantJob & Record<string, unknown>;
    try {
      await inTenantTransaction(this.dataSource, payload.tenantId, async (manager) => {
        await storeDeadLetter(manager, { queue, jobId: String(job.id), payload, attempts: job.attemptsMade, error: error.message });
      });
      this.logger.error({ queue, jobId: job.id }, 'job moved to the dead-letter store');
    } catch (storeError) {
      // The job also stays in BullMQ's failed set, so it is not lost if this write fails.
      this.logger.error({ queue, jobId: job.id, error: (storeError as Error).message }, 'could not store dead letter');
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
    await Promise.all(this.events.map((events) => events.close()));
    // BullMQ does not close a connection it was handed; without this a stopped worker keeps the process alive.
    for (const connection of this.connections) connection.disconnect();
  }
}
