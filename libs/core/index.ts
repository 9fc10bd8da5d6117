export * from './discipline';
export * from './errors';
export * from './request-context';
export * from './tenant-transactions';
export * from './ctx.decorator';
export * from './core.module';
export * from './parse-id.pipe';
