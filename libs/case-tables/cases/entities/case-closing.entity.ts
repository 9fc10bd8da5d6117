import { Column, Entity } from 'typeorm';
import { TenantScopedEntity } from '@vangrail/persistence';

/** One closing of a case; reopening marks it reopened and keeps it, so the history is never lost. */
@Entity('case_closing')
export class CaseClosing extends TenantScopedEntity {
  @Column('uuid') caseId!: string;
  @Column('text') closingReason!: string;
  @Column('text') outcome!: string;
  /** Null for closings recorded before the fixed list existed. */
  @Column('text', { nullable: true }) closingOutcome!: string | null;
  @Column('timestamptz') closedAt!: Date;
  @Column('uuid') closedByUserId!: string;
  @Column('timestamptz', { nullable: true }) reopenedAt!: Date | null;
  @Column('uuid', { nullable: true }) reopenedByUserId!: string | null;
}
