import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_DATA_SOURCE, inTenantTransaction } from '@vangrail/persistence';
import { ActionItemReminderKind } from '../content/entities/action-item.entity';
import { ActionItemReminderHandler } from './action-item-reminder.handler';
import { reminderLeadMs } from './action-item-reminders';

const GRACE = `interval '1 minute'`;
const BATCH = 500;

/**
 * PostgreSQL is the source of truth; Redis only carries the delayed reminder jobs. Should Redis lose
 * them (a restart without its append-only file, a failover), this sweep finds OPEN action items whose
 * reminder or due moment passed more than a grace minute ago and still carry no mark, and calls the
 * idempotent handler directly (it marks once and dedupes its notification, so a late job changes nothing).
 */
@Injectable()
export class ActionItemReconciler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ActionItemReconciler.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    @Inject(APP_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly handler: ActionItemReminderHandler,
  ) {}

  onApplicationBootstrap(): void {
    const interval = Number(process.env.RECONCILE_INTERVAL_MS ?? 60_000);
    if (interval > 0) this.timer = setInterval(() => (this.running = this.reconcile().catch((e: Error) => this.logger.warn({ error: e.message }, 'reconcile failed'))), interval);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  async reconcile(): Promise<{ reminded: number; overdue: number }> {
    let reminded = 0;
    let overdue = 0;
    const leadMs = reminderLeadMs();
    const tenants = (await this.dataSource.query(`SELECT id FROM tenant`)) as { id: string }[];
    for (const { id: tenantId } of tenants) {
      const late = await inTenantTransaction(this.dataSource, tenantId, (manager) =>
        manager.query(
          // The reminder moment is the later of creation and (due - lead), as in scheduleActionItemReminders.
          `SELECT id,
                  reminded_at IS NULL AND GREATEST(created_at, due_at - $2 * interval '1 millisecond') < now() - ${GRACE} AS remind,
                  overdue_at IS NULL AND due_at < now() - ${GRACE} AS overdue
             FROM action_item
            WHERE tenant_id = $1 AND status = 'OPEN'
              AND ((reminded_at IS NULL AND GREATEST(created_at, due_at - $2 * interval '1 millisecond') < now() - ${GRACE})
                OR (overdue_at IS NULL AND due_at < now() - ${GRACE}))
            LIMIT ${BATCH}`,
          [tenantId, leadMs],
        ),
      ) as { id: string; remind: boolean; overdue: boolean }[];
      for (const item of late) {
        if (item.remind && (await this.handler.handle({ tenantId, actionItemId: item.id, kind: ActionItemReminderKind.REMINDER })).marked) reminded += 1;
        if (item.overdue && (await this.handler.handle({ tenantId, actionItemId: item.id, kind: ActionItemReminderKind.OVERDUE })).marked) overdue += 1;
      }
    }
    if (reminded || overdue) this.logger.warn({ reminded, overdue }, 'reconciled action-item reminders that the queue did not deliver');
    return { reminded, overdue };
  }
}
