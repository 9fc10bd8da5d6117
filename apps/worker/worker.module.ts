import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { ActionItemRemindersWorkerModule } from '@vangrail/case-tables/jobs/action-item-reminders.worker-module';
import { APP_CONFIG, AppConfig, ConfigModule } from '@vangrail/config';
import { CoreModule } from '@vangrail/core';
import { SpanExport } from '@vangrail/observability';
import { DatabaseModule } from '@vangrail/persistence';
import { PrivacyModule } from '@vangrail/privacy';
import { InboxWorkerModule } from '@vangrail/inbox';
import { JobRegistry, OutboxPruner, OutboxRelay, QueueModule, QUEUES, RedisModule, WORKER_QUEUES, WorkerRuntime } from '@vangrail/queue';
import { RoutingWorkerModule } from '@vangrail/routing';
import { ENTITIES } from '../entities';
import { AuditSealingModule } from './audit-sealing.module';

/** Feature modules that provide @JobHandler processors (one per queue in libs/queue/queues.ts). */
export const WORKER_FEATURE_MODULES = [RoutingWorkerModule, InboxWorkerModule, ActionItemRemindersWorkerModule];

/** The worker: no HTTP; the outbox relay and its pruner, and one BullMQ worker per queue. */
@Module({
  imports: [ConfigModule, DatabaseModule.forRoot(ENTITIES), RedisModule, QueueModule, CoreModule, PrivacyModule, DiscoveryModule, AuditSealingModule, ...WORKER_FEATURE_MODULES],
  providers: [
    JobRegistry, WorkerRuntime, OutboxRelay, OutboxPruner, { provide: WORKER_QUEUES, useValue: QUEUES },
    { provide: SpanExport, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new SpanExport(config.otlpEndpoint, 'vangrail-worker') },
  ],
})
export class WorkerModule {}
