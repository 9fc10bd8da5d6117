import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@vangrail/config';
import { APP_DATA_SOURCE, inTenantTransaction } from '@vangrail/persistence';
import { PeriodicSweep, SWEEP_BATCH } from './periodic-sweep';

/**
 * Published outbox rows are history, not work: the worker deletes those older than
 * OUTBOX_RETENTION_HOURS (default a week) every OUTBOX_PRUNE_INTERVAL_MS (default an hour), in
 * batches so a large backlog never holds long locks. Unpublished rows are never touched.
 */
@Injectable()
export class OutboxPruner extends PeriodicSweep<{ pruned: number }> {
  constructor(
    @Inject(APP_DATA_SOURCE) dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super(dataSource);
  }

  protected override intervalMs(): number {
    return this.config.tuning.OUTBOX_PRUNE_INTERVAL_MS;
  }

  protected override report(counts: { pruned: number }): void {
    this.logger.log(counts, 'pruned published outbox rows');
  }

  protected emptyCounts(): { pruned: number } {
    return { pruned: 0 };
  }

  protected async sweepTenant(tenantId: string, counts: { pruned: number }): Promise<void> {
    for (;;) {
      const deleted = await inTenantTransaction(this.dataSource, tenantId, async (manager) => {
        const [, affected] = (await manager.query(
          `DELETE FROM outbox WHERE tenant_id = $1 AND id IN (
             SELECT id FROM outbox WHERE tenant_id = $1 AND published_at < now() - make_interval(hours => $2) LIMIT $3)`,
          [tenantId, this.config.tuning.OUTBOX_RETENTION_HOURS, SWEEP_BATCH],
        )) as [unknown, number];
        return affected;
      });
      counts.pruned += deleted;
      if (deleted < SWEEP_BATCH) return;
    }
  }
}
