import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { compiledApp, type AppName } from '../../../tools/environment/apps';
import { startProcess, type ManagedProcess } from '../../../tools/environment/processes';
import { ROOT } from '../../../tools/environment/paths';
import { seedDemo } from '../../../tools/seed-demo';
import { E2E_LOG_DIR } from '../support/api';
import { freshAddress, REGISTER_SIGNAL } from '../support/signals';
import { tokenFor } from '../support/tokens';
import { eventually } from '../support/worker';

interface ExportedSpan {
  service: string;
  name: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  attributes: { key: string; value: Record<string, unknown> }[];
}

/** A stand-in OpenTelemetry collector: keeps every span POSTed to /v1/traces (OTLP/HTTP JSON). */
async function startCollector(): Promise<{ server: Server; url: string; spans: ExportedSpan[] }> {
  const spans: ExportedSpan[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      if (req.url === '/v1/traces') {
        const payload = JSON.parse(body) as {
          resourceSpans: { resource: { attributes: { key: string; value: { stringValue?: string } }[] }; scopeSpans: { spans: Omit<ExportedSpan, 'service'>[] }[] }[];
        };
        for (const resource of payload.resourceSpans) {
          const service = resource.resource.attributes.find((attribute) => attribute.key === 'service.name')?.value.stringValue ?? '';
          for (const scope of resource.scopeSpans) for (const span of scope.spans) spans.push({ ...span, service });
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, spans };
}

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

// The OTLP exporter loads node:http by dynamic import, which Jest's module sandbox cannot do, so
// this test runs the compiled API and worker as production does (`node dist/apps/<name>/main.js`).
describe('OpenTelemetry export: requests and the jobs they cause become spans of the caller’s trace', () => {
  let collector: Awaited<ReturnType<typeof startCollector>>;
  const apps: ManagedProcess[] = [];
  let apiUrl: string;

  function start(name: AppName, env: NodeJS.ProcessEnv): ManagedProcess {
    const app = startProcess(name, process.execPath, [compiledApp(name)], { cwd: ROOT, env, logFile: path.join(E2E_LOG_DIR, `trace-export-${name}.log`) });
    apps.push(app);
    return app;
  }

  beforeAll(async () => {
    await seedDemo();
    mkdirSync(E2E_LOG_DIR, { recursive: true });
    collector = await startCollector();
    const [port, workerMetricsPort] = [await freePort(), await freePort()];
    const env = {
      ...process.env, NODE_ENV: 'development', LOG_FORMAT: 'json', OTEL_EXPORTER_OTLP_ENDPOINT: collector.url, OTEL_BSP_SCHEDULE_DELAY: '100',
      PORT: String(port), WORKER_METRICS_PORT: String(workerMetricsPort),
    };
    const api = start('api', env);
    start('worker', env);
    apiUrl = `http://127.0.0.1:${port}`;
    await eventually('the compiled API to be ready', async () => {
      if (!api.isRunning()) throw new Error('the API exited; see .vangrail/logs/e2e/trace-export-api.log');
      return (await fetch(`${apiUrl}/health/ready`).catch(() => undefined))?.ok;
    }, 30_000);
  });
  afterAll(async () => {
    await Promise.all(apps.map((app) => app.stop()));
    collector?.server.close();
  });

  it('exports the request span under the caller’s span and the routing job span under the request', async () => {
    const traceId = randomBytes(16).toString('hex');
    const callerSpanId = randomBytes(8).toString('hex');
    const response = await fetch(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor('wijkteam.anna')}`, 'x-purpose': 'SIGNALERING', traceparent: `00-${traceId}-${callerSpanId}-01` },
      body: JSON.stringify({
        query: REGISTER_SIGNAL,
        variables: {
          input: {
            clientKey: `otlp-${randomUUID()}`, category: 'KAMERVERHUUR', flags: [], urgency: 'NORMAL', subjects: [freshAddress()],
            description: 'Waarneming tijdens huisbezoek.', dataCategories: ['WONEN'], observedAt: new Date(Date.now() - 3600_000).toISOString(),
          },
        },
      }),
    });
    expect(response.status).toBe(200);
    const apiSpanId = /^00-[0-9a-f]{32}-([0-9a-f]{16})-01$/.exec(response.headers.get('traceresponse') ?? '')?.[1];
    const inTrace = () => collector.spans.filter((span) => span.traceId === traceId);

    const requestSpan = await eventually('the request span', async () => inTrace().find((span) => span.service === 'vangrail-api'));
    expect(requestSpan).toMatchObject({ name: 'POST /graphql', spanId: apiSpanId, parentSpanId: callerSpanId });
    expect(requestSpan.attributes).toContainEqual({ key: 'http.route', value: { stringValue: '/graphql' } });

    // The routing job was written by that request, so its span continues the request's span.
    const routingSpan = await eventually('the routing job span', async () => inTrace().find((span) => span.name === 'process routing'));
    expect(routingSpan).toMatchObject({ service: 'vangrail-worker', parentSpanId: apiSpanId });
    // Spans describe the work, never its content.
    expect(JSON.stringify(inTrace())).not.toMatch(/huisbezoek|KAMERVERHUUR/);
  });

  it('exports nothing from a caller that asked for no sampling (trace flags 00)', async () => {
    const traceId = randomBytes(16).toString('hex');
    await fetch(`${apiUrl}/health/live`, { headers: { traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-00` } });
    // A later sampled request is exported, so the unsampled one would have been by now.
    const marker = randomBytes(16).toString('hex');
    await fetch(`${apiUrl}/health/live`, { headers: { traceparent: `00-${marker}-${randomBytes(8).toString('hex')}-01` } });
    await eventually('the sampled request span', async () => collector.spans.some((span) => span.traceId === marker));
    expect(collector.spans.some((span) => span.traceId === traceId)).toBe(false);
  });
});
