import path from 'node:path';

/**
 * Where the browser tests find the app and put their artifacts: set by `npm test`
 * (tools/environment/web-tests.ts), with the local defaults for running Playwright by hand.
 */
export const WEB_URL = process.env.VANGRAIL_WEB_URL ?? 'http://127.0.0.1:3000';
export const WEB_ARTIFACTS_DIR = process.env.VANGRAIL_WEB_ARTIFACTS ?? path.resolve(__dirname, '..', '..', '..', '..', '.vangrail', 'artifacts', 'web');
