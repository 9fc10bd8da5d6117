import { readFileSync } from 'node:fs';
import { importJWK, JWK, SignJWT } from 'jose';
import { appConfig } from '@vangrail/config';
import { auditVerify } from '../../../tools/audit-verify';
import { seedDemo } from '../../../tools/seed-demo';
import { startApi, RunningApi } from '../support/api';
import { asTenant, auditEventsFor, connect, DEMODAM } from '../support/database';
import { errorCode, graphql } from '../support/graphql';
import { registerSignal } from '../support/signals';
import { tokenFor } from '../support/tokens';

const LONE_SURROGATE = 'Regel\uD800';

/** A development token with chosen issue and expiry times (seconds since the epoch). */
async function tokenIssued(username: string, iat: number, exp: number): Promise<string> {
  const config = appConfig();
  const jwk = JSON.parse(readFileSync(config.devSigningKeyFile!, 'utf8')) as JWK;
  return new SignJWT({ [config.oidc.tenantClaim]: 'demodam' })
    .setProtectedHeader({ alg: jwk.alg ?? 'ES256', kid: jwk.kid })
    .setSubject(username)
    .setIssuer(config.oidc.issuer)
    .setAudience(config.oidc.audience)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .sign(await importJWK(jwk, jwk.alg ?? 'ES256'));
}

async function sourceAddressOf(requestId: string): Promise<string | null> {
  const owner = await connect('owner');
  try {
    const { rows } = await asTenant(owner, DEMODAM, () => owner.query(`SELECT source_address FROM audit_event WHERE request_id = $1`, [requestId]));
    return rows[0]?.source_address ?? null;
  } finally {
    await owner.end();
  }
}

describe('Input is canonical before it is stored or hashed; limits and sign-ins answer in GraphQL terms', () => {
  let api: RunningApi;
  beforeAll(async () => {
    await seedDemo();
    api = await startApi('canonical-input');
  });
  afterAll(() => api.close());

  it('refuses a lone surrogate at the field with BAD_USER_INPUT, and the audit chain stays intact', async () => {
    const result = await graphql(api.url, {
      query: `mutation($key: String!) { retireRoutingRule(ruleKey: $key) { ruleKey } }`,
      variables: { key: LONE_SURROGATE },
      token: await tokenFor('beheer.jan'),
      purpose: 'BEHEER',
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions.field).toBe('ruleKey');
    expect(result.errors![0].message).toContain('broken character');
    let output = '';
    expect(await auditVerify((line) => (output += line), { seal: true, full: true })).toBe(0);
    expect(output).not.toContain('BROKEN');
  });

  it('refuses a NUL byte in free text at the field, and logs no SQL or parameters', async () => {
    const result = await registerSignal(api.url, 'wijkteam.anna', { category: 'BRANDGEVAAR', description: 'Rookmelder\u0000ontbreekt bij Jansen' });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions.field).toBe('input.description');
    const log = readFileSync(api.logFile, 'utf8');
    expect(log).not.toContain('ontbreekt bij Jansen');
    expect(log).not.toMatch(/INSERT INTO|parameters/);
  });

  it('stores text in NFC, so "é" typed in two ways is one and the same', async () => {
    const result = await registerSignal(api.url, 'wijkteam.anna', { category: 'BRANDGEVAAR', description: 'Cafe\u0301 boven de winkel' });
    expect(result.errors).toBeUndefined();
    expect(result.data!.registerSignal.signal.description).toBe('Caf\u00e9 boven de winkel');
  });

  it('accepts ISO 8601 date-times only', async () => {
    const result = await registerSignal(api.url, 'wijkteam.anna', { category: 'BRANDGEVAAR', observedAt: '5' });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].message).toContain('is not a date');
  });

  it('answers a body over the limit and a body that is not JSON with a GraphQL error and a code', async () => {
    const big = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ me { username } }`, variables: { pad: 'x'.repeat(200_000) } }),
    });
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', limit: '100kb' } }] });
    const broken = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
  });

  it('takes the source address from the socket, not from a client-sent X-Forwarded-For', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor('privacy.ivo')}`, 'x-purpose': 'PRIVACYTOEZICHT', 'x-forwarded-for': '203.0.113.9' },
      body: JSON.stringify({ query: `{ auditEvents(filter: { purpose: PRIVACYTOEZICHT }) { events { seq } } }` }),
    });
    const requestId = response.headers.get('x-request-id')!;
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
    const address = await sourceAddressOf(requestId);
    expect(address).toMatch(/127\.0\.0\.1|::1/);
  });

  it('refuses a token issued in the future and one valid for ten years', async () => {
    const now = Math.floor(Date.now() / 1000);
    const future = await graphql(api.url, { query: '{ me { username } }', token: await tokenIssued('wmo.bram', now + 3600, now + 7200) });
    expect(errorCode(future)).toBe('UNAUTHENTICATED');
    expect(future.errors![0].message).toContain('issued in the future');
    const decade = await graphql(api.url, { query: '{ me { username } }', token: await tokenIssued('wmo.bram', now, now + 10 * 365 * 86_400) });
    expect(errorCode(decade)).toBe('UNAUTHENTICATED');
    expect(decade.errors![0].message).toContain('valid for longer');
  });

  it('audits a refused sign-in of a verified token in its tenant, with the address and the reason', async () => {
    const result = await graphql(api.url, { query: '{ me { username } }', token: await tokenFor('nobody.here') });
    expect(errorCode(result)).toBe('UNAUTHENTICATED');
    expect(await auditEventsFor(result.requestId)).toEqual([
      expect.objectContaining({ action: 'SIGN_IN', outcome: 'DENIED', resource_type: 'Session', reason: expect.stringContaining('not registered') }),
    ]);
    expect(await sourceAddressOf(result.requestId)).toMatch(/127\.0\.0\.1|::1/);
  });
});
