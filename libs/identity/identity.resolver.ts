import { Inject } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { Ctx, RequestContext, TenantTransactions } from '@vangrail/core';
import { APP_DATA_SOURCE } from '@vangrail/persistence';
import { SignedIn } from '@vangrail/privacy';
import { Tenant, User } from '@vangrail/tenancy';
import { Me } from './me.type';

@Resolver(() => Me)
export class IdentityResolver {
  constructor(
    @Inject(APP_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly transactions: TenantTransactions,
  ) {}

  @Query(() => Me, { description: 'Who you are signed in as: discipline, roles, organisation and tenant' })
  @SignedIn('returns only the caller’s own account, which the token already identifies')
  async me(@Ctx() ctx: RequestContext): Promise<Me> {
    const user = ctx.signedIn;
    const [tenant, account] = await Promise.all([
      this.dataSource.getRepository(Tenant).findOneByOrFail({ id: user.tenantId }),
      this.transactions.run(user.tenantId, (manager) => manager.getRepository(User).findOneByOrFail({ tenantId: user.tenantId, id: user.id })),
    ]);
    return {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      tenant: user.tenantSlug,
      tenantName: tenant.name,
      organisation: account.organisation,
      discipline: user.discipline,
      roles: user.roles,
    };
  }
}
