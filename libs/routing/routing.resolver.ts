import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ParseIdPipe } from '@vangrail/core';
import { AuditAction, GovCtx, Governed, GovernedContext, Purpose } from '@vangrail/privacy';
import { PreviewRoutingInput } from '@vangrail/signals/dto/register-signal.input';
import { SIGNAL } from '@vangrail/signals/signals.policy';
import { DeadLetterView, RoutingExplanationView, RoutingRuleView, SaveRoutingRuleInput } from './dto/routing.types';
import { DeadLettersService } from './dead-letters.service';
import { RoutingExplainService } from './routing-explain.service';
import { RoutingRulesService } from './routing-rules.service';
import { DEAD_LETTER, ROUTING_RULE } from './routing.policy';

const CONFIGURATION = { purposes: [Purpose.BEHEER] };

@Resolver(() => RoutingRuleView)
export class RoutingResolver {
  constructor(
    private readonly rules: RoutingRulesService,
    private readonly explainer: RoutingExplainService,
    private readonly deadLetterStore: DeadLettersService,
  ) {}

  @Query(() => [RoutingRuleView], { description: 'Current version of every routing rule (retired ones included, marked)' })
  @Governed({ ...CONFIGURATION, resource: ROUTING_RULE, action: AuditAction.SEARCH })
  routingRules(@GovCtx() ctx: GovernedContext): Promise<RoutingRuleView[]> {
    return this.rules.list(ctx);
  }

  @Mutation(() => RoutingRuleView, { description: 'Save a routing rule as a new version' })
  @Governed({ ...CONFIGURATION, resource: ROUTING_RULE, action: AuditAction.UPDATE })
  saveRoutingRule(@GovCtx() ctx: GovernedContext, @Args('input') input: SaveRoutingRuleInput): Promise<RoutingRuleView> {
    return this.rules.save(ctx, input);
  }

  @Mutation(() => RoutingRuleView)
  @Governed({ ...CONFIGURATION, resource: ROUTING_RULE, action: AuditAction.UPDATE })
  retireRoutingRule(@GovCtx() ctx: GovernedContext, @Args('ruleKey') ruleKey: string): Promise<RoutingRuleView> {
    return this.rules.retire(ctx, ruleKey);
  }

  @Query(() => RoutingExplanationView, { description: 'Where would a signal like this go, and why? Nothing is stored.' })
  @Governed({ resource: ROUTING_RULE, action: AuditAction.READ, purposes: [Purpose.SIGNALERING, Purpose.BEHEER] })
  previewRouting(@GovCtx() ctx: GovernedContext, @Args('input') input: PreviewRoutingInput): Promise<RoutingExplanationView> {
    return this.explainer.preview(ctx, input);
  }

  @Query(() => RoutingExplanationView, { description: 'Which rules (and versions) sent this signal where, and why' })
  @Governed({ resource: SIGNAL, action: AuditAction.READ, purposes: [Purpose.SIGNALERING, Purpose.SIGNAALBEOORDELING, Purpose.PRIVACYTOEZICHT] })
  explainRouting(@GovCtx() ctx: GovernedContext, @Args('signalId', { type: () => ID }, new ParseIdPipe('signalId')) signalId: string): Promise<RoutingExplanationView> {
    return this.explainer.explain(ctx, signalId);
  }

  @Query(() => [DeadLetterView], { description: 'Queue jobs that failed every attempt and wait for replay' })
  @Governed({ ...CONFIGURATION, resource: DEAD_LETTER, action: AuditAction.SEARCH })
  deadLetters(@GovCtx() ctx: GovernedContext): Promise<DeadLetterView[]> {
    return this.deadLetterStore.list(ctx);
  }

  @Mutation(() => [DeadLetterView], { description: 'Put dead letters (all, or the given ids) back on their queues' })
  @Governed({ ...CONFIGURATION, resource: DEAD_LETTER, action: AuditAction.UPDATE })
  replayDeadLetters(
    @GovCtx() ctx: GovernedContext,
    @Args('ids', { type: () => [ID], nullable: true }) ids?: string[],
  ): Promise<DeadLetterView[]> {
    return this.deadLetterStore.replay(ctx, ids);
  }
}
