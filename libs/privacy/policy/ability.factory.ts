import { Injectable } from '@nestjs/common';
import { AbilityInput, AccessBasis, AppAbility, AppAbilityBuilder, newAbilityBuilder, PolicyRules, TENANT_FIELD } from './ability';

const BASES = new WeakMap<AppAbility, ReadonlyMap<string, AccessBasis>>();
const RESTRICTED = new WeakMap<AppAbility, ReadonlySet<string>>();

/** The bases the rules declared for this ability, by resource id or subject key (empty when none). */
export function accessBasesOf(ability: AppAbility): ReadonlyMap<string, AccessBasis> {
  return BASES.get(ability) ?? new Map();
}

/** The subjects under restriction (AVG art. 18) when this ability was built (empty when none). */
export function restrictedSubjectsOf(ability: AppAbility): ReadonlySet<string> {
  return RESTRICTED.get(ability) ?? new Set();
}

/**
 * Every rule is confined to the caller's tenant, so the ability refuses another tenant's records
 * on its own, not only because row-level security hides them (two independent layers: each
 * refuses with the other switched off, test/e2e/foundation/tenant-isolation-*.e2e-spec.ts).
 * abilityToSql turns the condition into `<alias>.tenant_id = :tenant` on every filtered query.
 */
function confineToTenant(builder: AppAbilityBuilder, tenantId: string): void {
  for (const rule of builder.rules) rule.conditions = { ...(rule.conditions as Record<string, unknown> | undefined), [TENANT_FIELD]: tenantId };
}

/** Builds the request's ability from every feature's registered rules, once per request and purpose. */
@Injectable()
export class AbilityFactory {
  private readonly contributors: PolicyRules[] = [];

  register(rules: PolicyRules): void {
    this.contributors.push(rules);
  }

  async build(input: AbilityInput): Promise<AppAbility> {
    const builder = newAbilityBuilder();
    const bases = new Map<string, AccessBasis>();
    const restricted = new Set<string>();
    const ruleInput = {
      ...input,
      declareBasis: (key: string, basis: AccessBasis) => void bases.set(key, basis),
      declareRestricted: (keys: readonly string[]) => keys.forEach((key) => restricted.add(key)),
    };
    for (const contributor of this.contributors) await contributor.contribute(builder, ruleInput);
    confineToTenant(builder, input.user.tenantId);
    const ability = builder.build();
    if (bases.size > 0) BASES.set(ability, bases);
    if (restricted.size > 0) RESTRICTED.set(ability, restricted);
    return ability;
  }
}
