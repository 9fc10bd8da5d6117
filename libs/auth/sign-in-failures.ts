import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RequestContext, TenantTransactions, VangrailError } from '@vangrail/core';
import { APP_DATA_SOURCE } from '@vangrail/persistence';
import { appendAuditEvents, AuditAction, AuditOutcome } from '@vangrail/privacy';
import { Tenant } from '@vangrail/tenancy';
import type { VerifiedIdentity } from './token-verifier';

/**
 * A refused sign-in leaves a log line (address, request id, reason) and, when a verified token
 * names a tenant we know, a DENIED event in that tenant's audit trail: repeated attempts with a
 * disabled or unregistered account are something a privacy officer must be able to see. An
 * unverified token's claims are not trusted enough to write into a tenant's trail.
 */
@Injectable()
export class SignInFailures {
  private readonly logger = new Logger('SignIn');

  constructor(
    @Inject(APP_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly transactions: TenantTransactions,
  ) {}

  async record(request: RequestContext, error: unknown, identity?: VerifiedIdentity): Promise<void> {
    const reason = error instanceof VangrailError ? error.message : 'the sign-in could not be checked';
    const tenant = identity ? await this.dataSource.getRepository(Tenant).findOneBy({ slug: identity.tenantSlug }) : null;
    this.logger.warn({ requestId: request.requestId, sourceAddress: request.sourceAddress, tenant: tenant?.slug, reason }, 'sign-in refused');
    if (!tenant || !identity) return;
    await this.transactions.run(tenant.id, (manager) =>
      appendAuditEvents(manager, tenant.id, [
        {
          userId: null,
          username: null,
          discipline: null,
          role: null,
          action: AuditAction.SIGN_IN,
          outcome: AuditOutcome.DENIED,
          resourceType: 'Session',
          purpose: null,
          reason: `account "${identity.subject}": ${reason}`,
          requestId: request.requestId,
          traceId: request.traceId ?? null,
          sourceAddress: request.sourceAddress ?? null,
        },
      ]),
    );
  }
}
