import { Module } from '@nestjs/common';
import { TriageDeadlineHandler } from './jobs/triage-deadline.handler';

/** Worker side of the inbox: triage deadlines. */
@Module({ providers: [TriageDeadlineHandler], exports: [TriageDeadlineHandler] })
export class InboxWorkerModule {}
