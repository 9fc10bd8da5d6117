import { Column, Entity } from 'typeorm';
import { TenantScopedEntity } from '@vangrail/persistence';
import type { DataCategory } from '@vangrail/privacy';

export enum ActionItemStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}

/** How an action item's status reads in a message or on screen. */
export const ACTION_ITEM_STATUS_LABEL: Readonly<Record<ActionItemStatus, { nl: string; en: string }>> = {
  [ActionItemStatus.OPEN]: { nl: 'open', en: 'open' },
  [ActionItemStatus.DONE]: { nl: 'afgerond', en: 'done' },
  [ActionItemStatus.CANCELLED]: { nl: 'ingetrokken', en: 'cancelled' },
};

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
  /** What came of it, recorded when it is done; encrypted like the description. */
  @Column('text', { nullable: true }) resultEncrypted!: string | null;
  /** How often the due moment was moved; each move is kept in action_item_postponement. */
  @Column('int', { default: 0 }) postponements!: number;
}

/** One move of an action item's due moment, with the reason; never updated. */
@Entity('action_item_postponement')
export class ActionItemPostponement extends TenantScopedEntity {
  @Column('uuid') actionItemId!: string;
  @Column('uuid') caseId!: string;
  @Column('timestamptz') fromDueAt!: Date;
  @Column('timestamptz') toDueAt!: Date;
  @Column('text') reason!: string;
  @Column('uuid') postponedByUserId!: string;
  @Column('timestamptz') postponedAt!: Date;
}

/** The two delayed jobs of an action item. */
export enum ActionItemReminderKind {
  REMINDER = 'REMINDER',
  OVERDUE = 'OVERDUE',
}
