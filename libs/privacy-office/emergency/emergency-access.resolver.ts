import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuditAction, GovCtx, Governed, GovernedContext, Purpose } from '@vangrail/privacy';
import { EMERGENCY_ACCESS } from '../privacy-office.policy';
import { EmergencyAccessService } from './emergency-access.service';
import { EmergencyAccessReviewFilter, EmergencyAccessView, RequestEmergencyAccessInput, ReviewEmergencyAccessInput } from './emergency-access.types';

const SUPERVISION = { resource: EMERGENCY_ACCESS, purposes: [Purpose.PRIVACYTOEZICHT] };

@Resolver(() => EmergencyAccessView)
export class EmergencyAccessResolver {
  constructor(private readonly emergency: EmergencyAccessService) {}

  @Mutation(() => EmergencyAccessView, { description: 'Break-the-glass: a time-limited grant on one case or subject (default 1 hour, at most 24); officers and the chair are told' })
  @Governed({ resource: EMERGENCY_ACCESS, action: AuditAction.CREATE, purposes: [Purpose.NOODTOEGANG] })
  requestEmergencyAccess(@GovCtx() ctx: GovernedContext, @Args('input') input: RequestEmergencyAccessInput): Promise<EmergencyAccessView> {
    return this.emergency.request(ctx, input);
  }

  @Query(() => [EmergencyAccessView], { description: 'Emergency access grants, newest first, with how often each was used' })
  @Governed({ ...SUPERVISION, action: AuditAction.SEARCH })
  emergencyAccessReviews(
    @GovCtx() ctx: GovernedContext,
    @Args('filter', { type: () => EmergencyAccessReviewFilter, nullable: true }) filter?: EmergencyAccessReviewFilter,
  ): Promise<EmergencyAccessView[]> {
    return this.emergency.reviews(ctx, filter ?? {});
  }

  @Mutation(() => EmergencyAccessView, { description: 'Closes the review of a grant as justified or as a violation, with the finding' })
  @Governed({ ...SUPERVISION, action: AuditAction.UPDATE })
  reviewEmergencyAccess(@GovCtx() ctx: GovernedContext, @Args('input') input: ReviewEmergencyAccessInput): Promise<EmergencyAccessView> {
    return this.emergency.review(ctx, input);
  }
}
