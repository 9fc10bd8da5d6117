import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { OutboxPruner } from '@vangrail/queue';
import { seedDemo } from '../../../tools/seed-demo';
import { startApi, RunningApi } from '../support/api';
import { asTenant, connect, DEMODAM } from '../support/database';
import { startWorker } from '../support/worker';

// This file's API guards /metrics with a token (its own configuration: env is per test file).
const METRICS_TOKEN = `scrape-${randomUUID()}`;
process.env.METRICS_TOKEN = METRICS_TOKEN;

async function withOwner<T>(work: (owner: Awaited<ReturnType<typeof connect>>) => Promise<T>): Promise<T> {
  const owner = await connect('owner');
  try {
    return await work(owner);
  } finally {
    await owner.end();
  }
}

describe('Operations: metrics, readiness and outbox housekeeping', () => {
  let api: RunningApi | undefined;
  let worker: INestApplicationContext | undefined;

  beforeAll(() => seedDemo());
  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  it('reports not ready while a migration of this code is not applied, and ready once it is', async () => {
    const latest = await withOwner(async (owner) => (await owner.query(`SELECT * FROM schema_migration ORDER BY timestamp DESC LIMIT 1`)).rows[0]);
    await withOwner((owner) => owner.query(`DELETE FROM schema_migration WHERE id = $1`, [latest.id]));
    try {
      api = await startApi('operations');
      const behind = await fetch(`${api.url}/health/ready`);
      expect(behind.status).toBe(503);
      expect(await behind.json()).toMatchObject({ status: 'unavailable', database: 'ok', migrations: 'pending' });
    } finally {
      await withOwner((owner) => owner.query(`INSERT INTO schema_migration (id, timestamp, name) VALUES ($1, $2, $3)`, [latest.id, latest.timestamp, latest.name]));
    }
    const ready = await fetch(`${api.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', database: 'ok', redis: 'ok', migrations: 'ok' });
  });

  it('serves /metrics only with the configured token', async () => {
    expect((await fetch(`${api!.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${api!.url}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    const scrape = await fetch(`${api!.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(scrape.status).toBe(200);
    expect(await scrape.text()).toContain('vangrail_http_request_duration_seconds');
  });

  it('labels request metrics by route template, never by the raw URL a client sent', async () => {
    const noise = randomUUID();
    await fetch(`${api!.url}/health/ready?probe=${noise}`);
    await fetch(`${api!.url}/no-such-page-${noise}`);
    await fetch(`${api!.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    const text = await (await fetch(`${api!.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
    const routes = new Set([...text.matchAll(/vangrail_http_request_duration_seconds_count\{[^}]*route="([^"]*)"/g)].map((m) => m[1]));
    expect(text).not.toContain(noise);
    expect([...routes]).toEqual(expect.arrayContaining(['/health/ready', '/graphql', 'unmatched']));
    for (const route of routes) expect(['/health/live', '/health/ready', '/metrics', '/graphql', 'unmatched']).toContain(route);
  });

  it('prunes published outbox rows past their retention and keeps unpublished and recent ones', async () => {
    // A queue no worker consumes: relaying the unpublished row, if it happens, leaves a job nobody runs.
    const ids = { oldPublished: randomUUID(), recentPublished: randomUUID(), oldUnpublished: randomUUID() };
    await withOwner((owner) =>
      asTenant(owner, DEMODAM, async () => {
        const insert = (id: string, age: string, published: boolean) =>
          owner.query(
            `INSERT INTO outbox (tenant_id, id, queue, payload, job_id, created_at, published_at)
             VALUES ($1, $2, 'housekeeping-test', '{}', $3, now() - $4::interval, ${published ? 'now() - $4::interval' : 'NULL'})`,
            [DEMODAM, id, `prune-test-${id}`, age],
          );
        await insert(ids.oldPublished, '8 days', true);
        await insert(ids.recentPublished, '1 hour', true);
        await insert(ids.oldUnpublished, '8 days', false);
        await owner.query('COMMIT');
      }),
    );
    worker = await startWorker();
    const { pruned } = await worker.get(OutboxPruner).reconcile();
    expect(pruned).toBeGreaterThanOrEqual(1);
    const left = await withOwner((owner) =>
      asTenant(owner, DEMODAM, async () => (await owner.query(`SELECT id FROM outbox WHERE tenant_id = $1 AND id = ANY($2)`, [DEMODAM, Object.values(ids)])).rows.map((r: { id: string }) => r.id)),
    );
    expect(left.sort()).toEqual([ids.recentPublished, ids.oldUnpublished].sort());
  });
});
