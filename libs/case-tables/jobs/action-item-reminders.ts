import type { EntityManager } from 'typeorm';
import { addToOutbox, QUEUE, TenantJob } from '@vangrail/queue';
import { ActionItemReminderKind } from '../content/entities/action-item.entity';

/** Ids only: the handler reads the item itself, so no personal data sits in Redis. */
export interface ActionItemReminderJob extends TenantJob {
  actionItemId: string;
  kind: ActionItemReminderKind;
}

const DEFAULT_REMINDER_LEAD_MS = 2 * 24 * 3600 * 1000;

/** How long before the due moment the owner is reminded (ACTION_ITEM_REMINDER_LEAD_MS, default two days). */
export function reminderLeadMs(): number {
  const raw = process.env.ACTION_ITEM_REMINDER_LEAD_MS;
  const configured = raw ? Number(raw) : Number.NaN;
  return Number.isFinite(configured) && configured >= 0 ? configured : DEFAULT_REMINDER_LEAD_MS;
}

/**
 * Schedules the reminder (before the due moment, or now if that has passed) and the overdue check
 * (at the due moment) as delayed jobs through the outbox, in the caller's transaction. Deterministic
 * job ids make a re-publish a no-op; delayed jobs live in Redis and survive a worker restart.
 * `postponements` numbers the due moment, so a postponed item is scheduled afresh.
 */
export async function scheduleActionItemReminders(manager: EntityManager, tenantId: string, actionItemId: string, dueAt: Date, postponements = 0): Promise<void> {
  const reminderAt = new Date(Math.max(Date.now(), dueAt.getTime() - reminderLeadMs()));
  const jobs: [ActionItemReminderKind, Date][] = [
    [ActionItemReminderKind.REMINDER, reminderAt],
    [ActionItemReminderKind.OVERDUE, dueAt],
  ];
  for (const [kind, runAt] of jobs) {
    await addToOutbox<ActionItemReminderJob>(manager, {
      queue: QUEUE.ACTION_ITEM_REMINDERS,
      payload: { tenantId, actionItemId, kind },
      // A postponed item gets new jobs; the old ones find the due moment moved and change nothing.
      jobId: `action-item-${kind.toLowerCase()}-${actionItemId}${postponements ? `-p${postponements}` : ''}`,
      runAt,
    });
  }
}
