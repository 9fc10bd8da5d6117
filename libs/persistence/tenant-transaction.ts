import { DataSource, EntityManager, QueryRunner } from 'typeorm';

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

/** A tenant transaction held open across several pieces of work (one GraphQL operation), closed once. */
export interface OpenTenantTransaction {
  readonly manager: EntityManager;
  commit(): Promise<void>;
  rollback(): Promise<void>;
}

/**
 * Opens a transaction on one pooled connection with the tenant set; the caller ends it with commit
 * or rollback, which also returns the connection. Used where one scope spans several resolvers.
 */
export async function openTenantTransaction(dataSource: DataSource, tenantId: string): Promise<OpenTenantTransaction> {
  const runner = dataSource.createQueryRunner();
  serialiseQueries(runner);
  await runner.connect();
  try {
    await runner.startTransaction();
    await runner.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    await runner.release();
    throw error;
  }
  let closed = false;
  const close = async (end: () => Promise<void>): Promise<void> => {
    if (closed) return;
    closed = true;
    try {
      await end();
    } finally {
      await runner.release();
    }
  };
  return {
    manager: runner.manager,
    commit: () => close(() => runner.commitTransaction()),
    rollback: () => close(() => runner.rollbackTransaction()),
  };
}

/**
 * The resolvers of one operation run concurrently on this one connection; node-postgres queues
 * overlapping queries today but deprecates it (pg 9 refuses), so they are queued here, in order.
 */
function serialiseQueries(runner: QueryRunner): void {
  const query = runner.query.bind(runner);
  let tail: Promise<unknown> = Promise.resolve();
  runner.query = ((...args: Parameters<QueryRunner['query']>) => {
    const next = tail.then(() => query(...args));
    tail = next.catch(() => undefined);
    return next;
  }) as QueryRunner['query'];
}
