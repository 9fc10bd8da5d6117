import { seedDemo } from '../../../tools/seed-demo';
import { startApi, RunningApi } from '../support/api';
import { graphql } from '../support/graphql';
import { tokenFor } from '../support/tokens';

process.env.RATE_LIMIT_PER_MINUTE = '5';

describe('Rate limiting per user', () => {
  let api: RunningApi;
  beforeAll(async () => {
    await seedDemo();
    api = await startApi('rate-limit');
  });
  afterAll(() => api.close());

  it('answers RATE_LIMITED with a retry hint once a user exceeds the per-minute limit', async () => {
    // The counter lives in Redis: wait until this API instance's connection is up.
    while ((await fetch(`${api.url}/health/ready`)).status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
    const token = await tokenFor('analist.kim');
    const results = [];
    for (let i = 0; i < 12; i += 1) results.push(await graphql(api.url, { query: '{ me { username } }', token }));
    const limited = results.filter((r) => r.errors?.[0]?.extensions.code === 'RATE_LIMITED');
    // Fixed one-minute windows: however the 12 requests fall across a window edge, some are refused.
    expect(results.length - limited.length).toBeGreaterThanOrEqual(5);
    expect(limited.length).toBeGreaterThanOrEqual(1);
    expect(limited[0].errors![0].extensions.retryAfterSeconds).toEqual(expect.any(Number));
    expect(limited[0].errors![0].message).toContain('at most 5 per minute');
  });
});
