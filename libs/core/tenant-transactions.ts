import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { APP_DATA_SOURCE } from '@vangrail/persistence';

/**
 * Opens a transaction with the tenant set for row-level security. The setting is transaction-local
 * (set_config(..., true)), so a pooled connection never carries one tenant into another's request.
 */
@Injectable()
export class TenantTransactions {
  constructor(@Inject(APP_DATA_SOURCE) private readonly dataSource: DataSource) {}

  run<T>(tenantId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
      return work(manager);
    });
  }
}
