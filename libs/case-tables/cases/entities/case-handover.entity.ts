import { Column, Entity } from 'typeorm';
import { TenantScopedEntity } from '@vangrail/persistence';

/** One hand-over of a case from one table to another, with its reason; never updated or removed. */
@Entity('case_handover')
export class CaseHandover extends TenantScopedEntity {
  @Column('uuid') caseId!: string;
  @Column('uuid') fromCaseTableId!: string;
  @Column('uuid') toCaseTableId!: string;
  @Column('text') reason!: string;
  @Column('uuid') handedOverByUserId!: string;
  @Column('timestamptz') handedOverAt!: Date;
}
