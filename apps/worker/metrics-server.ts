import { createServer, Server } from 'node:http';
import { metricsRegistry, rootLogger } from '@vangrail/observability';

/**
 * The worker has no API, but Prometheus must see its routing latency and delivery counters: a
 * bare /metrics listener on WORKER_METRICS_PORT (default 9464; 0 turns it off), loopback by default.
 */
export function startWorkerMetrics(port: number, host: string): Server | undefined {
  if (port === 0) return undefined;
  const server = createServer((req, res) => {
    if (req.url !== '/metrics') {
      res.writeHead(404).end();
      return;
    }
    metricsRegistry.metrics().then(
      (text) => res.writeHead(200, { 'Content-Type': metricsRegistry.contentType }).end(text),
      () => res.writeHead(500).end(),
    );
  });
  server.on('error', (error) => rootLogger().warn({ port, error: error.message }, 'worker metrics endpoint not available (WORKER_METRICS_PORT)'));
  server.listen(port, host);
  return server;
}
