import { INestApplicationContext } from '@nestjs/common';
import { seedDemo } from '../../../tools/seed-demo';
import { demoCaseTableId } from '../../../tools/seed-case-tables';
import { asTenant, connect, DEMODAM } from '../support/database';
import { RunningApi, startApi } from '../support/api';
import { errorCode, graphql } from '../support/graphql';
import { deliveriesOf, freshAddress, registerSignal, signalRouted } from '../support/signals';
import { tokenFor } from '../support/tokens';
import { eventually, startWorker } from '../support/worker';

describe('Inbox and triage', () => {
  let api: RunningApi;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    await seedDemo();
    api = await startApi('triage');
    worker = await startWorker();
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  async function deliveryFor(category: string, discipline: string): Promise<string> {
    const result = await registerSignal(api.url, 'wijkteam.anna', { category, subjects: [freshAddress()] });
    const signalId = result.data!.registerSignal.signal.id;
    await eventually('routed', () => signalRouted(signalId));
    return (await deliveriesOf(signalId)).find((d) => d.discipline === discipline)!.id;
  }

  const mutate = async (username: string, query: string, variables: Record<string, unknown>) =>
    graphql(api.url, { query, variables, token: await tokenFor(username), purpose: 'SIGNAALBEOORDELING' });

  it('takes a delivery through triage to a decision, and refuses illegal steps naming the allowed ones', async () => {
    const id = await deliveryFor('BRANDGEVAAR', 'BWT');
    const started = await mutate('bwt.fleur', `mutation($id: ID!) { startTriage(deliveryId: $id) { state } }`, { id });
    expect(started.data!.startTriage.state).toBe('IN_TRIAGE');
    const noReason = await mutate('bwt.fleur', `mutation($id: ID!) { declineDelivery(input: { deliveryId: $id, reason: "" }) { state } }`, { id });
    expect(noReason.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    const declined = await mutate('bwt.fleur', `mutation($id: ID!) { declineDelivery(input: { deliveryId: $id, reason: "Geen bouwkundig gebrek" }) { state declineReason } }`, { id });
    expect(declined.data!.declineDelivery).toEqual({ state: 'DECLINED', declineReason: 'Geen bouwkundig gebrek' });
    const again = await mutate('bwt.fleur', `mutation($id: ID!) { acceptDelivery(deliveryId: $id) { state } }`, { id });
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.errors![0].message).toContain('possible next steps: none');
  });

  it('lets only the receiving discipline see and decide its delivery', async () => {
    const id = await deliveryFor('BRANDGEVAAR', 'BWT');
    const other = await mutate('wmo.bram', `mutation($id: ID!) { acceptDelivery(deliveryId: $id) { state } }`, { id });
    expect(errorCode(other)).toBe('NOT_FOUND');
    const inbox = await graphql(api.url, { query: `{ inbox { items { id discipline } counts { state count } } }`, token: await tokenFor('wmo.bram'), purpose: 'SIGNAALBEOORDELING' });
    expect(inbox.data!.inbox.items.every((item: { discipline: string }) => item.discipline === 'WMO')).toBe(true);
    const wrongPurpose = await graphql(api.url, { query: `{ inbox { items { id } } }`, token: await tokenFor('bwt.fleur'), purpose: 'SIGNALERING' });
    expect(errorCode(wrongPurpose)).toBe('PURPOSE_NOT_PERMITTED');
  });

  it('shows the reporter their own signal and refuses it to others', async () => {
    const result = await registerSignal(api.url, 'wijkteam.anna', { category: 'OVERLAST', subjects: [freshAddress()], description: 'Geluidsoverlast en verward gedrag.' });
    const id = result.data!.registerSignal.signal.id;
    const own = await graphql(api.url, { query: `query($id: ID!) { signal(id: $id) { description } }`, variables: { id }, token: await tokenFor('wijkteam.anna'), purpose: 'SIGNALERING' });
    expect(own.data!.signal.description).toBe('Geluidsoverlast en verward gedrag.');
    const other = await graphql(api.url, { query: `query($id: ID!) { signal(id: $id) { description } }`, variables: { id }, token: await tokenFor('oov.gijs'), purpose: 'SIGNALERING' });
    expect(errorCode(other)).toBe('NOT_FOUND');
  });

  it('refuses a signal with an invalid BSN, naming the field, and stores nothing', async () => {
    const result = await registerSignal(api.url, 'wijkteam.anna', { category: 'ZORGMIJDING', subjects: [{ person: { bsn: '999990018', name: 'X' } }] });
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.subjects.0.person.bsn' });
    const mine = await graphql(api.url, { query: `{ mySignals(limit: 200) { id } }`, token: await tokenFor('wijkteam.anna'), purpose: 'SIGNALERING' });
    expect(mine.errors).toBeUndefined();
  });

  it('previews where a signal would go without storing anything', async () => {
    const preview = await graphql(api.url, {
      query: `query { previewRouting(input: { category: WONING_ONVEILIG, flags: [KWETSBARE_BEWONERS] }) { targets { discipline skipped } } }`,
      token: await tokenFor('wijkteam.anna'),
      purpose: 'SIGNALERING',
    });
    expect(preview.data!.previewRouting.targets.map((t: { discipline: string }) => t.discipline)).toEqual(['BWT', 'WMO']);
  });

  it('escalates a delivery into a case at a table the inspector sits at, and refuses other tables', async () => {
    const id = await deliveryFor('KAMERVERHUUR', 'BWT');
    const tableId = demoCaseTableId('demodam', 'integraal');
    await mutate('bwt.fleur', `mutation($id: ID!) { startTriage(deliveryId: $id) { state } }`, { id });
    const escalated = await mutate('bwt.fleur', `mutation($input: EscalateDeliveryInput!) { escalateDelivery(input: $input) { state caseId } }`, {
      input: { deliveryId: id, caseTableId: tableId },
    });
    expect(escalated.errors).toBeUndefined();
    expect(escalated.data!.escalateDelivery.state).toBe('ESCALATED');
    const caseId = escalated.data!.escalateDelivery.caseId;
    const owner = await connect('owner');
    try {
      const rows = await asTenant(owner, DEMODAM, () => owner.query(`SELECT state, reference FROM case_file WHERE tenant_id = $1 AND id = $2`, [DEMODAM, caseId]));
      expect(rows.rows).toEqual([{ state: 'AANGEMELD', reference: expect.stringMatching(/^CT-\d{4}-\d{6}$/) }]);
    } finally {
      await owner.end();
    }

    const wijkteamDelivery = await deliveryForReporter('oov.gijs', 'OVERLAST', 'WIJKTEAM');
    await mutate('wijkteam.anna', `mutation($id: ID!) { startTriage(deliveryId: $id) { state } }`, { id: wijkteamDelivery });
    const refused = await mutate('wijkteam.anna', `mutation($input: EscalateDeliveryInput!) { escalateDelivery(input: $input) { state } }`, {
      input: { deliveryId: wijkteamDelivery, caseTableId: tableId },
    });
    expect(errorCode(refused)).toBe('FORBIDDEN');
  });

  async function deliveryForReporter(reporter: string, category: string, discipline: string): Promise<string> {
    const result = await registerSignal(api.url, reporter, { category, subjects: [freshAddress()] });
    const signalId = result.data!.registerSignal.signal.id;
    await eventually('routed', () => signalRouted(signalId));
    return (await deliveriesOf(signalId)).find((d) => d.discipline === discipline)!.id;
  }
});
