export * from './tenant.entity';
export * from './user.entity';
