import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose';
import { say } from './log';
import { SECRETS_DIR } from './paths';

export interface SecretEnv {
  OIDC_JWKS_FILE: string;
  DEV_SIGNING_KEY_FILE: string;
  PII_ENCRYPTION_KEYS: string;
  PII_ACTIVE_KEY_ID: string;
  BLIND_INDEX_KEY: string;
}

const SIGNING_KEY_FILE = path.join(SECRETS_DIR, 'dev-signing-key.json');
const JWKS_FILE = path.join(SECRETS_DIR, 'dev-jwks.json');
const PII_KEYS_FILE = path.join(SECRETS_DIR, 'pii-keys.json');

/**
 * Development secrets in .vangrail/secrets, generated once and kept: a token-signing key (ES256)
 * with its public JWKS for the API, and the PII encryption and blind-index keys. Deleting them
 * makes existing encrypted demo data unreadable, so reset the database with them.
 */
export async function ensureSecrets(): Promise<SecretEnv> {
  mkdirSync(SECRETS_DIR, { recursive: true, mode: 0o700 });
  if (!existsSync(SIGNING_KEY_FILE)) {
    writeJson(SIGNING_KEY_FILE, await newSigningKey(), 0o600);
    say('Secrets: generated a development token-signing key');
  }
  if (!existsSync(JWKS_FILE)) writeJson(JWKS_FILE, { keys: [publicPart(readJson<JWK>(SIGNING_KEY_FILE))] }, 0o644);
  if (!existsSync(PII_KEYS_FILE)) {
    writeJson(PII_KEYS_FILE, {
      PII_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`,
      PII_ACTIVE_KEY_ID: 'k1',
      BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
    }, 0o600);
    say('Secrets: generated development PII keys');
  }
  const pii = readJson<Record<string, string>>(PII_KEYS_FILE);
  return {
    OIDC_JWKS_FILE: JWKS_FILE,
    DEV_SIGNING_KEY_FILE: SIGNING_KEY_FILE,
    PII_ENCRYPTION_KEYS: pii.PII_ENCRYPTION_KEYS,
    PII_ACTIVE_KEY_ID: pii.PII_ACTIVE_KEY_ID,
    BLIND_INDEX_KEY: pii.BLIND_INDEX_KEY,
  };
}

async function newSigningKey(): Promise<JWK> {
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  const jwk = await exportJWK(privateKey);
  const kid = `dev-${(await calculateJwkThumbprint(jwk)).slice(0, 16)}`;
  return { ...jwk, kid, alg: 'ES256', use: 'sig' };
}

function publicPart(jwk: JWK): JWK {
  const { kty, crv, x, y, kid, alg, use } = jwk;
  return { kty, crv, x, y, kid, alg, use };
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** `wx`: never overwrite, so two runs starting at once cannot replace each other's keys. */
function writeJson(file: string, value: unknown, mode: number): void {
  try {
    writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`, { mode, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}
