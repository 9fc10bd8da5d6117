import { seedDemo } from '../../../tools/seed-demo';
import { RunningApi, startApi } from '../support/api';
import { auditEventsFor } from '../support/database';
import { errorCode } from '../support/graphql';
import { ADD_CONTRIBUTION, admit, callAs, DEMO_TABLE, demoUserId, okAs, registerCase, scheduleMeeting } from '../support/case-tables';

const CASE_QUERY = `query($id: ID!) {
  case(id: $id) {
    id reference state participatingDisciplines
    subjects { role subject { id type person { name dateOfBirth bsn address { postcode houseNumber } } address { postcode houseNumber } withheld { category count reason } } }
    contributions { category text author { displayName } }
    contributionsWithheld { category count reason reasonNl }
    yourAccess { purpose tableRole visibleCategories }
  }
}`;

const CASES_QUERY = `query($filter: CaseFilter) { cases(filter: $filter) { total items { id reference } } }`;

const NOTES = {
  health1: 'Cliënt gebruikt zware medicatie en mist afspraken bij de huisarts.',
  health2: 'Dagbesteding via pgb wordt niet geleverd; zorgen over gezondheid.',
  housing: 'Zolder wordt als slaapkamer gebruikt; geen vergunning, geen tweede vluchtweg.',
  address: 'Op dit adres staan negen personen ingeschreven.',
};

