import { Column, Entity } from 'typeorm';
import { TenantScopedEntity } from '@vangrail/persistence';
import type { DataCategory } from '@vangrail/privacy';

export enum ActionItemStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}

/** An actiepunt: owner, due moment, status; reminded before and flagged after the due moment. */
@Entity('action_item')
export class ActionItem extends TenantScopedEntity {
  @Column('uuid') caseId!: string;
  @Column('uuid', { nullable: true }) decisionId!: string | null;
  @Column('text') category!: DataCategory;
  @Column('text') descriptionEncrypted!: string;
  @Column('uuid') ownerUserId!: string;
  @Column('timestamptz') dueAt!: Date;
  @Column('text') status!: ActionItemStatus;
  @Column('timestamptz', { nullable: true }) completedAt!: Date | null;
  @Column('uuid', { nullable: true }) completedByUserId!: string | null;
  @Column('timestamptz', { nullable: true }) remindedAt!: Date | null;
  @Column('timestamptz', { nullable: true }) overdueAt!: Date | null;
  @Column('uuid') createdByUserId!: string;
}

/** The two delayed jobs of an action item. */
export enum ActionItemReminderKind {
  REMINDER = 'REMINDER',
  OVERDUE = 'OVERDUE',
}
