import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { issueDevToken } from '@vangrail/auth';
import { appConfig } from '@vangrail/config';
import { prepareEnvironment } from './environment/environment';
import { httpOk } from './environment/http';
import { startApp } from './environment/apps';
import { waitUntil } from './environment/wait';
import { exitOnSignals, onShutdown, shutdownAndExit } from './environment/shutdown';
import { runMigrations, loadDemoData } from './environment/project-tools';
import { demoId } from './demo-data';
import { inTenant, withOwnerDatabase } from './owner-database';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const WORKER_METRICS_PORT = process.env.BENCH_WORKER_METRICS_PORT ?? '9499';

interface Figures {
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

async function load(url: string, token: string, purpose: string, body: () => string): Promise<Figures> {
  const result = await autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    connections: CONNECTIONS,
    duration: DURATION,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-purpose': purpose },
    requests: [{ setupRequest: (request) => ({ ...request, body: body() }) }],
  });
  return {
    requests: result.requests.total,
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

function print(name: string, f: Figures): void {
  process.stdout.write(
    `${name.padEnd(34)} ${String(Math.round(f.perSecond)).padStart(6)} req/s   p50 ${String(f.p50).padStart(4)} ms   p99 ${String(f.p99).padStart(5)} ms   (${f.requests} requests, ${f.errors} errors)\n`,
  );
}

/**
 * `npm run bench`: API and worker as separate processes (as in production) on the test database,
 * autocannon in this process against GraphQL, then routing latency from the database. Prints
 * figures; asserts nothing. All three share the machine's cores with PostgreSQL and Redis.
 */
async function main(): Promise<void> {
  exitOnSignals(() => 130);
  process.env.LOG_LEVEL = 'warn';
  process.env.RATE_LIMIT_PER_MINUTE ??= '0';
  await prepareEnvironment('test');
  await runMigrations();
  await loadDemoData();
  const port = process.env.BENCH_PORT ?? '3199';
  const env = { ...process.env, PORT: port, WORKER_METRICS_PORT: WORKER_METRICS_PORT };
  const apps = (['api', 'worker'] as const).map((name) => startApp(name, env));
  onShutdown(...apps);
  const url = `http://127.0.0.1:${port}`;
  await waitUntil('The API did not become ready', () => httpOk(`${url}/health/ready`), { timeoutMs: 120_000, intervalMs: 300 });
  const config = appConfig();
  const token = (user: string) => issueDevToken(config, { tenantSlug: 'demodam', subject: user });
  const tenantId = demoId('tenant:demodam');

  process.stdout.write(`\nVangrail benchmark: ${CONNECTIONS} connections, ${DURATION} s per scenario; API, worker and load generator as three processes on one machine\n\n`);
  const karin = await withOwnerDatabase((ds) =>
    inTenant(ds, tenantId, async (m) => ((await m.query(`SELECT id FROM subject WHERE tenant_id = $1 AND name = 'Karin Jansen'`, [tenantId])) as { id: string }[])[0].id),
  );
  const me = await load(url, await token('wmo.bram'), '', () => JSON.stringify({ query: '{ me { username } }' }));
  print('me (authentication only)', me);
  const governed = await load(url, await token('privacy.ivo'), 'INZAGEVERZOEK', () =>
    JSON.stringify({ query: `query($id: ID!) { subject(id: $id) { id person { name bsn } } }`, variables: { id: karin } }));
  print('subject(id) governed read + audit', governed);
  // One tenant: every governed read writes audit events; the ratio shows what governance and audit cost.
  process.stdout.write(`governed / authentication-only      ${(governed.perSecond / me.perSecond).toFixed(2)} (same run, one tenant, ${CONNECTIONS} connections)\n`);

  const started = new Date();
  const intake = await load(url, await token('wijkteam.anna'), 'SIGNALERING', () =>
    JSON.stringify({
      query: `mutation($input: RegisterSignalInput!) { registerSignal(input: $input) { signal { id } } }`,
      variables: {
        input: {
          clientKey: randomUUID(),
          category: 'KAMERVERHUUR',
          urgency: 'NORMAL',
          flags: ['ZORG_OP_LOCATIE'],
          description: 'Benchmark',
          dataCategories: ['WONEN'],
          observedAt: new Date().toISOString(),
          subjects: [{ address: { postcode: '9994AA', houseNumber: Math.floor(Math.random() * 20000) + 1 } }],
        },
      },
    }),
  );
  print('registerSignal (intake, 4 targets)', intake);

  // Routing runs behind intake; wait until every signal of the run is routed, then read the latencies.
  const latency = await withOwnerDatabase((ds) =>
    inTenant(ds, tenantId, async (m) => {
      const deadline = Date.now() + 300_000;
      for (;;) {
        const [row] = (await m.query(`SELECT count(*)::int AS pending FROM signal WHERE tenant_id = $1 AND created_at >= $2 AND routed_at IS NULL`, [tenantId, started])) as { pending: number }[];
        if (row.pending === 0 || Date.now() > deadline) break;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      const [stats] = (await m.query(
        `SELECT count(*)::int AS signals,
                percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM routed_at - created_at)) AS p50,
                percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM routed_at - created_at)) AS p99,
                extract(epoch FROM max(routed_at) - min(created_at)) AS span,
                (SELECT count(*)::int FROM delivery d WHERE d.tenant_id = $1 AND d.created_at >= $2) AS deliveries
           FROM signal WHERE tenant_id = $1 AND created_at >= $2 AND routed_at IS NOT NULL`,
        [tenantId, started],
      )) as { signals: number; p50: number; p99: number; span: number; deliveries: number }[];
      return stats;
    }),
  );
  process.stdout.write(
    `routing (intake → last delivery)   ${latency.signals} signals, ${latency.deliveries} deliveries in ${Number(latency.span).toFixed(1)} s` +
      ` = ${Math.round(latency.signals / Number(latency.span))} signals/s; latency p50 ${(latency.p50 * 1000).toFixed(0)} ms, p99 ${(latency.p99 * 1000).toFixed(0)} ms\n`,
  );
  const [apiMemory, workerMemory] = await Promise.all([residentMiB(`${url}/metrics`), residentMiB(`http://127.0.0.1:${WORKER_METRICS_PORT}/metrics`)]);
  process.stdout.write(`memory after the run: API ${apiMemory} MiB, worker ${workerMemory} MiB resident\n\n`);
  await shutdownAndExit(0);
}

main().catch(async (error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  await shutdownAndExit(1);
});

/** Resident memory a process reports on its Prometheus endpoint, in MiB. */
async function residentMiB(metricsUrl: string): Promise<string> {
  try {
    const text = await (await fetch(metricsUrl)).text();
    const bytes = Number(/^vangrail_process_resident_memory_bytes (\d+)/m.exec(text)?.[1]);
    return Number.isFinite(bytes) ? (bytes / 2 ** 20).toFixed(0) : '?';
  } catch {
    return '?';
  }
}
