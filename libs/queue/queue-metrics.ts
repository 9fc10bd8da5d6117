import { Gauge } from 'prom-client';
import { metricsRegistry } from '@vangrail/observability';
import type { QueueFactory } from './queue-factory';
import { QUEUES } from './queues';

/**
 * Queue depths, read from Redis when Prometheus scrapes (so any API or worker instance reports
 * the shared truth). A scrape while Redis is down reports nothing rather than failing.
 */
export function registerQueueDepthMetrics(queues: QueueFactory): void {
  if (metricsRegistry.getSingleMetric('vangrail_queue_jobs')) return;
  new Gauge({
    name: 'vangrail_queue_jobs',
    help: 'Jobs per queue and state (waiting, delayed, active, failed)',
    labelNames: ['queue', 'state'] as const,
    registers: [metricsRegistry],
    async collect() {
      this.reset();
      for (const name of QUEUES) {
        try {
          const counts = await queues.get(name).getJobCounts('waiting', 'delayed', 'active', 'failed', 'prioritized');
          for (const [state, count] of Object.entries(counts)) this.set({ queue: name, state }, count);
        } catch {
          // Redis unavailable: leave this queue out of the scrape.
        }
      }
    },
  });
}
