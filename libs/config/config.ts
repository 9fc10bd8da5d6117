import { createHmac } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './project-root';

/**
 * Validated configuration. Every variable is read once, here; a missing or malformed one stops the
 * process with one line that names it (see ConfigError).
 */
export interface AppConfig {
  nodeEnv: 'development' | 'test' | 'production';
  host: string;
  port: number;
  logLevel: string;
  databaseUrl: string;
  databaseAppUrl: string;
  redisUrl: string;
  queuePrefix: string;
  oidc: {
    issuer: string;
    audience: string;
    tenantClaim: string;
    /** The token claim that lists the user's groups at the identity provider. */
    groupsClaim: string;
    /**
     * When set, a user's discipline and platform roles come from their groups at every sign-in
     * (group name → discipline and/or roles), instead of from the user registry.
     */
    groupMapping?: Record<string, { discipline?: string; roles?: string[] }>;
    jwksUrl?: string;
    jwksFile?: string;
    /** Longest accepted token lifetime (exp − iat), in seconds; a token issued in the future is refused too. */
    maxTokenLifetimeSeconds: number;
    /** Leeway for clocks that differ between the identity provider and us, in seconds. */
    clockToleranceSeconds: number;
  };
  /** The browser app: where its build lives and how it signs users in. */
  web: {
    /** Folder of the built web app (index.html + assets) that the API serves at `/`. */
    distDir: string;
    /** Optional folder of per-tenant theme stylesheets (`<tenant>.css`), served at `/themes/`. */
    themesDir?: string;
    /** OIDC client id of the browser app (public client, code flow + PKCE); unset = development login only. */
    oidcClientId?: string;
    /** Scopes the browser app asks for. */
    oidcScope: string;
  };
  /**
   * Proxies whose X-Forwarded-For is believed (Express `trust proxy` values: addresses, CIDR ranges or
   * loopback/linklocal/uniquelocal). Empty: the source address is the socket's peer, whatever the headers say.
   */
  trustedProxies: string[];
  devSigningKeyFile?: string;
  pii: {
    encryptionKeys: Map<string, Buffer>;
    activeKeyId: string;
    blindIndexKey: Buffer;
  };
  graphql: { maxDepth: number; maxCost: number; maxAliases: number; maxTokens: number; bodyLimit: string };
  /** `pretty` (readable lines, development on a terminal) or `json` (everything else). */
  logFormat: 'pretty' | 'json';
  metrics: {
    /** When set, /metrics answers only `Authorization: Bearer <token>`. */
    token?: string;
    /** API: serve /metrics on this port instead of the API port (0 = on the API port). */
    apiPort: number;
  };
  /** Optional OpenTelemetry trace export (OTLP over HTTP), e.g. http://collector:4318. */
  otlpEndpoint?: string;
  /** Tamper evidence of the audit trail (libs/privacy/audit): sealing, signed checkpoints, verification. */
  audit: {
    /** Folder of the append-only checkpoint files (`<tenant id>.jsonl`), outside the database. */
    checkpointDir: string;
    /** Ed25519 private key seed (32 bytes) that signs every checkpoint. */
    signingKeySeed: Buffer;
    /** How often the worker seals committed events (0 = never; `npm run audit:verify -- --seal` still can). */
    sealIntervalMs: number;
    /** How often the worker verifies the chains incrementally and stores the result (0 = never). */
    verifyIntervalMs: number;
    /** An event still unsealed after this many seconds makes a verification fail. */
    sealMaxDelaySeconds: number;
  };
  /** Read again where they are used (queues, pool, sweeps, rate limit); validated here so a typo stops the start. */
  tuning: Record<(typeof TUNING_VARIABLES)[number], number>;
}

