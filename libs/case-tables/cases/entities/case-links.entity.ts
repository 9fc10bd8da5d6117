import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { TenantScopedEntity } from '@vangrail/persistence';

/** A discipline that takes part in a case: its members at the table may see the case. */
@Entity('case_participant')
export class CaseParticipant {
  @PrimaryColumn('uuid') tenantId!: string;
  @PrimaryColumn('uuid') caseId!: string;
  @PrimaryColumn('text') discipline!: string;
  @Column('uuid', { nullable: true }) addedByUserId!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}

/** How a subject takes part in a case (DOMAIN.md §6: main subject, household member, owner, ...). */
export enum CaseSubjectRole {
  HOOFDBETROKKENE = 'HOOFDBETROKKENE',
  GEZINSLID = 'GEZINSLID',
  EIGENAAR = 'EIGENAAR',
  VERHUURDER = 'VERHUURDER',
  ZORGAANBIEDER = 'ZORGAANBIEDER',
  TUSSENPERSOON = 'TUSSENPERSOON',
  ADRES = 'ADRES',
  OVERIG = 'OVERIG',
}

@Entity('case_subject')
export class CaseSubject {
  @PrimaryColumn('uuid') tenantId!: string;
  @PrimaryColumn('uuid') caseId!: string;
  @PrimaryColumn('uuid') subjectId!: string;
  @Column('text') role!: CaseSubjectRole;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}

/** A signal (and the delivery that was escalated) that led to the case. */
@Entity('case_signal')
export class CaseSignal {
  @PrimaryColumn('uuid') tenantId!: string;
  @PrimaryColumn('uuid') caseId!: string;
  @PrimaryColumn('uuid') signalId!: string;
  @Column('uuid', { nullable: true }) deliveryId!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}

/** Doorzettingsmacht: the chair or case director escalates a stuck case to someone who can decide. */
@Entity('case_escalation')
export class CaseEscalation extends TenantScopedEntity {
  @Column('uuid') caseId!: string;
  @Column('text') reason!: string;
  @Column('text') target!: string;
  @Column('uuid') escalatedByUserId!: string;
}
