import { PlatformRole } from '@vangrail/core';
import { allow, AbilityInput, AppAbilityBuilder, PolicyRules, Purpose } from '@vangrail/privacy';

export const ROUTING_RULE = 'RoutingRule';
export const DEAD_LETTER = 'DeadLetter';

/** Functional administrators manage routing configuration and the dead-letter store (BEHEER): no case content. */
export class RoutingRules implements PolicyRules {
  contribute(builder: AppAbilityBuilder, { user, purpose }: AbilityInput): void {
    if (purpose === Purpose.BEHEER && user.roles.includes(PlatformRole.FUNCTIONAL_ADMINISTRATOR)) {
      allow(builder, 'manage', ROUTING_RULE, undefined);
      allow(builder, 'manage', DEAD_LETTER, undefined);
    }
  }
}
