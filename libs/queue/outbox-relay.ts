import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_DATA_SOURCE, inTenantTransaction, tenantIds } from '@vangrail/persistence';
import { OutboxMessage } from './outbox.entity';
import { QueueFactory } from './queue-factory';

const BATCH = 200;

/**
 * Publishes committed outbox rows to their queues. Rows are claimed with FOR UPDATE SKIP LOCKED
 * per tenant (row-level security applies to the worker too), so several workers can relay side
 * by side; a row is marked published only after Redis accepted the job. If Redis is down the
 * rows wait; when it returns they are published. Job ids make a re-publish a no-op.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;
  private redisDownSince?: number;

  constructor(
    @Inject(APP_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly queues: QueueFactory,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Publishes what is waiting now; returns how many messages went out. */
  async relayOnce(): Promise<number> {
    let published = 0;
    for (const tenantId of await tenantIds(this.dataSource)) published += await this.relayTenant(tenantId);
    return published;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.relayOnce()
        .then((count) => {
          if (this.redisDownSince) this.logger.log({ downForMs: Date.now() - this.redisDownSince }, 'queue reachable again; outbox draining');
          this.redisDownSince = undefined;
          this.schedule(count >= BATCH ? 0 : Number(process.env.OUTBOX_POLL_MS ?? 200));
        })
        .catch((error: Error) => {
          if (!this.redisDownSince) this.logger.warn({ error: error.message }, 'outbox relay paused; messages stay in the outbox');
          this.redisDownSince ??= Date.now();
          this.schedule(1000);
        });
    }, delayMs);
  }

  private relayTenant(tenantId: string): Promise<number> {
    return inTenantTransaction(this.dataSource, tenantId, async (manager) => {
      const messages = await manager
        .createQueryBuilder(OutboxMessage, 'o')
        .where('o.tenant_id = :tenantId AND o.published_at IS NULL', { tenantId })
        .orderBy('o.created_at', 'ASC')
        .limit(BATCH)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      if (messages.length === 0) return 0;
      const byQueue = new Map<string, OutboxMessage[]>();
      for (const message of messages) byQueue.set(message.queue, [...(byQueue.get(message.queue) ?? []), message]);
      for (const [queue, batch] of byQueue) {
        await this.queues.get(queue).addBulk(
          batch.map((message) => ({
            name: queue,
            data: message.payload,
            opts: {
              jobId: message.jobId,
              priority: message.priority || undefined,
              delay: message.runAt ? Math.max(0, message.runAt.getTime() - Date.now()) : undefined,
            },
          })),
        );
      }
      await manager
        .createQueryBuilder()
        .update(OutboxMessage)
        .set({ publishedAt: () => 'now()' })
        .where('tenant_id = :tenantId AND id = ANY(:ids)', { tenantId, ids: messages.map((m) => m.id) })
        .execute();
      return messages.length;
    });
  }
}
