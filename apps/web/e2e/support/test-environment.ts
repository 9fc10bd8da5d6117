import path from 'node:path';

/**
 * Where the browser tests find the app and put their artifacts: set by `npm test`
 * (tools/environment/web-tests.ts), with the local defaults for running Playwright by hand.
 */
export const WEB_URL = process.env.VANGRAIL_WEB_URL ?? 'http://127.0.0.1:3000';
export const WEB_ARTIFACTS_DIR = process.env.VANGRAIL_WEB_ARTIFACTS ?? path.resolve(__dirname, '..', '..', '..', '..', '.vangrail', 'artifacts', 'web');

/**
 * The app served by an API that trusts the test identity provider (login through OIDC), that
 * provider, and another provider the API does not trust: started by tools/environment/web-tests.ts.
 */
export const OIDC = {
  webUrl: process.env.VANGRAIL_OIDC_WEB_URL ?? '',
  issuer: process.env.VANGRAIL_OIDC_ISSUER ?? '',
  otherIssuer: process.env.VANGRAIL_OTHER_ISSUER ?? '',
  clientId: process.env.VANGRAIL_OIDC_CLIENT_ID ?? 'vangrail-web',
  password: process.env.VANGRAIL_OIDC_PASSWORD ?? '',
};
