import { ChildProcess, spawn } from 'node:child_process';
import { INestApplicationContext } from '@nestjs/common';
import { seedDemo } from '../../../tools/seed-demo';
import { DomainDeliveryHandler } from '../../../libs/routing/jobs/domain-delivery.handler';
import { RoutingReconciler } from '../../../libs/routing/jobs/routing-reconciler';
import { OutboxRelay } from '../../../libs/queue';
import { redisAnswers } from '../../../tools/environment/redis';
import { RunningApi, startApi } from '../support/api';
import { asTenant, connect, DEMODAM } from '../support/database';
import { graphql } from '../support/graphql';
import { deliveriesOf, freshAddress, registerSignal, signalRouted } from '../support/signals';
import { tokenFor } from '../support/tokens';
import { eventually, queuesIdle, startWorker } from '../support/worker';

// This file runs on its own Redis, which it stops and starts; short retries keep the dead-letter test quick.
const REDIS_PORT = 16000 + Math.floor(Math.random() * 2000);
process.env.REDIS_URL = `redis://127.0.0.1:${REDIS_PORT}`;
process.env.QUEUE_PREFIX = '{vangrail-reliability}';
process.env.JOB_ATTEMPTS = '2';
process.env.JOB_BACKOFF_MS = '50';
process.env.RECONCILE_INTERVAL_MS = '0';

/** Starts this file's redis-server and returns once it answers PING. */
async function startRedis(): Promise<ChildProcess> {
  const redis = spawn('redis-server', ['--port', String(REDIS_PORT), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  await eventually('redis-server answering', () => redisAnswers(process.env.REDIS_URL!, 500), 10_000);
  return redis;
}

function stopRedis(redis: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    redis.once('exit', () => resolve());
    redis.kill('SIGKILL');
  });
}

async function outboxPublished(jobId: string): Promise<boolean> {
  const owner = await connect('owner');
  try {
    const { rows } = await asTenant(owner, DEMODAM, () => owner.query(`SELECT published_at FROM outbox WHERE tenant_id = $1 AND job_id = $2`, [DEMODAM, jobId]));
    if (rows.length !== 1) throw new Error(`expected one outbox row ${jobId}, found ${rows.length}`);
    return rows[0].published_at !== null;
  } finally {
    await owner.end();
  }
}

async function ownerQuery(sql: string): Promise<void> {
  const owner = await connect('owner');
  try {
    await owner.query(sql);
  } finally {
    await owner.end();
  }
}

