import { CreateDateColumn, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * Every tenant-scoped row has a composite key that starts with tenant_id, so the schema can be
 * distributed by tenant (e.g. Citus) and row-level security filters on the leading key column.
 */
export abstract class TenantScopedEntity {
  @PrimaryColumn('uuid')
  tenantId!: string;

  @PrimaryColumn('uuid')
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
