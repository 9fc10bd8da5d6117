import { allow, AbilityInput, AppAbilityBuilder, PolicyRules, Purpose, SqlMapping } from '@vangrail/privacy';

export const DELIVERY = 'Delivery';

export const DELIVERY_SQL: SqlMapping = { alias: 'd', columns: { id: 'id', discipline: 'discipline', state: 'state' } };

/** A discipline triages what was delivered to it (SIGNAALBEOORDELING), nothing else. */
export class InboxRules implements PolicyRules {
  contribute(builder: AppAbilityBuilder, { user, purpose }: AbilityInput): void {
    if (purpose === Purpose.SIGNAALBEOORDELING && user.discipline) {
      allow(builder, 'read', DELIVERY, undefined, { discipline: user.discipline });
      allow(builder, 'update', DELIVERY, undefined, { discipline: user.discipline });
    }
  }
}
