import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TenantTransactions } from '@vangrail/core';
import { NotificationKind, notify } from '@vangrail/notifications';
import { JobHandler, QUEUE } from '@vangrail/queue';
import { CaseEventKind } from '../cases/entities/case-event.entity';
import { ActionItemReminderKind } from '../content/entities/action-item.entity';
import { appendCaseEvents } from '../shared/case-events';
import { isoDate } from '../shared/text';
import { type ActionItemReminderJob, reminderLeadMs } from './action-item-reminders';

const EFFECT: Record<ActionItemReminderKind, { column: string; event: CaseEventKind; notification: NotificationKind }> = {
  [ActionItemReminderKind.REMINDER]: { column: 'reminded_at', event: CaseEventKind.ACTION_ITEM_REMINDER_SENT, notification: NotificationKind.ACTION_ITEM_REMINDER },
  [ActionItemReminderKind.OVERDUE]: { column: 'overdue_at', event: CaseEventKind.ACTION_ITEM_OVERDUE, notification: NotificationKind.ACTION_ITEM_OVERDUE },
};

/**
 * Worker side of the action-item reminders: marks the item (reminded_at / overdue_at), notifies the
 * owner (case reference and due date only, never the item's text) and adds a timeline entry.
 * Idempotent: the mark is set only once (`... IS NULL`) and the notification has a dedupe key, so
 * a job that runs twice changes nothing the second time; completed or cancelled items are left alone.
 */
@Injectable()
export class ActionItemReminderHandler {
  private readonly logger = new Logger(ActionItemReminderHandler.name);

  constructor(private readonly transactions: TenantTransactions) {}

  @JobHandler(QUEUE.ACTION_ITEM_REMINDERS)
  async handle(job: ActionItemReminderJob): Promise<{ marked: boolean }> {
    const effect = EFFECT[job.kind];
    if (!effect) throw new Error(`unknown action-item job kind ${String(job.kind)}`);
    const marked = await this.transactions.run(job.tenantId, (manager) => this.markOnce(manager, job, effect));
    this.logger.debug({ actionItemId: job.actionItemId, kind: job.kind, marked }, 'action-item job handled');
    return { marked };
  }

  private async markOnce(manager: EntityManager, job: ActionItemReminderJob, effect: (typeof EFFECT)[ActionItemReminderKind]): Promise<boolean> {
    // The moment is checked against the item's current due moment: a job scheduled before a
    // postponement (or a reassignment that cleared the reminder) finds it not yet due and does nothing.
    const leadMs = job.kind === ActionItemReminderKind.REMINDER ? reminderLeadMs() : 0;
    const [rows] = (await manager.query(
      `UPDATE action_item a SET ${effect.column} = now(), updated_at = now()
         FROM case_file c
        WHERE a.tenant_id = $1 AND a.id = $2 AND a.status = 'OPEN' AND a.${effect.column} IS NULL
          AND GREATEST(a.created_at, a.due_at - $3 * interval '1 millisecond') <= now() + interval '5 seconds'
          AND c.tenant_id = a.tenant_id AND c.id = a.case_id
        RETURNING a.case_id, a.owner_user_id, a.due_at, c.reference`,
      [job.tenantId, job.actionItemId, leadMs],
    )) as [{ case_id: string; owner_user_id: string; due_at: Date; reference: string }[], number];
    const item = rows[0];
    if (!item) return false;
    const due = isoDate(new Date(item.due_at));
    const overdue = job.kind === ActionItemReminderKind.OVERDUE;
    await notify(manager, [
      {
        tenantId: job.tenantId,
        kind: effect.notification,
        recipientUserId: item.owner_user_id,
        message: overdue ? `Your action item on case ${item.reference} is overdue (due ${due})` : `Reminder: your action item on case ${item.reference} is due ${due}`,
        messageNl: overdue
          ? `Uw actiepunt bij casus ${item.reference} is over de termijn (uiterlijk ${due})`
          : `Herinnering: uw actiepunt bij casus ${item.reference} moet uiterlijk ${due} klaar zijn`,
        caseId: item.case_id,
        // Per owner and due moment: a new owner or a postponed deadline is reminded again.
        dedupeKey: `action-item-${job.kind.toLowerCase()}:${job.actionItemId}:${item.owner_user_id}:${new Date(item.due_at).getTime()}`,
      },
    ]);
    await appendCaseEvents(manager, job.tenantId, [{ caseId: item.case_id, kind: effect.event, refId: job.actionItemId }]);
    return true;
  }
}
