import { withPg } from './pg-client';
import {
  APP_PASSWORD, APP_ROLE, APP_ROLE_ATTRIBUTES, createOrAlterRole, grantAppAccess, OWNER_PASSWORD, OWNER_ROLE, OWNER_ROLE_ATTRIBUTES,
} from './postgres-roles';
import { superuserUrl } from './postgres-server';

/**
 * As superuser, idempotently: both roles, the database owned by vangrail_owner (dropped first when
 * `recreate`, so the test run migrates an empty database), and its public schema.
 */
export async function provisionDatabase(port: number, database: string, options: { recreate: boolean }): Promise<void> {
  await withPg(superuserUrl(port, 'postgres'), async (client) => {
    await createOrAlterRole(client, OWNER_ROLE, OWNER_ROLE_ATTRIBUTES, OWNER_PASSWORD);
    await createOrAlterRole(client, APP_ROLE, APP_ROLE_ATTRIBUTES, APP_PASSWORD);
    const name = client.escapeIdentifier(database);
    if (options.recreate) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    const exists = (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])).rows.length > 0;
    await client.query(exists ? `ALTER DATABASE ${name} OWNER TO ${OWNER_ROLE}` : `CREATE DATABASE ${name} OWNER ${OWNER_ROLE}`);
  });
  await withPg(superuserUrl(port, database), async (client) => {
    await client.query(`ALTER SCHEMA public OWNER TO ${OWNER_ROLE}`);
    await grantAppAccess(client, database);
  });
}
