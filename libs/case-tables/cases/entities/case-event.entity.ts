import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum CaseEventKind {
  REGISTERED = 'REGISTERED',
  SIGNAL_LINKED = 'SIGNAL_LINKED',
  STATE_CHANGED = 'STATE_CHANGED',
  PARTICIPANT_ADDED = 'PARTICIPANT_ADDED',
  PLACED_ON_AGENDA = 'PLACED_ON_AGENDA',
  MEETING_CLOSED = 'MEETING_CLOSED',
  CONTRIBUTION_ADDED = 'CONTRIBUTION_ADDED',
  ADDENDUM_ADDED = 'ADDENDUM_ADDED',
  DECISION_RECORDED = 'DECISION_RECORDED',
  ACTION_ITEM_ADDED = 'ACTION_ITEM_ADDED',
  ACTION_ITEM_COMPLETED = 'ACTION_ITEM_COMPLETED',
  ACTION_ITEM_REMINDER_SENT = 'ACTION_ITEM_REMINDER_SENT',
  ACTION_ITEM_OVERDUE = 'ACTION_ITEM_OVERDUE',
  ESCALATED = 'ESCALATED',
  CASE_DIRECTOR_APPOINTED = 'CASE_DIRECTOR_APPOINTED',
  /** A discipline escalated a delivery about this open case and asks to take part; the chair decides. */
  PARTICIPATION_REQUESTED = 'PARTICIPATION_REQUESTED',
  /** Handed over to another case table; from, to and reason are kept in case_handover. */
  HANDED_OVER = 'HANDED_OVER',
  /** Title or risk level changed, with the reason. */
  DETAILS_CHANGED = 'DETAILS_CHANGED',
  /** A discipline stopped taking part, with the reason. */
  PARTICIPANT_REMOVED = 'PARTICIPANT_REMOVED',
  /** An open action item went to another owner (a departing member's work). */
  ACTION_ITEM_REASSIGNED = 'ACTION_ITEM_REASSIGNED',
  /** An action item's due moment moved, with the reason (kept in action_item_postponement). */
  ACTION_ITEM_POSTPONED = 'ACTION_ITEM_POSTPONED',
  /** A subject (household member, landlord, address ...) was added to the running case. */
  SUBJECT_ADDED = 'SUBJECT_ADDED',
  /** While monitoring: the day the table looks at the case again was set, with the reason. */
  REVIEW_DATE_SET = 'REVIEW_DATE_SET',
  /** The review day came; the chair was told. */
  REVIEW_DUE = 'REVIEW_DUE',
  /** The one asked to decide on an escalation answered or refused. */
  ESCALATION_RESPONDED = 'ESCALATION_RESPONDED',
}

/**
 * One entry of a case's timeline. Content (contributions, decisions, action items) is referenced
 * by `refId` and minimised when read, never copied here; `details` holds only states, disciplines,
 * ids and the case-level reasons.
 */
@Entity('case_event')
export class CaseEvent {
  @PrimaryColumn('uuid') tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column({ type: 'bigint', insert: false, update: false }) seq!: string;
  @Column('uuid') caseId!: string;
  @Column('text') kind!: CaseEventKind;
  @Column('uuid', { nullable: true }) actorUserId!: string | null;
  @Column('uuid', { nullable: true }) refId!: string | null;
  @Column('jsonb') details!: Record<string, unknown>;
  @Column({ type: 'timestamptz', insert: false, update: false }) occurredAt!: Date;
}
