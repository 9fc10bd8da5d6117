import { randomUUID } from 'node:crypto';
import { seedDemo } from '../../../tools/seed-demo';
import { startApi, RunningApi } from '../support/api';
import { admit, callAs, DEMO_TABLE, REGISTER_CASE, registerCase } from '../support/case-tables';
import { registerSignal } from '../support/signals';

const HIDDEN_BSN = 'Kamer 8 123456782';

/** Free text is personal data (issue 9 item 5): a BSN typed into any text is refused at the field. */
describe('A BSN in free text is refused at the field, whatever the text', () => {
  let api: RunningApi;
  beforeAll(async () => {
    await seedDemo();
    api = await startApi('bsn-in-free-text');
  });
  afterAll(() => api.close());

  const expectRefusedAt = (result: { errors?: { message: string; extensions: Record<string, unknown> }[] }, field: string) => {
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors![0].message).toContain('BSN');
    expect(String(result.errors![0].extensions.messageNl)).toContain('BSN');
    expect(result.errors![0].message).not.toContain('123456782');
  };

  it('refuses it in a signal description, also hidden behind a room number', async () => {
    expectRefusedAt(await registerSignal(api.url, 'wijkteam.anna', { category: 'OVERLAST', description: `Bewoner van ${HIDDEN_BSN} meldt overlast` }), 'input.description');
    expectRefusedAt(await registerSignal(api.url, 'wijkteam.anna', { category: 'OVERLAST', description: 'Genoemd nummer 123.456.782' }), 'input.description');
  });

  it('refuses it in a case title and a contribution, and stores nothing', async () => {
    const title = await callAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', REGISTER_CASE, {
      input: { caseTableId: DEMO_TABLE, title: HIDDEN_BSN, disciplines: ['WMO'], subjects: [] },
    });
    expectRefusedAt(title, 'input.title');
    const kase = await registerCase(api.url, { title: `Neutrale titel ${randomUUID().slice(0, 8)}`, disciplines: ['WMO', 'BWT'] });
    await admit(api.url, kase.id);
    const contribution = await callAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', `mutation($input: AddContributionInput!) { addContribution(input: $input) { id } }`, {
      input: { caseId: kase.id, category: 'WONEN', text: `Bezoek aan ${HIDDEN_BSN}: kamer te klein` },
    });
    expectRefusedAt(contribution, 'input.text');
    const timeline = await callAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', `query($id: ID!) { case(id: $id) { contributions { text } } }`, { id: kase.id });
    expect(JSON.stringify(timeline.data)).not.toContain('123456782');
  });

  it('still accepts a BSN in the BSN field of a person', async () => {
    const result = await registerSignal(api.url, 'wijkteam.anna', { category: 'ZORGMIJDING', subjects: [{ person: { bsn: '123456782' } }], dataCategories: ['GEZONDHEID'] });
    expect(result.errors).toBeUndefined();
  });
});
