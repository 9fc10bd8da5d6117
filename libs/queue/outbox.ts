import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { OutboxMessage } from './outbox.entity';
import type { QueueName, TenantJob } from './queues';

export interface OutboxEntry<T extends TenantJob> {
  queue: QueueName;
  payload: T;
  /** Deterministic job id for idempotency (defaults to the outbox row id). */
  jobId?: string;
  /** BullMQ priority: lower runs first (1 = most urgent). */
  priority?: number;
  runAt?: Date;
}

/** Writes queue work in the caller's transaction; published by the relay after commit. */
export async function addToOutbox<T extends TenantJob>(manager: EntityManager, entry: OutboxEntry<T>): Promise<void> {
  const id = randomUUID();
  await manager.insert(OutboxMessage, {
    tenantId: entry.payload.tenantId,
    id,
    queue: entry.queue,
    payload: entry.payload as never,
    jobId: entry.jobId ?? id,
    priority: entry.priority ?? 0,
    runAt: entry.runAt ?? null,
    publishedAt: null,
    publishAttempts: 0,
  });
}
