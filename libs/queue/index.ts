export * from './redis';
export * from './redis.module';
export * from './job-handler';
export * from './job-registry';
export * from './queues';
export * from './worker-runtime';
