import { Column, Entity } from 'typeorm';
import { TenantScopedEntity } from '@vangrail/persistence';
import type { DataCategory } from '@vangrail/privacy';

/** A besluit of the table about a case. */
@Entity('decision')
export class Decision extends TenantScopedEntity {
  @Column('uuid') caseId!: string;
  @Column('uuid', { nullable: true }) meetingId!: string | null;
  @Column('text') category!: DataCategory;
  @Column('text') textEncrypted!: string;
  @Column('uuid') decidedByUserId!: string;
}
