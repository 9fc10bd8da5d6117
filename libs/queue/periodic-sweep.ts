import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { tenantIds } from '@vangrail/persistence';

/**
 * PostgreSQL is the source of truth; Redis only carries the work. A sweep runs every
 * RECONCILE_INTERVAL_MS (0 turns it off) over every tenant and puts back what the queue did not
 * deliver. Subclasses implement `sweepTenant`; everything they call must be idempotent, because a
 * job that was merely late will still run.
 */
export abstract class PeriodicSweep<Counts extends Record<string, number>> implements OnApplicationBootstrap, OnApplicationShutdown {
  protected readonly logger = new Logger(this.constructor.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  protected constructor(protected readonly dataSource: DataSource) {}

  protected abstract sweepTenant(tenantId: string, counts: Counts): Promise<void>;
  protected abstract emptyCounts(): Counts;

  /** How often the sweep runs; reconcilers follow RECONCILE_INTERVAL_MS. */
  protected intervalMs(): number {
    return Number(process.env.RECONCILE_INTERVAL_MS ?? 60_000);
  }

  /** What a sweep that did something logs. */
  protected report(counts: Counts): void {
    this.logger.warn(counts, 'reconciled work that the queue did not deliver');
  }

  onApplicationBootstrap(): void {
    const interval = this.intervalMs();
    if (interval > 0) {
      this.timer = setInterval(() => {
        this.running = this.reconcile().catch((error: Error) => this.logger.warn({ error: error.message }, 'sweep failed'));
      }, interval);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  async reconcile(): Promise<Counts> {
    const counts = this.emptyCounts();
    for (const tenantId of await tenantIds(this.dataSource)) await this.sweepTenant(tenantId, counts);
    if (Object.values(counts).some((n) => n > 0)) this.report(counts);
    return counts;
  }
}

/** Work older than this is considered lost rather than merely queued. */
export const SWEEP_GRACE = `interval '1 minute'`;
export const SWEEP_BATCH = 500;
