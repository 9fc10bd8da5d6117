export * from './signal-vocabulary';
export * from './entities/signal.entity';
export * from './entities/signal-subject.entity';
export * from './dto/register-signal.input';
export * from './dto/signal.type';
export * from './known-elsewhere';
export * from './signals.policy';
export * from './signals.module';
