import { DataSource, EntityManager } from 'typeorm';

/**
 * A transaction with the tenant set for row-level security: the one way the API, the worker and
 * the operator tools touch tenant data. The setting is transaction-local (set_config(..., true)),
 * so a pooled connection never carries one tenant into another's work.
 */
export function inTenantTransaction<T>(dataSource: DataSource, tenantId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return dataSource.transaction(async (manager) => {
    await manager.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
    return work(manager);
  });
}

/** Every tenant's id: background work (relay, sweeps, metrics) runs tenant by tenant under RLS. */
export async function tenantIds(dataSource: DataSource): Promise<string[]> {
  return ((await dataSource.query(`SELECT id FROM tenant ORDER BY id`)) as { id: string }[]).map((row) => row.id);
}
