import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum AuditAction {
  READ = 'READ',
  SEARCH = 'SEARCH',
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
  EXPORT = 'EXPORT',
  LOOKUP = 'LOOKUP',
  /** A sign-in attempt (recorded when refused). */
  SIGN_IN = 'SIGN_IN',
}

export enum AuditOutcome {
  ALLOWED = 'ALLOWED',
  DENIED = 'DENIED',
  ERROR = 'ERROR',
}

/**
 * One processing of personal data, after NEN 7513 and the Logboek Dataverwerkingen standard.
 * Append-only: the application role may only INSERT, and a trigger refuses UPDATE/DELETE for all.
 * `seq` is the insert number (a database sequence: increasing, with gaps, no lock); the hash chain
 * lives in audit_seal, written afterwards by the sealer (audit-sealer.ts).
 */
@Entity('audit_event')
export class AuditEvent {
  @PrimaryColumn('uuid') tenantId!: string;
  @PrimaryColumn({ type: 'bigint', insert: false, update: false }) seq!: string;
  @Column('uuid') id!: string;
  @Column('timestamptz') occurredAt!: Date;
  @Column('uuid', { nullable: true }) userId!: string | null;
  @Column('text', { nullable: true }) username!: string | null;
  @Column('text', { nullable: true }) discipline!: string | null;
  @Column('text', { nullable: true }) role!: string | null;
  @Column('text', { nullable: true }) onBehalfOf!: string | null;
  @Column('text') action!: AuditAction;
  @Column('text') outcome!: AuditOutcome;
  @Column('text') resourceType!: string;
  @Column('text', { nullable: true }) resourceId!: string | null;
  @Column('text', { array: true }) subjectKeys!: string[];
  @Column('text', { array: true }) dataCategories!: string[];
  @Column('text', { nullable: true }) purpose!: string | null;
  @Column('text', { nullable: true }) legalBasis!: string | null;
  @Column('text', { nullable: true }) processingActivity!: string | null;
  @Column('boolean') emergencyAccess!: boolean;
  @Column('text', { nullable: true }) reason!: string | null;
  @Column('text') requestId!: string;
  @Column('text', { nullable: true }) traceId!: string | null;
  @Column('text', { nullable: true }) sourceAddress!: string | null;
}
