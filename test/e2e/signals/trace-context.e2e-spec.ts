import { randomBytes, randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { seedDemo } from '../../../tools/seed-demo';
import { RunningApi, startApi } from '../support/api';
import { asTenant, connect, DEMODAM } from '../support/database';
import { deliveriesOf, freshAddress, REGISTER_SIGNAL, signalRouted } from '../support/signals';
import { tokenFor } from '../support/tokens';
import { eventually, startWorker } from '../support/worker';

async function ownerRows<T>(sql: string, params: unknown[]): Promise<T[]> {
  const owner = await connect('owner');
  try {
    return await asTenant(owner, DEMODAM, async () => (await owner.query(sql, params)).rows as T[]);
  } finally {
    await owner.end();
  }
}

describe('W3C trace context: one trace id from the request through the queue into the audit trail', () => {
  let api: RunningApi;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    await seedDemo();
    api = await startApi('trace-context');
    worker = await startWorker();
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  it('keeps the caller’s trace id on the request’s audit events, on the jobs it caused and on the deliveries they made', async () => {
    const traceId = randomBytes(16).toString('hex');
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await tokenFor('wijkteam.anna')}`,
        'x-purpose': 'SIGNALERING',
        traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01`,
      },
      body: JSON.stringify({
        query: REGISTER_SIGNAL,
        variables: {
          input: {
            clientKey: `trace-${randomUUID()}`, category: 'KAMERVERHUUR', flags: [], urgency: 'NORMAL', subjects: [freshAddress()],
            description: 'Waarneming tijdens huisbezoek.', dataCategories: ['WONEN'], observedAt: new Date(Date.now() - 3600_000).toISOString(),
          },
        },
      }),
    });
    const body = (await response.json()) as { data: { registerSignal: { signal: { id: string } } } };
    expect(response.headers.get('traceresponse')).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`));
    const signalId = body.data.registerSignal.signal.id;
    await eventually('routed', () => signalRouted(signalId));
    const deliveries = await eventually('deliveries', async () => ((await deliveriesOf(signalId)).length >= 3 ? deliveriesOf(signalId) : undefined));

    // The routing job (written by the API) and the deadline jobs (written by the domain jobs in the worker).
    const jobs = await ownerRows<{ queue: string; trace: string }>(
      `SELECT queue, payload->>'trace' AS trace FROM outbox WHERE tenant_id = $1 AND (payload->>'signalId' = $2 OR payload->>'deliveryId' = ANY($3))`,
      [DEMODAM, signalId, deliveries.map((d) => d.id)],
    );
    expect(jobs.map((job) => job.queue).sort()).toEqual(['routing', ...deliveries.map(() => 'triage-deadlines')].sort());
    for (const job of jobs) expect(job.trace).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`));

    const events = await ownerRows<{ resource_type: string; resource_id: string; username: string | null }>(
      `SELECT resource_type, resource_id, username FROM audit_event WHERE tenant_id = $1 AND trace_id = $2`,
      [DEMODAM, traceId],
    );
    expect(events.some((event) => event.resource_type === 'Signal' && event.resource_id === signalId)).toBe(true);
    // Each delivery's creation, recorded by the routing service in the worker, is in the same trace.
    for (const delivery of deliveries) expect(events.some((event) => event.resource_id === delivery.id && event.username === 'system:routing')).toBe(true);
  });

  it('starts a new trace for a request without a valid traceparent', async () => {
    const response = await fetch(`${api.url}/health/ready`, { headers: { traceparent: '00-00000000000000000000000000000000-0000000000000000-01' } });
    const [, traceId] = /^00-([0-9a-f]{32})-[0-9a-f]{16}-01$/.exec(response.headers.get('traceresponse') ?? '') ?? [];
    expect(traceId).toBeDefined();
    expect(traceId).not.toMatch(/^0+$/);
  });
});
