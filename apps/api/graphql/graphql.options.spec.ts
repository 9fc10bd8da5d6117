import { randomBytes } from 'node:crypto';
import { loadConfig } from '@vangrail/config';
import type { Governance } from '@vangrail/privacy';
import { graphqlOptions as withGovernance } from './graphql.options';

const graphqlOptions = (config: ReturnType<typeof loadConfig>) => withGovernance(config, {} as Governance);

const KEY = randomBytes(32).toString('base64');
const env = (NODE_ENV: string) =>
  loadConfig({
    NODE_ENV,
    DATABASE_URL: 'postgres://o:o@db/v',
    DATABASE_APP_URL: 'postgres://a:a@db/v',
    REDIS_URL: 'redis://redis:6379',
    OIDC_JWKS_URL: 'https://idp.example/jwks',
    PII_ENCRYPTION_KEYS: `k1:${KEY}`,
    BLIND_INDEX_KEY: KEY,
    AUDIT_SIGNING_KEY: KEY,
  });

describe('GraphQL hygiene settings', () => {
  it('turns introspection off in production and keeps it for development', () => {
    expect(graphqlOptions(env('production')).introspection).toBe(false);
    expect(graphqlOptions(env('development')).introspection).toBe(true);
  });

  it('always prevents CSRF, refuses batches, hides stack traces and applies the query limits', () => {
    const options = graphqlOptions(env('production'));
    expect(options).toMatchObject({ csrfPrevention: true, allowBatchedHttpRequests: false, includeStacktraceInErrorResponses: false, playground: false });
    // Validation rules for depth, cost, aliases and directives; token limit and suggestion blocking are plugins.
    expect((options.validationRules ?? []).length).toBeGreaterThanOrEqual(4);
    expect((options.plugins ?? []).length).toBeGreaterThan((graphqlOptions(env('development')).plugins ?? []).length);
  });
});
