import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuditAction, GovCtx, Governed, GovernedContext, Purpose } from '@vangrail/privacy';
import { ACCESS_ANOMALY } from '../privacy-office.policy';
import { AccessAnomaliesService } from './access-anomalies.service';
import { AccessAnomalyFilter, AccessAnomalyView, CloseAccessAnomalyInput } from './anomalies.types';

const SUPERVISION = { resource: ACCESS_ANOMALY, purposes: [Purpose.PRIVACYTOEZICHT] };

@Resolver(() => AccessAnomalyView)
export class AccessAnomaliesResolver {
  constructor(private readonly anomalies: AccessAnomaliesService) {}

  @Query(() => [AccessAnomalyView], { description: 'Unusual access by stated rules (many persons a day, bursts of lookups or refusals, outside working hours, unreviewed emergency access); open ones unless includeClosed' })
  @Governed({ ...SUPERVISION, action: AuditAction.READ })
  accessAnomalies(@GovCtx() ctx: GovernedContext, @Args('filter', { type: () => AccessAnomalyFilter, nullable: true }) filter?: AccessAnomalyFilter): Promise<AccessAnomalyView[]> {
    return this.anomalies.list(ctx, filter ?? Object.assign(new AccessAnomalyFilter(), { includeClosed: false }));
  }

  @Mutation(() => AccessAnomalyView, { description: 'Close an anomaly with the officer’s finding: justified, or a violation' })
  @Governed({ ...SUPERVISION, action: AuditAction.UPDATE })
  closeAccessAnomaly(@GovCtx() ctx: GovernedContext, @Args('input') input: CloseAccessAnomalyInput): Promise<AccessAnomalyView> {
    return this.anomalies.close(ctx, input);
  }
}
