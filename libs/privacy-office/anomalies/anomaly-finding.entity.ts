import { Column, Entity } from 'typeorm';
import { TenantScopedEntity } from '@vangrail/persistence';
import type { AnomalyRule } from './anomaly-rules';

export enum AnomalyVerdict {
  GERECHTVAARDIGD = 'GERECHTVAARDIGD',
  SCHENDING = 'SCHENDING',
}

/** The officer's finding on one flagged anomaly; anomalies themselves are derived from the audit trail. */
@Entity('access_anomaly_finding')
export class AnomalyFinding extends TenantScopedEntity {
  /** Stable key of the anomaly (rule, user, window), so a closed anomaly stays closed when recomputed. */
  @Column('text') anomalyKey!: string;
  @Column('text') rule!: AnomalyRule;
  @Column('uuid') userId!: string;
  @Column('timestamptz') windowStart!: Date;
  @Column('text') verdict!: AnomalyVerdict;
  @Column('text') finding!: string;
  @Column('uuid') closedByUserId!: string;
  @Column('timestamptz') closedAt!: Date;
}
