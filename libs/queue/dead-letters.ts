import { randomUUID } from 'node:crypto';
import { EntityManager, IsNull } from 'typeorm';
import { DeadLetter } from './dead-letter.entity';
import { addToOutbox } from './outbox';
import type { QueueName, TenantJob } from './queues';

export interface FailedJob {
  queue: string;
  jobId: string;
  payload: TenantJob & Record<string, unknown>;
  attempts: number;
  error: string;
}

/** Stores a job that exhausted its attempts. Idempotent per (queue, job id). */
export async function storeDeadLetter(manager: EntityManager, failed: FailedJob): Promise<void> {
  await manager
    .createQueryBuilder()
    .insert()
    .into(DeadLetter)
    .values({
      tenantId: failed.payload.tenantId,
      id: randomUUID(),
      queue: failed.queue,
      jobId: failed.jobId,
      // TypeORM's deep-partial type does not fit jsonb records; the value is stored as JSON as is.
      payload: failed.payload as never,
      attempts: failed.attempts,
      // Error messages are ours or the driver's: cut short, they are for the administrator's eye.
      lastError: failed.error.slice(0, 500),
      replayedAt: null,
    })
    .orIgnore()
    .execute();
}

/**
 * Puts dead letters back on their queues through the outbox (so a replay is itself durable) and
 * marks them replayed. A fresh job id per replay, since the old one is still known to the queue.
 */
export async function replayDeadLetters(manager: EntityManager, tenantId: string, ids?: string[]): Promise<DeadLetter[]> {
  const letters = await manager.getRepository(DeadLetter).find({
    where: ids?.length ? ids.map((id) => ({ tenantId, id, replayedAt: IsNull() })) : { tenantId, replayedAt: IsNull() },
    order: { createdAt: 'ASC' },
  });
  for (const letter of letters) {
    await addToOutbox(manager, {
      queue: letter.queue as QueueName,
      payload: letter.payload as unknown as TenantJob,
      jobId: `${letter.jobId}-replay-${Date.now()}`,
    });
    letter.replayedAt = new Date();
    await manager.update(DeadLetter, { tenantId, id: letter.id }, { replayedAt: letter.replayedAt });
  }
  return letters;
}
