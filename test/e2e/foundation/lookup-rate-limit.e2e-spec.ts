import { seedDemo } from '../../../tools/seed-demo';
import { startApi, RunningApi } from '../support/api';
import { auditEventsFor } from '../support/database';
import { graphql } from '../support/graphql';
import { tokenFor } from '../support/tokens';

process.env.LOOKUP_RATE_LIMIT_PER_HOUR = '2';

const LOOKUP = `query($s: SubjectInput!) { knownElsewhere(subject: $s) { discipline } }`;

describe('Hit / no-hit lookups have their own, stricter budget per user', () => {
  let api: RunningApi;
  beforeAll(async () => {
    await seedDemo();
    api = await startApi('lookup-rate-limit');
  });
  afterAll(() => api.close());

  it('refuses lookups beyond the hourly budget in plain words, audits the refusal, and leaves other work alone', async () => {
    while ((await fetch(`${api.url}/health/ready`)).status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
    const token = await tokenFor('jeugd.chris');
    const results = [];
    // Five lookups against a budget of two: however they fall across an hour's edge, one window gets three.
    for (let i = 0; i < 5; i += 1) {
      results.push(await graphql(api.url, { query: LOOKUP, variables: { s: { address: { postcode: '9992ZZ', houseNumber: 7000 + i } } }, token, purpose: 'SIGNALERING' }));
    }
    const limited = results.filter((r) => r.errors?.[0]?.extensions.code === 'RATE_LIMITED');
    expect(limited.length).toBeGreaterThanOrEqual(1);
    const refusal = limited[0].errors![0];
    expect(refusal.message).toContain('at most 2 per hour');
    expect(refusal.extensions.messageNl).toContain('maximaal 2 per uur');
    expect(refusal.extensions.retryAfterSeconds).toBeLessThanOrEqual(3600);
    const [denied] = await auditEventsFor(limited[0].requestId);
    expect(denied).toMatchObject({ action: 'LOOKUP', outcome: 'DENIED' });
    // The request budget is separate: the same user keeps working.
    const me = await graphql(api.url, { query: '{ me { username } }', token });
    expect(me.errors).toBeUndefined();
  });
});
