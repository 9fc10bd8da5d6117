import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { seedDemo } from '../../../tools/seed-demo';
import { startApi, RunningApi } from '../support/api';
import { freshBsn } from '../support/case-tables';
import { auditEventsFor } from '../support/database';
import { errorCode, graphql, GraphQLResult } from '../support/graphql';
import { deliveriesOf, freshAddress, signalRouted } from '../support/signals';
import { readSubject } from '../support/subjects';
import { tokenFor } from '../support/tokens';
import { eventually, queuesIdle, startWorker } from '../support/worker';

const REGISTER_REQUEST = `mutation($input: RegisterDataSubjectRequestInput!) { registerDataSubjectRequest(input: $input) { id reference subjectKey } }`;
const RESTRICT = `mutation($input: SubjectRestrictionInput!) { restrictSubject(input: $input) { subjectKey restricted requestReference reason heldSignals liftedAt } }`;
const LIFT = `mutation($input: SubjectRestrictionInput!) { liftRestriction(input: $input) { subjectKey restricted liftedAt liftReason heldSignals } }`;
const REGISTER_SIGNAL = `mutation($input: RegisterSignalInput!) { registerSignal(input: $input) {
  knownElsewhere { discipline }
  signal { id held heldNotice heldNoticeNl routed description subjects { subject { id type restricted withheld { reasonNl } } } } } }`;
const MY_SIGNALS = `query { mySignalsPage(first: 50) { items { id held heldNoticeNl description subjects { role } withheld { fields reasonNl } } } }`;
const DELIVERY = `query($id: ID!) { delivery(id: $id) { id } }`;
const INBOX = `query { inbox(filter: {}, first: 200) { items { id } } }`;

const today = (): string => new Date().toISOString().slice(0, 10);

