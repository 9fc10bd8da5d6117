import { subject } from '@casl/ability';
import type { Action, AppAbility } from '@vangrail/privacy';

/**
 * Checks the request's ability against one record's own fields in memory. Only for rules on own
 * columns (create/update/manage here); rules over relations are checked in SQL (ctx.filter).
 * `tenantId` is the record's own: every rule is confined to the caller's tenant.
 */
export function canOn(ability: AppAbility, action: Action, type: string, fields: { tenantId: string } & Record<string, unknown>): boolean {
  // Our resources are named by string (libs/privacy/policy/ability.ts); CASL's types expect a subject class.
  return ability.can(action, subject(type, { ...fields }) as unknown as string);
}
