export * from './tenant.entity';
export * from './user.entity';
export * from './user-import';
