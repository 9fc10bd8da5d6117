import { Column, Entity } from 'typeorm';
import { TenantScopedEntity } from '@vangrail/persistence';

/**
 * Transactional outbox: work for the queues is written in the same transaction as the change
 * that causes it, and a relay publishes it after commit. A crash or a Redis outage loses nothing.
 */
@Entity('outbox')
export class OutboxMessage extends TenantScopedEntity {
  @Column('text') queue!: string;
  @Column('jsonb') payload!: Record<string, unknown>;
  /** Queue job id: publishing the same message twice creates one job. */
  @Column('text') jobId!: string;
  @Column('integer', { default: 0 }) priority!: number;
  /** For delayed work (deadlines, reminders): not before this moment. */
  @Column('timestamptz', { nullable: true }) runAt!: Date | null;
  @Column('timestamptz', { nullable: true }) publishedAt!: Date | null;
  @Column('integer', { default: 0 }) publishAttempts!: number;
}
