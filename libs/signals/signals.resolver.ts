import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PageArgs, ParseIdPipe } from '@vangrail/core';
import { AuditAction, GovCtx, Governed, GovernedContext, Purpose } from '@vangrail/privacy';
import { SubjectInput } from '@vangrail/subjects';
import { RegisterSignalInput } from './dto/register-signal.input';
import { KnownInvolvement, RegisterSignalResult, SignalPage, SignalView } from './dto/signal.type';
import { RegisterSignal } from './register-signal/register-signal.use-case';
import { SignalsService } from './signals.service';
import { SIGNAL } from './signals.policy';

@Resolver(() => SignalView)
export class SignalsResolver {
  constructor(
    private readonly signals: SignalsService,
    private readonly registerSignalUseCase: RegisterSignal,
  ) {}

  @Mutation(() => RegisterSignalResult, { description: 'Flag a signal; it is routed on the queue. Same clientKey, same signal.' })
  @Governed({ resource: SIGNAL, action: AuditAction.CREATE, purposes: [Purpose.SIGNALERING] })
  registerSignal(@GovCtx() ctx: GovernedContext, @Args('input') input: RegisterSignalInput): Promise<RegisterSignalResult> {
    return this.registerSignalUseCase.execute(ctx, input);
  }

  @Query(() => SignalView, { description: 'One of your own signals' })
  @Governed({ resource: SIGNAL, action: AuditAction.READ, purposes: [Purpose.SIGNALERING] })
  signal(@GovCtx() ctx: GovernedContext, @Args('id', { type: () => ID }, new ParseIdPipe()) id: string): Promise<SignalView> {
    return this.signals.findOne(ctx, id);
  }

  @Query(() => SignalPage, { description: 'Your own signals, newest first, paged with first/after; awaitingDecision: only those not yet decided by every discipline' })
  @Governed({ resource: SIGNAL, action: AuditAction.SEARCH, purposes: [Purpose.SIGNALERING] })
  mySignalsPage(
    @GovCtx() ctx: GovernedContext,
    @Args() page: PageArgs,
    @Args('awaitingDecision', { defaultValue: false }) awaitingDecision: boolean,
  ): Promise<SignalPage> {
    return this.signals.page(ctx, page, awaitingDecision);
  }

  @Query(() => [SignalView], { description: 'Your own signals, newest first (at most `limit`)', deprecationReason: 'Use mySignalsPage: it pages with first/after and says whether more follow' })
  @Governed({ resource: SIGNAL, action: AuditAction.SEARCH, purposes: [Purpose.SIGNALERING] })
  mySignals(@GovCtx() ctx: GovernedContext, @Args('limit', { type: () => Int, defaultValue: 50 }) limit: number): Promise<SignalView[]> {
    return this.signals.list(ctx, { limit: Math.min(Math.max(limit, 1), 200) });
  }

  @Query(() => [KnownInvolvement], { description: 'Hit / no-hit: which other disciplines actively work on this subject, and how to reach them' })
  @Governed({ resource: 'KnownElsewhere', action: AuditAction.LOOKUP, purposes: [Purpose.SIGNALERING] })
  knownElsewhere(@GovCtx() ctx: GovernedContext, @Args('subject') subject: SubjectInput): Promise<KnownInvolvement[]> {
    return this.signals.knownElsewhere(ctx, subject);
  }
}