describe('The queue never loses a signal', () => {
  let api: RunningApi;
  let worker: INestApplicationContext;
  let redis: ChildProcess;

  beforeAll(async () => {
    await seedDemo();
    redis = await startRedis();
    api = await startApi('queue-reliability');
    worker = await startWorker();
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
    await stopRedis(redis);
  });

  it('returns the same signal and one set of deliveries when a submission is retried with the same key', async () => {
    const draft = { category: 'BRANDGEVAAR', clientKey: `retry-${Date.now()}`, subjects: [freshAddress()], observedAt: '2026-11-20T08:30:00.000Z' };
    const first = await registerSignal(api.url, 'wijkteam.anna', draft);
    const second = await registerSignal(api.url, 'wijkteam.anna', draft);
    expect(first.data!.registerSignal.duplicate).toBe(false);
    expect(second.data!.registerSignal).toMatchObject({ duplicate: true, signal: { id: first.data!.registerSignal.signal.id } });
    const signalId = first.data!.registerSignal.signal.id;
    await eventually('routed', () => signalRouted(signalId));
    expect((await deliveriesOf(signalId)).map((d) => d.discipline)).toEqual(['BWT', 'OOV']);
    const reused = await registerSignal(api.url, 'wijkteam.anna', { ...draft, category: 'OVERLAST' });
    expect(reused.errors![0].extensions.code).toBe('CONFLICT');
    expect(reused.errors![0].message).toContain('already used for a different signal');
  });

  it('accepts signals while Redis is down and routes them exactly once when it returns', async () => {
    await stopRedis(redis);
    const result = await registerSignal(api.url, 'wijkteam.anna', { category: 'OVERBEWONING', subjects: [freshAddress()] });
    expect(result.errors).toBeUndefined();
    const signalId = result.data!.registerSignal.signal.id;
    // Committed and waiting in the outbox; nothing can have been routed without Redis.
    expect(await outboxPublished(`route-${signalId}`)).toBe(false);
    expect(await deliveriesOf(signalId)).toEqual([]);

    redis = await startRedis();
    await eventually('routed after Redis returned', () => signalRouted(signalId), 30_000);
    await eventually('queues drained', () => queuesIdle(worker));
    expect((await deliveriesOf(signalId)).map((d) => d.discipline)).toEqual(['BRP', 'BWT']);
  });

  it('creates no duplicate delivery when a domain job runs again after a crash', async () => {
    const result = await registerSignal(api.url, 'wijkteam.anna', { category: 'KAMERVERHUUR', subjects: [freshAddress()] });
    const signalId = result.data!.registerSignal.signal.id;
    await eventually('routed', () => signalRouted(signalId));
    const before = await deliveriesOf(signalId);
    // The same jobs again, as a worker that crashed after writing but before acknowledging would.
    const handler = worker.get(DomainDeliveryHandler);
    expect(await handler.fysiek({ tenantId: DEMODAM, signalId, domain: 'FYSIEK' }, { id: 'crash-retry-1' })).toBe(0);
    expect(await handler.veiligheid({ tenantId: DEMODAM, signalId, domain: 'VEILIGHEID' }, { id: 'crash-retry-2' })).toBe(0);
    expect(await deliveriesOf(signalId)).toEqual(before);
  });

  it('fills the dead-letter store when one domain keeps failing, without holding up the others, and replays it', async () => {
    // A real fault: the database refuses the physical domain's deliveries.
    await ownerQuery(`ALTER TABLE delivery ADD CONSTRAINT e2e_fault_fysiek CHECK (domain <> 'FYSIEK') NOT VALID`);
    let signalId: string;
    try {
      const result = await registerSignal(api.url, 'wijkteam.anna', { category: 'KAMERVERHUUR', subjects: [freshAddress()] });
      signalId = result.data!.registerSignal.signal.id;
      await eventually('OOV delivery despite the failing domain', async () => (await deliveriesOf(signalId)).some((d) => d.discipline === 'OOV'));
      const jan = await tokenFor('beheer.jan');
      const letters = await eventually('dead letter stored', async () => {
        const listed = await graphql(api.url, { query: `{ deadLetters { id queue jobId attempts } }`, token: jan, purpose: 'BEHEER' });
        const mine = listed.data?.deadLetters.filter((l: { jobId: string }) => l.jobId.includes(signalId));
        return mine?.length ? mine : undefined;
      });
      expect(letters).toEqual([expect.objectContaining({ queue: 'domain-fysiek', attempts: 2 })]);
      expect(await signalRouted(signalId)).toBe(false);
    } finally {
      await ownerQuery(`ALTER TABLE delivery DROP CONSTRAINT e2e_fault_fysiek`);
    }
    const jan = await tokenFor('beheer.jan');
    const replay = await graphql(api.url, { query: `mutation { replayDeadLetters { id replayedAt } }`, token: jan, purpose: 'BEHEER' });
    expect(replay.errors).toBeUndefined();
    await eventually('routed after replay', () => signalRouted(signalId));
    expect((await deliveriesOf(signalId)).map((d) => d.discipline)).toEqual(['BRP', 'BWT', 'OOV']);
  });

  it('escalates a delivery left untriaged past its deadline', async () => {
    const jan = await tokenFor('beheer.jan');
    const saved = await graphql(api.url, {
      query: `mutation($input: SaveRoutingRuleInput!) { saveRoutingRule(input: $input) { ruleKey version triageSeconds } }`,
      variables: {
        input: { ruleKey: 'ONDERMIJNING-OOV', name: 'ONDERMIJNING → OOV (snel)', categories: ['ONDERMIJNING'], targetDiscipline: 'OOV', allowedCategories: ['IDENTIFICATIE', 'ADRES', 'STRAFRECHTELIJK', 'WONEN'], triageSeconds: 1 },
      },
      token: jan,
      purpose: 'BEHEER',
    });
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveRoutingRule).toMatchObject({ ruleKey: 'ONDERMIJNING-OOV', triageSeconds: 1 });
    const version = saved.data!.saveRoutingRule.version;
    try {
      const result = await registerSignal(api.url, 'wijkteam.anna', { category: 'ONDERMIJNING', subjects: [freshAddress()] });
      const signalId = result.data!.registerSignal.signal.id;
      const [delivery] = await eventually('overdue', async () => {
        const rows = await deliveriesOf(signalId);
        return rows[0]?.overdue_at ? rows : undefined;
      });
      expect(delivery).toMatchObject({ discipline: 'OOV', rule_key: 'ONDERMIJNING-OOV', rule_version: version, state: 'NEW' });
      const inbox = await graphql(api.url, {
        query: `query { inbox(filter: { overdueOnly: true, limit: 200 }) { overdue items { id overdue } } }`,
        token: await tokenFor('oov.gijs'),
        purpose: 'SIGNAALBEOORDELING',
      });
      expect(inbox.data!.inbox.items).toEqual(expect.arrayContaining([{ id: delivery.id, overdue: true }]));
      const owner = await connect('owner');
      try {
        const notices = await asTenant(owner, DEMODAM, () =>
          owner.query(`SELECT kind, recipient_discipline FROM notification WHERE tenant_id = $1 AND delivery_id = $2 AND kind = 'TRIAGE_OVERDUE'`, [DEMODAM, delivery.id]),
        );
        expect(notices.rows).toEqual([{ kind: 'TRIAGE_OVERDUE', recipient_discipline: 'OOV' }]);
      } finally {
        await owner.end();
      }
    } finally {
      // Back to the default deadline for the rest of the suite (as a new version, as always).
      await graphql(api.url, {
        query: `mutation($input: SaveRoutingRuleInput!) { saveRoutingRule(input: $input) { version } }`,
        variables: { input: { ruleKey: 'ONDERMIJNING-OOV', name: 'ONDERMIJNING → OOV', categories: ['ONDERMIJNING'], targetDiscipline: 'OOV', allowedCategories: ['IDENTIFICATIE', 'ADRES', 'STRAFRECHTELIJK', 'WONEN'] } },
        token: jan,
        purpose: 'BEHEER',
      });
    }
  });

  it('puts back routing work that Redis lost, from PostgreSQL', async () => {
    // The worker is down; intake writes the signal and its outbox row.
    await worker.close();
    const result = await registerSignal(api.url, 'wijkteam.anna', { category: 'BRANDGEVAAR', subjects: [freshAddress()] });
    const signalId = result.data!.registerSignal.signal.id;
    // Pretend the job was published and then lost with Redis' data.
    await ownerQuery(`BEGIN; SELECT set_config('app.tenant_id', '${DEMODAM}', true);
      UPDATE outbox SET published_at = now() WHERE tenant_id = '${DEMODAM}' AND job_id = 'route-${signalId}';
      UPDATE signal SET created_at = now() - interval '5 minutes' WHERE tenant_id = '${DEMODAM}' AND id = '${signalId}'; COMMIT;`);
    worker = await startWorker();
    // The relay finds nothing to publish (the row says published) and the queues have no job for it.
    expect(await worker.get(OutboxRelay).relayOnce()).toBe(0);
    await eventually('queues drained', () => queuesIdle(worker));
    expect(await deliveriesOf(signalId)).toEqual([]);
    expect((await worker.get(RoutingReconciler).reconcile()).requeued).toBeGreaterThanOrEqual(1);
    await eventually('routed after reconciliation', () => signalRouted(signalId));
    expect((await deliveriesOf(signalId)).map((d) => d.discipline)).toEqual(['BWT', 'OOV']);
  });

  it('escalates an overdue delivery even when its deadline job was lost', async () => {
    const result = await registerSignal(api.url, 'wijkteam.anna', { category: 'OVERBEWONING', subjects: [freshAddress()] });
    const signalId = result.data!.registerSignal.signal.id;
    await eventually('routed', () => signalRouted(signalId));
    const [first] = await deliveriesOf(signalId);
    await ownerQuery(`BEGIN; SELECT set_config('app.tenant_id', '${DEMODAM}', true);
      UPDATE delivery SET triage_deadline = now() - interval '2 hours' WHERE tenant_id = '${DEMODAM}' AND id = '${first.id}'; COMMIT;`);
    await worker.get(RoutingReconciler).reconcile();
    const [after] = (await deliveriesOf(signalId)).filter((d) => d.id === first.id);
    expect(after.overdue_at).not.toBeNull();
  });
});
