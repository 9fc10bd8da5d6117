export * from './entities/routing-rule.entity';
export * from './routing-explanation';
export * from './rule-evaluation';
export * from './default-rules';
export * from './routing-rules.service';
export * from './routing.module';
export * from './routing-worker.module';
