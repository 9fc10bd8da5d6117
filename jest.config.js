/**
 * Two depths of tests: `unit` (pure rules, no I/O) and `e2e` (real PostgreSQL and Redis).
 *
 * `testTimeout` must sit at the root: jest-circus 30 ignores it inside `projects[]` (jest #9696,
 * #9759), which left every e2e test and hook under the 5 s default.
 */
const shared = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  moduleNameMapper: { '^@vangrail/(.*)$': '<rootDir>/libs/$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { isolatedModules: true, diagnostics: false }] },
  rootDir: __dirname,
};

module.exports = {
  testTimeout: 60000,
  projects: [
    // apps/web has its own browser tests (Playwright, `npm test -- web`), not Jest.
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts', '<rootDir>/test/unit/**/*.spec.ts'], testPathIgnorePatterns: ['/node_modules/', '<rootDir>/apps/web/'] },
    { ...shared, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'], slowTestThreshold: 30 },
  ],
};
