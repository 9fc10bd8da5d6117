export * from './token-verifier';
export * from './user-registry';
export * from './authentication.guard';
export * from './dev-token';
export * from './auth.module';
