import { SetupError } from './log';
import { pgLoginError, redact, withCredentials, withPg } from './pg-client';
import { APP_PASSWORD, APP_ROLE, APP_ROLE_ATTRIBUTES, grantAppAccess } from './postgres-roles';

/**
 * With a DATABASE_URL of the user's own: the app role URL is DATABASE_APP_URL when given, otherwise
 * the same server and database as user vangrail_app (password APP_DB_PASSWORD), which is created
 * through the owner connection when missing.
 */
export async function externalAppUrl(databaseUrl: string): Promise<string> {
  const given = process.env.DATABASE_APP_URL;
  if (given) {
    const problem = await pgLoginError(given);
    if (problem) throw new SetupError(`DATABASE_APP_URL (${redact(given)}) does not accept a login: ${problem}`);
    return given;
  }
  const password = process.env.APP_DB_PASSWORD || APP_PASSWORD;
  const appUrl = withCredentials(databaseUrl, { user: APP_ROLE, password });
  const database = decodeURIComponent(new URL(databaseUrl).pathname.slice(1)) || 'postgres';
  try {
    await withPg(databaseUrl, async (client) => {
      const rows = (await client.query<{ ok: boolean }>(
        'SELECT rolcanlogin AND NOT rolsuper AND NOT rolbypassrls AS ok FROM pg_roles WHERE rolname = $1', [APP_ROLE],
      )).rows;
      if (rows.length === 0) {
        await client.query(`CREATE ROLE ${APP_ROLE} WITH ${APP_ROLE_ATTRIBUTES} PASSWORD ${client.escapeLiteral(password)}`);
      } else if (!rows[0].ok) {
        await client.query(`ALTER ROLE ${APP_ROLE} WITH ${APP_ROLE_ATTRIBUTES}`);
      }
      await grantAppAccess(client, database);
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SetupError(
      `Could not prepare role ${APP_ROLE} through DATABASE_URL (${reason}). As a superuser run: ` +
        `CREATE ROLE ${APP_ROLE} ${APP_ROLE_ATTRIBUTES} PASSWORD '…'; GRANT CONNECT ON DATABASE "${database}" TO ${APP_ROLE}; ` +
        `GRANT USAGE ON SCHEMA public TO ${APP_ROLE}; then set APP_DB_PASSWORD, or set DATABASE_APP_URL`,
    );
  }
  const problem = await pgLoginError(appUrl);
  if (problem) {
    throw new SetupError(`${APP_ROLE} cannot log in to ${redact(appUrl)} (${problem}): set APP_DB_PASSWORD to its password, or set DATABASE_APP_URL`);
  }
  return appUrl;
}
