import { randomBytes } from 'node:crypto';
import { ConfigError, loadConfig } from './config';

const KEY = randomBytes(32).toString('base64');
const VALID = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://o:o@db/v',
  DATABASE_APP_URL: 'postgres://a:a@db/v',
  REDIS_URL: 'redis://redis:6379',
  OIDC_JWKS_URL: 'https://idp.example/jwks',
  PII_ENCRYPTION_KEYS: `k1:${KEY}`,
  BLIND_INDEX_KEY: KEY,
  AUDIT_SIGNING_KEY: KEY,
};

describe('Configuration is validated at start, naming what is wrong', () => {
  it('accepts a complete production configuration', () => {
    expect(loadConfig(VALID).pii.activeKeyId).toBe('k1');
  });

  it.each([
    ['BLIND_INDEX_KEY', { BLIND_INDEX_KEY: undefined }, /BLIND_INDEX_KEY is required/],
    ['AUDIT_SIGNING_KEY (production)', { AUDIT_SIGNING_KEY: undefined }, /AUDIT_SIGNING_KEY is required/],
    ['AUDIT_SIGNING_KEY', { AUDIT_SIGNING_KEY: 'c2hvcnQ=' }, /AUDIT_SIGNING_KEY must be 32 bytes/],
    ['PII_ENCRYPTION_KEYS', { PII_ENCRYPTION_KEYS: 'k1:short' }, /PII_ENCRYPTION_KEYS must be 32 bytes/],
    ['REDIS_URL', { REDIS_URL: 'http://x' }, /REDIS_URL must start with redis:/],
    ['PORT', { PORT: 'eighty' }, /PORT must be a whole number/],
    ['PII_ACTIVE_KEY_ID', { PII_ACTIVE_KEY_ID: 'k9' }, /PII_ACTIVE_KEY_ID names key "k9"/],
    ['RATE_LIMIT_PER_MINUTE', { RATE_LIMIT_PER_MINUTE: 'abc' }, /RATE_LIMIT_PER_MINUTE must be a whole number/],
    ['WORKER_METRICS_PORT', { WORKER_METRICS_PORT: '-1' }, /WORKER_METRICS_PORT must be a whole number/],
    ['LOG_FORMAT', { LOG_FORMAT: 'yaml' }, /LOG_FORMAT must be pretty or json/],
    ['OTEL_EXPORTER_OTLP_ENDPOINT', { OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' }, /OTEL_EXPORTER_OTLP_ENDPOINT is not a valid URL|must start with/],
    ['OIDC_GROUP_MAPPING (not JSON)', { OIDC_GROUP_MAPPING: 'gg-wmo=WMO' }, /OIDC_GROUP_MAPPING is not valid JSON/],
    ['OIDC_GROUP_MAPPING (bad entry)', { OIDC_GROUP_MAPPING: '{"gg-wmo":{"roles":"INSPECTOR"}}' }, /OIDC_GROUP_MAPPING has an invalid entry for group "gg-wmo"/],
  ])('stops on a bad %s', (_name, override, message) => {
    expect(() => loadConfig({ ...VALID, ...override })).toThrow(ConfigError);
    expect(() => loadConfig({ ...VALID, ...override })).toThrow(message);
  });
});
