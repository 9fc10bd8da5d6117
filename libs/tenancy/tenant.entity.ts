import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A municipality or regional cooperation. The registry of tenants is global (no tenant_id of its own). */
@Entity('tenant')
export class Tenant {
  @PrimaryColumn('uuid') id!: string;
  @Column('text', { unique: true }) slug!: string;
  @Column('text') name!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
