import { Column, Entity } from 'typeorm';
import { TenantScopedEntity } from '@vangrail/persistence';

/** DOMAIN.md §6 case states; the allowed moves are in case-state-machine.ts. */
export enum CaseState {
  AANGEMELD = 'AANGEMELD',
  IN_TRIAGE = 'IN_TRIAGE',
  GEWEIGERD = 'GEWEIGERD',
  GEAGENDEERD = 'GEAGENDEERD',
  IN_BEHANDELING = 'IN_BEHANDELING',
  MONITORING = 'MONITORING',
  AFGESLOTEN = 'AFGESLOTEN',
}

export enum RiskLevel {
  LAAG = 'LAAG',
  MIDDEN = 'MIDDEN',
  HOOG = 'HOOG',
}

/** A casus. Table name `case_file` because CASE is an SQL keyword. */
@Entity('case_file')
export class Case extends TenantScopedEntity {
  @Column('uuid') caseTableId!: string;
  /** `CT-2026-000123`: per tenant and year, without gaps. */
  @Column('text') reference!: string;
  /** Neutral: no names or numbers of persons. */
  @Column('text') title!: string;
  @Column('text') state!: CaseState;
  @Column('text') riskLevel!: RiskLevel;
  @Column('uuid') mainSubjectId!: string;
  @Column('uuid', { nullable: true }) caseDirectorUserId!: string | null;
  @Column('uuid') registeredByUserId!: string;
  @Column('text', { nullable: true }) refusalReason!: string | null;
  @Column('text', { nullable: true }) closingReason!: string | null;
  @Column('text', { nullable: true }) outcome!: string | null;
  /** From the fixed list (figures count these); `outcome` explains. */
  @Column('text', { nullable: true }) closingOutcome!: string | null;
  @Column('timestamptz', { nullable: true }) closedAt!: Date | null;
  /** While MONITORING: the day the table looks at the case again (YYYY-MM-DD), and why. */
  @Column('date', { nullable: true }) reviewOn!: string | null;
  @Column('text', { nullable: true }) reviewReason!: string | null;
  /** When the chair was told the review day has come; cleared when a new day is set. */
  @Column('timestamptz', { nullable: true }) reviewNotifiedAt!: Date | null;
}
