export * from './data-source';
export * from './snake-naming.strategy';
export * from './tenant-scoped.entity';
export * from './tenant-isolation';
export * from './database.module';
export * from './tenant-transaction';
