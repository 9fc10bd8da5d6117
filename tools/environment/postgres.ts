import { say } from './log';
import { pgLoginError, redact, withCredentials } from './pg-client';
import { provisionDatabase } from './postgres-embedded-setup';
import { externalAppUrl } from './postgres-external';
import { APP_PASSWORD, APP_ROLE, OWNER_PASSWORD, OWNER_ROLE } from './postgres-roles';
import { ensurePostgresServer, superuserUrl } from './postgres-server';
import type { Mode } from './mode';

export interface DatabaseEnv {
  DATABASE_URL: string;
  DATABASE_APP_URL: string;
  /** Test runs on the embedded server only: e2e tests act as a superuser tampering with the audit table. */
  DATABASE_SUPERUSER_URL?: string;
}

/** DATABASE_URL when it answers, otherwise the embedded server (port VANGRAIL_PG_PORT, default 5433). */
export async function ensurePostgres(mode: Mode): Promise<DatabaseEnv> {
  const given = process.env.DATABASE_URL;
  if (given) {
    const problem = await pgLoginError(given);
    if (!problem) {
      say(`PostgreSQL: using DATABASE_URL ${redact(given)}`);
      return { DATABASE_URL: given, DATABASE_APP_URL: await externalAppUrl(given) };
    }
    say(`PostgreSQL: DATABASE_URL ${redact(given)} does not answer (${problem}); using the embedded server instead`);
  }

  const port = Number(process.env.VANGRAIL_PG_PORT || 5433);
  await ensurePostgresServer(port);
  const database = mode === 'test' ? 'vangrail_test' : 'vangrail';
  await provisionDatabase(port, database, { recreate: mode === 'test' });
  const superuser = superuserUrl(port, database);
  return {
    DATABASE_URL: withCredentials(superuser, { user: OWNER_ROLE, password: OWNER_PASSWORD }),
    DATABASE_APP_URL: withCredentials(superuser, { user: APP_ROLE, password: APP_PASSWORD }),
    ...(mode === 'test' ? { DATABASE_SUPERUSER_URL: superuser } : {}),
  };
}
