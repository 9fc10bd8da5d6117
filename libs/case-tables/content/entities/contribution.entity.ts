import { Column, Entity } from 'typeorm';
import { TenantScopedEntity } from '@vangrail/persistence';
import type { DataCategory } from '@vangrail/privacy';

/** Who, besides the author, may read a contribution (on top of the data-category rules). */
export enum ContributionVisibility {
  /** Everyone at the case whose discipline may see the category. */
  ALL_PARTICIPANTS = 'ALL_PARTICIPANTS',
  /** The author's own discipline, the chair and the case director. */
  OWN_DISCIPLINE = 'OWN_DISCIPLINE',
  /** The chair and the case director only. */
  CHAIR_AND_DIRECTOR = 'CHAIR_AND_DIRECTOR',
}

/** Inbreng: a note on a case with one data category; an addendum amends an earlier one. */
@Entity('contribution')
export class Contribution extends TenantScopedEntity {
  @Column('uuid') caseId!: string;
  @Column('uuid', { nullable: true }) meetingId!: string | null;
  @Column('uuid', { nullable: true }) amendsContributionId!: string | null;
  @Column('uuid') authorUserId!: string;
  @Column('text', { nullable: true }) discipline!: string | null;
  @Column('text') category!: DataCategory;
  @Column('text') visibility!: ContributionVisibility;
  /** PiiCrypto ciphertext. */
  @Column('text') textEncrypted!: string;
}
