/**
 * The slice of node-postgres the set-up tooling uses. `pg` ships no type declarations and
 * @types/pg is not a dependency, so it is typed here.
 */
export interface PgClient {
  connect(): Promise<void>;
  query<Row = Record<string, unknown>>(sql: string, values?: unknown[]): Promise<{ rows: Row[] }>;
  end(): Promise<void>;
  escapeIdentifier(value: string): string;
  escapeLiteral(value: string): string;
  on(event: 'error', listener: (error: Error) => void): void;
}

interface PgModule {
  Client: new (config: { connectionString: string; connectionTimeoutMillis?: number }) => PgClient;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- untyped module, typed above
const pg = require('pg') as PgModule;

/** Opens one connection, runs `work`, always closes it. */
export async function withPg<T>(url: string, work: (client: PgClient) => Promise<T>, timeoutMs = 3000): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on('error', () => undefined); // a dropped connection surfaces as a failed query instead
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** undefined when `url` accepts a login, otherwise the reason it does not. */
export async function pgLoginError(url: string, timeoutMs = 3000): Promise<string | undefined> {
  try {
    await withPg(url, async (client) => client.query('SELECT 1'), timeoutMs);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Replaces the user, password and/or database of a postgres:// URL. */
export function withCredentials(url: string, changes: { user?: string; password?: string; database?: string }): string {
  const parsed = new URL(url);
  if (changes.user !== undefined) parsed.username = encodeURIComponent(changes.user);
  if (changes.password !== undefined) parsed.password = encodeURIComponent(changes.password);
  if (changes.database !== undefined) parsed.pathname = `/${encodeURIComponent(changes.database)}`;
  return parsed.toString();
}

/** For messages: the URL without its password. */
export function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
