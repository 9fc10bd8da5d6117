import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@vangrail/config';
import { AuthenticatedUser, calendarDay, TenantTransactions, unauthenticated } from '@vangrail/core';
import { APP_DATA_SOURCE } from '@vangrail/persistence';
import { Tenant, User } from '@vangrail/tenancy';
import { GroupClaimMapping } from './group-claims';
import type { VerifiedIdentity } from './token-verifier';

/**
 * Maps a verified (tenant, subject) to a registered, enabled user; anyone else is refused. The
 * registry decides who may sign in and until when; with OIDC_GROUP_MAPPING the identity
 * provider's groups decide the discipline and roles.
 */
@Injectable()
export class UserRegistry {
  private readonly groupMapping?: GroupClaimMapping;

  constructor(
    @Inject(APP_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly transactions: TenantTransactions,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.groupMapping = config.oidc.groupMapping && GroupClaimMapping.parse(config.oidc.groupMapping);
  }

  async resolve(identity: VerifiedIdentity): Promise<AuthenticatedUser> {
    const tenant = await this.dataSource.getRepository(Tenant).findOneBy({ slug: identity.tenantSlug });
    if (!tenant) throw unauthenticated('the token names an unknown tenant');
    const user = await this.transactions.run(tenant.id, (manager) =>
      manager.getRepository(User).findOneBy({ tenantId: tenant.id, oidcSubject: identity.subject }),
    );
    if (!user) throw unauthenticated('this account is not registered in Vangrail');
    if (user.disabledAt) throw unauthenticated('this account is disabled');
    // Validity dates are Dutch calendar days.
    const today = calendarDay(new Date());
    if (user.validFrom && today < user.validFrom) throw unauthenticated('this account is not active yet');
    if (user.validUntil && today > user.validUntil) throw unauthenticated('this account has expired');
    const { discipline, roles } = this.groupMapping?.assign(identity.groups) ?? user;
    return {
      id: user.id,
      tenantId: tenant.id,
      tenantSlug: tenant.slug,
      username: user.username,
      displayName: user.displayName,
      discipline,
      roles,
    };
  }
}
