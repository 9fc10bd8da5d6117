import { Column, Entity } from 'typeorm';
import { TenantScopedEntity } from '@vangrail/persistence';

/**
 * A job that failed every attempt. Kept in PostgreSQL (durable, queryable under row-level
 * security) until a functional administrator replays it. Payloads hold ids, never personal data.
 */
@Entity('dead_letter')
export class DeadLetter extends TenantScopedEntity {
  @Column('text') queue!: string;
  @Column('text') jobId!: string;
  @Column('jsonb') payload!: Record<string, unknown>;
  @Column('integer') attempts!: number;
  @Column('text') lastError!: string;
  @Column('timestamptz', { nullable: true }) replayedAt!: Date | null;
}
