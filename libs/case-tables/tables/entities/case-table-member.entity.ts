import type { Label } from '@vangrail/core';
import { Column, Entity } from 'typeorm';
import { TenantScopedEntity } from '@vangrail/persistence';

/** A member's role at one table (platform roles come from the user registry, not from here). */
export enum TableRole {
  CHAIR = 'CHAIR',
  CASE_DIRECTOR = 'CASE_DIRECTOR',
  MEMBER = 'MEMBER',
  /** Invited per agenda item only: sees that case, around that meeting. */
  GUEST = 'GUEST',
}

/** How a table role reads in a message. */
export const TABLE_ROLE_LABEL: Readonly<Record<TableRole, Label>> = {
  [TableRole.CHAIR]: { nl: 'voorzitter', en: 'chair' },
  [TableRole.CASE_DIRECTOR]: { nl: 'casusregisseur', en: 'case director' },
  [TableRole.MEMBER]: { nl: 'lid', en: 'member' },
  [TableRole.GUEST]: { nl: 'gast', en: 'guest' },
};

/** Chair and case director run the table and see all of its cases. */
export const LEADING_ROLES: readonly TableRole[] = [TableRole.CHAIR, TableRole.CASE_DIRECTOR];

@Entity('case_table_member')
export class CaseTableMember extends TenantScopedEntity {
  @Column('uuid') caseTableId!: string;
  @Column('uuid') userId!: string;
  @Column('text') role!: TableRole;
  @Column('timestamptz') validFrom!: Date;
  @Column('timestamptz', { nullable: true }) validUntil!: Date | null;
  /** Set when removed; the row stays as history of who had access when. */
  @Column('timestamptz', { nullable: true }) removedAt!: Date | null;
}
