import { Column, Entity } from 'typeorm';
import { TenantScopedEntity } from '@vangrail/persistence';
import type { AdmissionCriterion, LegalGround, NotInformedReason } from './legal-basis-vocabulary';

/**
 * One version of the legal basis a case is processed on. Never updated: a new version supersedes the
 * previous one, so a privacy officer can see on what basis the table worked at any moment.
 */
@Entity('case_legal_basis')
export class CaseLegalBasis extends TenantScopedEntity {
  @Column('uuid') caseId!: string;
  @Column('integer') version!: number;
  @Column('text') ground!: LegalGround;
  /** The article or provision relied on ("Convenant ZVH Demodam, art. 5", "art. 2.3.2 Wmo 2015"). */
  @Column('text', { nullable: true }) provision!: string | null;
  @Column('date', { nullable: true }) consentGivenOn!: string | null;
  @Column('text', { nullable: true }) consentScope!: string | null;
  @Column('text') proportionality!: string;
  @Column('text') subsidiarity!: string;
  @Column('boolean') personInformed!: boolean;
  @Column('date', { nullable: true }) informedOn!: string | null;
  @Column('uuid', { nullable: true }) informedByUserId!: string | null;
  @Column('text', { nullable: true }) notInformedReason!: NotInformedReason | null;
  @Column('text', { nullable: true }) notInformedExplanation!: string | null;
  @Column('text', { array: true }) admissionCriteria!: AdmissionCriterion[];
  @Column('uuid') recordedByUserId!: string;
  @Column('timestamptz') recordedAt!: Date;
}
