import { randomUUID } from 'node:crypto';
import { seedDemo } from '../../../tools/seed-demo';
import { RunningApi, startApi } from '../support/api';
import { freshBsn } from '../support/case-tables';
import { graphql } from '../support/graphql';
import { tokenFor } from '../support/tokens';

const REGISTER = `mutation($input: RegisterSignalInput!) {
  registerSignal(input: $input) {
    signal { id subjects { subject { id type withheld { category reason } person { name bsn address { postcode houseNumber street } } address { postcode houseNumber } } } }
  }
}`;

/** docs/privacy.md: intake is not a BSN → address lookup; the reporter gets back only what they entered. */
describe('Signal intake never returns registry facts the reporter did not enter', () => {
  let api: RunningApi;
  beforeAll(async () => {
    await seedDemo();
    api = await startApi('intake-is-no-lookup');
  });
  afterAll(() => api.close());

  const register = async (username: string, subjects: Record<string, unknown>[]) =>
    graphql<Record<string, any>>(api.url, {
      query: REGISTER,
      token: await tokenFor(username),
      purpose: 'SIGNALERING',
      variables: {
        input: {
          clientKey: `intake-${randomUUID()}`,
          category: 'ZORGMIJDING',
          flags: [],
          urgency: 'NORMAL',
          subjects,
          description: 'Waarneming tijdens huisbezoek.',
          dataCategories: ['WONEN'],
          observedAt: new Date(Date.now() - 3600_000).toISOString(),
        },
      },
    });

  it('a signal naming only a BSN does not answer with the address another discipline registered for that person', async () => {
    const bsn = freshBsn();
    const houseNumber = 1000 + Math.floor(Math.random() * 90000);
    const first = await register('wmo.bram', [{ person: { bsn, name: 'Registerpersoon', address: { postcode: '9994LK', houseNumber, street: 'Lekstraat', town: 'Demodam' } } }]);
    expect(first.errors).toBeUndefined();

    const second = await register('wijkteam.anna', [{ person: { bsn } }]);
    expect(second.errors).toBeUndefined();
    const [{ subject }] = second.data!.registerSignal.signal.subjects;
    expect(subject.type).toBe('PERSON');
    expect(subject.person?.address ?? null).toBeNull();
    expect(JSON.stringify(second.data)).not.toContain('9994LK');
    expect(JSON.stringify(second.data)).not.toContain('Lekstraat');
    // Not a delayed lookup either: reading the own signal back shows no address.
    const mine = await graphql<Record<string, any>>(api.url, {
      query: `query($id: ID!) { signal(id: $id) { subjects { subject { person { address { postcode street } } } } } }`,
      variables: { id: second.data!.registerSignal.signal.id },
      token: await tokenFor('wijkteam.anna'),
      purpose: 'SIGNALERING',
    });
    expect(mine.errors).toBeUndefined();
    expect(JSON.stringify(mine.data)).not.toContain('9994LK');
  });

  it('the reporter who entered the address with the person still sees that address', async () => {
    const houseNumber = 1000 + Math.floor(Math.random() * 90000);
    const result = await register('wijkteam.anna', [{ person: { bsn: freshBsn(), address: { postcode: '9994LK', houseNumber, street: 'Lekstraat', town: 'Demodam' } } }]);
    expect(result.errors).toBeUndefined();
    const [{ subject }] = result.data!.registerSignal.signal.subjects;
    expect(subject.person.address).toMatchObject({ postcode: '9994LK', houseNumber, street: 'Lekstraat' });
  });
});
