import { timingSafeEqual } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { rootLogger } from './logger';
import { metricsRegistry } from './metrics';

/** With a METRICS_TOKEN configured, a scrape must send `Authorization: Bearer <token>`. */
export function metricsAuthorized(authorization: string | undefined, token: string | undefined): boolean {
  if (!token) return true;
  const given = Buffer.from(authorization?.startsWith('Bearer ') ? authorization.slice(7) : '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * A bare /metrics listener: the worker's (it has no HTTP API), or the API's when METRICS_PORT keeps
 * scrapes off the public port. Port 0 turns it off; a busy port is logged, not fatal.
 */
export function startMetricsServer(port: number, host: string, token: string | undefined, name: string): Server | undefined {
  if (port === 0) return undefined;
  const server = createServer((req, res) => {
    if (req.url !== '/metrics') {
      res.writeHead(404).end();
      return;
    }
    if (!metricsAuthorized(req.headers.authorization, token)) {
      res.writeHead(401, { 'WWW-Authenticate': 'Bearer' }).end();
      return;
    }
    metricsRegistry.metrics().then(
      (text) => res.writeHead(200, { 'Content-Type': metricsRegistry.contentType }).end(text),
      () => res.writeHead(500).end(),
    );
  });
  server.on('error', (error) => rootLogger().warn({ port, error: error.message }, `${name} metrics endpoint not available`));
  server.listen(port, host);
  return server;
}
