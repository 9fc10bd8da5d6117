import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { APP_DATA_SOURCE, inTenantTransaction, openTenantTransaction, OpenTenantTransaction } from '@vangrail/persistence';

/** Tenant transactions for the request pipeline (see inTenantTransaction). */
@Injectable()
export class TenantTransactions {
  constructor(@Inject(APP_DATA_SOURCE) private readonly dataSource: DataSource) {}

  run<T>(tenantId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return inTenantTransaction(this.dataSource, tenantId, work);
  }

  /** A transaction the caller commits or rolls back itself (the governed scope of one GraphQL operation). */
  open(tenantId: string): Promise<OpenTenantTransaction> {
    return openTenantTransaction(this.dataSource, tenantId);
  }
}
