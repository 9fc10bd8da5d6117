import type { PgClient } from './pg-client';

/** The two roles of the contract: migrations run as the owner, the API and worker as the app role. */
export const OWNER_ROLE = 'vangrail_owner';
export const APP_ROLE = 'vangrail_app';
export const OWNER_PASSWORD = 'vangrail_owner';
export const APP_PASSWORD = 'vangrail_app';

/** Row-level security only holds for a role that is neither superuser nor BYPASSRLS. */
export const APP_ROLE_ATTRIBUTES = 'LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE';
export const OWNER_ROLE_ATTRIBUTES = 'LOGIN NOSUPERUSER CREATEROLE';

/** Creates the role, or (as superuser) brings an existing one back to these attributes and password. */
export async function createOrAlterRole(client: PgClient, role: string, attributes: string, password: string): Promise<void> {
  const verb = (await roleExists(client, role)) ? 'ALTER' : 'CREATE';
  await client.query(`${verb} ROLE ${client.escapeIdentifier(role)} WITH ${attributes} PASSWORD ${client.escapeLiteral(password)}`);
}

export async function roleExists(client: PgClient, role: string): Promise<boolean> {
  return (await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role])).rows.length > 0;
}

/** Lets the app role connect to `database` and use its public schema (table grants come from migrations). */
export async function grantAppAccess(client: PgClient, database: string): Promise<void> {
  await client.query(`GRANT CONNECT ON DATABASE ${client.escapeIdentifier(database)} TO ${APP_ROLE}`);
  await client.query(`GRANT USAGE ON SCHEMA public TO ${APP_ROLE}`);
}
