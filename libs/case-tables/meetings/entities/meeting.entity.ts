import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TenantScopedEntity } from '@vangrail/persistence';

export enum MeetingState {
  GEPLAND = 'GEPLAND',
  /** Minutes locked: corrections only by addendum. */
  GESLOTEN = 'GESLOTEN',
}

/** An overleg of one table: an ordered agenda of cases and the attendees. */
@Entity('meeting')
export class Meeting extends TenantScopedEntity {
  @Column('uuid') caseTableId!: string;
  @Column('timestamptz') scheduledAt!: Date;
  @Column('text', { nullable: true }) location!: string | null;
  @Column('text') state!: MeetingState;
  @Column('uuid') scheduledByUserId!: string;
  @Column('timestamptz', { nullable: true }) closedAt!: Date | null;
  @Column('uuid', { nullable: true }) closedByUserId!: string | null;
}

@Entity('meeting_attendee')
export class MeetingAttendee {
  @PrimaryColumn('uuid') tenantId!: string;
  @PrimaryColumn('uuid') meetingId!: string;
  @PrimaryColumn('uuid') userId!: string;
}

@Entity('agenda_item')
export class AgendaItem {
  @PrimaryColumn('uuid') tenantId!: string;
  @PrimaryColumn('uuid') meetingId!: string;
  @PrimaryColumn('uuid') caseId!: string;
  @Column('integer') position!: number;
}

/** A guest invited for one agenda item. */
@Entity('agenda_guest')
export class AgendaGuest {
  @PrimaryColumn('uuid') tenantId!: string;
  @PrimaryColumn('uuid') meetingId!: string;
  @PrimaryColumn('uuid') caseId!: string;
  @PrimaryColumn('uuid') userId!: string;
}
