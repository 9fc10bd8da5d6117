import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TriageDeadlineHandler } from '@vangrail/inbox/jobs/triage-deadline.handler';
import { APP_DATA_SOURCE, inTenantTransaction } from '@vangrail/persistence';
import { QUEUE, QueueFactory } from '@vangrail/queue';
import { DOMAIN_QUEUES } from './route-signal.handler';

const GRACE = `interval '1 minute'`;
const BATCH = 500;

/**
 * PostgreSQL is the source of truth; Redis only carries the work. Should Redis lose jobs (a
 * restart without its append-only file, a failover), this sweep puts them back: signals not yet
 * routed get their routing or domain jobs again (same job ids, so a job that still exists is not
 * doubled), and open deliveries past their deadline get the overdue escalation directly.
 */
@Injectable()
export class RoutingReconciler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RoutingReconciler.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    @Inject(APP_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly queues: QueueFactory,
    private readonly deadlines: TriageDeadlineHandler,
  ) {}

  onApplicationBootstrap(): void {
    const interval = Number(process.env.RECONCILE_INTERVAL_MS ?? 60_000);
    if (interval > 0) this.timer = setInterval(() => (this.running = this.reconcile().catch((e: Error) => this.logger.warn({ error: e.message }, 'reconcile failed'))), interval);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  async reconcile(): Promise<{ requeued: number; overdue: number }> {
    let requeued = 0;
    let overdue = 0;
    const tenants = (await this.dataSource.query(`SELECT id FROM tenant`)) as { id: string }[];
    for (const { id: tenantId } of tenants) {
      const { stuck, late } = await inTenantTransaction(this.dataSource, tenantId, async (manager) => {
        const stuckSignals = (await manager.query(
          `SELECT id, routing_explanation IS NOT NULL AS evaluated, pending_domains FROM signal
            WHERE tenant_id = $1 AND routed_at IS NULL AND created_at < now() - ${GRACE} LIMIT ${BATCH}`,
          [tenantId],
        )) as { id: string; evaluated: boolean; pending_domains: string[] }[];
        const lateDeliveries = (await manager.query(
          `SELECT id FROM delivery WHERE tenant_id = $1 AND state IN ('NEW', 'IN_TRIAGE') AND overdue_at IS NULL
              AND triage_deadline < now() - ${GRACE} LIMIT ${BATCH}`,
          [tenantId],
        )) as { id: string }[];
        return { stuck: stuckSignals, late: lateDeliveries };
      });
      for (const signal of stuck) {
        if (!signal.evaluated) {
          await this.queues.get(QUEUE.ROUTING).add(QUEUE.ROUTING, { tenantId, signalId: signal.id }, { jobId: `route-${signal.id}` });
          requeued += 1;
        }
        for (const domain of signal.pending_domains) {
          await this.queues.get(DOMAIN_QUEUES[domain]).add(DOMAIN_QUEUES[domain], { tenantId, signalId: signal.id, domain }, { jobId: `deliver-${signal.id}-${domain}` });
          requeued += 1;
        }
      }
      for (const delivery of late) if (await this.deadlines.handle({ tenantId, deliveryId: delivery.id })) overdue += 1;
    }
    if (requeued || overdue) this.logger.warn({ requeued, overdue }, 'reconciled work that the queue did not deliver');
    return { requeued, overdue };
  }
}
