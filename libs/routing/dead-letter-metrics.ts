import { Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import { metricsRegistry } from '@vangrail/observability';
import { inTenantTransaction, tenantIds } from '@vangrail/persistence';

/** Dead letters waiting for replay, per queue, read from PostgreSQL when Prometheus scrapes. */
export function registerDeadLetterMetrics(dataSource: DataSource): void {
  if (metricsRegistry.getSingleMetric('vangrail_dead_letters')) return;
  new Gauge({
    name: 'vangrail_dead_letters',
    help: 'Queue jobs that failed every attempt and wait for replay, per queue',
    labelNames: ['queue'] as const,
    registers: [metricsRegistry],
    async collect() {
      this.reset();
      const totals = new Map<string, number>();
      for (const id of await tenantIds(dataSource)) {
        const rows = (await inTenantTransaction(dataSource, id, (manager) =>
          manager.query(`SELECT queue, count(*)::int AS n FROM dead_letter WHERE tenant_id = $1 AND replayed_at IS NULL GROUP BY queue`, [id]),
        )) as { queue: string; n: number }[];
        for (const row of rows) totals.set(row.queue, (totals.get(row.queue) ?? 0) + row.n);
      }
      for (const [queue, n] of totals) this.set({ queue }, n);
    },
  });
}
