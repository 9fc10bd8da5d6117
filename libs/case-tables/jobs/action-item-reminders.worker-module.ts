import { Module } from '@nestjs/common';
import { ActionItemReminderHandler } from './action-item-reminder.handler';

/** Worker-side module (apps/worker WORKER_FEATURE_MODULES): processes the action-item reminder queue. */
@Module({ providers: [ActionItemReminderHandler] })
export class ActionItemRemindersWorkerModule {}
