import { seedDemo } from '../../../tools/seed-demo';
import { startApi, RunningApi } from '../support/api';
import { freshBsn } from '../support/case-tables';
import { auditEventsFor } from '../support/database';
import { errorCode, graphql } from '../support/graphql';
import { freshAddress, registerSignal } from '../support/signals';
import { readSubject } from '../support/subjects';
import { tokenFor } from '../support/tokens';

const FIELDS = `id reference kind receivedOn subjectKey deadline extendedUntil extensionReason deadlineInForce daysLeft overdue state answer`;
const REGISTER = `mutation($input: RegisterDataSubjectRequestInput!) { registerDataSubjectRequest(input: $input) { ${FIELDS} } }`;
const EXTEND = `mutation($input: ExtendDataSubjectRequestInput!) { extendDataSubjectRequest(input: $input) { ${FIELDS} } }`;
const ANSWER = `mutation($input: AnswerDataSubjectRequestInput!) { answerDataSubjectRequest(input: $input) { ${FIELDS} } }`;
const WITH_PERSON = `query($id: ID!) { dataSubjectRequest(id: $id) { reference person { id person { name bsn } } } }`;

// The e2e tests run twice on one database (Node 20, then Node 24): a reference of this run only.
const OWN_REFERENCE = `ZVH/2026/${Date.now().toString(36)}`;

const daysAgo = (days: number): string => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

