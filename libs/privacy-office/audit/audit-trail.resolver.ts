import { Args, Query, Resolver } from '@nestjs/graphql';
import { AuditAction, GovCtx, Governed, GovernedContext, Purpose } from '@vangrail/privacy';
import { AUDIT_EVENT } from '../privacy-office.policy';
import { AuditEventExport, AuditEventFilter, AuditEventPage, AuditPageInput, ChainStatusView } from './audit-events.types';
import { AuditTrailService } from './audit-trail.service';

const SUPERVISION = { resource: AUDIT_EVENT, purposes: [Purpose.PRIVACYTOEZICHT] };

@Resolver(() => AuditEventPage)
export class AuditTrailResolver {
  constructor(private readonly trail: AuditTrailService) {}

  @Query(() => AuditEventPage, {
    description: 'The audit trail by person (BSN), subject, case, user, discipline, organisation, purpose, action, outcome, emergency access and period; newest first',
  })
  @Governed({ ...SUPERVISION, action: AuditAction.SEARCH })
  auditEvents(
    @GovCtx() ctx: GovernedContext,
    @Args('filter', { type: () => AuditEventFilter, nullable: true }) filter?: AuditEventFilter,
    @Args('page', { type: () => AuditPageInput, nullable: true }) page?: AuditPageInput,
  ): Promise<AuditEventPage> {
    return this.trail.events(ctx, filter ?? {}, page ?? {});
  }

  @Query(() => AuditEventExport, { description: 'The same search as auditEvents, as CSV for the officer’s report (recorded as an EXPORT)' })
  @Governed({ ...SUPERVISION, action: AuditAction.EXPORT })
  auditEventsExport(@GovCtx() ctx: GovernedContext, @Args('filter', { type: () => AuditEventFilter, nullable: true }) filter?: AuditEventFilter): Promise<AuditEventExport> {
    return this.trail.export(ctx, filter ?? {});
  }

  @Query(() => ChainStatusView, { description: 'Recomputes your tenant’s audit hash chain and names the first broken event' })
  @Governed({ ...SUPERVISION, action: AuditAction.READ })
  auditChainStatus(@GovCtx() ctx: GovernedContext): Promise<ChainStatusView> {
    return this.trail.chainStatus(ctx);
  }
}
