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
  /** Lives at the same address without being family (a housemate). */
  HUISGENOOT = 'HUISGENOOT',
  EIGENAAR = 'EIGENAAR',
  VERHUURDER = 'VERHUURDER',
  ZORGAANBIEDER = 'ZORGAANBIEDER',
  TUSSENPERSOON = 'TUSSENPERSOON',
  ADRES = 'ADRES',
  OVERIG = 'OVERIG',
}

/** The roles in the users' words. */
export const CASE_SUBJECT_ROLE_LABEL: Readonly<Record<CaseSubjectRole, { nl: string; en: string }>> = {
  [CaseSubjectRole.HOOFDBETROKKENE]: { nl: 'hoofdbetrokkene', en: 'main subject' },
  [CaseSubjectRole.GEZINSLID]: { nl: 'gezinslid', en: 'family member' },
  [CaseSubjectRole.HUISGENOOT]: { nl: 'huisgenoot', en: 'housemate' },
  [CaseSubjectRole.EIGENAAR]: { nl: 'eigenaar', en: 'owner' },
  [CaseSubjectRole.VERHUURDER]: { nl: 'verhuurder', en: 'landlord' },
  [CaseSubjectRole.ZORGAANBIEDER]: { nl: 'zorgaanbieder', en: 'care provider' },
  [CaseSubjectRole.TUSSENPERSOON]: { nl: 'tussenpersoon', en: 'intermediary' },
  [CaseSubjectRole.ADRES]: { nl: 'adres', en: 'address' },
  [CaseSubjectRole.OVERIG]: { nl: 'overig', en: 'other' },
};

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

/** Where an escalation stands: waiting for the one who must decide, answered, or refused by them. */
export enum EscalationStatus {
  OPEN = 'OPEN',
  ANSWERED = 'ANSWERED',
  REFUSED = 'REFUSED',
}

export const ESCALATION_STATUS_LABEL: Readonly<Record<EscalationStatus, { nl: string; en: string }>> = {
  [EscalationStatus.OPEN]: { nl: 'wacht op antwoord', en: 'awaiting a response' },
  [EscalationStatus.ANSWERED]: { nl: 'beantwoord', en: 'answered' },
  [EscalationStatus.REFUSED]: { nl: 'geweigerd', en: 'refused' },
};

/** Doorzettingsmacht: the chair or case director escalates a stuck case to someone who can decide. */
@Entity('case_escalation')
export class CaseEscalation extends TenantScopedEntity {
  @Column('uuid') caseId!: string;
  @Column('text') reason!: string;
  @Column('text') target!: string;
  @Column('uuid') escalatedByUserId!: string;
  @Column('text', { default: EscalationStatus.OPEN }) status!: EscalationStatus;
  /** The user who must respond; null when the target answers outside the platform and a leader records it. */
  @Column('uuid', { nullable: true }) responderUserId!: string | null;
  /** The day the response is due (YYYY-MM-DD); null for escalations made before deadlines existed. */
  @Column('date', { nullable: true }) respondBy!: string | null;
  @Column('text', { nullable: true }) responseText!: string | null;
  @Column('timestamptz', { nullable: true }) respondedAt!: Date | null;
  @Column('uuid', { nullable: true }) respondedByUserId!: string | null;
}