describe('Privacy office: a restricted person (AVG art. 18) can be neither read nor routed, until the restriction is lifted', () => {
  let api: RunningApi;
  let worker: INestApplicationContext;
  let ivo: string;
  const asIvo = (query: string, variables: Record<string, unknown>): Promise<GraphQLResult<Record<string, any>>> =>
    graphql(api.url, { query, variables, token: ivo, purpose: 'INZAGEVERZOEK' });
  const signalAbout = async (bsn: string, clientKey = `e2e-restriction-${randomUUID()}`) =>
    graphql(api.url, {
      query: REGISTER_SIGNAL,
      token: await tokenFor('wijkteam.anna'),
      purpose: 'SIGNALERING',
      variables: {
        input: {
          clientKey,
          category: 'BRANDGEVAAR',
          flags: [],
          urgency: 'NORMAL',
          subjects: [{ person: { bsn, name: 'Sem Beperkt', dateOfBirth: '1979-08-09' } }, freshAddress()],
          description: 'Rookmelder ontbreekt, gang staat vol met spullen.',
          dataCategories: ['WONEN'],
          observedAt: new Date(Date.now() - 3600_000).toISOString(),
        },
      },
    });

  beforeAll(async () => {
    await seedDemo();
    api = await startApi('privacy-restriction');
    worker = await startWorker();
    ivo = await tokenFor('privacy.ivo');
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  it('refuses every read by others with RESTRICTED (recorded as DENIED with the subject key), holds a new signal, and routes it once the restriction is lifted', async () => {
    const bsn = freshBsn();
    const first = await signalAbout(bsn);
    expect(first.errors).toBeUndefined();
    const firstSignal = first.data!.registerSignal.signal;
    const personId = firstSignal.subjects.find((s: { subject: { type: string } }) => s.subject.type === 'PERSON').subject.id as string;
    await eventually('first signal routed', () => signalRouted(firstSignal.id));
    const bwt = (await deliveriesOf(firstSignal.id)).find((d) => d.discipline === 'BWT')!;
    const fleur = await tokenFor('bwt.fleur');
    expect((await graphql(api.url, { query: DELIVERY, variables: { id: bwt.id }, token: fleur, purpose: 'SIGNAALBEOORDELING' })).errors).toBeUndefined();

    // A restriction answers an open request of kind BEPERKING, about that person.
    const access = await asIvo(REGISTER_REQUEST, { input: { kind: 'INZAGE', receivedOn: today(), identityVerification: 'DIGID', bsn } });
    const wrongKind = await asIvo(RESTRICT, { input: { subjectId: personId, requestId: access.data!.registerDataSubjectRequest.id, reason: 'Betrokkene betwist de juistheid.' } });
    expect(errorCode(wrongKind)).toBe('CONFLICT');
    expect(wrongKind.errors![0].extensions.messageNl).toContain('verzoek om beperking');
    const registered = await asIvo(REGISTER_REQUEST, { input: { kind: 'BEPERKING', receivedOn: today(), identityVerification: 'BALIE_IDENTITEITSBEWIJS', bsn } });
    const request = registered.data!.registerDataSubjectRequest;
    expect(request.subjectKey).toBe(personId);
    const otherPerson = await asIvo(RESTRICT, { input: { subjectId: bwt.id, requestId: request.id, reason: 'Betrokkene betwist de juistheid.' } });
    expect(otherPerson.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.subjectId' });
    const restricted = await asIvo(RESTRICT, { input: { subjectId: personId, requestId: request.id, reason: 'Betrokkene betwist de juistheid van het signaal.' } });
    expect(restricted.errors).toBeUndefined();
    expect(restricted.data!.restrictSubject).toMatchObject({ subjectKey: personId, restricted: true, requestReference: request.reference, heldSignals: 0, liftedAt: null });
    const again = await asIvo(RESTRICT, { input: { subjectId: personId, requestId: request.id, reason: 'Betrokkene betwist de juistheid van het signaal.' } });
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.errors![0].extensions.messageNl).toMatch(/al beperkt, sinds \d{1,2} [a-z]+ \d{4}$/);

    // Nobody but the privacy office reads the person or a record naming them; the reason is plain.
    const delivery = await graphql(api.url, { query: DELIVERY, variables: { id: bwt.id }, token: fleur, purpose: 'SIGNAALBEOORDELING' });
    expect(errorCode(delivery)).toBe('RESTRICTED');
    expect(delivery.errors![0].extensions.messageNl).toContain('beperkt (AVG art. 18)');
    expect(delivery.errors![0].extensions.messageNl).toContain('privacy officer');
    const [denied] = await auditEventsFor(delivery.requestId);
    expect(denied).toMatchObject({ outcome: 'DENIED', resource_type: 'Delivery', subject_keys: [personId] });
    expect(denied.reason).toMatch(/^RESTRICTED: /);
    const inbox = await graphql(api.url, { query: INBOX, token: fleur, purpose: 'SIGNAALBEOORDELING' });
    expect(inbox.errors).toBeUndefined();
    expect(inbox.data!.inbox.items.map((item: { id: string }) => item.id)).not.toContain(bwt.id);
    expect(errorCode(await readSubject(api.url, 'wijkteam.anna', 'SIGNALERING', personId))).toBe('RESTRICTED');
    const lookup = await graphql(api.url, { query: `query($s: SubjectInput!) { knownElsewhere(subject: $s) { discipline } }`, variables: { s: { person: { bsn } } }, token: await tokenFor('wmo.bram'), purpose: 'SIGNALERING' });
    expect(errorCode(lookup)).toBe('RESTRICTED');

    // A new signal about them is stored and held; the reporter is told it is held, not why.
    const held = await signalAbout(bsn);
    expect(held.errors).toBeUndefined();
    const heldSignal = held.data!.registerSignal.signal;
    expect(heldSignal).toMatchObject({ held: true, routed: false, heldNoticeNl: expect.stringContaining('voorlopig niet doorgezet') });
    const shownPerson = heldSignal.subjects.find((s: { subject: { type: string } }) => s.subject.type === 'PERSON').subject;
    expect(shownPerson.restricted).toBe(false);
    expect(shownPerson.withheld.map((w: { reasonNl: string }) => w.reasonNl)).toEqual(expect.arrayContaining([expect.stringContaining('niet teruggetoond aan de melder')]));
    expect(JSON.stringify(heldSignal)).not.toMatch(/beperk|art\. 18|restriction/i);
    await eventually('queues idle', () => queuesIdle(worker));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await deliveriesOf(heldSignal.id)).toEqual([]);
    const mine = await graphql(api.url, { query: MY_SIGNALS, token: await tokenFor('wijkteam.anna'), purpose: 'SIGNALERING' });
    expect(mine.errors).toBeUndefined();
    const listed = mine.data!.mySignalsPage.items.find((s: { id: string }) => s.id === heldSignal.id);
    expect(listed).toMatchObject({ held: true, description: null, subjects: [] });
    expect(listed.withheld[0].fields).toEqual(['description', 'subjects']);
    expect(JSON.stringify(listed)).not.toMatch(/beperk|AVG art\. 18/i);

    // The privacy office still reads the person through the request.
    const viaRequest = await asIvo(`query($id: ID!) { dataSubjectRequest(id: $id) { person { person { name } } } }`, { id: request.id });
    expect(viaRequest.data!.dataSubjectRequest.person.person.name).toBe('Sem Beperkt');

    // Lifting releases the held signal through the outbox, once.
    const lifted = await asIvo(LIFT, { input: { subjectId: personId, requestId: request.id, reason: 'Juistheid gecontroleerd; betrokkene is vooraf geïnformeerd.' } });
    expect(lifted.errors).toBeUndefined();
    expect(lifted.data!.liftRestriction).toMatchObject({ subjectKey: personId, restricted: false, heldSignals: 1 });
    await eventually('held signal routed after lifting', () => signalRouted(heldSignal.id));
    expect((await deliveriesOf(heldSignal.id)).map((d) => d.discipline)).toContain('BWT');
    const liftAgain = await asIvo(LIFT, { input: { subjectId: personId, requestId: request.id, reason: 'Juistheid gecontroleerd; betrokkene is vooraf geïnformeerd.' } });
    expect(errorCode(liftAgain)).toBe('CONFLICT');
    expect((await graphql(api.url, { query: DELIVERY, variables: { id: bwt.id }, token: fleur, purpose: 'SIGNAALBEOORDELING' })).errors).toBeUndefined();
  });

  it('is the privacy officer’s work only', async () => {
    const refused = await graphql(api.url, {
      query: RESTRICT,
      variables: { input: { subjectId: randomUUID(), requestId: randomUUID(), reason: 'Zomaar een poging tot beperken.' } },
      token: await tokenFor('voorzitter.hanna'),
      purpose: 'INZAGEVERZOEK',
    });
    expect(errorCode(refused)).toBe('PURPOSE_NOT_PERMITTED');
  });
});
