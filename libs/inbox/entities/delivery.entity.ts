import { Column, Entity } from 'typeorm';
import { TenantScopedEntity } from '@vangrail/persistence';
import type { MatchedRule } from '@vangrail/routing/routing-explanation';

export enum DeliveryState {
  NEW = 'NEW',
  IN_TRIAGE = 'IN_TRIAGE',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  ESCALATED = 'ESCALATED',
}

/**
 * An inbox item: one signal delivered to one discipline, carrying only the data categories its
 * rules allow, and the rule versions that produced it. Unique per (signal, discipline), so a
 * retried domain job never delivers twice.
 */
@Entity('delivery')
export class Delivery extends TenantScopedEntity {
  @Column('uuid') signalId!: string;
  @Column('text') discipline!: string;
  @Column('text') domain!: string;
  @Column('text') state!: DeliveryState;
  @Column('text') purpose!: string;
  @Column('text', { array: true }) allowedCategories!: string[];
  @Column('uuid') ruleId!: string;
  @Column('text') ruleKey!: string;
  @Column('integer') ruleVersion!: number;
  @Column('jsonb') matchedRules!: MatchedRule[];
  @Column('text') urgency!: string;
  @Column('timestamptz') triageDeadline!: Date;
  @Column('timestamptz', { nullable: true }) overdueAt!: Date | null;
  @Column('uuid', { nullable: true }) assignedUserId!: string | null;
  @Column('uuid', { nullable: true }) decidedByUserId!: string | null;
  @Column('timestamptz', { nullable: true }) decidedAt!: Date | null;
  @Column('text', { nullable: true }) declineReason!: string | null;
  @Column('uuid', { nullable: true }) caseId!: string | null;
}
