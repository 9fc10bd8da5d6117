import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { conflict, forbidden, notFound } from '@vangrail/core';
import { AuditAction, DataCategory, GovernedContext, Purpose } from '@vangrail/privacy';
import { defaultRuleSpecs } from './default-rules';
import { RoutingRuleView, SaveRoutingRuleInput } from './dto/routing.types';
import { RoutingRule } from './entities/routing-rule.entity';
import { ROUTING_RULE } from './routing.policy';

/** The current (not superseded, not retired) rules of a tenant: what routing evaluates. */
export function currentRules(manager: EntityManager, tenantId: string): Promise<RoutingRule[]> {
  return manager.find(RoutingRule, { where: { tenantId, supersededAt: IsNull(), retiredAt: IsNull() }, order: { ruleKey: 'ASC' } });
}

/** Loads DOMAIN.md §5's defaults as version 1 of each rule; existing rules are left alone. */
export async function seedDefaultRules(manager: EntityManager, tenantId: string): Promise<void> {
  const rows = defaultRuleSpecs().map((spec) => ({ ...spec, tenantId, id: randomUUID(), version: 1, createdBy: null, supersededAt: null, retiredAt: null }));
  await manager.createQueryBuilder().insert().into(RoutingRule).values(rows).orIgnore().execute();
}

@Injectable()
export class RoutingRulesService {
  async list(ctx: GovernedContext): Promise<RoutingRuleView[]> {
    this.requireManage(ctx);
    const rules = await ctx.manager.find(RoutingRule, { where: { tenantId: ctx.tenantId, supersededAt: IsNull() }, order: { ruleKey: 'ASC' } });
    ctx.record({ action: AuditAction.SEARCH, reason: `${rules.length} routing rules listed` });
    return rules.map(toView);
  }

  /** A new version of an existing rule (its key) or a new rule; the previous version is superseded, not changed. */
  async save(ctx: GovernedContext, input: SaveRoutingRuleInput): Promise<RoutingRuleView> {
    this.requireManage(ctx);
    const ruleKey = input.ruleKey ?? `${input.categories[0] ?? 'ANY'}-${input.targetDiscipline}-${randomUUID().slice(0, 8)}`.toUpperCase();
    const previous = await ctx.manager.findOne(RoutingRule, {
      where: { tenantId: ctx.tenantId, ruleKey, supersededAt: IsNull() },
      lock: { mode: 'pessimistic_write' },
    });
    if (input.ruleKey && !previous) {
      // Versions exist but none is current: another administrator saved this rule at the same moment.
      if (await ctx.manager.existsBy(RoutingRule, { tenantId: ctx.tenantId, ruleKey })) {
        throw conflict(`Routing rule ${ruleKey} was changed at the same moment; reload and try again`, `Routeringsregel ${ruleKey} is tegelijk gewijzigd; laad opnieuw en probeer het nog eens`);
      }
      throw notFound(`Routing rule ${input.ruleKey}`, `Routeringsregel ${input.ruleKey}`);
    }
    if (previous) await ctx.manager.update(RoutingRule, { tenantId: ctx.tenantId, id: previous.id }, { supersededAt: new Date() });
    const rule = Object.assign(new RoutingRule(), {
      tenantId: ctx.tenantId,
      id: randomUUID(),
      ruleKey,
      version: (previous?.version ?? 0) + 1,
      name: input.name,
      categories: input.categories,
      requiredFlags: input.requiredFlags,
      urgencies: input.urgencies,
      subjectTypes: input.subjectTypes,
      reportingDomains: input.reportingDomains,
      targetDiscipline: input.targetDiscipline,
      deliveryPurpose: Purpose.SIGNAALBEOORDELING,
      allowedCategories: [...new Set(input.allowedCategories)].sort(),
      triageSeconds: input.triageSeconds ?? null,
      skipReporterDiscipline: input.skipReporterDiscipline ?? false,
      createdBy: ctx.user.id,
      supersededAt: null,
      retiredAt: null,
    });
    await ctx.manager.insert(RoutingRule, rule);
    ctx.record({ action: previous ? AuditAction.UPDATE : AuditAction.CREATE, resourceId: rule.id, reason: `rule ${ruleKey} version ${rule.version}` });
    return toView(await ctx.manager.findOneByOrFail(RoutingRule, { tenantId: ctx.tenantId, id: rule.id }));
  }

  async retire(ctx: GovernedContext, ruleKey: string): Promise<RoutingRuleView> {
    this.requireManage(ctx);
    const rule = await ctx.manager.findOneBy(RoutingRule, { tenantId: ctx.tenantId, ruleKey, supersededAt: IsNull() });
    if (!rule) throw notFound(`Routing rule ${ruleKey}`, `Routeringsregel ${ruleKey}`);
    if (rule.retiredAt) throw conflict(`Routing rule ${ruleKey} is already retired`, `Routeringsregel ${ruleKey} is al buiten gebruik`);
    rule.retiredAt = new Date();
    await ctx.manager.update(RoutingRule, { tenantId: ctx.tenantId, id: rule.id }, { retiredAt: rule.retiredAt });
    ctx.record({ action: AuditAction.UPDATE, resourceId: rule.id, reason: `rule ${ruleKey} retired` });
    return toView(rule);
  }

  private requireManage(ctx: GovernedContext): void {
    if (!ctx.ability.can('manage', ROUTING_RULE)) {
      throw forbidden('Only functional administrators manage routing rules', 'Alleen functioneel beheerders beheren routeringsregels');
    }
  }
}

function toView(rule: RoutingRule): RoutingRuleView {
  return { ...rule, allowedCategories: rule.allowedCategories as DataCategory[] } as RoutingRuleView;
}
