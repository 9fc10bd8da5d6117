import { INestApplicationContext } from '@nestjs/common';
import { seedDemo } from '../../../tools/seed-demo';
import { RunningApi, startApi } from '../support/api';
import { freshBsn } from '../support/case-tables';
import { errorCode, graphql } from '../support/graphql';
import { deliveriesOf, freshAddress, registerSignal, signalRouted } from '../support/signals';
import { tokenFor } from '../support/tokens';
import { eventually, startWorker } from '../support/worker';

/** The deviations of issue 10 in intake and triage, driven as the users do. */
describe('Signal intake and triage follow DOMAIN.md §5', () => {
  let api: RunningApi;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    await seedDemo();
    api = await startApi('intake-and-triage-rules');
    worker = await startWorker();
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  const as = async (username: string, purpose: string | undefined, query: string, variables?: Record<string, unknown>) =>
    graphql(api.url, { query, variables, token: await tokenFor(username), purpose });
  const triage = (username: string, mutation: string, id: string) =>
    as(username, 'SIGNAALBEOORDELING', `mutation($id: ID!) { ${mutation}(deliveryId: $id) { state } }`, { id });

  async function routedSignal(reporter: string, category: string, subjects = [freshAddress()]): Promise<string> {
    const result = await registerSignal(api.url, reporter, { category, subjects });
    expect(result.errors).toBeUndefined();
    const id = result.data!.registerSignal.signal.id;
    await eventually('routed', () => signalRouted(id));
    return id;
  }

  it("delivers a signal to the reporter's own discipline, and the reporter may not triage it", async () => {
    const signalId = await routedSignal('oov.gijs', 'ONDERMIJNING');
    const deliveries = await deliveriesOf(signalId);
    expect(deliveries.map((d) => d.discipline)).toEqual(['OOV']);
    const own = await as('oov.gijs', 'SIGNALERING', `query($id: ID!) { signal(id: $id) { routed deliveredTo } }`, { id: signalId });
    expect(own.data!.signal).toEqual({ routed: true, deliveredTo: ['OOV'] });
    const selfTriage = await triage('oov.gijs', 'startTriage', deliveries[0].id);
    expect(errorCode(selfTriage)).toBe('FORBIDDEN');
    expect(selfTriage.errors![0].extensions.messageNl).toContain('zelf gemeld');
  });

  it('refuses a decision straight from NEW: triage starts first', async () => {
    const signalId = await routedSignal('wijkteam.anna', 'BRANDGEVAAR');
    const bwt = (await deliveriesOf(signalId)).find((d) => d.discipline === 'BWT')!;
    for (const mutation of ['acceptDelivery']) {
      const straight = await triage('bwt.fleur', mutation, bwt.id);
      expect(errorCode(straight)).toBe('CONFLICT');
      expect(straight.errors![0].message).toContain('Start the triage first');
    }
    const declineNew = await as('bwt.fleur', 'SIGNAALBEOORDELING', `mutation($id: ID!) { declineDelivery(input: { deliveryId: $id, reason: "Niet voor ons" }) { state } }`, { id: bwt.id });
    expect(errorCode(declineNew)).toBe('CONFLICT');
    expect((await triage('bwt.fleur', 'startTriage', bwt.id)).data!.startTriage.state).toBe('IN_TRIAGE');
    expect((await triage('bwt.fleur', 'acceptDelivery', bwt.id)).data!.acceptDelivery.state).toBe('ACCEPTED');
  });

  it('refuses blank reasons and descriptions, naming the field in Dutch and English', async () => {
    const blankDescription = await registerSignal(api.url, 'wijkteam.anna', { category: 'OVERLAST', description: '    ' });
    expect(blankDescription.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.description' });
    expect(blankDescription.errors![0].extensions.messageNl).toContain('omschrijving moet ingevuld zijn');

    const signalId = await routedSignal('wijkteam.anna', 'BRANDGEVAAR');
    const bwt = (await deliveriesOf(signalId)).find((d) => d.discipline === 'BWT')!;
    await triage('bwt.fleur', 'startTriage', bwt.id);
    const blankReason = await as('bwt.fleur', 'SIGNAALBEOORDELING', `mutation($id: ID!) { declineDelivery(input: { deliveryId: $id, reason: "      " }) { state } }`, { id: bwt.id });
    expect(blankReason.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    expect(blankReason.errors![0].extensions.messageNl).toContain('reden');
    expect((await deliveriesOf(signalId)).find((d) => d.discipline === 'BWT')!.state).toBe('IN_TRIAGE');
  });

  it('refuses days that do not exist and birth dates in the future instead of storing something else', async () => {
    const impossible = await registerSignal(api.url, 'wijkteam.anna', { category: 'OVERLAST', observedAt: '2026-02-30' });
    expect(errorCode(impossible)).toBe('BAD_USER_INPUT');
    expect(impossible.errors![0].message).toContain('2026-02-30 is a day that does not exist');
    expect(impossible.errors![0].extensions).toMatchObject({ field: 'input.observedAt', messageNl: '2026-02-30 is een dag die niet bestaat' });

    const unborn = await registerSignal(api.url, 'wijkteam.anna', {
      category: 'ZORGMIJDING',
      subjects: [{ person: { bsn: freshBsn(), name: 'Toekomstig Kind', dateOfBirth: '2999-01-01' } }],
    });
    expect(unborn.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.subjects.0.person.dateOfBirth', messageNl: 'De geboortedatum ligt in de toekomst' });
    const noDay = await registerSignal(api.url, 'wijkteam.anna', {
      category: 'ZORGMIJDING',
      subjects: [{ person: { bsn: freshBsn(), name: 'Geen Dag', dateOfBirth: '1990-02-30' } }],
    });
    expect(noDay.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.subjects.0.person.dateOfBirth' });
  });

  it('answers an oversized request with a GraphQL error code, not a bare HTTP 413', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor('wijkteam.anna')}`, 'x-purpose': 'SIGNALERING' },
      body: JSON.stringify({ query: '{ me { username } }', variables: { padding: 'x'.repeat(110_000) } }),
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as { errors: { extensions: { code: string; messageNl: string } }[] };
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].extensions.messageNl).toContain('groter dan');
  });

  it('refuses an empty hit / no-hit question and matches a person on BSN and address', async () => {
    const empty = await as('pw.dewi', 'SIGNALERING', `query { knownElsewhere(subject: {}) { discipline } }`);
    expect(empty.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'subject' });

    const place = freshAddress();
    const signalId = await routedSignal('wijkteam.anna', 'ZORGMIJDING', [place]);
    const wmo = (await deliveriesOf(signalId)).find((d) => d.discipline === 'WMO')!;
    await triage('wmo.bram', 'startTriage', wmo.id);
    await triage('wmo.bram', 'acceptDelivery', wmo.id);
    const lookup = await as('pw.dewi', 'SIGNALERING', `query($s: SubjectInput!) { knownElsewhere(subject: $s) { discipline contact } }`, {
      s: { person: { bsn: freshBsn(), address: place.address } },
    });
    expect(lookup.errors).toBeUndefined();
    expect(lookup.data!.knownElsewhere).toEqual([{ discipline: 'WMO', contact: 'Toezicht Wmo, 14 0999 toestel 201' }]);
  });

  it('previews routing only for subject kinds that exist', async () => {
    for (const kind of ['FOO', 'person']) {
      const preview = await as('wijkteam.anna', 'SIGNALERING', `query($t: [SubjectType!]!) { previewRouting(input: { category: UITKERING_ONRECHTMATIG, subjectTypes: $t }) { targets { discipline } } }`, { t: [kind] });
      expect(errorCode(preview)).toBe('BAD_USER_INPUT');
    }
    const address = await as('wijkteam.anna', 'SIGNALERING', `query { previewRouting(input: { category: UITKERING_ONRECHTMATIG, subjectTypes: [ADDRESS] }) { targets { discipline } } }`);
    expect(address.data!.previewRouting.targets.map((t: { discipline: string }) => t.discipline)).toEqual(['BRP', 'PW']);
  });

  it('shows a declined delivery’s subjects as withheld with the reason, and tells the reporter without content', async () => {
    const signalId = await routedSignal('wijkteam.anna', 'BRANDGEVAAR');
    const bwt = (await deliveriesOf(signalId)).find((d) => d.discipline === 'BWT')!;
    await triage('bwt.fleur', 'startTriage', bwt.id);
    await as('bwt.fleur', 'SIGNAALBEOORDELING', `mutation($id: ID!) { declineDelivery(input: { deliveryId: $id, reason: "Geen bouwkundig gebrek" }) { state } }`, { id: bwt.id });
    const view = await as('bwt.fleur', 'SIGNAALBEOORDELING', `query($id: ID!) { delivery(id: $id) { subjects { role } withheld { category count fields reason reasonNl } } }`, { id: bwt.id });
    expect(view.data!.delivery.subjects).toEqual([]);
    expect(view.data!.delivery.withheld).toEqual([
      expect.objectContaining({ category: 'ADRES', count: 1, fields: ['subjects'], reason: expect.stringContaining('your discipline declined this delivery on') }),
    ]);
    expect(view.data!.delivery.withheld[0].reasonNl).toMatch(/afgewezen/);

    const notices = await as('wijkteam.anna', undefined, `{ notifications { kind signalId message messageNl } }`);
    const decided = notices.data!.notifications.filter((n: { kind: string; signalId: string }) => n.kind === 'SIGNAL_DECIDED' && n.signalId === signalId);
    expect(decided).toHaveLength(1);
    expect(decided[0].messageNl).toMatch(/^Uw signaal van \d{1,2} \w+ \d{4} is door BWT afgewezen\.$/);
    expect(JSON.stringify(decided)).not.toMatch(/BRANDGEVAAR|bouwkundig/);
  });

  it("states the real reason a reporter does not see the register's name and BSN", async () => {
    const result = await registerSignal(api.url, 'wijkteam.anna', {
      category: 'ZORGMIJDING',
      subjects: [{ person: { bsn: freshBsn(), name: 'Petra de Melder-Proef', address: freshAddress().address } }],
    });
    const subject = (await as('wijkteam.anna', 'SIGNALERING', `query($id: ID!) { signal(id: $id) { subjects { subject { withheld { category reason reasonNl } } } } }`, {
      id: result.data!.registerSignal.signal.id,
    })).data!.signal.subjects[0].subject;
    expect(subject.withheld.length).toBeGreaterThan(0);
    for (const entry of subject.withheld) {
      expect(entry.reason).not.toContain('is not shared with WIJKTEAM');
      expect(entry.reason).toContain('not shown back to the reporter');
      expect(entry.reasonNl).toContain('niet teruggetoond aan de melder');
    }
  });

  it('tells an involved discipline that a new signal touches its subject and whom to contact, nothing more', async () => {
    const place = freshAddress();
    const first = await routedSignal('wijkteam.anna', 'ZORGMIJDING', [place]);
    const wmo = (await deliveriesOf(first)).find((d) => d.discipline === 'WMO')!;
    await triage('wmo.bram', 'startTriage', wmo.id);
    await triage('wmo.bram', 'acceptDelivery', wmo.id);
    const second = await registerSignal(api.url, 'bwt.fleur', { category: 'KAMERVERHUUR', subjects: [place] });
    const secondId = second.data!.registerSignal.signal.id;
    const notices = await as('wmo.bram', undefined, `{ notifications { kind signalId message messageNl } }`);
    const touched = notices.data!.notifications.find((n: { kind: string; signalId: string }) => n.kind === 'SUBJECT_TOUCHED' && n.signalId === secondId);
    expect(touched.messageNl).toBe('Een nieuw signaal raakt een betrokkene waarbij u betrokken bent. Contact: BWT, Bouw- en woningtoezicht, 14 0999 toestel 205.');
    expect(`${touched.message} ${touched.messageNl}`).not.toMatch(/KAMERVERHUUR|Fleur/);
  });
});
