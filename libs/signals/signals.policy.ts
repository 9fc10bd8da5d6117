import { allow, AbilityInput, AppAbilityBuilder, PolicyRules, Purpose, SqlMapping } from '@vangrail/privacy';

export const SIGNAL = 'Signal';

export const SIGNAL_SQL: SqlMapping = {
  alias: 's',
  columns: { id: 'id', reporterUserId: 'reporter_user_id' },
  relations: {
    deliveries: { table: 'delivery', alias: 'd', join: 'd.tenant_id = s.tenant_id AND d.signal_id = s.id', columns: { discipline: 'discipline' } },
  },
};

/**
 * Reporters read their own signals (SIGNALERING); the disciplines a signal was delivered to and
 * the privacy officer may see why it was routed (`explain`: metadata, no content).
 */
export class SignalRules implements PolicyRules {
  contribute(builder: AppAbilityBuilder, { user, purpose }: AbilityInput): void {
    if (purpose === Purpose.SIGNALERING && user.discipline) {
      allow(builder, 'create', SIGNAL, undefined);
      allow(builder, 'read', SIGNAL, undefined, { reporterUserId: user.id });
      allow(builder, 'explain', SIGNAL, undefined, { reporterUserId: user.id });
    }
    if (purpose === Purpose.SIGNAALBEOORDELING && user.discipline) {
      allow(builder, 'explain', SIGNAL, undefined, { 'deliveries.discipline': user.discipline });
    }
    if (purpose === Purpose.PRIVACYTOEZICHT) allow(builder, 'explain', SIGNAL, undefined);
  }
}
