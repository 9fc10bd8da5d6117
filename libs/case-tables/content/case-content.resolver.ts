import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AuditAction, GovCtx, Governed, GovernedContext, Purpose } from '@vangrail/privacy';
import { Contributions, CONTRIBUTION } from './contributions.use-cases';
import { ACTION_ITEM, DECISION, DecisionsAndActionItems } from './decisions-and-action-items.use-cases';
import { AddActionItemInput, AddAddendumInput, AddContributionInput, CompleteActionItemInput, RecordDecisionInput } from './dto/content.inputs';
import { ActionItemView, ContributionView, DecisionView } from './dto/content.types';

@Resolver(() => ContributionView)
export class CaseContentResolver {
  constructor(
    private readonly contributions: Contributions,
    private readonly decisions: DecisionsAndActionItems,
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

  @Mutation(() => ActionItemView, { description: 'The owner completes an item; the chair or a case director may also cancel it' })
  @Governed({ resource: ACTION_ITEM, action: AuditAction.UPDATE, purposes: [Purpose.CASUSOVERLEG, Purpose.PLANUITVOERING] })
  completeActionItem(@GovCtx() ctx: GovernedContext, @Args('input') input: CompleteActionItemInput): Promise<ActionItemView> {
    return this.decisions.completeActionItem(ctx, input);
  }
}
