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
    await move({ to: 'AFGESLOTEN', closingReason: 'Woonsituatie op orde', outcome: 'Zorg geregeld', closingOutcome: 'OVERGEDRAGEN_REGULIERE_HULP' });
    await move({ to: 'IN_BEHANDELING' });
    const reopened = (await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', CASE, { id: kase.id })).case;
    expect(reopened.closingReason).toBeNull();
    expect(reopened.closings).toEqual([
      { closingReason: 'Woonsituatie op orde', outcome: 'Zorg geregeld', reopenedAt: expect.any(String), reopenedBy: { displayName: 'Hanna Voorzitter' } },
    ]);
    await move({ to: 'AFGESLOTEN', closingReason: 'Opnieuw afgerond', outcome: 'Overgedragen aan wijkteam', closingOutcome: 'OVERGEDRAGEN_ANDERE_TAFEL' });
    const closed = (await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', CASE, { id: kase.id })).case;
    expect(closed.closings.map((c: { outcome: string }) => c.outcome)).toEqual(['Zorg geregeld', 'Overgedragen aan wijkteam']);
  });

  it('hands a case over to another table with a reason, keeps the hand-over, and closes it there with a listed outcome', async () => {
    const table = (
      await okAs(api.url, 'beheer.jan', 'BEHEER', `mutation($input: CreateCaseTableInput!) { createCaseTable(input: $input) { id name } }`, {
        input: { name: `Zorg- en Veiligheidshuis ${Math.random().toString(36).slice(2, 8)}`, kind: 'ZORG_EN_VEILIGHEID', legalBasis: 'Convenant Zorg- en Veiligheidshuis, art. 7', retentionMonths: 36 },
      })
    ).createCaseTable;
    const ADD_MEMBER = `mutation($input: AddMemberInput!) { addMember(input: $input) { id } }`;
    await okAs(api.url, 'beheer.jan', 'BEHEER', ADD_MEMBER, { input: { caseTableId: table.id, userId: demoUserId('oov.gijs'), role: 'CHAIR' } });
    await okAs(api.url, 'beheer.jan', 'BEHEER', ADD_MEMBER, { input: { caseTableId: table.id, userId: demoUserId('wmo.bram'), role: 'MEMBER' } });
    const kase = await registerCase(api.url, { disciplines: ['WMO'] });
    await admit(api.url, kase.id);
    await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', `mutation($input: AppointCaseDirectorInput!) { appointCaseDirector(input: $input) { id } }`, {
      input: { caseId: kase.id, userId: demoUserId('voorzitter.hanna') },
    });
    const HAND_OVER = `mutation($input: HandOverCaseInput!) { handOverCase(input: $input) { caseTableId } }`;

    const blank = await callAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', HAND_OVER, { input: { caseId: kase.id, toCaseTableId: table.id, reason: '  ' } });
    expect(blank.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    const same = await callAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', HAND_OVER, { input: { caseId: kase.id, toCaseTableId: DEMO_TABLE, reason: 'Zelfde tafel' } });
    expect(same.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.toCaseTableId' });
    const byMember = await callAs(api.url, 'wmo.bram', 'CASUSOVERLEG', HAND_OVER, { input: { caseId: kase.id, toCaseTableId: table.id, reason: 'Zware zorg nodig' } });
    expect(errorCode(byMember)).toBe('FORBIDDEN');

    const handed = await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', HAND_OVER, {
      input: { caseId: kase.id, toCaseTableId: table.id, reason: 'Complexe problematiek met veiligheidsrisico: past bij het Zorg- en Veiligheidshuis' },
    });
    expect(handed.handOverCase.caseTableId).toBe(table.id);
    // The handing table no longer sees it; the receiving chair does, with the history and without the old director.
    expect(errorCode(await callAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', CASE, { id: kase.id }))).toBe('NOT_FOUND');
    const there = (
      await okAs(api.url, 'oov.gijs', 'CASUSOVERLEG', `query($id: ID!) { case(id: $id) { caseTable { id } caseDirector { displayName } handovers { from { name } to { id } reason handedOverBy { displayName } handedOverAt } } }`, { id: kase.id })
    ).case;
    expect(there).toEqual({
      caseTable: { id: table.id },
      caseDirector: null,
      handovers: [
        {
          from: { name: 'Integrale casustafel Demodam' },
          to: { id: table.id },
          reason: 'Complexe problematiek met veiligheidsrisico: past bij het Zorg- en Veiligheidshuis',
          handedOverBy: { displayName: 'Hanna Voorzitter' },
          handedOverAt: expect.any(String),
        },
      ],
    });
    const notices = (await okAs(api.url, 'oov.gijs', 'CASUSOVERLEG', `{ notificationsPage(first: 20) { items { kind caseId messageNl } } }`)).notificationsPage.items;
    expect(notices).toEqual(expect.arrayContaining([{ kind: 'CASE_HANDED_OVER', caseId: kase.id, messageNl: expect.stringContaining(kase.reference) }]));

    const move = (input: Record<string, unknown>) => callAs(api.url, 'oov.gijs', 'CASUSOVERLEG', TRANSITION_CASE, { input: { caseId: kase.id, ...input } });
    expect((await move({ to: 'IN_BEHANDELING' })).errors).toBeUndefined();
    const unlisted = await move({ to: 'AFGESLOTEN', closingReason: 'Aanpak afgerond', outcome: 'Veilig thuis' });
    expect(unlisted.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.closingOutcome' });
    expect(`${unlisted.errors![0].message} ${unlisted.errors![0].extensions.messageNl}`).not.toMatch(/DOELEN_BEHAALD|RISICO_AFGENOMEN/);
    expect((await move({ to: 'AFGESLOTEN', closingReason: 'Aanpak afgerond', outcome: 'Veilig thuis', closingOutcome: 'RISICO_AFGENOMEN' })).errors).toBeUndefined();
    const closed = (await okAs(api.url, 'oov.gijs', 'CASUSOVERLEG', `query($id: ID!) { case(id: $id) { closingOutcome closingOutcomeLabel closings { closingOutcome closingOutcomeLabel } } }`, { id: kase.id })).case;
    expect(closed).toEqual({
      closingOutcome: 'RISICO_AFGENOMEN',
      closingOutcomeLabel: 'Risico voldoende afgenomen',
      closings: [{ closingOutcome: 'RISICO_AFGENOMEN', closingOutcomeLabel: 'Risico voldoende afgenomen' }],
    });
  });

  it('changes the title and the risk level with a reason, kept in the timeline; only the table’s leaders may', async () => {
    const kase = await registerCase(api.url, { disciplines: ['WMO'] });
    const CHANGE = `mutation($input: ChangeCaseDetailsInput!) { changeCaseDetails(input: $input) { title riskLevel } }`;
    const noReason = await callAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', CHANGE, { input: { caseId: kase.id, riskLevel: 'HOOG', reason: '' } });
    expect(noReason.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    const nothing = await callAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', CHANGE, { input: { caseId: kase.id, reason: 'Geen wijziging' } });
    expect(nothing.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input' });
    const byMember = await callAs(api.url, 'wmo.bram', 'CASUSOVERLEG', CHANGE, { input: { caseId: kase.id, riskLevel: 'HOOG', reason: 'Escalatie dreigt' } });
    expect(errorCode(byMember)).toBe('FORBIDDEN');
    const changed = await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', CHANGE, {
      input: { caseId: kase.id, title: 'Woonsituatie en veiligheid', riskLevel: 'HOOG', reason: 'Dreiging tegen hulpverleners gemeld' },
    });
    expect(changed.changeCaseDetails).toEqual({ title: 'Woonsituatie en veiligheid', riskLevel: 'HOOG' });
    const timeline = (await okAs(api.url, 'wmo.bram', 'CASUSOVERLEG', `query($id: ID!) { caseTimeline(caseId: $id) { kind descriptionNl } }`, { id: kase.id })).caseTimeline;
    expect(timeline).toEqual(
      expect.arrayContaining([{ kind: 'DETAILS_CHANGED', descriptionNl: 'Gewijzigd: titel, risiconiveau midden → hoog. Reden: Dreiging tegen hulpverleners gemeld' }]),
    );
  });
});
