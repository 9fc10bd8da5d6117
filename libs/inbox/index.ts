export * from './entities/delivery.entity';
export * from './delivery-state';
export * from './inbox.module';
export * from './inbox-worker.module';
