import { currentTraceparent } from '@vangrail/observability';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_DATA_SOURCE, inTenantTransaction } from '@vangrail/persistence';
import { JobHandler, QUEUE, QueueFactory, TenantJob } from '@vangrail/queue';
import { Signal } from '@vangrail/signals/entities/signal.entity';
import { SignalSubject } from '@vangrail/signals/entities/signal-subject.entity';
import { URGENCY_PRIORITY, Urgency } from '@vangrail/signals/signal-vocabulary';
import { restrictedAmong } from '@vangrail/privacy';
import { Subject } from '@vangrail/subjects';
import { In } from 'typeorm';
import { currentRules } from '../routing-rules.service';
import { deliveriesByDomain, evaluateRouting } from '../rule-evaluation';
import { routingLatency, signalsRouted } from '../routing-metrics';

export interface RouteSignalJob extends TenantJob {
  signalId: string;
  /** Set when a held signal is released (restriction lifted): its domain jobs get fresh ids. */
  release?: string;
}

export interface DomainDeliveryJob extends TenantJob {
  signalId: string;
  domain: string;
}

export const DOMAIN_QUEUES: Record<string, string> = {
  SOCIAAL: QUEUE.DOMAIN_SOCIAAL,
  FYSIEK: QUEUE.DOMAIN_FYSIEK,
  VEILIGHEID: QUEUE.DOMAIN_VEILIGHEID,
};

/**
 * Evaluates the current rules once per signal (the decision is stored, so a retry reuses it
 * instead of re-deciding under changed rules) and hands each domain its share on its own queue.
 */
@Injectable()
export class RouteSignalHandler {
  constructor(
    @Inject(APP_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly queues: QueueFactory,
  ) {}

  @JobHandler(QUEUE.ROUTING)
  async handle(job: RouteSignalJob): Promise<{ domains: string[] }> {
    const signal = await inTenantTransaction(this.dataSource, job.tenantId, async (manager) => {
      const found = await manager.findOne(Signal, { where: { tenantId: job.tenantId, id: job.signalId }, lock: { mode: 'pessimistic_write' } });
      if (!found) return null;
      const links = await manager.findBy(SignalSubject, { tenantId: job.tenantId, signalId: found.id });
      // Art. 18: a signal naming a restricted person stays stored and held; liftRestriction routes it again.
      if ((await restrictedAmong(manager, job.tenantId, links.map((l) => l.subjectId))).length) {
        if (!found.heldAt) await manager.update(Signal, { tenantId: job.tenantId, id: found.id }, { heldAt: new Date() });
        return null;
      }
      if (!found.routingExplanation) {
        const subjects = await manager.findBy(Subject, { tenantId: job.tenantId, id: In(links.map((l) => l.subjectId)) });
        found.routingExplanation = evaluateRouting(await currentRules(manager, job.tenantId), {
          category: found.category,
          flags: found.flags,
          urgency: found.urgency,
          subjectTypes: [...new Set(subjects.map((s) => s.type))],
          reportingDomain: found.reportingDomain,
          reportingDiscipline: found.reporterDiscipline,
        });
        found.pendingDomains = [...deliveriesByDomain(found.routingExplanation).keys()];
        if (found.pendingDomains.length === 0) found.routedAt = new Date();
        await manager.update(
          Signal,
          { tenantId: job.tenantId, id: found.id },
          { routingExplanation: found.routingExplanation as never, pendingDomains: found.pendingDomains, routedAt: found.routedAt },
        );
        if (found.routedAt) {
          signalsRouted.inc();
          routingLatency.observe((found.routedAt.getTime() - found.createdAt.getTime()) / 1000);
        }
      }
      return found;
    });
    if (!signal) return { domains: [] };
    // After commit; job ids make a repeat (retry after a crash) a no-op in Redis.
    for (const domain of signal.pendingDomains) {
      const payload: DomainDeliveryJob = { tenantId: job.tenantId, signalId: signal.id, domain, trace: currentTraceparent() };
      await this.queues.get(DOMAIN_QUEUES[domain]).add(DOMAIN_QUEUES[domain], payload, {
        jobId: job.release ? `deliver-${signal.id}-${domain}-${job.release}` : `deliver-${signal.id}-${domain}`,
        priority: URGENCY_PRIORITY[signal.urgency as Urgency],
      });
    }
    return { domains: signal.pendingDomains };
  }
}
