import { randomUUID } from 'node:crypto';
import { CaseIntake } from '@vangrail/case-tables';
import { TenantTransactions } from '@vangrail/core';
import { seedDemo } from '../../../tools/seed-demo';
import { RunningApi, startApi } from '../support/api';
import { asTenant, auditEventsFor, connect, DEMODAM } from '../support/database';
import { errorCode } from '../support/graphql';
import {
  ADD_CONTRIBUTION,
  admit,
  callAs,
  DEMO_TABLE,
  demoUserId,
  freshAddress,
  freshBsn,
  okAs,
  REGISTER_CASE,
  registerCase,
  scheduleMeeting,
  TRANSITION_CASE,
} from '../support/case-tables';

const ADD_ACTION_ITEM = `mutation($input: AddActionItemInput!) { addActionItem(input: $input) { id description status owner { displayName } dueAt overdue } }`;
const TIMELINE = `query($id: ID!) { caseTimeline(caseId: $id) { kind description actor { displayName } contribution { text } withheld { category count reason } } }`;

const inDays = (days: number): string => new Date(Date.now() + days * 24 * 3600_000).toISOString();

describe('A case from registration to closing: states, guards, minutes and the timeline', () => {
  let api: RunningApi;

  beforeAll(async () => {
    await seedDemo();
    api = await startApi('case-tables-lifecycle');
  });
  afterAll(() => api.close());

  it('refuses an illegal transition and names the allowed next states', async () => {
    const kase = await registerCase(api.url, { disciplines: ['PW'] });
    const result = await callAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', TRANSITION_CASE, { input: { caseId: kase.id, to: 'AFGESLOTEN' } });
    expect(errorCode(result)).toBe('CONFLICT');
    expect(result.errors![0].message).toBe('A case in state AANGEMELD cannot go to AFGESLOTEN; allowed next states: IN_TRIAGE');
    expect(result.errors![0].extensions.allowedNextStates).toEqual(['IN_TRIAGE']);
  });

  it('needs a reason to refuse a case, and lets only the chair or a case director move it', async () => {
    const kase = await registerCase(api.url, { disciplines: ['PW'] });
    const byMember = await callAs(api.url, 'pw.dewi', 'CASUSOVERLEG', TRANSITION_CASE, { input: { caseId: kase.id, to: 'IN_TRIAGE' } });
    expect(errorCode(byMember)).toBe('FORBIDDEN');
    await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', TRANSITION_CASE, { input: { caseId: kase.id, to: 'IN_TRIAGE' } });
    const withoutReason = await callAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', TRANSITION_CASE, { input: { caseId: kase.id, to: 'GEWEIGERD' } });
    expect(errorCode(withoutReason)).toBe('BAD_USER_INPUT');
    expect(withoutReason.errors![0].extensions.field).toBe('input.reason');
    const refused = await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', TRANSITION_CASE, {
      input: { caseId: kase.id, to: 'GEWEIGERD', reason: 'Past bij het reguliere wijkteam' },
    });
    expect(refused.transitionCase.state).toBe('GEWEIGERD');
  });

  it('lets a member register a case, in which their own discipline then takes part', async () => {
    const kase = await registerCase(api.url, { disciplines: ['BRP'], by: 'pw.dewi' });
    expect(kase.reference).toMatch(/^CT-/);
    const seen = (await okAs(api.url, 'pw.dewi', 'CASUSOVERLEG', `query($id: ID!) { case(id: $id) { state participatingDisciplines registeredBy { displayName } } }`, { id: kase.id }))
      .case;
    expect(seen).toEqual({ state: 'AANGEMELD', participatingDisciplines: ['BRP', 'PW'], registeredBy: { displayName: 'Dewi Sociale recherche' } });
  });

  it('refuses an invalid BSN when registering a case, naming the field, and stores nothing', async () => {
    const address = freshAddress();
    const result = await callAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', REGISTER_CASE, {
      input: {
        caseTableId: DEMO_TABLE,
        title: 'Zorgen over bewoners',
        disciplines: ['WMO'],
        subjects: [{ role: 'HOOFDBETROKKENE', subject: { person: { bsn: '123456789', name: 'Iemand', address } } }],
      },
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions.field).toBe('input.subjects.0.subject.person.bsn');
    expect(result.errors![0].message).toContain('11-proef');
    const owner = await connect('owner');
    try {
      const stored = await asTenant(owner, DEMODAM, () =>
        owner.query(`SELECT count(*)::int AS n FROM subject WHERE postcode = $1 AND house_number = $2`, [address.postcode, address.houseNumber]),
      );
      expect(stored.rows[0].n).toBe(0);
    } finally {
      await owner.end();
    }
  });

  it('refuses a title that carries a BSN, since every participant sees the title', async () => {
    const bsn = freshBsn();
    const result = await callAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', REGISTER_CASE, {
      input: { caseTableId: DEMO_TABLE, title: `Casus ${bsn}`, disciplines: ['WMO'], subjects: [{ role: 'HOOFDBETROKKENE', subject: { address: freshAddress() } }] },
    });
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.title' });
  });

  it('links a person named again in a new case to the same subject', async () => {
    const bsn = freshBsn();
    const person = (name: string) => [{ role: 'HOOFDBETROKKENE', subject: { person: { bsn, name } } }];
    const first = await registerCase(api.url, { disciplines: ['WMO'], subjects: person('Jan Proef') });
    const second = await registerCase(api.url, { disciplines: ['PW'], subjects: person('J. Proef') });
    const subjectOf = async (id: string) =>
      (await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', `query($id: ID!) { case(id: $id) { subjects { subject { id person { name } } } } }`, { id })).case.subjects[0]
        .subject;
    const [a, b] = [await subjectOf(first.id), await subjectOf(second.id)];
    expect(a.id).toBe(b.id);
    expect(b.person.name).toBe('Jan Proef');
  });

  it('numbers cases per year without gaps, also when registered at the same moment', async () => {
    const cases = await Promise.all(Array.from({ length: 6 }, () => registerCase(api.url, { disciplines: ['BRP'], title: 'Gelijktijdige aanmelding' })));
    const numbers = cases.map((c) => Number(c.reference.slice(-6))).sort((x, y) => x - y);
    expect(new Set(cases.map((c) => c.reference.slice(3, 7)))).toEqual(new Set([String(new Date().getFullYear())]));
    expect(numbers).toEqual(Array.from({ length: 6 }, (_, i) => numbers[0] + i));
  });

  it('locks closed minutes and shows an addendum next to the original, which stays as it was', async () => {
    const kase = await registerCase(api.url, { disciplines: ['WMO', 'BWT'] });
    await admit(api.url, kase.id);
    const meetingId = await scheduleMeeting(api.url, [kase.id]);
    const original = 'Bewoner heeft drie maanden geen huur betaald.';
    const added = await okAs(api.url, 'bwt.fleur', 'CASUSOVERLEG', ADD_CONTRIBUTION, { input: { caseId: kase.id, meetingId, category: 'WONEN', text: original } });
    const contributionId = added.addContribution.id;
    const closed = await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', `mutation($input: CloseMeetingInput!) { closeMeeting(input: $input) { state closedAt } }`, {
      input: { meetingId },
    });
    expect(closed.closeMeeting.state).toBe('GESLOTEN');

    const late = await callAs(api.url, 'bwt.fleur', 'CASUSOVERLEG', ADD_CONTRIBUTION, { input: { caseId: kase.id, meetingId, category: 'WONEN', text: 'Nog iets' } });
    expect(errorCode(late)).toBe('CONFLICT');
    expect(late.errors![0].message).toContain('locked');
    const agenda = await callAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', `mutation($input: SetAgendaInput!) { setAgenda(input: $input) { id } }`, {
      input: { meetingId, items: [] },
    });
    expect(errorCode(agenda)).toBe('CONFLICT');
    // The database refuses to edit locked minutes too, whoever tries.
    const app = await connect('app');
    try {
      await expect(
        asTenant(app, DEMODAM, () => app.query(`UPDATE contribution SET text_encrypted = 'x' WHERE id = $1`, [contributionId])),
      ).rejects.toThrow(/minutes of a closed meeting are locked/);
    } finally {
      await app.end();
    }

    const correction = 'Correctie: het gaat om twee maanden huurachterstand.';
    const amended = await okAs(api.url, 'bwt.fleur', 'CASUSOVERLEG', `mutation($input: AddAddendumInput!) { addAddendum(input: $input) { id text locked addenda { text amendsContributionId author { displayName } } } }`, {
      input: { contributionId, text: correction },
    });
    expect(amended.addAddendum).toEqual({
      id: contributionId,
      text: original,
      locked: true,
      addenda: [{ text: correction, amendsContributionId: contributionId, author: { displayName: 'Fleur Bouw- en woningtoezicht' } }],
    });
    const byOther = await callAs(api.url, 'wmo.bram', 'CASUSOVERLEG', `mutation($input: AddAddendumInput!) { addAddendum(input: $input) { id } }`, {
      input: { contributionId, text: 'Niet mijn inbreng' },
    });
    expect(errorCode(byOther)).toBe('FORBIDDEN');
  });

  it('refuses to close a case with an open action item, naming the item, and closes it once the item is done', async () => {
    const kase = await registerCase(api.url, { disciplines: ['WMO', 'BWT'] });
    await admit(api.url, kase.id);
    await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', TRANSITION_CASE, { input: { caseId: kase.id, to: 'IN_BEHANDELING' } });
    const item = (
      await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', ADD_ACTION_ITEM, {
        input: { caseId: kase.id, description: 'Woningcontrole uitvoeren', category: 'WONEN', ownerUserId: demoUserId('bwt.fleur'), dueAt: inDays(14) },
      })
    ).addActionItem;
    expect(item).toMatchObject({ status: 'OPEN', owner: { displayName: 'Fleur Bouw- en woningtoezicht' }, overdue: false });

    const close = { caseId: kase.id, to: 'AFGESLOTEN', closingReason: 'Aanpak afgerond', outcome: 'Woning veilig, zorg geregeld' };
    const refused = await callAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', TRANSITION_CASE, { input: close });
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(refused.errors![0].message).toContain('"Woningcontrole uitvoeren" (owner Fleur Bouw- en woningtoezicht');
    expect(refused.errors![0].extensions.openActionItems).toEqual([expect.objectContaining({ id: item.id })]);

    // The owner sees, for carrying out the plan, the case facts and her own item, but not the contributions.
    await okAs(api.url, 'wmo.bram', 'CASUSOVERLEG', ADD_CONTRIBUTION, { input: { caseId: kase.id, category: 'FINANCIEEL', text: 'Schulden bij de woningcorporatie.' } });
    const plan = (
      await okAs(api.url, 'bwt.fleur', 'PLANUITVOERING', `query($id: ID!) { case(id: $id) { actionItems { id } contributions { text } contributionsWithheld { count reason } } }`, {
        id: kase.id,
      })
    ).case;
    expect(plan.actionItems).toEqual([{ id: item.id }]);
    expect(plan.contributions).toEqual([]);
    expect(plan.contributionsWithheld).toEqual([{ count: 1, reason: '1 item withheld: not needed for PLANUITVOERING' }]);

    const done = await okAs(api.url, 'bwt.fleur', 'PLANUITVOERING', `mutation($input: CompleteActionItemInput!) { completeActionItem(input: $input) { status completedBy { displayName } } }`, {
      input: { actionItemId: item.id },
    });
    expect(done.completeActionItem).toEqual({ status: 'DONE', completedBy: { displayName: 'Fleur Bouw- en woningtoezicht' } });
    const closed = await callAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', TRANSITION_CASE, { input: close });
    expect(closed.data?.transitionCase.state).toBe('AFGESLOTEN');
    expect(await auditEventsFor(closed.requestId)).toEqual([
      expect.objectContaining({ action: 'UPDATE', outcome: 'ALLOWED', purpose: 'CASUSOVERLEG', resource_id: kase.id, reason: 'state IN_BEHANDELING → AFGESLOTEN' }),
    ]);

    // Only the chair reopens, within the retention period.
    const reopened = await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', TRANSITION_CASE, { input: { caseId: kase.id, to: 'IN_BEHANDELING' } });
    expect(reopened.transitionCase.state).toBe('IN_BEHANDELING');
  });

  it('shows the timeline in order, each entry minimised like the case', async () => {
    const kase = await registerCase(api.url, { disciplines: ['WMO', 'OOV'] });
    await admit(api.url, kase.id);
    await okAs(api.url, 'wmo.bram', 'CASUSOVERLEG', ADD_CONTRIBUTION, { input: { caseId: kase.id, category: 'GEZONDHEID', text: 'Psychische klachten, in behandeling.' } });
    const escalated = await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', `mutation($input: EscalateCaseInput!) { escalateCase(input: $input) { target escalatedAt escalatedBy { displayName } } }`, {
      input: { caseId: kase.id, reason: 'Verhuurder werkt niet mee; bestuurlijke handhaving nodig', target: 'Burgemeester' },
    });
    expect(escalated.escalateCase).toEqual({ target: 'Burgemeester', escalatedAt: expect.any(String), escalatedBy: { displayName: 'Hanna Voorzitter' } });
    const timeline = (await okAs(api.url, 'oov.gijs', 'CASUSOVERLEG', TIMELINE, { id: kase.id })).caseTimeline;
    expect(timeline.map((e: any) => e.kind)).toEqual(['REGISTERED', 'STATE_CHANGED', 'STATE_CHANGED', 'CONTRIBUTION_ADDED', 'ESCALATED']);
    expect(timeline[2].description).toBe('State changed from IN_TRIAGE to GEAGENDEERD');
    expect(timeline[3]).toMatchObject({
      contribution: null,
      actor: { displayName: 'Bram Wmo-toezicht' },
      withheld: { category: 'GEZONDHEID', count: 1, reason: '1 item withheld: GEZONDHEID is not shared with OOV' },
    });
    expect(timeline[4].description).toBe('Escalated to Burgemeester');
    const wmo = (await okAs(api.url, 'wmo.bram', 'CASUSOVERLEG', TIMELINE, { id: kase.id })).caseTimeline;
    expect(wmo[3]).toMatchObject({ contribution: { text: 'Psychische klachten, in behandeling.' }, withheld: null });
  });

  it('turns an escalated delivery into a case, and links a second escalation about the same subject to that open case', async () => {
    const intake = api.app.get(CaseIntake);
    const transactions = api.app.get(TenantTransactions);
    const kase = await registerCase(api.url, { disciplines: ['WMO'] });
    const subjectId = (
      await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', `query($id: ID!) { case(id: $id) { subjects { role subject { id } } } }`, { id: kase.id })
    ).case.subjects.find((s: any) => s.role === 'HOOFDBETROKKENE').subject.id;
    const escalate = (discipline: string, userId: string) =>
      transactions.run(DEMODAM, (manager) =>
        intake.registerFromEscalation(manager, DEMODAM, {
          caseTableId: DEMO_TABLE,
          title: 'Opgeschaald vanuit toezicht',
          subjectIds: [subjectId],
          discipline,
          registeredByUserId: userId,
          signalId: randomUUID(),
          deliveryId: randomUUID(),
        }),
      );
    const linked = await escalate('BWT', demoUserId('bwt.fleur'));
    expect(linked).toEqual({ caseId: kase.id, reference: kase.reference, created: false });
    const seen = (await okAs(api.url, 'bwt.fleur', 'CASUSOVERLEG', `query($id: ID!) { case(id: $id) { participatingDisciplines signals { signalId } } }`, { id: kase.id })).case;
    expect(seen.participatingDisciplines).toEqual(['BWT', 'WMO']);
    expect(seen.signals).toHaveLength(1);

    const other = await transactions.run(DEMODAM, async (manager) => {
      const [{ id }] = (await manager.query(`SELECT id FROM subject WHERE tenant_id = $1 AND type = 'ORGANISATION' LIMIT 1`, [DEMODAM])) as { id: string }[];
      return intake.registerFromEscalation(manager, DEMODAM, {
        caseTableId: DEMO_TABLE,
        title: 'Zorgaanbieder: signalen over kwaliteit',
        subjectIds: [id],
        discipline: 'WMO',
        registeredByUserId: demoUserId('wmo.bram'),
        signalId: randomUUID(),
        deliveryId: randomUUID(),
      });
    });
    expect(other.created).toBe(true);
    const created = (await okAs(api.url, 'wmo.bram', 'CASUSOVERLEG', `query($id: ID!) { case(id: $id) { state reference } }`, { id: other.caseId })).case;
    expect(created).toEqual({ state: 'AANGEMELD', reference: other.reference });
  });
});
