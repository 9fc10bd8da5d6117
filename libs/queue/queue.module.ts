import { Global, Module, OnModuleInit } from '@nestjs/common';
import { QueueFactory } from './queue-factory';
import { registerQueueDepthMetrics } from './queue-metrics';

/** Producer-side queues, shared by the API (queue depth metrics) and the worker (handoffs). */
@Global()
@Module({ providers: [QueueFactory], exports: [QueueFactory] })
export class QueueModule implements OnModuleInit {
  constructor(private readonly queues: QueueFactory) {}

  onModuleInit(): void {
    registerQueueDepthMetrics(this.queues);
  }
}
