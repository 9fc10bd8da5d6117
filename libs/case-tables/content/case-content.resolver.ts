import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AuditAction, GovCtx, Governed, GovernedContext, Purpose } from '@vangrail/privacy';
import { Contributions, CONTRIBUTION } from './contributions.use-cases';
import { ACTION_ITEM, DECISION, DecisionsAndActionItems } from './decisions-and-action-items.use-cases';
import { AddActionItemInput, AddAddendumInput, AddContributionInput, CompleteActionItemInput, PostponeActionItemInput, ReassignActionItemsInput, RecordDecisionInput } from './dto/content.inputs';
import { ActionItemView, ContributionView, DecisionView, ReassignedActionItems } from './dto/content.types';
import { PostponeActionItem } from './postpone-action-item.use-case';
import { ReassignActionItems } from './reassign-action-items.use-case';

@Resolver(() => ContributionView)
export class CaseContentResolver {
  constructor(
    private readonly contributions: Contributions,
    private readonly decisions: DecisionsAndActionItems,
    private readonly postpone: PostponeActionItem,
    private readonly reassign: ReassignActionItems,
  ) {}

  @Mutation(() => ContributionView)
  @Governed({ resource: CONTRIBUTION, action: AuditAction.CREATE, purposes: [Purpose.CASUSOVERLEG] })
  addContribution(@GovCtx() ctx: GovernedContext, @Args('input') input: AddContributionInput): Promise<ContributionView> {
    return this.contributions.add(ctx, input);
  }

  @Mutation(() => ContributionView, { description: 'Corrects a contribution; returns the original with its addenda' })
  @Governed({ resource: CONTRIBUTION, action: AuditAction.CREATE, purposes: [Purpose.CASUSOVERLEG] })
  addAddendum(@GovCtx() ctx: GovernedContext, @Args('input') input: AddAddendumInput): Promise<ContributionView> {
    return this.contributions.addAddendum(ctx, input);
  }

  @Mutation(() => DecisionView)
  @Governed({ resource: DECISION, action: AuditAction.CREATE, purposes: [Purpose.CASUSOVERLEG] })
  recordDecision(@GovCtx() ctx: GovernedContext, @Args('input') input: RecordDecisionInput): Promise<DecisionView> {
    return this.decisions.recordDecision(ctx, input);
  }

  @Mutation(() => ActionItemView)
  @Governed({ resource: ACTION_ITEM, action: AuditAction.CREATE, purposes: [Purpose.CASUSOVERLEG] })
  addActionItem(@GovCtx() ctx: GovernedContext, @Args('input') input: AddActionItemInput): Promise<ActionItemView> {
    return this.decisions.addActionItem(ctx, input);
  }

  @Mutation(() => ActionItemView, { description: 'Move an open action item’s due moment later, with a reason; every postponement is kept' })
  @Governed({ resource: ACTION_ITEM, action: AuditAction.UPDATE, purposes: [Purpose.CASUSOVERLEG] })
  postponeActionItem(@GovCtx() ctx: GovernedContext, @Args('input') input: PostponeActionItemInput): Promise<ActionItemView> {
    return this.postpone.execute(ctx, input);
  }

  @Mutation(() => ReassignedActionItems, { description: 'Give a member’s open action items to another member, on one case or on every case of a table you lead' })
  @Governed({ resource: ACTION_ITEM, action: AuditAction.UPDATE, purposes: [Purpose.CASUSOVERLEG] })
  reassignActionItems(@GovCtx() ctx: GovernedContext, @Args('input') input: ReassignActionItemsInput): Promise<ReassignedActionItems> {
    return this.reassign.execute(ctx, input);
  }

  @Mutation(() => ActionItemView, { description: 'The owner completes an item (with its result); the chair or a case director may also cancel it' })
  @Governed({ resource: ACTION_ITEM, action: AuditAction.UPDATE, purposes: [Purpose.CASUSOVERLEG, Purpose.PLANUITVOERING] })
  completeActionItem(@GovCtx() ctx: GovernedContext, @Args('input') input: CompleteActionItemInput): Promise<ActionItemView> {
    return this.decisions.completeActionItem(ctx, input);
  }
}
