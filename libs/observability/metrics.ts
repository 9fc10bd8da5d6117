import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/** One registry per process; features add their own metrics to it. */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry, prefix: 'vangrail_' });

export const httpRequestDuration = new Histogram({
  name: 'vangrail_http_request_duration_seconds',
  help: 'HTTP request duration by route and status',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [metricsRegistry],
});

export const graphqlErrors = new Counter({
  name: 'vangrail_graphql_errors_total',
  help: 'GraphQL errors returned, by stable error code',
  labelNames: ['code'] as const,
  registers: [metricsRegistry],
});
