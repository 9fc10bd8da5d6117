import { Column, Entity } from 'typeorm';
import { Discipline, PlatformRole } from '@vangrail/core';
import { TenantScopedEntity } from '@vangrail/persistence';

/** The user registry: maps an OIDC subject within a tenant to a discipline and platform roles. */
@Entity('app_user')
export class User extends TenantScopedEntity {
  @Column('text') username!: string;
  @Column('text') oidcSubject!: string;
  @Column('text') displayName!: string;
  @Column('text', { nullable: true }) discipline!: Discipline | null;
  @Column('text', { array: true }) roles!: PlatformRole[];
  /** How colleagues reach this person (shown in hit / no-hit answers, never case content). */
  @Column('text', { nullable: true }) contact!: string | null;
  @Column('timestamptz', { nullable: true }) disabledAt!: Date | null;
  /** The organisation the user works for (municipality, care provider, police). */
  @Column('text', { nullable: true }) organisation!: string | null;
  /** First and last day (YYYY-MM-DD, inclusive) on which the account may sign in; null = open-ended. */
  @Column('date', { nullable: true }) validFrom!: string | null;
  @Column('date', { nullable: true }) validUntil!: string | null;
}
