import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { ConfigModule } from '@vangrail/config';
import { CoreModule } from '@vangrail/core';
import { DatabaseModule } from '@vangrail/persistence';
import { PrivacyModule } from '@vangrail/privacy';
import { JobRegistry, QUEUES, RedisModule, WORKER_QUEUES, WorkerRuntime } from '@vangrail/queue';
import { ENTITIES } from '../entities';

/** The worker: no HTTP, only queue processors and the outbox relay. */
@Module({
  imports: [ConfigModule, DatabaseModule.forRoot(ENTITIES), RedisModule, CoreModule, PrivacyModule, DiscoveryModule],
  providers: [JobRegistry, WorkerRuntime, { provide: WORKER_QUEUES, useValue: QUEUES }],
})
export class WorkerModule {}
