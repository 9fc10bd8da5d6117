import { demoId } from '../../../tools/demo-data';
import { demoCaseTableId } from '../../../tools/seed-case-tables';
import { graphql, GraphQLResult } from './graphql';
import { tokenFor } from './tokens';

/** "Integrale casustafel Demodam" of the demo data. */
export const DEMO_TABLE = demoCaseTableId('demodam', 'integraal');

export const demoUserId = (username: string): string => demoId(`user:demodam:${username}`);

/** A BSN that passes the 11-proef and no other test uses (outside the demo range 999990xxx). */
export function freshBsn(): string {
  for (;;) {
    const digits = Array.from({ length: 8 }, (_, i) => (i === 0 ? 1 + Math.floor(Math.random() * 8) : Math.floor(Math.random() * 10)));
    const check = digits.reduce((sum, digit, i) => sum + digit * (9 - i), 0) % 11;
    if (check < 10) return `${digits.join('')}${check}`;
  }
}

/** A dwelling no other test names. */
export function freshAddress(street = 'Casusstraat'): Record<string, unknown> {
  return { postcode: '9993CT', houseNumber: 1000 + Math.floor(Math.random() * 90000), street, town: 'Demodam' };
}

/** Calls the API as a demo user with a declared purpose. */
export async function callAs<T = Record<string, any>>(
  baseUrl: string,
  username: string,
  purpose: string | undefined,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResult<T>> {
  return graphql<T>(baseUrl, { query, variables, token: await tokenFor(username), purpose });
}

/** Same, but the call must succeed. */
export async function okAs<T = Record<string, any>>(baseUrl: string, username: string, purpose: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const result = await callAs<T>(baseUrl, username, purpose, query, variables);
  if (result.errors?.length) throw new Error(`${username} ${query.trim().split('\n')[0]}: ${JSON.stringify(result.errors)}`);
  return result.data!;
}

export const REGISTER_CASE = `mutation($input: RegisterCaseInput!) { registerCase(input: $input) { id reference state } }`;
export const TRANSITION_CASE = `mutation($input: TransitionCaseInput!) { transitionCase(input: $input) { id state } }`;
export const ADD_CONTRIBUTION = `mutation($input: AddContributionInput!) { addContribution(input: $input) { id category text locked } }`;

export interface CaseDraft {
  title?: string;
  disciplines: string[];
  subjects?: Record<string, unknown>[];
  by?: string;
}

/** Registers a case at the demo table about a fresh person at a fresh address (unless subjects are given). */
export async function registerCase(baseUrl: string, draft: CaseDraft): Promise<{ id: string; reference: string; bsn: string }> {
  const bsn = freshBsn();
  const address = freshAddress();
  const subjects = draft.subjects ?? [
    { role: 'HOOFDBETROKKENE', subject: { person: { bsn, name: 'Marieke Proefpersoon', dateOfBirth: '1981-05-17', address } } },
    { role: 'ADRES', subject: { address } },
  ];
  const data = await okAs(baseUrl, draft.by ?? 'voorzitter.hanna', 'CASUSOVERLEG', REGISTER_CASE, {
    input: { caseTableId: DEMO_TABLE, title: draft.title ?? 'Zorgen over woonsituatie en zorg', disciplines: draft.disciplines, subjects },
  });
  return { ...data.registerCase, bsn };
}

/** AANGEMELD → IN_TRIAGE → GEAGENDEERD, as the chair. */
export async function admit(baseUrl: string, caseId: string): Promise<void> {
  for (const to of ['IN_TRIAGE', 'GEAGENDEERD']) await okAs(baseUrl, 'voorzitter.hanna', 'CASUSOVERLEG', TRANSITION_CASE, { input: { caseId, to } });
}

export async function scheduleMeeting(baseUrl: string, caseIds: string[], guests: Record<string, string[]> = {}, inDays = 1): Promise<string> {
  const scheduled = await okAs(baseUrl, 'voorzitter.hanna', 'CASUSOVERLEG', `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`, {
    input: { caseTableId: DEMO_TABLE, scheduledAt: new Date(Date.now() + inDays * 24 * 3600_000).toISOString(), location: 'Stadhuis, kamer 2.14' },
  });
  const meetingId = scheduled.scheduleMeeting.id as string;
  await okAs(baseUrl, 'voorzitter.hanna', 'CASUSOVERLEG', `mutation($input: SetAgendaInput!) { setAgenda(input: $input) { id } }`, {
    input: { meetingId, items: caseIds.map((caseId) => ({ caseId, guestUserIds: guests[caseId] ?? [] })) },
  });
  return meetingId;
}
