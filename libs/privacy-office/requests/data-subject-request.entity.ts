import { Column, Entity } from 'typeorm';
import { TenantScopedEntity } from '@vangrail/persistence';

/** The rights of AVG art. 15–21 a person can invoke; values as the privacy office says them. */
export enum DataSubjectRequestKind {
  INZAGE = 'INZAGE',
  RECTIFICATIE = 'RECTIFICATIE',
  WISSING = 'WISSING',
  BEPERKING = 'BEPERKING',
  BEZWAAR = 'BEZWAAR',
}

/** How the officer made sure the requester is the person the request is about. */
export enum IdentityVerification {
  BALIE_IDENTITEITSBEWIJS = 'BALIE_IDENTITEITSBEWIJS',
  DIGID = 'DIGID',
  ONDERTEKEND_MET_KOPIE_ID = 'ONDERTEKEND_MET_KOPIE_ID',
  GEMACHTIGDE = 'GEMACHTIGDE',
}

export enum DataSubjectRequestState {
  OPEN = 'OPEN',
  AFGEHANDELD = 'AFGEHANDELD',
}

/** A data-subject request registered as a case (AVG art. 12): the only way INZAGEVERZOEK reaches a person. */
@Entity('data_subject_request')
export class DataSubjectRequest extends TenantScopedEntity {
  @Column('text') reference!: string;
  @Column('text') kind!: DataSubjectRequestKind;
  /** YYYY-MM-DD, the day the request reached the contact point. */
  @Column('date') receivedOn!: string;
  @Column('text') identityVerification!: IdentityVerification;
  @Column('text', { nullable: true }) identityNote!: string | null;
  /** The person found by BSN blind index; null when nothing is held about them. */
  @Column('uuid', { nullable: true }) subjectId!: string | null;
  @Column('date') deadline!: string;
  @Column('date', { nullable: true }) extendedUntil!: string | null;
  @Column('text', { nullable: true }) extensionReason!: string | null;
  @Column('text') state!: DataSubjectRequestState;
  @Column('text', { nullable: true }) answer!: string | null;
  @Column('timestamptz', { nullable: true }) answeredAt!: Date | null;
  @Column('uuid') registeredBy!: string;
  @Column('uuid', { nullable: true }) answeredBy!: string | null;
}
