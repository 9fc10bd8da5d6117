import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createDeliveries } from '@vangrail/inbox/create-deliveries';
import { APP_DATA_SOURCE, inTenantTransaction } from '@vangrail/persistence';
import { JobHandler, QUEUE } from '@vangrail/queue';
import { Signal } from '@vangrail/signals/entities/signal.entity';
import { SignalSubject } from '@vangrail/signals/entities/signal-subject.entity';
import { restrictedAmong } from '@vangrail/privacy';
import { deliveriesCreated, routingLatency, signalsRouted } from '../routing-metrics';
import type { DomainDeliveryJob } from './route-signal.handler';

/**
 * One processor per domain queue, so a failing domain (its database writes, its rules) never
 * holds up the others. Each creates its disciplines' deliveries and, when it is the last domain
 * to finish, marks the signal routed and observes the intake-to-delivery latency.
 */
@Injectable()
export class DomainDeliveryHandler {
  constructor(@Inject(APP_DATA_SOURCE) private readonly dataSource: DataSource) {}

  @JobHandler(QUEUE.DOMAIN_SOCIAAL)
  sociaal(job: DomainDeliveryJob, meta: { id?: string }): Promise<number> {
    return this.deliver(job, meta.id ?? 'unknown');
  }

  @JobHandler(QUEUE.DOMAIN_FYSIEK)
  fysiek(job: DomainDeliveryJob, meta: { id?: string }): Promise<number> {
    return this.deliver(job, meta.id ?? 'unknown');
  }

  @JobHandler(QUEUE.DOMAIN_VEILIGHEID)
  veiligheid(job: DomainDeliveryJob, meta: { id?: string }): Promise<number> {
    return this.deliver(job, meta.id ?? 'unknown');
  }

  private deliver(job: DomainDeliveryJob, jobId: string): Promise<number> {
    return inTenantTransaction(this.dataSource, job.tenantId, async (manager) => {
      const signal = await manager.findOneBy(Signal, { tenantId: job.tenantId, id: job.signalId });
      if (!signal?.routingExplanation) return 0;
      // Restricted after routing was decided (AVG art. 18): held before any delivery is made.
      const links = await manager.findBy(SignalSubject, { tenantId: job.tenantId, signalId: signal.id });
      if ((await restrictedAmong(manager, job.tenantId, links.map((l) => l.subjectId))).length) {
        if (!signal.heldAt) await manager.update(Signal, { tenantId: job.tenantId, id: signal.id }, { heldAt: new Date() });
        return 0;
      }
      const targets = signal.routingExplanation.targets.filter((t) => t.domain === job.domain && !t.skipped);
      const created = await createDeliveries(manager, signal, targets, jobId);
      for (const delivery of created) deliveriesCreated.inc({ domain: delivery.domain });
      // TypeORM answers an UPDATE ... RETURNING with [rows, rowCount].
      const [rows] = (await manager.query(
        `UPDATE signal SET pending_domains = array_remove(pending_domains, $3), updated_at = now()
          WHERE tenant_id = $1 AND id = $2 RETURNING pending_domains, routed_at`,
        [job.tenantId, job.signalId, job.domain],
      )) as [{ pending_domains: string[]; routed_at: Date | null }[], number];
      const row = rows[0];
      if (row && row.pending_domains.length === 0 && !row.routed_at) {
        await manager.query(`UPDATE signal SET routed_at = now() WHERE tenant_id = $1 AND id = $2`, [job.tenantId, job.signalId]);
        signalsRouted.inc();
        routingLatency.observe((Date.now() - signal.createdAt.getTime()) / 1000);
      }
      return created.length;
    });
  }
}
