import { randomUUID } from 'node:crypto';
import { asTenant, connect, DEMODAM } from './database';
import { graphql, GraphQLResult } from './graphql';
import { tokenFor } from './tokens';

export const REGISTER_SIGNAL = `mutation($input: RegisterSignalInput!) {
  registerSignal(input: $input) {
    duplicate
    knownElsewhere { discipline contact since }
    signal { id category routed description subjects { role subject { id type } } }
  }
}`;

export interface SignalDraft {
  category: string;
  flags?: string[];
  urgency?: string;
  subjects?: Record<string, unknown>[];
  description?: string;
  dataCategories?: string[];
  clientKey?: string;
  observedAt?: string;
}

/** A unique address per call, so tests never see each other's hits. */
export function freshAddress(): Record<string, unknown> {
  const n = Math.floor(Math.random() * 90000) + 1000;
  return { address: { postcode: '9992ZZ', houseNumber: n, houseNumberAddition: randomUUID().slice(0, 6).toUpperCase(), street: 'Proefstraat', town: 'Demodam' } };
}

export async function registerSignal(baseUrl: string, username: string, draft: SignalDraft): Promise<GraphQLResult<Record<string, any>>> {
  return graphql(baseUrl, {
    query: REGISTER_SIGNAL,
    token: await tokenFor(username),
    purpose: 'SIGNALERING',
    variables: {
      input: {
        clientKey: draft.clientKey ?? `e2e-${randomUUID()}`,
        category: draft.category,
        flags: draft.flags ?? [],
        urgency: draft.urgency ?? 'NORMAL',
        subjects: draft.subjects ?? [freshAddress()],
        description: draft.description ?? 'Waarneming tijdens huisbezoek.',
        dataCategories: draft.dataCategories ?? ['WONEN'],
        observedAt: draft.observedAt ?? new Date(Date.now() - 3600_000).toISOString(),
      },
    },
  });
}

export interface DeliveryRow {
  id: string;
  discipline: string;
  domain: string;
  state: string;
  rule_key: string;
  rule_version: number;
  allowed_categories: string[];
  overdue_at: Date | null;
}

/** The deliveries of a signal, straight from the database (owner connection, tenant set). */
export async function deliveriesOf(signalId: string, tenantId = DEMODAM): Promise<DeliveryRow[]> {
  const client = await connect('owner');
  try {
    return await asTenant(client, tenantId, async () => {
      const { rows } = await client.query<DeliveryRow>(
        `SELECT id, discipline, domain, state, rule_key, rule_version, allowed_categories, overdue_at FROM delivery WHERE tenant_id = $1 AND signal_id = $2 ORDER BY discipline`,
        [tenantId, signalId],
      );
      return rows;
    });
  } finally {
    await client.end();
  }
}

export async function signalRouted(signalId: string, tenantId = DEMODAM): Promise<boolean> {
  const client = await connect('owner');
  try {
    return await asTenant(client, tenantId, async () => {
      const { rows } = await client.query(`SELECT routed_at FROM signal WHERE tenant_id = $1 AND id = $2`, [tenantId, signalId]);
      return rows[0]?.routed_at != null;
    });
  } finally {
    await client.end();
  }
}
