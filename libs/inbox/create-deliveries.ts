import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { NotificationKind, notify } from '@vangrail/notifications';
import { appendAuditEvents, AuditAction, AuditEntry, AuditOutcome } from '@vangrail/privacy';
import { addToOutbox, QUEUE } from '@vangrail/queue';
import type { RoutingTarget } from '@vangrail/routing/routing-explanation';
import { SignalSubject } from '@vangrail/signals/entities/signal-subject.entity';
import type { Signal } from '@vangrail/signals/entities/signal.entity';
import { linkSubjects, SubjectLinkKind } from '@vangrail/subjects';
import { Delivery, DeliveryState } from './entities/delivery.entity';

/**
 * Creates one domain's deliveries for a routed signal, in the worker's transaction. Idempotent:
 * a delivery is unique per (signal, discipline), and only a newly inserted one gets its access
 * links, triage-deadline job, notification and audit event. Returns the deliveries created now.
 */
export async function createDeliveries(manager: EntityManager, signal: Signal, targets: RoutingTarget[], jobId: string): Promise<Delivery[]> {
  const { tenantId } = signal;
  const subjects = await manager.findBy(SignalSubject, { tenantId, signalId: signal.id });
  const created: Delivery[] = [];
  const audit: AuditEntry[] = [];
  for (const target of targets) {
    const primary = target.rules[0];
    const delivery = Object.assign(new Delivery(), {
      tenantId,
      id: randomUUID(),
      signalId: signal.id,
      discipline: target.discipline,
      domain: target.domain,
      state: DeliveryState.NEW,
      purpose: target.purpose,
      allowedCategories: target.allowedCategories,
      ruleId: primary.ruleId,
      ruleKey: primary.ruleKey,
      ruleVersion: primary.version,
      matchedRules: target.rules,
      urgency: signal.urgency,
      // Counted from intake: a queue outage must not extend the triage deadline.
      triageDeadline: new Date(signal.createdAt.getTime() + target.triageSeconds * 1000),
      overdueAt: null,
      assignedUserId: null,
      decidedByUserId: null,
      decidedAt: null,
      declineReason: null,
      caseId: null,
    });
    const inserted = await manager.createQueryBuilder().insert().into(Delivery).values(delivery).orIgnore().returning(['id']).execute();
    if (inserted.raw.length === 0) continue;
    created.push(delivery);
    await linkSubjects(manager, tenantId, subjects.map((s) => s.subjectId), {
      kind: SubjectLinkKind.DELIVERY,
      contextId: delivery.id,
      disciplines: [target.discipline],
    });
    await addToOutbox(manager, {
      queue: QUEUE.TRIAGE_DEADLINES,
      payload: { tenantId, deliveryId: delivery.id },
      jobId: `deadline-${delivery.id}`,
      runAt: delivery.triageDeadline,
    });
    await notify(manager, [
      {
        tenantId,
        kind: NotificationKind.NEW_DELIVERY,
        recipientDiscipline: target.discipline,
        deliveryId: delivery.id,
        signalId: signal.id,
        message: `New ${signal.category} signal (${signal.urgency}) in the ${target.discipline} inbox; triage before ${delivery.triageDeadline.toISOString()}.`,
        messageNl: `Nieuw signaal ${signal.category} (${signal.urgency}) in de inbox van ${target.discipline}; beoordelen vóór ${delivery.triageDeadline.toISOString()}.`,
        dedupeKey: `new-delivery:${delivery.id}`,
      },
    ]);
    // Sharing with a discipline is a processing of its own: recorded as done by the routing
    // service, on the legal basis of the rule version that decided it.
    audit.push({
        userId: null,
        username: 'system:routing',
        discipline: target.discipline,
        role: 'SYSTEM',
        onBehalfOf: signal.reporterUserId,
        action: AuditAction.CREATE,
        outcome: AuditOutcome.ALLOWED,
        resourceType: 'Delivery',
        resourceId: delivery.id,
        subjectKeys: subjects.map((s) => s.subjectId),
        dataCategories: signal.dataCategories.filter((category) => target.allowedCategories.includes(category)),
        purpose: target.purpose,
        legalBasis: target.rules.map((rule) => `routing rule ${rule.ruleKey} v${rule.version}`).join('; '),
        processingActivity: 'Doorzetten van signalen naar disciplines (routering)',
        requestId: `job:${jobId}`,
    });
  }
  // Last, so the tenant's audit-chain lock is held only until the commit that follows.
  await appendAuditEvents(manager, tenantId, audit);
  return created;
}
