import { Module } from '@nestjs/common';
import { ActionItemReconciler } from './action-item-reconciler';
import { ActionItemReminderHandler } from './action-item-reminder.handler';

/** Worker-side module (apps/worker WORKER_FEATURE_MODULES): processes the action-item reminder queue and sweeps for lost jobs. */
@Module({ providers: [ActionItemReminderHandler, ActionItemReconciler] })
export class ActionItemRemindersWorkerModule {}
