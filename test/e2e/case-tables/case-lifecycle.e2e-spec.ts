import { randomUUID } from 'node:crypto';
import { CaseIntake } from '@vangrail/case-tables';
import { TenantTransactions } from '@vangrail/core';
import { SubjectRegistry } from '@vangrail/subjects';
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
    expect(result.errors![0].message).toBe('A case that is registered (aangemeld) cannot become closed (afgesloten); it can become in triage');
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
    // The database refuses to edit locked minutes too, whoever tries: any column, a delete, or a new row.
    const app = await connect('app');
    const owner = await connect('owner');
    try {
      await expect(
        asTenant(app, DEMODAM, () => app.query(`UPDATE contribution SET text_encrypted = 'x' WHERE id = $1`, [contributionId])),
      ).rejects.toThrow(/minutes of a closed meeting are locked/);
      await expect(asTenant(owner, DEMODAM, () => owner.query(`UPDATE contribution SET created_at = now() WHERE id = $1`, [contributionId]))).rejects.toThrow(
        /minutes of a closed meeting are locked/,
      );
      await expect(asTenant(owner, DEMODAM, () => owner.query(`UPDATE contribution SET meeting_id = NULL WHERE id = $1`, [contributionId]))).rejects.toThrow(
        /minutes of a closed meeting are locked/,
      );
      await expect(asTenant(owner, DEMODAM, () => owner.query(`DELETE FROM contribution WHERE id = $1`, [contributionId]))).rejects.toThrow(/minutes of a closed meeting are locked/);
      await expect(
        asTenant(owner, DEMODAM, () =>
          owner.query(
            `INSERT INTO contribution (tenant_id, id, case_id, meeting_id, author_user_id, discipline, category, visibility, text_encrypted)
             SELECT tenant_id, gen_random_uuid(), case_id, meeting_id, author_user_id, discipline, category, visibility, 'x' FROM contribution WHERE id = $1`,
            [contributionId],
          ),
        ),
      ).rejects.toThrow(/minutes of a closed meeting are locked/);
    } finally {
      await app.end();
      await owner.end();
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

    // An addendum by the chair reaches the same audience as the original: it carries the original's discipline.
    const byChair = await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', `mutation($input: AddAddendumInput!) { addAddendum(input: $input) { addenda { text } } }`, {
      input: { contributionId, text: 'Aanvulling van de voorzitter.' },
    });
    expect(byChair.addAddendum.addenda.map((a: any) => a.text)).toContain('Aanvulling van de voorzitter.');
    const db = await connect('owner');
    try {
      const rows = await asTenant(db, DEMODAM, () => db.query(`SELECT DISTINCT discipline FROM contribution WHERE amends_contribution_id = $1`, [contributionId]));
      expect(rows.rows).toEqual([{ discipline: 'BWT' }]);
    } finally {
      await db.end();
    }
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

    const close = { caseId: kase.id, to: 'AFGESLOTEN', closingReason: 'Aanpak afgerond', outcome: 'Woning veilig, zorg geregeld', closingOutcome: 'RISICO_AFGENOMEN' };
    const refused = await callAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', TRANSITION_CASE, { input: close });
    expect(errorCode(refused)).toBe('CONFLICT');
    // Named by id and due date only: the refusal is not an audited read of the item's text or owner.
    expect(refused.errors![0].message).toMatch(/^The case still has 1 open action item \(due \d{1,2} \w+ \d{4}\); complete or cancel it first$/);
    expect(refused.errors![0].message).not.toContain('Woningcontrole');
    expect(refused.errors![0].message).not.toContain('Fleur');
    expect(refused.errors![0].extensions.openActionItems).toEqual([{ id: item.id, dueAt: new Date(item.dueAt).toISOString() }]);

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
    expect(timeline[4].description).toBe('Escalated (doorzettingsmacht); reason and target are recorded with the escalation');
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
          subjects: [{ subjectId, role: 'HOOFDBETROKKENE' }],
          discipline,
          registeredByUserId: userId,
          signalId: randomUUID(),
          deliveryId: randomUUID(),
        }),
      );
    const linked = await escalate('BWT', demoUserId('bwt.fleur'));
    expect(linked).toEqual({ caseId: kase.id, reference: kase.reference, created: false });
    // The delivery is linked, but BWT does not join by itself: the chair is asked on the timeline and decides.
    const seen = (await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', `query($id: ID!) { case(id: $id) { participatingDisciplines signals { signalId } } }`, { id: kase.id })).case;
    expect(seen.participatingDisciplines).toEqual(['WMO']);
    expect(seen.signals).toHaveLength(1);
    expect(errorCode(await callAs(api.url, 'bwt.fleur', 'CASUSOVERLEG', `query($id: ID!) { case(id: $id) { id } }`, { id: kase.id }))).toBe('NOT_FOUND');
    const asked = (await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', TIMELINE, { id: kase.id })).caseTimeline.filter((e: any) => e.kind === 'PARTICIPATION_REQUESTED');
    expect(asked).toEqual([expect.objectContaining({ description: 'BWT escalated a delivery about this case and asks to take part; the chair decides' })]);

    const other = await transactions.run(DEMODAM, async (manager) => {
      // An organisation no earlier run has a case about (the suite may run twice on one database).
      const kvkNumber = String(10_000_000 + Math.floor(Math.random() * 89_999_999));
      const { id } = await api.app.get(SubjectRegistry).resolve(manager, DEMODAM, { organisation: { kvkNumber, name: 'Zorgaanbieder De Proef BV' } });
      return intake.registerFromEscalation(manager, DEMODAM, {
        caseTableId: DEMO_TABLE,
        title: 'Zorgaanbieder: signalen over kwaliteit',
        subjects: [{ subjectId: id, role: 'HOOFDBETROKKENE' }],
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

  it('refuses whitespace-only or BSN-carrying case texts and keeps reasons out of the timeline details', async () => {
    const kase = await registerCase(api.url, { disciplines: ['PW'] });
    await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', TRANSITION_CASE, { input: { caseId: kase.id, to: 'IN_TRIAGE' } });
    const blank = await callAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', TRANSITION_CASE, { input: { caseId: kase.id, to: 'GEWEIGERD', reason: '   ' } });
    expect(blank.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    const withBsn = await callAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', TRANSITION_CASE, { input: { caseId: kase.id, to: 'GEWEIGERD', reason: `Betreft ${freshBsn()}` } });
    expect(withBsn.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    const escalate = (reason: string, target: string) =>
      callAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', `mutation($input: EscalateCaseInput!) { escalateCase(input: $input) { target } }`, { input: { caseId: kase.id, reason, target } });
    expect((await escalate('      ', 'Burgemeester')).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    expect((await escalate(`Bewoner ${freshBsn()} werkt niet mee`, 'Burgemeester')).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    expect((await escalate('Verhuurder werkt niet mee', '   ')).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.target' });

    const reason = 'Past bij het reguliere wijkteam, zie gesprek met de huisarts';
    await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', TRANSITION_CASE, { input: { caseId: kase.id, to: 'GEWEIGERD', reason } });
    await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', `mutation($input: EscalateCaseInput!) { escalateCase(input: $input) { target } }`, {
      input: { caseId: kase.id, reason: 'Verhuurder werkt niet mee', target: 'Burgemeester' },
    });
    const owner = await connect('owner');
    try {
      const events = await asTenant(owner, DEMODAM, () => owner.query(`SELECT kind, details::text AS details FROM case_event WHERE case_id = $1`, [kase.id]));
      const all = events.rows.map((r: any) => r.details).join(' ');
      expect(all).not.toContain('huisarts');
      expect(all).not.toContain('Verhuurder');
      expect(all).not.toContain('Burgemeester');
    } finally {
      await owner.end();
    }
    const timeline = (await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', TIMELINE, { id: kase.id })).caseTimeline;
    expect(timeline.find((e: any) => e.kind === 'STATE_CHANGED' && e.description.includes('GEWEIGERD')).description).toBe(
      'State changed from IN_TRIAGE to GEWEIGERD (reason recorded with the case)',
    );
  });

  it('lets only one of two concurrent state changes through: the other sees the new state', async () => {
    const kase = await registerCase(api.url, { disciplines: ['PW'] });
    await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', TRANSITION_CASE, { input: { caseId: kase.id, to: 'IN_TRIAGE' } });
    const results = await Promise.all([
      callAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', TRANSITION_CASE, { input: { caseId: kase.id, to: 'GEWEIGERD', reason: 'Past bij het wijkteam' } }),
      callAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', TRANSITION_CASE, { input: { caseId: kase.id, to: 'GEAGENDEERD' } }),
    ]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).map(errorCode)).toEqual(['CONFLICT']);
    const owner = await connect('owner');
    try {
      const events = await asTenant(owner, DEMODAM, () => owner.query(`SELECT count(*)::int AS n FROM case_event WHERE case_id = $1 AND kind = 'STATE_CHANGED'`, [kase.id]));
      expect(events.rows[0].n).toBe(2);
    } finally {
      await owner.end();
    }
  });

  it('completes or cancels an action item once when both happen at the same moment', async () => {
    const kase = await registerCase(api.url, { disciplines: ['BWT'] });
    const item = (
      await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', ADD_ACTION_ITEM, {
        input: { caseId: kase.id, description: 'Woningcontrole', category: 'WONEN', ownerUserId: demoUserId('bwt.fleur'), dueAt: inDays(7) },
      })
    ).addActionItem;
    const COMPLETE = `mutation($input: CompleteActionItemInput!) { completeActionItem(input: $input) { status } }`;
    const results = await Promise.all([
      callAs(api.url, 'bwt.fleur', 'PLANUITVOERING', COMPLETE, { input: { actionItemId: item.id } }),
      callAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', COMPLETE, { input: { actionItemId: item.id, status: 'CANCELLED' } }),
    ]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    const [completion, cancellation] = results;
    if (completion.errors) {
      // The cancellation won. Fleur loses the race at the update (CONFLICT) or, when the cancellation
      // committed before her request read the case, her access through the item (NOT_FOUND).
      expect(['CONFLICT', 'NOT_FOUND']).toContain(errorCode(completion));
    } else {
      expect(errorCode(cancellation)).toBe('CONFLICT');
    }
    const timeline = (await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', TIMELINE, { id: kase.id })).caseTimeline;
    expect(timeline.filter((e: any) => e.kind === 'ACTION_ITEM_COMPLETED')).toHaveLength(1);
  });

  it('gives an action item only to an owner whose discipline takes part and who may see its category', async () => {
    const kase = await registerCase(api.url, { disciplines: ['WMO', 'BWT'] });
    const add = (username: string, category: string) =>
      callAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', ADD_ACTION_ITEM, {
        input: { caseId: kase.id, description: 'Huisbezoek', category, ownerUserId: demoUserId(username), dueAt: inDays(7) },
      });
    const notParticipating = await add('pw.dewi', 'FINANCIEEL');
    expect(notParticipating.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.ownerUserId' });
    expect(notParticipating.errors![0].message).toContain('does not take part');
    const hiddenCategory = await add('bwt.fleur', 'GEZONDHEID');
    expect(hiddenCategory.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.ownerUserId' });
    expect(hiddenCategory.errors![0].message).toBe('Data on health is not shared with the owner at this table');
    expect((await add('wmo.bram', 'GEZONDHEID')).errors).toBeUndefined();
    expect((await add('voorzitter.hanna', 'GEZONDHEID')).errors).toBeUndefined();
  });
});
