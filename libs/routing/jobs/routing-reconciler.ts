import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TriageDeadlineHandler } from '@vangrail/inbox/jobs/triage-deadline.handler';
import { APP_DATA_SOURCE, inTenantTransaction } from '@vangrail/persistence';
import { PeriodicSweep, QUEUE, QueueFactory, SWEEP_BATCH, SWEEP_GRACE } from '@vangrail/queue';
import { DOMAIN_QUEUES } from './route-signal.handler';

/**
 * Routing work Redis lost: signals not routed a grace minute after intake get their routing or
 * domain jobs again (same job ids, so a job that still exists is not doubled), and open deliveries
 * past their deadline get the overdue escalation directly. Held signals (AVG art. 18) are not stuck: they wait for liftRestriction.
 */
@Injectable()
export class RoutingReconciler extends PeriodicSweep<{ requeued: number; overdue: number }> {
  constructor(
    @Inject(APP_DATA_SOURCE) dataSource: DataSource,
    private readonly queues: QueueFactory,
    private readonly deadlines: TriageDeadlineHandler,
  ) {
    super(dataSource);
  }

  protected emptyCounts(): { requeued: number; overdue: number } {
    return { requeued: 0, overdue: 0 };
  }

  protected async sweepTenant(tenantId: string, counts: { requeued: number; overdue: number }): Promise<void> {
    const { stuck, late } = await inTenantTransaction(this.dataSource, tenantId, async (manager) => ({
      stuck: (await manager.query(
        `SELECT id, routing_explanation IS NOT NULL AS evaluated, pending_domains FROM signal
          WHERE tenant_id = $1 AND routed_at IS NULL AND held_at IS NULL AND created_at < now() - ${SWEEP_GRACE} LIMIT ${SWEEP_BATCH}`,
        [tenantId],
      )) as { id: string; evaluated: boolean; pending_domains: string[] }[],
      late: (await manager.query(
        `SELECT id FROM delivery WHERE tenant_id = $1 AND state IN ('NEW', 'IN_TRIAGE') AND overdue_at IS NULL
            AND triage_deadline < now() - ${SWEEP_GRACE} LIMIT ${SWEEP_BATCH}`,
        [tenantId],
      )) as { id: string }[],
    }));
    for (const signal of stuck) {
      if (!signal.evaluated) {
        await this.queues.get(QUEUE.ROUTING).add(QUEUE.ROUTING, { tenantId, signalId: signal.id }, { jobId: `route-${signal.id}` });
        counts.requeued += 1;
      }
      for (const domain of signal.pending_domains) {
        await this.queues.get(DOMAIN_QUEUES[domain]).add(DOMAIN_QUEUES[domain], { tenantId, signalId: signal.id, domain }, { jobId: `deliver-${signal.id}-${domain}` });
        counts.requeued += 1;
      }
    }
    for (const delivery of late) if (await this.deadlines.handle({ tenantId, deliveryId: delivery.id })) counts.overdue += 1;
  }
}
