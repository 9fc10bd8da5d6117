import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_DATA_SOURCE, inTenantTransaction } from '@vangrail/persistence';
import { PeriodicSweep, SWEEP_BATCH, SWEEP_GRACE } from '@vangrail/queue';
import { ActionItemReminderKind } from '../content/entities/action-item.entity';
import { ActionItemReminderHandler } from './action-item-reminder.handler';
import { reminderLeadMs } from './action-item-reminders';

/**
 * Reminders and overdue marks whose delayed jobs Redis lost: OPEN action items whose reminder or
 * due moment passed a grace minute ago and still carry no mark get the idempotent handler directly.
 */
@Injectable()
export class ActionItemReconciler extends PeriodicSweep<{ reminded: number; overdue: number }> {
  constructor(
    @Inject(APP_DATA_SOURCE) dataSource: DataSource,
    private readonly handler: ActionItemReminderHandler,
  ) {
    super(dataSource);
  }

  protected emptyCounts(): { reminded: number; overdue: number } {
    return { reminded: 0, overdue: 0 };
  }

  protected async sweepTenant(tenantId: string, counts: { reminded: number; overdue: number }): Promise<void> {
    const late = (await inTenantTransaction(this.dataSource, tenantId, (manager) =>
      manager.query(
        // The reminder moment is the later of creation and (due - lead), as in scheduleActionItemReminders.
        `SELECT id,
                reminded_at IS NULL AND GREATEST(created_at, due_at - $2 * interval '1 millisecond') < now() - ${SWEEP_GRACE} AS remind,
                overdue_at IS NULL AND due_at < now() - ${SWEEP_GRACE} AS overdue
           FROM action_item
          WHERE tenant_id = $1 AND status = 'OPEN'
            AND ((reminded_at IS NULL AND GREATEST(created_at, due_at - $2 * interval '1 millisecond') < now() - ${SWEEP_GRACE})
              OR (overdue_at IS NULL AND due_at < now() - ${SWEEP_GRACE}))
          LIMIT ${SWEEP_BATCH}`,
        [tenantId, reminderLeadMs()],
      ),
    )) as { id: string; remind: boolean; overdue: boolean }[];
    for (const item of late) {
      if (item.remind && (await this.handler.handle({ tenantId, actionItemId: item.id, kind: ActionItemReminderKind.REMINDER })).marked) counts.reminded += 1;
      if (item.overdue && (await this.handler.handle({ tenantId, actionItemId: item.id, kind: ActionItemReminderKind.OVERDUE })).marked) counts.overdue += 1;
    }
  }
}
