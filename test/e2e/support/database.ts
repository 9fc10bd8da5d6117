import { Client } from 'pg';
import { demoId } from '../../../tools/demo-data';

export const DEMODAM = demoId('tenant:demodam');
export const TWEESTAD = demoId('tenant:tweestad');

/** A direct connection for assertions: 'owner' (migrations role), 'app' (application role) or 'superuser'. */
export async function connect(as: 'owner' | 'app' | 'superuser'): Promise<Client> {
  const url =
    as === 'owner' ? process.env.DATABASE_URL : as === 'app' ? process.env.DATABASE_APP_URL : process.env.DATABASE_SUPERUSER_URL;
  if (!url) throw new Error(`no connection URL for ${as} in the test environment`);
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

/** Runs queries with the tenant set, as the request pipeline does. */
export async function asTenant<T>(client: Client, tenantId: string, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    await client.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
    return await work();
  } finally {
    await client.query('ROLLBACK');
  }
}

export interface AuditRow {
  seq: string;
  action: string;
  outcome: string;
  purpose: string | null;
  resource_type: string;
  resource_id: string | null;
  subject_keys: string[];
  data_categories: string[];
  reason: string | null;
  legal_basis: string | null;
  emergency_access: boolean;
  username: string | null;
}

/** The audit events one request left behind (by X-Request-Id). */
export async function auditEventsFor(requestId: string, tenantId = DEMODAM): Promise<AuditRow[]> {
  const client = await connect('owner');
  try {
    return await asTenant(client, tenantId, async () => {
      const { rows } = await client.query<AuditRow>(
        `SELECT seq, action, outcome, purpose, resource_type, resource_id, subject_keys, data_categories, reason, legal_basis, emergency_access, username
           FROM audit_event WHERE tenant_id = $1 AND request_id = $2 ORDER BY seq`,
        [tenantId, requestId],
      );
      return rows;
    });
  } finally {
    await client.end();
  }
}

/** Id of a demo subject by its seed name, looked up through its natural key. */
export async function demoSubjectId(tenantId: string, where: { addressKey?: string; kvk?: string; name?: string }): Promise<string> {
  const client = await connect('owner');
  try {
    return await asTenant(client, tenantId, async () => {
      const { rows } = await client.query<{ id: string }>(
        `SELECT id FROM subject WHERE tenant_id = $1 AND (address_key = $2 OR kvk_number = $3 OR name = $4) LIMIT 1`,
        [tenantId, where.addressKey ?? null, where.kvk ?? null, where.name ?? null],
      );
      if (!rows[0]) throw new Error(`demo subject ${JSON.stringify(where)} not found; is the demo data loaded?`);
      return rows[0].id;
    });
  } finally {
    await client.end();
  }
}
