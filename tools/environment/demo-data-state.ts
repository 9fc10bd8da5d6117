import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, STATE_DIR } from './paths';
import { withPg } from './pg-client';

/**
 * Whether this database already holds the demo data of this build, so a second `npm start` need not
 * load it again (the seed is idempotent but costs seconds of CPU while the API boots beside it).
 *
 * The mark lives in `.vangrail/`, not in the schema: it names the database by its oid (a dropped and
 * recreated database gets a new one), the build (any source change rebuilds dist/ and so reloads) and
 * the data keys (the BSN blind index and encryption depend on them). `npm run seed:demo` always loads.
 */
const MARK_FILE = path.join(STATE_DIR, 'demo-data.json');

export async function demoDataFingerprint(): Promise<string> {
  const url = process.env.DATABASE_URL!;
  const database = await withPg(url, async (client) => {
    const { rows } = await client.query<{ oid: string; tenants: number }>(
      `SELECT (SELECT oid::text FROM pg_database WHERE datname = current_database()) AS oid,
              (SELECT count(*)::int FROM tenant WHERE slug IN ('demodam', 'tweestad')) AS tenants`,
    );
    return rows[0];
  });
  if (database.tenants < 2) return 'absent';
  const build = readFileSync(path.join(ROOT, 'dist', '.build-stamp'), 'utf8');
  const keys = [process.env.PII_ENCRYPTION_KEYS, process.env.BLIND_INDEX_KEY].join('\n');
  return createHash('sha256').update([new URL(url).host, new URL(url).pathname, database.oid, build, keys].join('\0')).digest('hex');
}

export function demoDataIsCurrent(fingerprint: string): boolean {
  if (fingerprint === 'absent' || !existsSync(MARK_FILE)) return false;
  try {
    return (JSON.parse(readFileSync(MARK_FILE, 'utf8')) as { fingerprint?: string }).fingerprint === fingerprint;
  } catch {
    return false;
  }
}

export function markDemoDataLoaded(fingerprint: string): void {
  writeFileSync(MARK_FILE, `${JSON.stringify({ fingerprint, loadedAt: new Date().toISOString() })}\n`);
}
