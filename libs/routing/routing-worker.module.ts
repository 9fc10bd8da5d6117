import { Module } from '@nestjs/common';
import { InboxWorkerModule } from '@vangrail/inbox/inbox-worker.module';
import { DomainDeliveryHandler } from './jobs/domain-delivery.handler';
import { RouteSignalHandler } from './jobs/route-signal.handler';
import { RoutingReconciler } from './jobs/routing-reconciler';

/** Worker side of routing: the routing queue, the three domain queues and the reconciler. */
@Module({ imports: [InboxWorkerModule], providers: [RouteSignalHandler, DomainDeliveryHandler, RoutingReconciler] })
export class RoutingWorkerModule {}
