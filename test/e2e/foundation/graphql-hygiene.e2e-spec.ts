import { startApi, RunningApi } from '../support/api';
import { errorCode, graphql } from '../support/graphql';
import { tokenFor } from '../support/tokens';

describe('GraphQL hygiene: limits, CSRF, body size, operations endpoints', () => {
  let api: RunningApi;
  beforeAll(async () => {
    api = await startApi('graphql-hygiene');
  });
  afterAll(() => api.close());

  it('refuses a query nested deeper than the limit with BAD_USER_INPUT', async () => {
    // Deep but cheap (no lists), so it is the depth limit that refuses it, not the cost limit.
    const nested = Array.from({ length: 14 }).reduce<string>((inner) => `ofType { ${inner} }`, 'name');
    const result = await graphql(api.url, { query: `{ __type(name: "Subject") { ${nested} } }`, token: await tokenFor('wmo.bram') });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].message).toMatch(/depth/i);
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: me { username }`).join(' ');
    const result = await graphql(api.url, { query: `{ ${aliases} }`, token: await tokenFor('wmo.bram') });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
  });

  it('blocks a simple cross-site GET request (CSRF prevention)', async () => {
    const response = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ me { username } }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('CSRF');
  });

  it('refuses a body larger than the limit', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ me { username } }`, variables: { pad: 'x'.repeat(200_000) } }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
  });

  it('answers a query for a field that does not exist with BAD_USER_INPUT, not INTERNAL', async () => {
    const result = await graphql(api.url, { query: `{ nonsense }`, token: await tokenFor('wmo.bram') });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].message).toContain('nonsense');
  });

  it('reports liveness, readiness and metrics', async () => {
    expect((await fetch(`${api.url}/health/live`)).status).toBe(200);
    const ready = await fetch(`${api.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', database: 'ok', redis: 'ok', migrations: 'ok' });
    const metrics = await (await fetch(`${api.url}/metrics`)).text();
    for (const name of ['vangrail_http_request_duration_seconds', 'vangrail_signals_received_total', 'vangrail_queue_jobs', 'vangrail_dead_letters']) {
      expect(metrics).toContain(`# TYPE ${name}`);
    }
  });
});
