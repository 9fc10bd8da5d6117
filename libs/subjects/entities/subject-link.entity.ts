import { Column, Entity } from 'typeorm';
import { TenantScopedEntity } from '@vangrail/persistence';

/** Why someone may reach a subject: the relation the ability's conditions point at. */
export enum SubjectLinkKind {
  /** The user reported a signal about the subject (purpose SIGNALERING). */
  REPORTED = 'REPORTED',
  /** A delivery about the subject sits in a discipline's inbox (SIGNAALBEOORDELING). */
  DELIVERY = 'DELIVERY',
  /** The discipline accepted a delivery about the subject (RECHTMATIGHEIDSONDERZOEK, HANDHAVING). */
  ACCEPTED_DELIVERY = 'ACCEPTED_DELIVERY',
  /** The subject is part of a case at a case table (CASUSOVERLEG). */
  CASE = 'CASE',
}

/**
 * One row per (subject, context) that gives access: written by the feature that creates the
 * context (signal intake, routing, cases), in the same transaction. Access rules are conditions on
 * these rows, so a list query filters with one EXISTS instead of loading everything.
 */
@Entity('subject_link')
export class SubjectLink extends TenantScopedEntity {
  @Column('uuid') subjectId!: string;
  @Column('text') kind!: SubjectLinkKind;
  /** The signal, delivery or case that creates the link. */
  @Column('uuid') contextId!: string;
  @Column('uuid', { nullable: true }) userId!: string | null;
  @Column('text', { nullable: true }) discipline!: string | null;
  @Column('uuid', { nullable: true }) caseTableId!: string | null;
  @Column('boolean', { default: true }) active!: boolean;
}