describe('Need-to-know at the case table: each member sees what their discipline may see', () => {
  let api: RunningApi;
  let kase: { id: string; reference: string; bsn: string };
  let personId: string;
  let meetingId: string;

  beforeAll(async () => {
    await seedDemo();
    api = await startApi('case-tables-need-to-know');
    kase = await registerCase(api.url, { disciplines: ['WMO', 'BWT', 'BRP'] });
  });
  afterAll(() => api.close());

  it('lets the chair register a case about a person and an address, admit it and put it on a meeting', async () => {
    expect(kase.reference).toMatch(/^CT-\d{4}-\d{6}$/);
    await admit(api.url, kase.id);
    meetingId = await scheduleMeeting(api.url, [kase.id]);
    const contributions: [string, string, string][] = [
      ['wmo.bram', 'GEZONDHEID', NOTES.health1],
      ['wmo.bram', 'GEZONDHEID', NOTES.health2],
      ['bwt.fleur', 'WONEN', NOTES.housing],
      ['brp.eva', 'ADRES', NOTES.address],
    ];
    for (const [username, category, text] of contributions) {
      const added = await okAs(api.url, username, 'CASUSOVERLEG', ADD_CONTRIBUTION, { input: { caseId: kase.id, meetingId, category, text } });
      expect(added.addContribution).toMatchObject({ category, text, locked: false });
    }
    const seen = await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', CASE_QUERY, { id: kase.id });
    expect(seen.case.state).toBe('GEAGENDEERD');
    expect(seen.case.contributions).toHaveLength(4);
    expect(seen.case.participatingDisciplines).toEqual(['BRP', 'BWT', 'WMO']);
    personId = seen.case.subjects.find((s: any) => s.role === 'HOOFDBETROKKENE').subject.id;
  });

  it('shows building inspection the WONEN and ADRES contributions, states that 2 GEZONDHEID ones are withheld, and never the BSN', async () => {
    const result = await callAs(api.url, 'bwt.fleur', 'CASUSOVERLEG', CASE_QUERY, { id: kase.id });
    expect(result.errors).toBeUndefined();
    const seen = result.data!.case;
    expect(seen.contributions.map((c: any) => [c.category, c.text])).toEqual([
      ['WONEN', NOTES.housing],
      ['ADRES', NOTES.address],
    ]);
    expect(seen.contributionsWithheld).toEqual([
      {
        category: 'GEZONDHEID',
        count: 2,
        reason: '2 items withheld: GEZONDHEID is not shared with BWT',
        reasonNl: '2 gegevens afgeschermd: GEZONDHEID wordt niet gedeeld met BWT',
      },
    ]);
    const person = seen.subjects.find((s: any) => s.role === 'HOOFDBETROKKENE').subject;
    expect(person.person).toMatchObject({ name: 'Marieke Proefpersoon', bsn: null });
    expect(person.withheld).toEqual([{ category: 'BSN', count: 1, reason: '1 item withheld: BSN is not shared with BWT' }]);
    const body = JSON.stringify(result.data);
    expect(body).not.toContain(kase.bsn);
    expect(body).not.toContain(NOTES.health1);
    expect(body).not.toContain(NOTES.health2);

    const [event] = await auditEventsFor(result.requestId);
    expect(event).toMatchObject({ outcome: 'ALLOWED', action: 'READ', purpose: 'CASUSOVERLEG', resource_type: 'Case', resource_id: kase.id });
    expect(event.subject_keys).toContain(personId);
    expect(event.data_categories).toEqual(['ADRES', 'IDENTIFICATIE', 'WONEN']);
  });

  it('shows Wmo supervision the GEZONDHEID contributions and the BSN', async () => {
    const seen = (await okAs(api.url, 'wmo.bram', 'CASUSOVERLEG', CASE_QUERY, { id: kase.id })).case;
    expect(seen.contributions.map((c: any) => c.text)).toEqual(expect.arrayContaining([NOTES.health1, NOTES.health2, NOTES.housing, NOTES.address]));
    expect(seen.contributionsWithheld).toEqual([]);
    expect(seen.subjects.find((s: any) => s.role === 'HOOFDBETROKKENE').subject.person.bsn).toBe(kase.bsn);
  });

  it('answers NOT_FOUND to a member whose discipline does not take part, leaves the case out of their list, and records the attempt', async () => {
    const read = await callAs(api.url, 'oov.gijs', 'CASUSOVERLEG', CASE_QUERY, { id: kase.id });
    expect(errorCode(read)).toBe('NOT_FOUND');
    expect(JSON.stringify(read)).not.toContain(kase.reference);
    expect(await auditEventsFor(read.requestId)).toEqual([
      expect.objectContaining({ outcome: 'DENIED', purpose: 'CASUSOVERLEG', resource_type: 'Case', resource_id: kase.id, username: 'oov.gijs' }),
    ]);
    expect(errorCode(await callAs(api.url, 'oov.gijs', 'CASUSOVERLEG', `query($id: ID!) { caseTimeline(caseId: $id) { kind } }`, { id: kase.id }))).toBe('NOT_FOUND');

    const filter = { caseTableId: DEMO_TABLE, limit: 200 };
    const gijs = (await okAs(api.url, 'oov.gijs', 'CASUSOVERLEG', CASES_QUERY, { filter })).cases;
    expect(gijs.items.map((c: any) => c.id)).not.toContain(kase.id);
    expect(gijs.total).toBe(gijs.items.length);
    const hanna = (await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', CASES_QUERY, { filter })).cases;
    expect(hanna.items.map((c: any) => c.id)).toContain(kase.id);
    expect(hanna.total).toBeGreaterThan(gijs.total);
  });

  it('finds a case by part of its reference, only among the cases the searcher may see', async () => {
    const part = kase.reference.slice(-6);
    const hanna = (await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', CASES_QUERY, { filter: { search: part.toLowerCase() } })).cases;
    expect(hanna).toEqual({ total: 1, items: [{ id: kase.id, reference: kase.reference }] });
    const gijs = (await okAs(api.url, 'oov.gijs', 'CASUSOVERLEG', CASES_QUERY, { filter: { search: part } })).cases;
    expect(gijs).toEqual({ total: 0, items: [] });
    // LIKE wildcards are taken literally, not as "anything".
    expect((await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', CASES_QUERY, { filter: { search: '%' } })).cases.total).toBe(0);
  });

  it('refuses the functional administrator any case content, while showing the table and its members', async () => {
    expect(errorCode(await callAs(api.url, 'beheer.jan', 'BEHEER', CASE_QUERY, { id: kase.id }))).toBe('PURPOSE_NOT_PERMITTED');
    expect(errorCode(await callAs(api.url, 'beheer.jan', 'CASUSOVERLEG', CASE_QUERY, { id: kase.id }))).toBe('PURPOSE_NOT_PERMITTED');
    const table = (
      await okAs(api.url, 'beheer.jan', 'BEHEER', `query($id: ID!) { caseTable(id: $id) { name kind members { role user { displayName } } meetings { id } } }`, {
        id: DEMO_TABLE,
      })
    ).caseTable;
    expect(table).toMatchObject({ name: 'Integrale casustafel Demodam', kind: 'DOMEINOVERSTIJGEND', meetings: null });
    expect(table.members).toEqual(expect.arrayContaining([{ role: 'CHAIR', user: { displayName: 'Hanna Voorzitter' } }]));
  });

  it('shows a guest invited for one agenda item that case and no other, on the meeting day until it closes, numbering the agenda over what they see', async () => {
    const other = await registerCase(api.url, { disciplines: ['WMO'], title: 'Signalen over verwaarlozing' });
    await admit(api.url, other.id);
    const invited = await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', `mutation($input: AddMemberInput!) { addMember(input: $input) { role current } }`, {
      input: { caseTableId: DEMO_TABLE, userId: demoUserId('wijkteam.anna'), role: 'GUEST' },
    });
    expect(invited.addMember).toEqual({ role: 'GUEST', current: true });
    // Invited a month ahead, the guest cannot see the case yet: the window opens on the meeting day.
    await scheduleMeeting(api.url, [other.id], { [other.id]: [demoUserId('wijkteam.anna')] }, 30);
    expect(errorCode(await callAs(api.url, 'wijkteam.anna', 'CASUSOVERLEG', CASE_QUERY, { id: other.id }))).toBe('NOT_FOUND');
    // The hidden case comes first on the agenda; the guest's item is numbered 1 all the same.
    const guestMeeting = await scheduleMeeting(api.url, [other.id, kase.id], { [kase.id]: [demoUserId('wijkteam.anna')] }, 60 / (24 * 3600));

    const seen = (await okAs(api.url, 'wijkteam.anna', 'CASUSOVERLEG', CASE_QUERY, { id: kase.id })).case;
    expect(seen.yourAccess).toMatchObject({ tableRole: 'GUEST' });
    expect(seen.contributions.map((c: any) => c.text)).toContain(NOTES.health1);
    expect(errorCode(await callAs(api.url, 'wijkteam.anna', 'CASUSOVERLEG', CASE_QUERY, { id: other.id }))).toBe('NOT_FOUND');
    const listed = (await okAs(api.url, 'wijkteam.anna', 'CASUSOVERLEG', CASES_QUERY, {})).cases;
    expect(listed).toEqual({ total: 1, items: [{ id: kase.id, reference: kase.reference }] });
    const agenda = (
      await okAs(api.url, 'wijkteam.anna', 'CASUSOVERLEG', `query($id: ID!) { caseTable(id: $id) { meetings { id agenda { caseId position } } } }`, { id: DEMO_TABLE })
    ).caseTable.meetings;
    expect(agenda).toEqual([{ id: guestMeeting, agenda: [{ caseId: kase.id, position: 1 }] }]);
    const ownMeetings = (await okAs(api.url, 'wijkteam.anna', 'CASUSOVERLEG', `query($id: ID!) { case(id: $id) { meetings { meetingId position } } }`, { id: kase.id })).case.meetings;
    expect(ownMeetings).toEqual(expect.arrayContaining([{ meetingId: guestMeeting, position: 1 }]));
    const chairSees = (await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', `query($id: ID!) { case(id: $id) { meetings { meetingId position } } }`, { id: kase.id })).case.meetings;
    expect(chairSees).toEqual(expect.arrayContaining([{ meetingId: guestMeeting, position: 2 }]));
    // A guest does not run the meeting.
    expect(
      errorCode(await callAs(api.url, 'wijkteam.anna', 'CASUSOVERLEG', `mutation($input: CloseMeetingInput!) { closeMeeting(input: $input) { id } }`, { input: { meetingId: guestMeeting } })),
    ).toBe('FORBIDDEN');

    await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', `mutation($input: CloseMeetingInput!) { closeMeeting(input: $input) { state } }`, { input: { meetingId: guestMeeting } });
    expect(errorCode(await callAs(api.url, 'wijkteam.anna', 'CASUSOVERLEG', CASE_QUERY, { id: kase.id }))).toBe('NOT_FOUND');

    // The chair ends the guest's seat again; the membership stays as history.
    const removed = await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', `mutation($input: RemoveMemberInput!) { removeMember(input: $input) { role current } }`, {
      input: { caseTableId: DEMO_TABLE, userId: demoUserId('wijkteam.anna') },
    });
    expect(removed.removeMember).toEqual({ role: 'GUEST', current: false });
  });
});
