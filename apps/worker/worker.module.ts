import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { ConfigModule } from '@vangrail/config';
import { CoreModule } from '@vangrail/core';
import { DatabaseModule } from '@vangrail/persistence';
import { PrivacyModule } from '@vangrail/privacy';
import { JobRegistry, OutboxRelay, QueueFactory, QUEUES, RedisModule, WORKER_QUEUES, WorkerRuntime } from '@vangrail/queue';
import { ENTITIES } from '../entities';

/** Feature modules that provide @JobHandler processors (one per queue in libs/queue/queues.ts). */
export const WORKER_FEATURE_MODULES = [];

/** The worker: no HTTP; the outbox relay and one BullMQ worker per queue. */
@Module({
  imports: [ConfigModule, DatabaseModule.forRoot(ENTITIES), RedisModule, CoreModule, PrivacyModule, DiscoveryModule, ...WORKER_FEATURE_MODULES],
  providers: [JobRegistry, WorkerRuntime, QueueFactory, OutboxRelay, { provide: WORKER_QUEUES, useValue: QUEUES }],
})
export class WorkerModule {}
