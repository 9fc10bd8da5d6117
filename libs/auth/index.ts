export * from './token-verifier';
export * from './user-registry';
export * from './authentication.guard';
export * from './rate-limiter';
export * from './dev-token';
export * from './auth.module';
