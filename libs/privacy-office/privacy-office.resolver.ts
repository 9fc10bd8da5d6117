import { Args, Query, Resolver } from '@nestjs/graphql';
import { AuditAction, GovCtx, Governed, GovernedContext, Purpose } from '@vangrail/privacy';
import { AuditEventFilter, AuditEventView, ChainStatusView } from './audit-events.types';
import { AUDIT_EVENT } from './privacy-office.policy';
import { PrivacyOfficeService } from './privacy-office.service';

const SUPERVISION = { resource: AUDIT_EVENT, purposes: [Purpose.PRIVACYTOEZICHT] };

@Resolver(() => AuditEventView)
export class PrivacyOfficeResolver {
  constructor(private readonly office: PrivacyOfficeService) {}

  @Query(() => [AuditEventView], { description: 'The audit trail by subject, user, purpose, outcome and period, newest first' })
  @Governed({ ...SUPERVISION, action: AuditAction.SEARCH })
  auditEvents(@GovCtx() ctx: GovernedContext, @Args('filter', { type: () => AuditEventFilter, nullable: true }) filter?: AuditEventFilter): Promise<AuditEventView[]> {
    return this.office.auditEvents(ctx, filter ?? {});
  }

  @Query(() => ChainStatusView, { description: 'Recomputes your tenant’s audit hash chain and names the first broken event' })
  @Governed({ ...SUPERVISION, action: AuditAction.READ })
  auditChainStatus(@GovCtx() ctx: GovernedContext): Promise<ChainStatusView> {
    return this.office.chainStatus(ctx);
  }
}