describe('Privacy office: data-subject requests are cases, and the only way to read a person for INZAGEVERZOEK', () => {
  let api: RunningApi;
  let ivo: string;
  const asIvo = async (query: string, variables: Record<string, unknown>, purpose = 'INZAGEVERZOEK') => graphql(api.url, { query, variables, token: ivo, purpose });

  beforeAll(async () => {
    await seedDemo();
    api = await startApi('privacy-data-subject-requests');
    ivo = await tokenFor('privacy.ivo');
  });
  afterAll(() => api.close());

  /** A person the platform holds: flagged in a signal by the wijkteam. */
  async function heldPerson(): Promise<{ bsn: string; id: string }> {
    const bsn = freshBsn();
    const signal = await registerSignal(api.url, 'wijkteam.anna', { category: 'ZORGMIJDING', subjects: [{ person: { bsn, name: 'Jolien Verzoeker' } }, freshAddress()] });
    const person = signal.data!.registerSignal.signal.subjects.find((s: { subject: { type: string } }) => s.subject.type === 'PERSON');
    return { bsn, id: person.subject.id };
  }

  it('reads the person only while the request is open, naming the request in every read', async () => {
    const person = await heldPerson();
    expect(errorCode(await readSubject(api.url, 'privacy.ivo', 'INZAGEVERZOEK', person.id))).toBe('NOT_FOUND');

    const receivedOn = daysAgo(3);
    const registered = await asIvo(REGISTER, { input: { kind: 'INZAGE', receivedOn, identityVerification: 'DIGID', bsn: person.bsn } });
    expect(registered.errors).toBeUndefined();
    const request = registered.data!.registerDataSubjectRequest;
    expect(request).toMatchObject({ kind: 'INZAGE', receivedOn, subjectKey: person.id, state: 'OPEN', extendedUntil: null, overdue: false });
    expect(request.reference).toMatch(/^AVG-\d{4}-\d{4}$/);
    const due = new Date(`${receivedOn}T00:00:00Z`);
    due.setUTCMonth(due.getUTCMonth() + 1);
    if (due.getUTCDate() === new Date(`${receivedOn}T00:00:00Z`).getUTCDate()) expect(request.deadline).toBe(due.toISOString().slice(0, 10));
    expect(request.daysLeft).toBeGreaterThan(24);

    const viaRequest = await asIvo(WITH_PERSON, { id: request.id });
    expect(viaRequest.errors).toBeUndefined();
    expect(viaRequest.data!.dataSubjectRequest.person).toMatchObject({ id: person.id, person: { name: 'Jolien Verzoeker', bsn: person.bsn } });
    const direct = await readSubject(api.url, 'privacy.ivo', 'INZAGEVERZOEK', person.id);
    expect(direct.errors).toBeUndefined();
    for (const read of [viaRequest, direct]) {
      const subjectRead = (await auditEventsFor(read.requestId)).find((e) => e.resource_type === 'Subject')!;
      expect(subjectRead).toMatchObject({
        action: 'READ',
        purpose: 'INZAGEVERZOEK',
        subject_keys: [person.id],
        legal_basis: 'AVG art. 15 (recht op inzage)',
        reason: `data-subject request ${request.reference}`,
      });
    }

    const answered = await asIvo(ANSWER, { input: { requestId: request.id, answer: 'Inzageoverzicht per post verzonden op verzoek van betrokkene.' } });
    expect(answered.data!.answerDataSubjectRequest).toMatchObject({ state: 'AFGEHANDELD', overdue: false });
    expect(errorCode(await readSubject(api.url, 'privacy.ivo', 'INZAGEVERZOEK', person.id))).toBe('NOT_FOUND');
    const closed = await asIvo(WITH_PERSON, { id: request.id });
    expect(errorCode(closed)).toBe('FORBIDDEN');
    expect(errorCode(await asIvo(ANSWER, { input: { requestId: request.id, answer: 'Nogmaals beantwoord, per abuis.' } }))).toBe('CONFLICT');
  });

  it('extends once by two months with a reason, and only within the first month', async () => {
    const person = await heldPerson();
    const { data } = await asIvo(REGISTER, { input: { kind: 'WISSING', receivedOn: daysAgo(10), identityVerification: 'BALIE_IDENTITEITSBEWIJS', bsn: person.bsn } });
    const request = data!.registerDataSubjectRequest;
    const short = await asIvo(EXTEND, { input: { requestId: request.id, reason: 'Druk' } });
    expect(short.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const reason = 'Het verzoek raakt dossiers bij vijf ketenpartners die elk moeten worden nagelopen.';
    const extended = await asIvo(EXTEND, { input: { requestId: request.id, reason } });
    expect(extended.errors).toBeUndefined();
    const after = extended.data!.extendDataSubjectRequest;
    expect(after.extensionReason).toBe(reason);
    expect(after.deadlineInForce).toBe(after.extendedUntil);
    expect(after.daysLeft).toBeGreaterThan(75);
    const twice = await asIvo(EXTEND, { input: { requestId: request.id, reason } });
    expect(errorCode(twice)).toBe('CONFLICT');
    expect(twice.errors![0].extensions.messageNl).toContain('één verlenging');

    const late = (await asIvo(REGISTER, { input: { kind: 'INZAGE', receivedOn: daysAgo(40), identityVerification: 'DIGID', bsn: (await heldPerson()).bsn } })).data!.registerDataSubjectRequest;
    expect(late.overdue).toBe(true);
    expect(errorCode(await asIvo(EXTEND, { input: { requestId: late.id, reason } }))).toBe('CONFLICT');
  });

  it('registers a request about someone of whom nothing is held, and refuses bad input in plain words', async () => {
    const unknown = await asIvo(REGISTER, { input: { kind: 'INZAGE', receivedOn: daysAgo(1), identityVerification: 'GEMACHTIGDE', bsn: freshBsn(), reference: OWN_REFERENCE } });
    expect(unknown.data!.registerDataSubjectRequest).toMatchObject({ reference: OWN_REFERENCE, subjectKey: null, state: 'OPEN' });
    const events = await auditEventsFor(unknown.requestId);
    expect(events).toEqual([expect.objectContaining({ action: 'CREATE', resource_type: 'DataSubjectRequest', reason: `data-subject request ${OWN_REFERENCE} registered; no data held about this BSN` })]);
    const reused = await asIvo(REGISTER, { input: { kind: 'INZAGE', receivedOn: daysAgo(1), identityVerification: 'DIGID', bsn: freshBsn(), reference: OWN_REFERENCE } });
    expect(errorCode(reused)).toBe('CONFLICT');

    const badBsn = await asIvo(REGISTER, { input: { kind: 'INZAGE', receivedOn: daysAgo(1), identityVerification: 'DIGID', bsn: '123456789' } });
    expect(badBsn.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'bsn' });
    const future = await asIvo(REGISTER, { input: { kind: 'INZAGE', receivedOn: daysAgo(-3), identityVerification: 'DIGID', bsn: freshBsn() } });
    expect(future.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'receivedOn', messageNl: 'De ontvangstdatum kan niet in de toekomst liggen' });
  });

  it('shows the register of requests under PRIVACYTOEZICHT without the person, and to the privacy officer only', async () => {
    const overview = await asIvo(`{ dataSubjectRequests(filter: { state: OPEN }) { reference state deadlineInForce } }`, {}, 'PRIVACYTOEZICHT');
    expect(overview.errors).toBeUndefined();
    expect(overview.data!.dataSubjectRequests.map((r: { reference: string }) => r.reference)).toContain('AVG-DEMO-0001');
    const withPerson = await asIvo(`{ dataSubjectRequests { reference person { id } } }`, {}, 'PRIVACYTOEZICHT');
    expect(errorCode(withPerson)).toBe('PURPOSE_NOT_PERMITTED');
    const bram = await graphql(api.url, { query: `{ dataSubjectRequests { reference } }`, token: await tokenFor('wmo.bram'), purpose: 'PRIVACYTOEZICHT' });
    expect(errorCode(bram)).toBe('PURPOSE_NOT_PERMITTED');
  });
});
