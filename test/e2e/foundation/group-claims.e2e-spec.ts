import { seedDemo } from '../../../tools/seed-demo';
import { startApi, RunningApi } from '../support/api';
import { errorCode, graphql } from '../support/graphql';
import { tokenFor } from '../support/tokens';

// This file's API takes disciplines and roles from the identity provider's groups (env is per test file).
process.env.OIDC_GROUP_MAPPING = JSON.stringify({
  'gg-vangrail-jeugd': { discipline: 'JEUGD' },
  'gg-vangrail-wmo': { discipline: 'WMO' },
  'gg-vangrail-inspecteurs': { roles: ['PROFESSIONAL', 'INSPECTOR'] },
});

const ME = '{ me { username discipline roles tenant } }';

describe('OIDC group claims: the identity provider decides discipline and roles, the registry who may sign in', () => {
  let api: RunningApi;
  beforeAll(async () => {
    await seedDemo();
    api = await startApi('group-claims');
  });
  afterAll(() => api.close());

  it('gives a registered user the discipline and roles of their groups, not those in the registry', async () => {
    // bwt.fleur is registered as BWT; her groups now say youth care (Jeugdwet) inspector.
    const token = await tokenFor('bwt.fleur', { extraClaims: { groups: ['Domain Users', 'gg-vangrail-jeugd', 'gg-vangrail-inspecteurs'] } });
    const result = await graphql(api.url, { query: ME, token });
    expect(result.errors).toBeUndefined();
    expect(result.data?.me).toEqual({ username: 'bwt.fleur', discipline: 'JEUGD', roles: ['PROFESSIONAL', 'INSPECTOR'], tenant: 'demodam' });
  });

  it('refuses a sign-in whose groups give no access, or two disciplines, with the reason', async () => {
    const none = await graphql(api.url, { query: ME, token: await tokenFor('bwt.fleur', { extraClaims: { groups: ['Domain Users'] } }) });
    expect(errorCode(none)).toBe('UNAUTHENTICATED');
    expect(none.errors?.[0].message).toMatch(/none of your groups/);
    const two = await graphql(api.url, { query: ME, token: await tokenFor('bwt.fleur', { extraClaims: { groups: ['gg-vangrail-jeugd', 'gg-vangrail-wmo'] } }) });
    expect(errorCode(two)).toBe('UNAUTHENTICATED');
    expect(two.errors?.[0].message).toMatch(/more than one discipline/);
  });

  it('still refuses someone the registry does not know, whatever their groups', async () => {
    const result = await graphql(api.url, { query: ME, token: await tokenFor('nobody.here', { extraClaims: { groups: ['gg-vangrail-wmo'] } }) });
    expect(errorCode(result)).toBe('UNAUTHENTICATED');
    expect(result.errors?.[0].message).toMatch(/not registered/);
  });
});
