import { Column, Entity } from 'typeorm';
import { TenantScopedEntity } from '@vangrail/persistence';

/** One restriction of a person's processing (AVG art. 18): the request it answers, why, and when and why it was lifted. */
@Entity('subject_restriction')
export class SubjectRestriction extends TenantScopedEntity {
  @Column('uuid') subjectId!: string;
  @Column('uuid') requestId!: string;
  @Column('text') reason!: string;
  @Column('uuid') restrictedBy!: string;
  @Column('timestamptz') restrictedAt!: Date;
  @Column('uuid', { nullable: true }) liftedBy!: string | null;
  @Column('timestamptz', { nullable: true }) liftedAt!: Date | null;
  @Column('text', { nullable: true }) liftReason!: string | null;
  @Column('uuid', { nullable: true }) liftRequestId!: string | null;
}
