import { Module } from '@nestjs/common';
import { InboxWorkerModule } from '@vangrail/inbox/inbox-worker.module';
import { DeliverToDomainHandler } from './jobs/deliver-to-domain.handler';
import { RouteSignalHandler } from './jobs/route-signal.handler';
import { RoutingReconciler } from './jobs/routing-reconciler';

/** Worker side of routing: the routing queue, the three domain queues and the reconciler. */
@Module({ imports: [InboxWorkerModule], providers: [RouteSignalHandler, DeliverToDomainHandler, RoutingReconciler] })
export class RoutingWorkerModule {}
