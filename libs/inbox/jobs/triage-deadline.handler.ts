import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotificationKind, notify } from '@vangrail/notifications';
import { APP_DATA_SOURCE, inTenantTransaction } from '@vangrail/persistence';
import { JobHandler, QUEUE, TenantJob } from '@vangrail/queue';
import { Delivery, DeliveryState } from '../entities/delivery.entity';

export interface TriageDeadlineJob extends TenantJob {
  deliveryId: string;
}

/**
 * Fires when a delivery's triage deadline passes (a delayed job). If no decision was taken, the
 * delivery is marked overdue and the discipline's lead is notified; running twice changes nothing.
 */
@Injectable()
export class TriageDeadlineHandler {
  constructor(@Inject(APP_DATA_SOURCE) private readonly dataSource: DataSource) {}

  @JobHandler(QUEUE.TRIAGE_DEADLINES)
  handle(job: TriageDeadlineJob): Promise<boolean> {
    return inTenantTransaction(this.dataSource, job.tenantId, async (manager) => {
      const delivery = await manager.findOne(Delivery, { where: { tenantId: job.tenantId, id: job.deliveryId }, lock: { mode: 'pessimistic_write' } });
      const open = delivery && [DeliveryState.NEW, DeliveryState.IN_TRIAGE].includes(delivery.state);
      if (!delivery || !open || delivery.overdueAt || delivery.triageDeadline.getTime() > Date.now()) return false;
      await manager.update(Delivery, { tenantId: job.tenantId, id: delivery.id }, { overdueAt: new Date() });
      await notify(manager, [
        {
          tenantId: job.tenantId,
          kind: NotificationKind.TRIAGE_OVERDUE,
          recipientDiscipline: delivery.discipline,
          deliveryId: delivery.id,
          signalId: delivery.signalId,
          message: `Escalation to the ${delivery.discipline} lead: a ${delivery.urgency} delivery passed its triage deadline without a decision.`,
          messageNl: `Escalatie naar de leidinggevende van ${delivery.discipline}: een doorzetting (${delivery.urgency}) is niet binnen de beoordelingstermijn beoordeeld.`,
          dedupeKey: `triage-overdue:${delivery.id}`,
        },
      ]);
      return true;
    });
  }
}
