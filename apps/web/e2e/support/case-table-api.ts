import { expect } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { WEB_URL as BASE } from './test-environment';

/**
 * Set-up steps of the case-table journeys through the real API (the same GraphQL the app uses),
 * for the parts a journey does not walk through in the browser. Tokens come from the development
 * login (POST /web-api/dev-token), like the demo-user picker.
 */
const tokens = new Map<string, Promise<string>>();

async function tokenFor(username: string): Promise<string> {
  if (!tokens.has(username)) {
    tokens.set(username, (async () => {
      const response = await fetch(`${BASE}/web-api/dev-token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ tenant: 'demodam', username }) });
      const body = (await response.json()) as { accessToken?: string };
      if (!response.ok || !body.accessToken) throw new Error(`no development token for ${username}: ${JSON.stringify(body)}`);
      return body.accessToken;
    })());
  }
  return tokens.get(username)!;
}

/** One GraphQL call as a demo user with a declared purpose; any error fails the test with the API's words. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- set-up answers are read loosely; what the user sees is asserted in the browser
export async function api<T = any>(username: string, purpose: string | undefined, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Authorization: `Bearer ${await tokenFor(username)}` };
  if (purpose) headers['X-Purpose'] = purpose;
  const response = await fetch(`${BASE}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length) throw new Error(`${username}: ${body.errors.map((e) => `${e.extensions?.code}: ${e.message}`).join('; ')}`);
  return body.data as T;
}

export async function userId(username: string): Promise<string> {
  return (await api<{ me: { id: string } }>(username, undefined, '{ me { id } }')).me.id;
}

export async function demoTableId(): Promise<string> {
  const { caseTables } = await api<{ caseTables: { id: string; name: string }[] }>('voorzitter.hanna', 'CASUSOVERLEG', '{ caseTables { id name } }');
  return caseTables.find((t) => t.name === 'Integrale casustafel Demodam')!.id;
}

/** A unique address per run, so journeys never meet each other's cases or hits. */
function freshAddress() {
  return { address: { postcode: '9993ZZ', houseNumber: Math.floor(Math.random() * 90000) + 1000, houseNumberAddition: randomUUID().slice(0, 4).toUpperCase(), street: 'Proefstraat', town: 'Demodam' } };
}

/**
 * Anna flags illegal room rental at a fresh address; routing (on the queue) sends it to building
 * inspection, where Fleur starts triage and escalates the delivery to the demo table. Returns the case.
 */
export async function caseEscalatedByBuildingInspection(title: string): Promise<{ caseId: string; reference: string; caseTableId: string }> {
  const registered = await api('wijkteam.anna', 'SIGNALERING', `mutation($input: RegisterSignalInput!) { registerSignal(input: $input) { signal { id } } }`, {
    input: {
      clientKey: `web-e2e-${randomUUID()}`,
      category: 'KAMERVERHUUR',
      flags: [],
      urgency: 'HIGH',
      subjects: [freshAddress()],
      description: 'Veel wisselende bewoners, matrassen op zolder, geen tweede vluchtweg.',
      dataCategories: ['WONEN'],
      observedAt: new Date(Date.now() - 3600_000).toISOString(),
    },
  });
  const signalId: string = registered.registerSignal.signal.id;
  let deliveryId: string | undefined;
  await expect
    .poll(async () => {
      const { inbox } = await api('bwt.fleur', 'SIGNAALBEOORDELING', `{ inbox(filter: { limit: 200 }) { items { id signalId } } }`);
      deliveryId = inbox.items.find((d: { signalId: string }) => d.signalId === signalId)?.id;
      return deliveryId;
    }, { message: 'the signal reaches building inspection', timeout: 90_000 })
    .toBeTruthy();
  const caseTableId = await demoTableId();
  await api('bwt.fleur', 'SIGNAALBEOORDELING', `mutation($id: ID!) { startTriage(deliveryId: $id) { state } }`, { id: deliveryId });
  const escalated = await api('bwt.fleur', 'SIGNAALBEOORDELING', `mutation($input: EscalateDeliveryInput!) { escalateDelivery(input: $input) { caseId } }`, {
    input: { deliveryId, caseTableId, title },
  });
  const caseId: string = escalated.escalateDelivery.caseId;
  const { case: kase } = await api('voorzitter.hanna', 'CASUSOVERLEG', `query($id: ID!) { case(id: $id) { reference } }`, { id: caseId });
  return { caseId, reference: kase.reference, caseTableId };
}

/** Makes the user a guest of the table (done by the functional administrator), unless they already are. */
export async function ensureGuest(caseTableId: string, username: string): Promise<void> {
  const id = await userId(username);
  const { caseTable } = await api('beheer.jan', 'BEHEER', `query($id: ID!) { caseTable(id: $id) { members { current role user { id } } } }`, { id: caseTableId });
  if (caseTable.members.some((m: { current: boolean; role: string; user: { id: string } }) => m.current && m.role === 'GUEST' && m.user.id === id)) return;
  await api('beheer.jan', 'BEHEER', `mutation($input: AddMemberInput!) { addMember(input: $input) { id } }`, { input: { caseTableId, userId: id, role: 'GUEST' } });
}

export async function addContribution(username: string, caseId: string, meetingId: string | undefined, category: string, text: string): Promise<void> {
  await api(username, 'CASUSOVERLEG', `mutation($input: AddContributionInput!) { addContribution(input: $input) { id } }`, { input: { caseId, meetingId, category, text } });
}

/** The chair admits a case (AANGEMELD → IN_TRIAGE → GEAGENDEERD), lets disciplines take part, and puts it on a new meeting. */
export async function admittedOnMeeting(caseId: string, caseTableId: string, disciplines: string[]): Promise<string> {
  for (const to of ['IN_TRIAGE', 'GEAGENDEERD']) {
    await api('voorzitter.hanna', 'CASUSOVERLEG', `mutation($input: TransitionCaseInput!) { transitionCase(input: $input) { state } }`, { input: { caseId, to } });
  }
  for (const discipline of disciplines) {
    await api('voorzitter.hanna', 'CASUSOVERLEG', `mutation($input: AddCaseParticipantInput!) { addCaseParticipant(input: $input) { id } }`, { input: { caseId, discipline } });
  }
  const scheduled = await api('voorzitter.hanna', 'CASUSOVERLEG', `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`, {
    input: { caseTableId, scheduledAt: new Date(Date.now() + 2 * 3600_000).toISOString(), location: 'Stadhuis, zaal 2' },
  });
  const meetingId: string = scheduled.scheduleMeeting.id;
  await api('voorzitter.hanna', 'CASUSOVERLEG', `mutation($input: SetAgendaInput!) { setAgenda(input: $input) { id } }`, { input: { meetingId, items: [{ caseId }] } });
  return meetingId;
}

export async function addActionItem(caseId: string, owner: string, description: string): Promise<void> {
  await api('voorzitter.hanna', 'CASUSOVERLEG', `mutation($input: AddActionItemInput!) { addActionItem(input: $input) { id } }`, {
    input: { caseId, ownerUserId: await userId(owner), description, category: 'WONEN', dueAt: new Date(Date.now() + 7 * 86400_000).toISOString() },
  });
}
