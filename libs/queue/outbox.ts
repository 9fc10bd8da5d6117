import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { currentTraceparent } from '@vangrail/observability';
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

/**
 * Writes queue work in the caller's transaction; published by the relay after commit. The job
 * carries the current W3C trace context, so the work it causes joins the same trace.
 */
export async function addToOutbox<T extends TenantJob>(manager: EntityManager, entry: OutboxEntry<T>): Promise<void> {
  const id = randomUUID();
  const trace = currentTraceparent();
  await manager.insert(OutboxMessage, {
    tenantId: entry.payload.tenantId,
    id,
    queue: entry.queue,
    payload: (trace && !entry.payload.trace ? { ...entry.payload, trace } : entry.payload) as never,
    jobId: entry.jobId ?? id,
    priority: entry.priority ?? 0,
    runAt: entry.runAt ?? null,
    publishedAt: null,
    publishAttempts: 0,
  });
}
