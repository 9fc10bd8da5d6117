import { Column, Entity } from 'typeorm';
import { TenantScopedEntity } from '@vangrail/persistence';

export enum EmergencyResource {
  CASE = 'CASE',
  SUBJECT = 'SUBJECT',
}

export enum EmergencyReviewState {
  TE_BEOORDELEN = 'TE_BEOORDELEN',
  GERECHTVAARDIGD = 'GERECHTVAARDIGD',
  SCHENDING = 'SCHENDING',
}

/** A break-the-glass grant: one user, one case or subject, until `expiresAt`; always reviewed afterwards. */
@Entity('emergency_access_grant')
export class EmergencyAccessGrant extends TenantScopedEntity {
  @Column('uuid') userId!: string;
  @Column('text') resourceType!: EmergencyResource;
  @Column('uuid') resourceId!: string;
  @Column('text') justification!: string;
  @Column('timestamptz') grantedAt!: Date;
  @Column('timestamptz') expiresAt!: Date;
  @Column('text') reviewState!: EmergencyReviewState;
  @Column('text', { nullable: true }) reviewFinding!: string | null;
  @Column('uuid', { nullable: true }) reviewedBy!: string | null;
  @Column('timestamptz', { nullable: true }) reviewedAt!: Date | null;
}