/** Whole-number settings with their defaults (see README "Configuration"). */
export const TUNING_VARIABLES = [
  'JOB_ATTEMPTS',
  'JOB_BACKOFF_MS',
  'WORKER_CONCURRENCY',
  'OUTBOX_POLL_MS',
  'RECONCILE_INTERVAL_MS',
  'DATABASE_POOL_SIZE',
  'RATE_LIMIT_PER_MINUTE',
  'LOOKUP_RATE_LIMIT_PER_HOUR',
  'ANOMALY_SUBJECTS_PER_DAY',
  'ANOMALY_LOOKUPS_PER_HOUR',
  'ANOMALY_REFUSALS_PER_HOUR',
  'WORKDAY_START_HOUR',
  'WORKDAY_END_HOUR',
  'WORKER_METRICS_PORT',
  'ACTION_ITEM_REMINDER_LEAD_MS',
  'OUTBOX_RETENTION_HOURS',
  'OUTBOX_PRUNE_INTERVAL_MS',
  'METRICS_REFRESH_MS',
  'GUEST_ACCESS_DAYS_BEFORE_MEETING',
] as const;

const TUNING_DEFAULTS: Record<(typeof TUNING_VARIABLES)[number], number> = {
  JOB_ATTEMPTS: 5,
  JOB_BACKOFF_MS: 1000,
  WORKER_CONCURRENCY: 4,
  OUTBOX_POLL_MS: 200,
  RECONCILE_INTERVAL_MS: 60_000,
  DATABASE_POOL_SIZE: 10,
  RATE_LIMIT_PER_MINUTE: 1200,
  // A wijkteam worker checks a handful of subjects a day; hundreds an hour is fishing.
  LOOKUP_RATE_LIMIT_PER_HOUR: 60,
  // Unusual access (privacy office): thresholds of the stated rules, working hours in Dutch time.
  ANOMALY_SUBJECTS_PER_DAY: 50,
  ANOMALY_LOOKUPS_PER_HOUR: 20,
  ANOMALY_REFUSALS_PER_HOUR: 10,
  WORKDAY_START_HOUR: 7,
  WORKDAY_END_HOUR: 19,
  WORKER_METRICS_PORT: 9464,
  ACTION_ITEM_REMINDER_LEAD_MS: 2 * 24 * 3600 * 1000,
  OUTBOX_RETENTION_HOURS: 7 * 24,
  OUTBOX_PRUNE_INTERVAL_MS: 3600_000,
  METRICS_REFRESH_MS: 30_000,
  // 0: a guest opens their agenda item on the meeting day only (from midnight, Dutch time).
  GUEST_ACCESS_DAYS_BEFORE_MEETING: 0,
};

export class ConfigError extends Error {
  constructor(variable: string, problem: string) {
    super(`Configuration error: ${variable} ${problem}`);
  }
}

export const DEV_SECRETS_DIR = path.join(PROJECT_ROOT, '.vangrail', 'secrets');

type Env = Record<string, string | undefined>;

/** Development and test fall back to the secrets `npm start` / `npm test` generate in .vangrail/secrets. */
function devSecret(env: Env, name: string): string | undefined {
  if (env.NODE_ENV === 'production') return undefined;
  const file = path.join(DEV_SECRETS_DIR, 'pii-keys.json');
  if (!existsSync(file)) return undefined;
  const values = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  return values[name];
}

function devFile(env: Env, fileName: string): string | undefined {
  if (env.NODE_ENV === 'production') return undefined;
  const file = path.join(DEV_SECRETS_DIR, fileName);
  return existsSync(file) ? file : undefined;
}

function required(env: Env, name: string, fallback?: string): string {
  const value = env[name] ?? fallback;
  if (value === undefined || value === '') throw new ConfigError(name, 'is required but not set');
  return value;
}

function integer(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  return value;
}

