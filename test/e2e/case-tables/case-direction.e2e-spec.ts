import { INestApplicationContext } from '@nestjs/common';
import { seedDemo } from '../../../tools/seed-demo';
import { RunningApi, startApi } from '../support/api';
import { admit, callAs, DEMO_TABLE, demoUserId, okAs, registerCase, TRANSITION_CASE } from '../support/case-tables';
import { errorCode } from '../support/graphql';
import { deliveriesOf, freshAddress, registerSignal, signalRouted } from '../support/signals';
import { eventually, startWorker } from '../support/worker';

const CASE = `query($id: ID!) { case(id: $id) { state caseDirector { displayName } subjects { role } closingReason closings { closingReason outcome reopenedAt reopenedBy { displayName } } } }`;

describe('Case direction: a director for every escalated case, and a closing history that reopening keeps', () => {
  let api: RunningApi;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    await seedDemo();
    api = await startApi('case-direction');
    worker = await startWorker();
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  it('gives an escalated case a case director and keeps the roles the reporter gave its subjects', async () => {
    const place = freshAddress();
    const result = await registerSignal(api.url, 'wijkteam.anna', {
      category: 'KAMERVERHUUR',
      subjects: [{ ...place, role: 'HOOFDBETROKKENE' }, { organisation: { kvkNumber: String(10_000_000 + Math.floor(Math.random() * 89_999_999)), name: 'Verhuur BV' }, role: 'VERHUURDER' }],
    });
    const signalId = result.data!.registerSignal.signal.id;
    await eventually('routed', () => signalRouted(signalId));
    const bwt = (await deliveriesOf(signalId)).find((d) => d.discipline === 'BWT')!;
    await okAs(api.url, 'bwt.fleur', 'SIGNAALBEOORDELING', `mutation($id: ID!) { startTriage(deliveryId: $id) { state } }`, { id: bwt.id });
    const escalated = await okAs(api.url, 'bwt.fleur', 'SIGNAALBEOORDELING', `mutation($input: EscalateDeliveryInput!) { escalateDelivery(input: $input) { caseId } }`, {
      input: { deliveryId: bwt.id, caseTableId: DEMO_TABLE },
    });
    const seen = (await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', CASE, { id: escalated.escalateDelivery.caseId })).case;
    expect(seen.caseDirector).toEqual({ displayName: 'Hanna Voorzitter' });
    expect(seen.subjects.map((s: { role: string }) => s.role).sort()).toEqual(['HOOFDBETROKKENE', 'VERHUURDER']);
  });

  it('lets the chair appoint a case director only from the table’s leaders', async () => {
    const kase = await registerCase(api.url, { disciplines: ['WMO'] });
    const member = await callAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', `mutation($input: AppointCaseDirectorInput!) { appointCaseDirector(input: $input) { id } }`, {
      input: { caseId: kase.id, userId: demoUserId('wmo.bram') },
    });
    expect(member.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.userId' });
    await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', `mutation($input: AppointCaseDirectorInput!) { appointCaseDirector(input: $input) { id } }`, {
      input: { caseId: kase.id, userId: demoUserId('voorzitter.hanna') },
    });
    expect((await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', CASE, { id: kase.id })).case.caseDirector).toEqual({ displayName: 'Hanna Voorzitter' });
    const byMember = await callAs(api.url, 'wmo.bram', 'CASUSOVERLEG', `mutation($input: AppointCaseDirectorInput!) { appointCaseDirector(input: $input) { id } }`, {
      input: { caseId: kase.id, userId: demoUserId('voorzitter.hanna') },
    });
    expect(errorCode(byMember)).toBe('FORBIDDEN');
  });

  it('keeps the first closing in the history when the chair reopens and closes the case again', async () => {
    const kase = await registerCase(api.url, { disciplines: ['WMO'] });
    await admit(api.url, kase.id);
    const move = (input: Record<string, unknown>) => okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', TRANSITION_CASE, { input: { caseId: kase.id, ...input } });
    await move({ to: 'IN_BEHANDELING' });
    await move({ to: 'AFGESLOTEN', closingReason: 'Woonsituatie op orde', outcome: 'Zorg geregeld' });
    await move({ to: 'IN_BEHANDELING' });
    const reopened = (await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', CASE, { id: kase.id })).case;
    expect(reopened.closingReason).toBeNull();
    expect(reopened.closings).toEqual([
      { closingReason: 'Woonsituatie op orde', outcome: 'Zorg geregeld', reopenedAt: expect.any(String), reopenedBy: { displayName: 'Hanna Voorzitter' } },
    ]);
    await move({ to: 'AFGESLOTEN', closingReason: 'Opnieuw afgerond', outcome: 'Overgedragen aan wijkteam' });
    const closed = (await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', CASE, { id: kase.id })).case;
    expect(closed.closings.map((c: { outcome: string }) => c.outcome)).toEqual(['Zorg geregeld', 'Overgedragen aan wijkteam']);
  });
});
