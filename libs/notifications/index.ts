export * from './notification.entity';
export * from './notify';
export * from './notification.type';
export * from './notifications.module';
export * from './user-dates';
