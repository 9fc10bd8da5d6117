import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AuditAction, GovCtx, Governed, GovernedContext, Purpose } from '@vangrail/privacy';
import { SUBJECT } from '@vangrail/subjects';
import { LiftRestriction } from './lift-restriction.use-case';
import { RestrictSubject } from './restrict-subject.use-case';
import { SubjectRestrictionInput, SubjectRestrictionView } from './restriction.types';

/** AVG art. 18, handled by the privacy officer as data-subject request work (INZAGEVERZOEK: rights of data subjects, art. 15–18). */
const HANDLING = { resource: SUBJECT, action: AuditAction.UPDATE, purposes: [Purpose.INZAGEVERZOEK] };

@Resolver(() => SubjectRestrictionView)
export class RestrictionResolver {
  constructor(
    private readonly restrict: RestrictSubject,
    private readonly lift: LiftRestriction,
  ) {}

  @Mutation(() => SubjectRestrictionView, { description: 'AVG art. 18: only storage from now on; others are refused (RESTRICTED), new signals are stored and held' })
  @Governed(HANDLING)
  restrictSubject(@GovCtx() ctx: GovernedContext, @Args('input') input: SubjectRestrictionInput): Promise<SubjectRestrictionView> {
    return this.restrict.execute(ctx, input);
  }

  @Mutation(() => SubjectRestrictionView, { description: 'Lifts the restriction; held signals are routed (once, through the outbox)' })
  @Governed(HANDLING)
  liftRestriction(@GovCtx() ctx: GovernedContext, @Args('input') input: SubjectRestrictionInput): Promise<SubjectRestrictionView> {
    return this.lift.execute(ctx, input);
  }
}
