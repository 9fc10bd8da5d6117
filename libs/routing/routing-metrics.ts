import { Counter, Histogram } from 'prom-client';
import { metricsRegistry } from '@vangrail/observability';

export const deliveriesCreated = new Counter({
  name: 'vangrail_deliveries_created_total',
  help: 'Deliveries (inbox items) created by the domain workers, per domain',
  labelNames: ['domain'] as const,
  registers: [metricsRegistry],
});

export const signalsRouted = new Counter({
  name: 'vangrail_signals_routed_total',
  help: 'Signals whose every receiving domain has created its deliveries',
  registers: [metricsRegistry],
});

export const routingLatency = new Histogram({
  name: 'vangrail_routing_latency_seconds',
  help: 'From intake (signal committed) to the last delivery created',
  buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300],
  registers: [metricsRegistry],
});
