import { Injectable } from '@nestjs/common';
import { DOMAIN_OF, Discipline, notFound } from '@vangrail/core';
import { AuditAction, GovernedContext } from '@vangrail/privacy';
import { Delivery } from '@vangrail/inbox/entities/delivery.entity';
import { Signal } from '@vangrail/signals/entities/signal.entity';
import { SIGNAL, SIGNAL_SQL } from '@vangrail/signals/signals.policy';
import { PreviewRoutingInput } from '@vangrail/signals/dto/register-signal.input';
import { RoutingExplanationView, RoutingTargetView } from './dto/routing.types';
import type { RoutingExplanation } from './routing-explanation';
import { currentRules } from './routing-rules.service';
import { evaluateRouting } from './rule-evaluation';

/** "Why did building inspection receive this?" and "where would this go?": answers in words. */
@Injectable()
export class RoutingExplainService {
  async explain(ctx: GovernedContext, signalId: string): Promise<RoutingExplanationView> {
    const filter = ctx.filter(SIGNAL, SIGNAL_SQL, 'explain');
    const signal = await ctx.manager.createQueryBuilder(Signal, 's').where('s.id = :signalId', { signalId }).andWhere(filter.sql, filter.params).getOne();
    if (!signal) throw notFound('Signal', 'Signaal', signalId);
    const deliveries = await ctx.manager.findBy(Delivery, { tenantId: ctx.tenantId, signalId });
    ctx.record({ action: AuditAction.READ, resourceId: signalId, reason: 'routing explanation (metadata, no content)' });
    return view(signal.id, signal.routingExplanation, signal.routedAt !== null, deliveries);
  }

  async preview(ctx: GovernedContext, input: PreviewRoutingInput): Promise<RoutingExplanationView> {
    const rules = await currentRules(ctx.manager, ctx.tenantId);
    const discipline = ctx.user.discipline;
    const explanation = evaluateRouting(rules, {
      category: input.category,
      flags: input.flags,
      urgency: input.urgency,
      subjectTypes: input.subjectTypes,
      reportingDomain: discipline ? DOMAIN_OF[discipline] : 'NONE',
      reportingDiscipline: discipline ?? 'NONE',
    });
    return view(null, explanation, false, []);
  }
}

function view(signalId: string | null, explanation: RoutingExplanation | null, routed: boolean, deliveries: Delivery[]): RoutingExplanationView {
  const targets: RoutingTargetView[] = (explanation?.targets ?? []).map((target) => {
    const delivery = deliveries.find((d) => d.discipline === target.discipline);
    return {
      discipline: target.discipline as Discipline,
      domain: target.domain,
      purpose: target.purpose,
      allowedCategories: target.allowedCategories,
      triageSeconds: target.triageSeconds,
      rules: target.rules,
      skipped: target.skipped ?? null,
      deliveryId: delivery?.id ?? null,
      deliveryState: delivery?.state ?? null,
    } as RoutingTargetView;
  });
  return {
    signalId,
    routed,
    evaluatedAt: explanation ? new Date(explanation.evaluatedAt) : null,
    rulesEvaluated: explanation?.rulesEvaluated ?? 0,
    targets,
  };
}
