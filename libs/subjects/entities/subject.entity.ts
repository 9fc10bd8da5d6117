import { Column, Entity } from 'typeorm';
import { TenantScopedEntity } from '@vangrail/persistence';

export enum SubjectType {
  PERSON = 'PERSON',
  ADDRESS = 'ADDRESS',
  ORGANISATION = 'ORGANISATION',
}

/**
 * The subject registry (DOMAIN.md §4): one row per person, address or organisation per tenant,
 * found by BSN blind index, normalised address key or KvK number. The BSN is stored only
 * encrypted; the blind index is what matching uses.
 */
@Entity('subject')
export class Subject extends TenantScopedEntity {
  @Column('text') type!: SubjectType;

  // PERSON
  @Column('text', { nullable: true }) bsnEncrypted!: string | null;
  @Column('text', { nullable: true }) bsnBlindIndex!: string | null;
  @Column('text', { nullable: true }) name!: string | null;
  @Column('date', { nullable: true }) dateOfBirth!: string | null;
  /** The person's registered address, itself an ADDRESS subject. */
  @Column('uuid', { nullable: true }) addressSubjectId!: string | null;

  // ADDRESS
  @Column('text', { nullable: true }) postcode!: string | null;
  @Column('integer', { nullable: true }) houseNumber!: number | null;
  @Column('text', { nullable: true }) houseNumberAddition!: string | null;
  @Column('text', { nullable: true }) street!: string | null;
  @Column('text', { nullable: true }) town!: string | null;
  @Column('text', { nullable: true }) bagId!: string | null;
  @Column('text', { nullable: true }) addressKey!: string | null;

  // ORGANISATION
  @Column('text', { nullable: true }) kvkNumber!: string | null;
  @Column('text', { nullable: true }) organisationName!: string | null;

  /** Art. 18 AVG: processing restricted; reads are refused with RESTRICTED. */
  @Column('timestamptz', { nullable: true }) restrictedAt!: Date | null;
}