/** OIDC_GROUP_MAPPING: a JSON object of group name → { "discipline": "WMO", "roles": ["INSPECTOR"] }. */
function groupMapping(env: Env): Record<string, { discipline?: string; roles?: string[] }> | undefined {
  const raw = env.OIDC_GROUP_MAPPING;
  if (!raw) return undefined;
  const problem = 'must be a JSON object of group name → { "discipline": "<discipline>", "roles": ["<role>", …] }';
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ConfigError('OIDC_GROUP_MAPPING', `is not valid JSON; it ${problem}`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new ConfigError('OIDC_GROUP_MAPPING', problem);
  for (const [group, entry] of Object.entries(parsed as Record<string, unknown>)) {
    const { discipline, roles } = (entry ?? {}) as { discipline?: unknown; roles?: unknown };
    const valid = typeof entry === 'object' && entry !== null && (discipline === undefined || typeof discipline === 'string')
      && (roles === undefined || (Array.isArray(roles) && roles.every((role) => typeof role === 'string')));
    if (!valid) throw new ConfigError('OIDC_GROUP_MAPPING', `has an invalid entry for group "${group}"; it ${problem}`);
  }
  return parsed as Record<string, { discipline?: string; roles?: string[] }>;
}

function url(env: Env, name: string, protocols: string[], fallback?: string): string {
  const value = required(env, name, fallback);
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new ConfigError(name, 'is not a valid URL');
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must start with ${protocols.map((p) => `${p}//`).join(' or ')}`);
  }
  return value;
}

function key32(name: string, base64: string): Buffer {
  const key = Buffer.from(base64, 'base64');
  if (key.length !== 32) throw new ConfigError(name, 'must be 32 bytes, base64-encoded');
  return key;
}

/** PII_ENCRYPTION_KEYS="k1:<base64>,k2:<base64>": several keys so old ciphertexts stay readable after rotation. */
function encryptionKeys(env: Env): Map<string, Buffer> {
  const raw = required(env, 'PII_ENCRYPTION_KEYS', devSecret(env, 'PII_ENCRYPTION_KEYS'));
  const keys = new Map<string, Buffer>();
  for (const entry of raw.split(',')) {
    const [id, material] = entry.split(':');
    if (!id || !material) throw new ConfigError('PII_ENCRYPTION_KEYS', 'must look like "k1:<base64>,k2:<base64>"');
    keys.set(id.trim(), key32('PII_ENCRYPTION_KEYS', material.trim()));
  }
  return keys;
}

/**
 * AUDIT_SIGNING_KEY: base64 of a 32-byte Ed25519 seed; required in production. Development and test
 * derive one from the blind-index key, so existing .vangrail/secrets keep working.
 */
function auditSigningKeySeed(env: Env, nodeEnv: AppConfig['nodeEnv']): Buffer {
  const given = env.AUDIT_SIGNING_KEY;
  if (given) return key32('AUDIT_SIGNING_KEY', given);
  if (nodeEnv === 'production') throw new ConfigError('AUDIT_SIGNING_KEY', 'is required but not set');
  const blindIndexKey = key32('BLIND_INDEX_KEY', required(env, 'BLIND_INDEX_KEY', devSecret(env, 'BLIND_INDEX_KEY')));
  return createHmac('sha256', blindIndexKey).update('vangrail development audit checkpoint signing key').digest();
}

/** LOG_FORMAT, or by default: pretty lines in development when the output is a terminal, JSON elsewhere. */
function logFormat(env: Env, nodeEnv: AppConfig['nodeEnv']): AppConfig['logFormat'] {
  const given = env.LOG_FORMAT;
  if (given === 'pretty' || given === 'json') return given;
  if (given) throw new ConfigError('LOG_FORMAT', `must be pretty or json, got "${given}"`);
  return nodeEnv === 'development' && process.stdout.isTTY ? 'pretty' : 'json';
}

export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnv = (env.NODE_ENV ?? 'development') as AppConfig['nodeEnv'];
  if (!['development', 'test', 'production'].includes(nodeEnv)) {
    throw new ConfigError('NODE_ENV', 'must be development, test or production');
  }
  const encryption = encryptionKeys(env);
  const activeKeyId = required(env, 'PII_ACTIVE_KEY_ID', devSecret(env, 'PII_ACTIVE_KEY_ID') ?? [...encryption.keys()][0]);
  if (!encryption.has(activeKeyId)) throw new ConfigError('PII_ACTIVE_KEY_ID', `names key "${activeKeyId}" that PII_ENCRYPTION_KEYS does not hold`);
  const jwksUrl = env.OIDC_JWKS_URL || undefined;
  const jwksFile = jwksUrl ? undefined : (env.OIDC_JWKS_FILE || devFile(env, 'dev-jwks.json'));
  if (!jwksUrl && !jwksFile) throw new ConfigError('OIDC_JWKS_URL', 'or OIDC_JWKS_FILE is required but neither is set');
  if (jwksUrl) url(env, 'OIDC_JWKS_URL', ['https:', 'http:']);
  if (jwksFile && !existsSync(jwksFile)) throw new ConfigError('OIDC_JWKS_FILE', `points at ${jwksFile}, which does not exist`);

  return {
    nodeEnv,
    host: env.HOST || '127.0.0.1',
    port: integer(env, 'PORT', 3000),
    logLevel: env.LOG_LEVEL || (nodeEnv === 'test' ? 'warn' : 'info'),
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:'], 'postgres://vangrail_owner:vangrail_owner@127.0.0.1:5433/vangrail'),
    databaseAppUrl: url(env, 'DATABASE_APP_URL', ['postgres:', 'postgresql:'], 'postgres://vangrail_app:vangrail_app@127.0.0.1:5433/vangrail'),
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:'], 'redis://127.0.0.1:6380'),
    queuePrefix: env.QUEUE_PREFIX || '{vangrail}',
    oidc: {
      issuer: env.OIDC_ISSUER || 'urn:vangrail:dev-issuer',
      audience: env.OIDC_AUDIENCE || 'vangrail',
      tenantClaim: env.OIDC_TENANT_CLAIM || 'tenant',
      groupsClaim: env.OIDC_GROUPS_CLAIM || 'groups',
      groupMapping: groupMapping(env),
      jwksUrl,
      jwksFile,
      maxTokenLifetimeSeconds: integer(env, 'OIDC_MAX_TOKEN_LIFETIME_SECONDS', 12 * 3600),
      clockToleranceSeconds: integer(env, 'OIDC_CLOCK_TOLERANCE_SECONDS', 60),
    },
    web: {
      distDir: env.WEB_DIST_DIR || path.join(PROJECT_ROOT, 'apps', 'web', 'dist'),
      themesDir: env.WEB_THEMES_DIR || undefined,
      oidcClientId: env.OIDC_WEB_CLIENT_ID || undefined,
      oidcScope: env.OIDC_WEB_SCOPE || 'openid profile',
    },
    trustedProxies: (env.TRUSTED_PROXIES ?? '').split(',').map((entry) => entry.trim()).filter(Boolean),
    devSigningKeyFile: env.DEV_SIGNING_KEY_FILE || devFile(env, 'dev-signing-key.json'),
    pii: {
      encryptionKeys: encryption,
      activeKeyId,
      blindIndexKey: key32('BLIND_INDEX_KEY', required(env, 'BLIND_INDEX_KEY', devSecret(env, 'BLIND_INDEX_KEY'))),
    },
    graphql: {
      maxDepth: integer(env, 'GRAPHQL_MAX_DEPTH', 10),
      maxCost: integer(env, 'GRAPHQL_MAX_COST', 5000),
      maxAliases: integer(env, 'GRAPHQL_MAX_ALIASES', 15),
      maxTokens: integer(env, 'GRAPHQL_MAX_TOKENS', 2000),
      bodyLimit: env.HTTP_BODY_LIMIT || '100kb',
    },
    logFormat: logFormat(env, nodeEnv),
    metrics: { token: env.METRICS_TOKEN || undefined, apiPort: integer(env, 'METRICS_PORT', 0) },
    otlpEndpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT ? url(env, 'OTEL_EXPORTER_OTLP_ENDPOINT', ['http:', 'https:']) : undefined,
    audit: {
      checkpointDir: env.AUDIT_CHECKPOINT_DIR || path.join(PROJECT_ROOT, '.vangrail', 'audit-checkpoints'),
      signingKeySeed: auditSigningKeySeed(env, nodeEnv),
      sealIntervalMs: integer(env, 'AUDIT_SEAL_INTERVAL_MS', 5000),
      verifyIntervalMs: integer(env, 'AUDIT_VERIFY_INTERVAL_MS', 3600_000),
      sealMaxDelaySeconds: integer(env, 'AUDIT_SEAL_MAX_DELAY_SECONDS', 900),
    },
    tuning: Object.fromEntries(TUNING_VARIABLES.map((name) => [name, integer(env, name, TUNING_DEFAULTS[name])])) as AppConfig['tuning'],
  };
}

let cached: AppConfig | undefined;

/** The process-wide configuration; exits with one clear line when it is invalid. */
export function appConfig(): AppConfig {
  if (!cached) {
    try {
      cached = loadConfig();
    } catch (error) {
      if (error instanceof ConfigError) {
        process.stderr.write(`${error.message}\n`);
        process.exit(78);
      }
      throw error;
    }
  }
  return cached;
}
