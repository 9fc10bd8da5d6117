import { Injectable } from '@nestjs/common';
import { AbilityInput, AppAbility, newAbilityBuilder, PolicyRules } from './ability';

/** Builds the request's ability from every feature's registered rules, once per request and purpose. */
@Injectable()
export class AbilityFactory {
  private readonly contributors: PolicyRules[] = [];

  register(rules: PolicyRules): void {
    this.contributors.push(rules);
  }

  async build(input: AbilityInput): Promise<AppAbility> {
    const builder = newAbilityBuilder();
    for (const contributor of this.contributors) await contributor.contribute(builder, input);
    return builder.build();
  }
}
