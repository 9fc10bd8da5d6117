import { Counter } from 'prom-client';
import { metricsRegistry } from '@vangrail/observability';

export const signalsReceived = new Counter({
  name: 'vangrail_signals_received_total',
  help: 'Signals registered (new, not idempotent retries)',
  registers: [metricsRegistry],
});
