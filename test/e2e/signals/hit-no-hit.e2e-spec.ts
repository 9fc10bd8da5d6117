import { INestApplicationContext } from '@nestjs/common';
import { seedDemo } from '../../../tools/seed-demo';
import { RunningApi, startApi } from '../support/api';
import { auditEventsFor } from '../support/database';
import { graphql } from '../support/graphql';
import { deliveriesOf, freshAddress, registerSignal, signalRouted } from '../support/signals';
import { tokenFor } from '../support/tokens';
import { eventually, startWorker } from '../support/worker';

const DELIVERY_QUERY = `query($id: ID!) { delivery(id: $id) { id discipline description allowedCategories rules { ruleKey version reasons }
  withheld { category count fields reason } subjects { subject { id address { postcode houseNumber } } } } }`;

describe('Hit / no-hit: who else works on this subject, never what they know', () => {
  let api: RunningApi;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    await seedDemo();
    api = await startApi('hit-no-hit');
    worker = await startWorker();
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  it('tells fleur that WMO is involved, tells bram a new signal touches his subject, and minimises WMO’s delivery', async () => {
    const place = freshAddress();

    // Earlier: a wijkteam signal about the address reaches WMO, and bram accepts it.
    const first = await registerSignal(api.url, 'wijkteam.anna', { category: 'ZORGMIJDING', subjects: [place], dataCategories: ['GEZONDHEID'] });
    expect(first.data!.registerSignal.knownElsewhere).toEqual([]);
    const firstId = first.data!.registerSignal.signal.id;
    await eventually('first signal routed', () => signalRouted(firstId));
    const wmoDelivery = (await deliveriesOf(firstId)).find((d) => d.discipline === 'WMO')!;
    const bram = await tokenFor('wmo.bram');
    await graphql(api.url, { query: `mutation($id: ID!) { startTriage(deliveryId: $id) { state } }`, variables: { id: wmoDelivery.id }, token: bram, purpose: 'SIGNAALBEOORDELING' });
    const accepted = await graphql(api.url, {
      query: `mutation($id: ID!) { acceptDelivery(deliveryId: $id) { state } }`,
      variables: { id: wmoDelivery.id },
      token: bram,
      purpose: 'SIGNAALBEOORDELING',
    });
    expect(accepted.data?.acceptDelivery.state).toBe('ACCEPTED');

    // Now: fleur flags illegal room rental with care on location at the same address.
    const second = await registerSignal(api.url, 'bwt.fleur', {
      category: 'KAMERVERHUUR',
      flags: ['ZORG_OP_LOCATIE'],
      subjects: [place],
      description: 'Verhuurder is eerder veroordeeld; kamers worden verhuurd als beschermd wonen.',
      dataCategories: ['WONEN', 'STRAFRECHTELIJK'],
    });
    expect(second.errors).toBeUndefined();
    const answer = second.data!.registerSignal;
    expect(answer.knownElsewhere).toEqual([{ discipline: 'WMO', contact: 'Toezicht Wmo, 14 0999 toestel 201', since: expect.any(String) }]);
    // The hit says who, never why: no category, description or case details travel back.
    expect(JSON.stringify(answer.knownElsewhere)).not.toMatch(/ZORGMIJDING|GEZONDHEID/);
    expect(await auditEventsFor(second.requestId)).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'LOOKUP', resource_type: 'KnownElsewhere', reason: 'hit: WMO' })]),
    );

    const notices = await graphql(api.url, { query: `{ notifications { kind signalId message } }`, token: bram });
    expect(notices.data?.notifications).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'SUBJECT_TOUCHED', signalId: answer.signal.id })]));

    const secondId = answer.signal.id;
    await eventually('second signal routed', () => signalRouted(secondId));
    const deliveries = await deliveriesOf(secondId);
    // BWT reported it and still gets a delivery: the discipline is a team (fleur may not triage it).
    expect(deliveries.map((d) => d.discipline)).toEqual(['BRP', 'BWT', 'OOV', 'WMO']);

    const wmo = deliveries.find((d) => d.discipline === 'WMO')!;
    expect(wmo.allowed_categories).not.toContain('STRAFRECHTELIJK');
    const seenByBram = await graphql(api.url, { query: DELIVERY_QUERY, variables: { id: wmo.id }, token: bram, purpose: 'SIGNAALBEOORDELING' });
    expect(seenByBram.errors).toBeUndefined();
    const view = seenByBram.data!.delivery;
    expect(view.description).toBeNull();
    expect(view.withheld).toEqual(
      expect.arrayContaining([{ category: 'STRAFRECHTELIJK', count: 1, fields: ['description'], reason: '1 item withheld: STRAFRECHTELIJK is not shared with WMO' }]),
    );
    expect(view.rules).toEqual([expect.objectContaining({ ruleKey: 'KAMERVERHUUR-WMO', version: 1 })]);
    expect(view.subjects[0].subject.address.postcode).toBe('9992ZZ');
    const [readEvent] = (await auditEventsFor(seenByBram.requestId)).filter((e) => e.resource_type === 'Delivery');
    for (const category of readEvent.data_categories) expect(wmo.allowed_categories).toContain(category);

    // Enforcement (OOV) may see the criminal-law part, so it gets the description.
    const oov = deliveries.find((d) => d.discipline === 'OOV')!;
    const seenByGijs = await graphql(api.url, { query: DELIVERY_QUERY, variables: { id: oov.id }, token: await tokenFor('oov.gijs'), purpose: 'SIGNAALBEOORDELING' });
    expect(seenByGijs.data!.delivery.description).toContain('eerder veroordeeld');

    // Building inspection asks why WMO received it: the rule, its version and the conditions met.
    const why = await graphql(api.url, {
      query: `query($id: ID!) { explainRouting(signalId: $id) { routed targets { discipline skipped deliveryState rules { ruleKey version reasons } } } }`,
      variables: { id: secondId },
      token: await tokenFor('bwt.fleur'),
      purpose: 'SIGNALERING',
    });
    const wmoTarget = why.data!.explainRouting.targets.find((t: { discipline: string }) => t.discipline === 'WMO');
    expect(wmoTarget.rules[0].reasons).toEqual(['category KAMERVERHUUR is routed by this rule', 'flag ZORG_OP_LOCATIE is set']);
    const bwtTarget = why.data!.explainRouting.targets.find((t: { discipline: string }) => t.discipline === 'BWT');
    expect(bwtTarget).toMatchObject({ skipped: null, deliveryState: 'NEW' });
  });

  it('answers knownElsewhere lookups without registering the subject', async () => {
    const token = await tokenFor('pw.dewi');
    const unknown = await graphql(api.url, {
      query: `query($s: SubjectInput!) { knownElsewhere(subject: $s) { discipline } }`,
      variables: { s: { person: { bsn: '999990111' } } },
      token,
      purpose: 'SIGNALERING',
    });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data!.knownElsewhere).toEqual([]);
    const invalid = await graphql(api.url, {
      query: `query($s: SubjectInput!) { knownElsewhere(subject: $s) { discipline } }`,
      variables: { s: { person: { bsn: '123456789' } } },
      token,
      purpose: 'SIGNALERING',
    });
    expect(invalid.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'subject.person.bsn' });
  });

  it('shows the reporter nothing the registry holds about a known BSN (not who, not where), and records the match', async () => {
    const result = await registerSignal(api.url, 'wijkteam.anna', {
      category: 'ZORGMIJDING',
      subjects: [{ person: { bsn: '999990019', name: 'Iemand Anders' } }],
      dataCategories: ['GEZONDHEID'],
    });
    expect(result.errors).toBeUndefined();
    const [entry] = result.data!.registerSignal.signal.subjects;
    expect(entry.subject.type).toBe('PERSON');
    const seen = await graphql(api.url, {
      query: `query($id: ID!) { signal(id: $id) { subjects { subject { person { name dateOfBirth bsn } withheld { category } } } } }`,
      variables: { id: result.data!.registerSignal.signal.id },
      token: await tokenFor('wijkteam.anna'),
      purpose: 'SIGNALERING',
    });
    const person = seen.data!.signal.subjects[0].subject;
    expect(person.person).toMatchObject({ name: null, dateOfBirth: null, bsn: null });
    // The registered address is withheld too: intake is no BSN → address lookup (docs/privacy.md).
    expect(person.withheld.map((w: { category: string }) => w.category).sort()).toEqual(['ADRES', 'BSN', 'IDENTIFICATIE']);
    expect(await auditEventsFor(result.requestId)).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'LOOKUP', resource_type: 'Subject', reason: 'matched a person already in the subject registry (BSN blind index)' })]),
    );
  });
});
