import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TenantTransactions } from '@vangrail/core';
import { APP_DATA_SOURCE } from '@vangrail/persistence';
import { Tenant, User } from '@vangrail/tenancy';

/** A registered account as the development login page offers it (no personal data of citizens). */
export interface DevAccount {
  tenant: string;
  tenantName: string;
  username: string;
  displayName: string;
  discipline: string | null;
  organisation: string | null;
  /** The OIDC subject a development token is issued for. */
  subject: string;
}

/** The registered, enabled accounts of every tenant, read tenant by tenant (row-level security). */
@Injectable()
export class DevAccounts {
  constructor(
    @Inject(APP_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly transactions: TenantTransactions,
  ) {}

  async list(): Promise<DevAccount[]> {
    const tenants = await this.dataSource.getRepository(Tenant).find({ order: { slug: 'ASC' } });
    const accounts: DevAccount[] = [];
    for (const tenant of tenants) {
      const users = await this.transactions.run(tenant.id, (manager) =>
        manager.getRepository(User).find({ where: { tenantId: tenant.id }, order: { username: 'ASC' } }),
      );
      for (const user of users) {
        if (user.disabledAt) continue;
        accounts.push({
          tenant: tenant.slug,
          tenantName: tenant.name,
          username: user.username,
          displayName: user.displayName,
          discipline: user.discipline,
          organisation: user.organisation,
          subject: user.oidcSubject,
        });
      }
    }
    return accounts;
  }

  async find(tenant: string, username: string): Promise<DevAccount | undefined> {
    return (await this.list()).find((account) => account.tenant === tenant && account.username === username);
  }
}
