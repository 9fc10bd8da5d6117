import { Column, Entity } from 'typeorm';
import { TenantScopedEntity } from '@vangrail/persistence';

export enum NotificationKind {
  /** Hit / no-hit: a new signal touches a subject you work on (never its content). */
  SUBJECT_TOUCHED = 'SUBJECT_TOUCHED',
  NEW_DELIVERY = 'NEW_DELIVERY',
  /** To the reporter: a discipline accepted, declined or escalated their signal (never its content). */
  SIGNAL_DECIDED = 'SIGNAL_DECIDED',
  TRIAGE_OVERDUE = 'TRIAGE_OVERDUE',
  ACTION_ITEM_REMINDER = 'ACTION_ITEM_REMINDER',
  ACTION_ITEM_OVERDUE = 'ACTION_ITEM_OVERDUE',
  /** Someone used break-the-glass access: the privacy officer and the table's chair review it. */
  EMERGENCY_ACCESS = 'EMERGENCY_ACCESS',
  /** To the receiving table's chairs: a case was handed over to their table (reference only). */
  CASE_HANDED_OVER = 'CASE_HANDED_OVER',
  /** To the new owner: a departing member's open action items on a case are now theirs (reference only). */
  ACTION_ITEMS_REASSIGNED = 'ACTION_ITEMS_REASSIGNED',
  /** To the table's chairs: a monitored case's review day has come (reference only). */
  CASE_REVIEW_DUE = 'CASE_REVIEW_DUE',
  /** To the one who must decide: a case was escalated to them (doorzettingsmacht; reference and deadline only). */
  ESCALATION_RECEIVED = 'ESCALATION_RECEIVED',
  /** To the one who escalated: the escalation was answered or refused. */
  ESCALATION_RESPONDED = 'ESCALATION_RESPONDED',
}

/**
 * A message to a user or to a whole discipline. Messages name categories, references and
 * contacts, never case content. `dedupeKey` makes a retried job notify once.
 */
@Entity('notification')
export class Notification extends TenantScopedEntity {
  @Column('uuid', { nullable: true }) recipientUserId!: string | null;
  @Column('text', { nullable: true }) recipientDiscipline!: string | null;
  @Column('text') kind!: NotificationKind;
  @Column('text') message!: string;
  @Column('text') messageNl!: string;
  @Column('uuid', { nullable: true }) signalId!: string | null;
  @Column('uuid', { nullable: true }) deliveryId!: string | null;
  @Column('uuid', { nullable: true }) caseId!: string | null;
  @Column('text') dedupeKey!: string;
  @Column('timestamptz', { nullable: true }) readAt!: Date | null;
}
