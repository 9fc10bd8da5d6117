import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Which subjects a signal is about, and in what role. */
@Entity('signal_subject')
export class SignalSubject {
  @PrimaryColumn('uuid') tenantId!: string;
  @PrimaryColumn('uuid') signalId!: string;
  @PrimaryColumn('uuid') subjectId!: string;
  @Column('text') role!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
