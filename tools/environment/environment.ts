import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Mode } from './mode';
import { LOG_DIR, STATE_DIR } from './paths';
import { ensurePostgres } from './postgres';
import { ensureRedis } from './redis';
import { ensureSecrets, type SecretEnv } from './secrets';

/**
 * Everything the apps need before they start: secrets, PostgreSQL and Redis. The resulting
 * variables are set on process.env (for in-process migrations) and inherited by every child.
 */
export async function prepareEnvironment(mode: Mode): Promise<void> {
  mkdirSync(LOG_DIR, { recursive: true });
  const secrets = await ensureSecrets();
  // Side by side; allSettled so a failing one does not leave the other unregistered for shutdown.
  const [database, redis] = await Promise.allSettled([ensurePostgres(mode), ensureRedis(mode)]);
  if (database.status === 'rejected') throw database.reason;
  if (redis.status === 'rejected') throw redis.reason;

  // Signed audit checkpoints belong to one database: a folder per mode, emptied with the test database.
  const checkpointDir = process.env.AUDIT_CHECKPOINT_DIR || path.join(STATE_DIR, 'audit-checkpoints', mode);
  if (mode === 'test' && database.value.DATABASE_SUPERUSER_URL && !process.env.AUDIT_CHECKPOINT_DIR) rmSync(checkpointDir, { recursive: true, force: true });

  Object.assign(process.env, {
    NODE_ENV: mode,
    AUDIT_CHECKPOINT_DIR: checkpointDir,
    HOST: process.env.HOST || '127.0.0.1',
    PORT: process.env.PORT || '3000',
    QUEUE_PREFIX: mode === 'test' ? '{vangrail-test}' : process.env.QUEUE_PREFIX || '{vangrail}',
    ...unlessAlreadySet(secrets),
    ...database.value,
    REDIS_URL: redis.value,
  });
}

/** Keys the user configured in the environment win; the PII keys only count as a set. */
function unlessAlreadySet(secrets: SecretEnv): Partial<SecretEnv> {
  const { PII_ENCRYPTION_KEYS, PII_ACTIVE_KEY_ID, BLIND_INDEX_KEY, ...files } = secrets;
  const env = process.env;
  return {
    ...(env.OIDC_JWKS_FILE || env.OIDC_JWKS_URL ? {} : { OIDC_JWKS_FILE: files.OIDC_JWKS_FILE }),
    ...(env.DEV_SIGNING_KEY_FILE ? {} : { DEV_SIGNING_KEY_FILE: files.DEV_SIGNING_KEY_FILE }),
    ...(env.PII_ENCRYPTION_KEYS ? {} : { PII_ENCRYPTION_KEYS, PII_ACTIVE_KEY_ID, BLIND_INDEX_KEY }),
  };
}
