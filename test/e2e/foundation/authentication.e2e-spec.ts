import { seedDemo } from '../../../tools/seed-demo';
import { startApi, RunningApi } from '../support/api';
import { auditEventsFor } from '../support/database';
import { errorCode, graphql } from '../support/graphql';
import { tokenFor, tokenFromIssuer, tokenWithForeignKey } from '../support/tokens';

const SUBJECT_QUERY = `query($id: ID!) { subject(id: $id) { id } }`;
const ANY_ID = '00000000-0000-4000-8000-000000000000';

describe('Authentication: only a valid token of a registered user gets in', () => {
  let api: RunningApi;
  beforeAll(async () => {
    await seedDemo();
    api = await startApi('authentication');
  });
  afterAll(() => api.close());

  it('tells a signed-in user who they are', async () => {
    const result = await graphql(api.url, { query: '{ me { username discipline roles tenant } }', token: await tokenFor('bwt.fleur') });
    expect(result.errors).toBeUndefined();
    expect(result.data?.me).toEqual({ username: 'bwt.fleur', discipline: 'BWT', roles: ['PROFESSIONAL', 'INSPECTOR'], tenant: 'demodam' });
  });

  const refusals: [string, () => Promise<string | undefined>][] = [
    ['no token', async () => undefined],
    ['a token signed with a foreign key', () => tokenWithForeignKey('wmo.bram')],
    ['a token for another audience', () => tokenFor('wmo.bram', { audience: 'some-other-app' })],
    ['an expired token', () => tokenFor('wmo.bram', { expiresIn: '-1m' })],
    ['a token from another identity provider', () => tokenFromIssuer('wmo.bram', 'https://inlog.andere-organisatie.example')],
  ];

  it.each(refusals)('refuses %s with UNAUTHENTICATED and reads nothing', async (_case, makeToken) => {
    const result = await graphql(api.url, { query: SUBJECT_QUERY, variables: { id: ANY_ID }, token: await makeToken(), purpose: 'SIGNALERING' });
    expect(errorCode(result)).toBe('UNAUTHENTICATED');
    expect(result.data?.subject ?? null).toBeNull();
    // No verified token names a tenant, so nothing is in a tenant's audit trail for this request.
    expect(await auditEventsFor(result.requestId)).toEqual([]);
  });

  it('says in plain words that a token from another identity provider is not trusted here', async () => {
    const result = await graphql(api.url, { query: '{ me { username } }', token: await tokenFromIssuer('wmo.bram', 'https://inlog.andere-organisatie.example') });
    expect(result.errors?.[0]?.extensions).toEqual(expect.objectContaining({
      code: 'UNAUTHENTICATED',
      reason: 'FOREIGN_ISSUER',
      messageNl: expect.stringContaining('andere inlogdienst'),
    }));
  });

  it('refuses a verified token of a subject not in the user registry, and records only the refused sign-in', async () => {
    const result = await graphql(api.url, { query: SUBJECT_QUERY, variables: { id: ANY_ID }, token: await tokenFor('nobody.here'), purpose: 'SIGNALERING' });
    expect(errorCode(result)).toBe('UNAUTHENTICATED');
    expect(result.data?.subject ?? null).toBeNull();
    expect(await auditEventsFor(result.requestId)).toEqual([expect.objectContaining({ action: 'SIGN_IN', outcome: 'DENIED', resource_type: 'Session' })]);
  });

  it('echoes the X-Request-Id it was given', async () => {
    const result = await graphql(api.url, { query: '{ me { username } }', token: await tokenFor('wmo.bram'), requestId: 'my-trace-12345' });
    expect(result.requestId).toBe('my-trace-12345');
  });
});
