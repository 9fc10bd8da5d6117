import { Injectable } from '@nestjs/common';
import { AbilityInput, AccessBasis, AppAbility, newAbilityBuilder, PolicyRules } from './ability';

const BASES = new WeakMap<AppAbility, ReadonlyMap<string, AccessBasis>>();

/** The bases the rules declared for this ability, by resource id or subject key (empty when none). */
export function accessBasesOf(ability: AppAbility): ReadonlyMap<string, AccessBasis> {
  return BASES.get(ability) ?? new Map();
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
    const ruleInput = { ...input, declareBasis: (key: string, basis: AccessBasis) => void bases.set(key, basis) };
    for (const contributor of this.contributors) await contributor.contribute(builder, ruleInput);
    const ability = builder.build();
    if (bases.size > 0) BASES.set(ability, bases);
    return ability;
  }
}
