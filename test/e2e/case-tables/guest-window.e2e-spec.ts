import { seedDemo } from '../../../tools/seed-demo';
import { RunningApi, startApi } from '../support/api';
import { errorCode } from '../support/graphql';
import { ADD_CONTRIBUTION, admit, callAs, DEMO_TABLE, demoUserId, okAs, registerCase, scheduleMeeting } from '../support/case-tables';

const CASE_QUERY = `query($id: ID!) { case(id: $id) { id reference yourAccess { tableRole } } }`;
const GUEST = 'wijkteam.anna';

describe('A guest sees their agenda item read only, on the meeting day (GUEST_ACCESS_DAYS_BEFORE_MEETING, default 0)', () => {
  let api: RunningApi;
  /** Meetings this test schedules, closed again at the end so their guest seats end with them. */
  const scheduled: string[] = [];
  const schedule = async (...args: Parameters<typeof scheduleMeeting>): Promise<string> => {
    const id = await scheduleMeeting(...args);
    scheduled.push(id);
    return id;
  };

  beforeAll(async () => {
    await seedDemo();
    api = await startApi('case-tables-guest-window');
    // Another test ends this seat again; invite the guest anew (a seat that is still current is fine).
    const added = await callAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', `mutation($input: AddMemberInput!) { addMember(input: $input) { role } }`, {
      input: { caseTableId: DEMO_TABLE, userId: demoUserId(GUEST), role: 'GUEST' },
    });
    if (added.errors) expect(errorCode(added)).toBe('CONFLICT');
  });
  // End the seat again: the need-to-know test invites the same guest, also on the second pass (Node 24) over this database.
  afterAll(async () => {
    for (const meetingId of scheduled) {
      await callAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', `mutation($input: CloseMeetingInput!) { closeMeeting(input: $input) { state } }`, { input: { meetingId } });
    }
    await callAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', `mutation($input: RemoveMemberInput!) { removeMember(input: $input) { current } }`, {
      input: { caseTableId: DEMO_TABLE, userId: demoUserId(GUEST) },
    });
    await api.close();
  });

  it('keeps the case closed to a guest invited for tomorrow, and opens it on the meeting day', async () => {
    const tomorrow = await registerCase(api.url, { disciplines: ['WMO'], title: 'Gastvenster morgen' });
    const today = await registerCase(api.url, { disciplines: ['WMO'], title: 'Gastvenster vandaag' });
    await admit(api.url, tomorrow.id);
    await admit(api.url, today.id);
    // Two days ahead is never the meeting day, whatever the hour of the test.
    await schedule(api.url, [tomorrow.id], { [tomorrow.id]: [demoUserId(GUEST)] }, 2);
    expect(errorCode(await callAs(api.url, GUEST, 'CASUSOVERLEG', CASE_QUERY, { id: tomorrow.id }))).toBe('NOT_FOUND');

    await schedule(api.url, [today.id], { [today.id]: [demoUserId(GUEST)] }, 60 / (24 * 3600));
    const seen = (await okAs(api.url, GUEST, 'CASUSOVERLEG', CASE_QUERY, { id: today.id })).case;
    expect(seen).toMatchObject({ id: today.id, yourAccess: { tableRole: 'GUEST' } });
  });

  it('refuses a guest who tries to add a note to their agenda item, saying why', async () => {
    const kase = await registerCase(api.url, { disciplines: ['WMO'], title: 'Gast schrijft niet' });
    await admit(api.url, kase.id);
    const meetingId = await schedule(api.url, [kase.id], { [kase.id]: [demoUserId(GUEST)] }, 60 / (24 * 3600));
    const refused = await callAs(api.url, GUEST, 'CASUSOVERLEG', ADD_CONTRIBUTION, { input: { caseId: kase.id, meetingId, category: 'GEZIN', text: 'Notitie van de gast' } });
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors![0].extensions.messageNl).toContain('Een gast leest alleen het agendapunt');
    const chair = (await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', `query($id: ID!) { case(id: $id) { contributions { text } } }`, { id: kase.id })).case;
    expect(chair.contributions).toEqual([]);
  });
});
