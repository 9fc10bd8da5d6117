import { PlatformRole } from '@vangrail/core';
import { allow, AbilityInput, AppAbilityBuilder, PolicyRules, Purpose } from '@vangrail/privacy';

export const AUDIT_EVENT = 'AuditEvent';

/** The privacy officer reads the audit trail (metadata, pseudonymous subject keys, no content). */
export class PrivacyOfficeRules implements PolicyRules {
  contribute(builder: AppAbilityBuilder, { user, purpose }: AbilityInput): void {
    if (purpose === Purpose.PRIVACYTOEZICHT && user.roles.includes(PlatformRole.PRIVACY_OFFICER)) allow(builder, 'read', AUDIT_EVENT, undefined);
  }
}
