import { Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import { metricsRegistry } from '@vangrail/observability';
import { inTenantTransaction, tenantIds } from '@vangrail/persistence';

/**
 * Dead letters waiting for replay, per queue. Counting means one transaction per tenant (row-level
 * security), so the counts are refreshed at most every `refreshMs` and scrapes in between answer
 * from the last count: a scrape every 15 s by several Prometheus servers costs the database nothing.
 */
export function registerDeadLetterMetrics(dataSource: DataSource, refreshMs: number): void {
  if (metricsRegistry.getSingleMetric('vangrail_dead_letters')) return;
  let counted: { at: number; totals: Map<string, number> } | undefined;
  let counting: Promise<Map<string, number>> | undefined;

  const count = async (): Promise<Map<string, number>> => {
    const totals = new Map<string, number>();
    for (const id of await tenantIds(dataSource)) {
      const rows = (await inTenantTransaction(dataSource, id, (manager) =>
        manager.query(`SELECT queue, count(*)::int AS n FROM dead_letter WHERE tenant_id = $1 AND replayed_at IS NULL GROUP BY queue`, [id]),
      )) as { queue: string; n: number }[];
      for (const row of rows) totals.set(row.queue, (totals.get(row.queue) ?? 0) + row.n);
    }
    counted = { at: Date.now(), totals };
    return totals;
  };

  new Gauge({
    name: 'vangrail_dead_letters',
    help: 'Queue jobs that failed every attempt and wait for replay, per queue (refreshed every METRICS_REFRESH_MS)',
    labelNames: ['queue'] as const,
    registers: [metricsRegistry],
    async collect() {
      const fresh = counted && Date.now() - counted.at < refreshMs;
      // Concurrent scrapes share one count.
      const totals = fresh ? counted!.totals : await (counting ??= count().finally(() => (counting = undefined)));
      this.reset();
      for (const [queue, n] of totals) this.set({ queue }, n);
    },
  });
}
