import { QueryRunner } from 'typeorm';

/** The application role: not the owner, no BYPASSRLS; it only gets what migrations grant. */
export const APP_ROLE = 'vangrail_app';

/**
 * Row-level security for one tenant-scoped table, FORCED so even the owner obeys it. The policy
 * reads the transaction-local setting `app.tenant_id` that the request pipeline sets with
 * set_config(..., true); without it a query sees and writes nothing.
 */
export async function isolateByTenant(queryRunner: QueryRunner, table: string): Promise<void> {
  await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
  await queryRunner.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
  await queryRunner.query(
    `CREATE POLICY tenant_isolation ON ${table}
       USING (tenant_id = current_tenant_id())
       WITH CHECK (tenant_id = current_tenant_id())`,
  );
}

/** Grants the application role the listed privileges on a table (never ownership). */
export async function grantToApp(queryRunner: QueryRunner, table: string, privileges: string): Promise<void> {
  await queryRunner.query(`GRANT ${privileges} ON ${table} TO ${APP_ROLE}`);
}
