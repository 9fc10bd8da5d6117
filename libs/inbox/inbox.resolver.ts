import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PageArgs, ParseIdPipe } from '@vangrail/core';
import { AuditAction, GovCtx, Governed, GovernedContext, Purpose } from '@vangrail/privacy';
import { DeclineDeliveryInput, DeliveryView, EscalateDeliveryInput, InboxFilter, InboxPage } from './dto/delivery.types';
import { DELIVERY } from './inbox.policy';
import { InboxService } from './inbox.service';
import { TriageService } from './triage/triage.service';

const TRIAGE = { resource: DELIVERY, purposes: [Purpose.SIGNAALBEOORDELING] };

@Resolver(() => DeliveryView)
export class InboxResolver {
  constructor(
    private readonly inboxService: InboxService,
    private readonly triage: TriageService,
  ) {}

  @Query(() => InboxPage, {
    description: 'Your discipline’s inbox: open work first (finished on request), earliest triage deadline first, paged with first/after, with counts per state and deadline band',
  })
  @Governed({ ...TRIAGE, action: AuditAction.SEARCH })
  inbox(
    @GovCtx() ctx: GovernedContext,
    @Args('filter', { type: () => InboxFilter, nullable: true }) filter?: InboxFilter,
    @Args() page?: PageArgs,
  ): Promise<InboxPage> {
    return this.inboxService.inbox(ctx, filter ?? {}, page);
  }

  @Query(() => DeliveryView)
  @Governed({ ...TRIAGE, action: AuditAction.READ })
  delivery(@GovCtx() ctx: GovernedContext, @Args('id', { type: () => ID }, new ParseIdPipe()) id: string): Promise<DeliveryView> {
    return this.inboxService.findOne(ctx, id);
  }

  @Mutation(() => DeliveryView)
  @Governed({ ...TRIAGE, action: AuditAction.UPDATE })
  startTriage(@GovCtx() ctx: GovernedContext, @Args('deliveryId', { type: () => ID }, new ParseIdPipe('deliveryId')) id: string): Promise<DeliveryView> {
    return this.triage.startTriage(ctx, id);
  }

  @Mutation(() => DeliveryView)
  @Governed({ ...TRIAGE, action: AuditAction.UPDATE })
  acceptDelivery(@GovCtx() ctx: GovernedContext, @Args('deliveryId', { type: () => ID }, new ParseIdPipe('deliveryId')) id: string): Promise<DeliveryView> {
    return this.triage.accept(ctx, id);
  }

  @Mutation(() => DeliveryView, { description: 'Decline with a reason (required)' })
  @Governed({ ...TRIAGE, action: AuditAction.UPDATE })
  declineDelivery(@GovCtx() ctx: GovernedContext, @Args('input') input: DeclineDeliveryInput): Promise<DeliveryView> {
    return this.triage.decline(ctx, input);
  }

  @Mutation(() => DeliveryView, { description: 'Turn the delivery into a case at a case table (or link it to the open case there)' })
  @Governed({ ...TRIAGE, action: AuditAction.UPDATE })
  escalateDelivery(@GovCtx() ctx: GovernedContext, @Args('input') input: EscalateDeliveryInput): Promise<DeliveryView> {
    return this.triage.escalate(ctx, input);
  }
}
