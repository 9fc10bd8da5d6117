import { INestApplicationContext } from '@nestjs/common';
import { auditVerify } from '../../../tools/audit-verify';
import { seedDemo } from '../../../tools/seed-demo';
import { startApi, RunningApi } from '../support/api';
import { ADD_CONTRIBUTION, callAs, freshBsn, okAs, registerCase } from '../support/case-tables';
import { asTenant, connect, DEMODAM } from '../support/database';
import { errorCode, graphql, GraphQLResult } from '../support/graphql';
import { deliveriesOf, freshAddress, registerSignal, signalRouted } from '../support/signals';
import { readSubject } from '../support/subjects';
import { tokenFor } from '../support/tokens';
import { eventually, startWorker } from '../support/worker';

const REGISTER_REQUEST = `mutation($input: RegisterDataSubjectRequestInput!) { registerDataSubjectRequest(input: $input) { id reference subjectKey } }`;
const ERASE = `mutation($input: EraseSubjectInput!) { eraseSubject(input: $input) {
  subjectKey requestReference erasedAt
  erased { subjects signals deliveries cases contributions decisions actionItems caseLinks notifications anonymisedTexts } } }`;
const CASE = `query($id: ID!) { case(id: $id) { id subjects { role subject { id } } } }`;
const RECORD_LEGAL_BASIS = `mutation($input: RecordCaseLegalBasisInput!) { recordCaseLegalBasis(input: $input) { current { version } } }`;
const AUDIT = `query($filter: AuditEventFilter) { auditEvents(filter: $filter) { events { action resourceType subjectKeys legalBasis } } }`;

const today = (): string => new Date().toISOString().slice(0, 10);

/** Rows still holding the person or what was about them, straight from the database. */
async function leftOver(subjectId: string, ids: string[]): Promise<number> {
  const client = await connect('owner');
  try {
    return await asTenant(client, DEMODAM, async () => {
      const { rows } = await client.query<{ n: number }>(
        `SELECT (SELECT count(*) FROM subject WHERE tenant_id = $1 AND id = $2)
              + (SELECT count(*) FROM signal_subject WHERE tenant_id = $1 AND subject_id = $2)
              + (SELECT count(*) FROM case_subject WHERE tenant_id = $1 AND subject_id = $2)
              + (SELECT count(*) FROM subject_link WHERE tenant_id = $1 AND (subject_id = $2 OR context_id = ANY($3)))
              + (SELECT count(*) FROM signal WHERE tenant_id = $1 AND id = ANY($3))
              + (SELECT count(*) FROM delivery WHERE tenant_id = $1 AND (id = ANY($3) OR signal_id = ANY($3)))
              + (SELECT count(*) FROM case_file WHERE tenant_id = $1 AND id = ANY($3))
              + (SELECT count(*) FROM contribution WHERE tenant_id = $1 AND case_id = ANY($3))
              + (SELECT count(*) FROM case_legal_basis WHERE tenant_id = $1 AND case_id = ANY($3)) AS n`,
        [DEMODAM, subjectId, ids],
      );
      return Number(rows[0].n);
    });
  } finally {
    await client.end();
  }
}

describe('Privacy office: erasure (AVG art. 17) removes the person everywhere in one go, unless a retention duty applies', () => {
  let api: RunningApi;
  let worker: INestApplicationContext;
  let ivo: string;
  const asIvo = (query: string, variables: Record<string, unknown>, purpose = 'INZAGEVERZOEK'): Promise<GraphQLResult<Record<string, any>>> =>
    graphql(api.url, { query, variables, token: ivo, purpose });

  beforeAll(async () => {
    await seedDemo();
    api = await startApi('privacy-erasure');
    worker = await startWorker();
    ivo = await tokenFor('privacy.ivo');
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  it('after erasure no query returns the person, the BSN blind index matches nobody, the audit trail keeps only the key and still verifies', async () => {
    const bsn = freshBsn();
    const person = { person: { bsn, name: 'Nina Wisverzoek', dateOfBirth: '1988-11-02' } };
    const flagged = await registerSignal(api.url, 'wijkteam.anna', { category: 'BRANDGEVAAR', subjects: [person, freshAddress()], description: 'Nina stookt met een open vuur in de woonkamer.' });
    expect(flagged.errors).toBeUndefined();
    const signal = flagged.data!.registerSignal.signal;
    const personId = signal.subjects.find((s: { subject: { type: string } }) => s.subject.type === 'PERSON').subject.id as string;
    await eventually('signal routed', () => signalRouted(signal.id));
    const deliveries = await deliveriesOf(signal.id);
    const bwt = deliveries.find((d) => d.discipline === 'BWT')!;
    expect((await callAs(api.url, 'bwt.fleur', 'SIGNAALBEOORDELING', `query($id: ID!) { delivery(id: $id) { id } }`, { id: bwt.id })).errors).toBeUndefined();
    const own = await registerCase(api.url, { disciplines: ['BWT', 'OOV'], title: 'Brandgevaarlijke situatie', subjects: [{ role: 'HOOFDBETROKKENE', subject: person }] });
    await okAs(api.url, 'bwt.fleur', 'CASUSOVERLEG', ADD_CONTRIBUTION, { input: { caseId: own.id, category: 'WONEN', text: 'Open vuur in de woonkamer, geen rookmelder.' } });
    await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', RECORD_LEGAL_BASIS, {
      input: {
        caseId: own.id,
        ground: 'CONVENANT',
        provision: 'Convenant Integrale casustafel Demodam, art. 5',
        proportionality: 'Alleen de gegevens die nodig zijn om brand te voorkomen worden gedeeld.',
        subsidiarity: 'Een gesprek alleen door BWT heeft niet geholpen.',
        personInformed: false,
        notInformedReason: 'VEILIGHEID',
      },
    });
    const household = await registerCase(api.url, {
      disciplines: ['BWT'],
      title: 'Overbewoning',
      subjects: [
        { role: 'HOOFDBETROKKENE', subject: { person: { bsn: freshBsn(), name: 'Huisgenoot Blijft' } } },
        { role: 'GEZINSLID', subject: person },
      ],
    });

    const request = (await asIvo(REGISTER_REQUEST, { input: { kind: 'WISSING', receivedOn: today(), identityVerification: 'DIGID', bsn } })).data!.registerDataSubjectRequest;
    const erased = await asIvo(ERASE, { input: { subjectId: personId, requestId: request.id, reason: 'Geen grond meer voor verwerking (art. 17 lid 1 onder a).' } });
    expect(erased.errors).toBeUndefined();
    expect(erased.data!.eraseSubject).toMatchObject({
      subjectKey: personId,
      requestReference: request.reference,
      erased: { subjects: 1, signals: 1, deliveries: deliveries.length, cases: 1, contributions: 1, decisions: 0, actionItems: 0, caseLinks: 1 },
    });

    // No query returns the person, or what was about them.
    expect(errorCode(await callAs(api.url, 'wijkteam.anna', 'SIGNALERING', `query($id: ID!) { signal(id: $id) { id } }`, { id: signal.id }))).toBe('NOT_FOUND');
    expect(errorCode(await callAs(api.url, 'bwt.fleur', 'SIGNAALBEOORDELING', `query($id: ID!) { delivery(id: $id) { id } }`, { id: bwt.id }))).toBe('NOT_FOUND');
    expect(errorCode(await callAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', CASE, { id: own.id }))).toBe('NOT_FOUND');
    expect(errorCode(await readSubject(api.url, 'privacy.ivo', 'INZAGEVERZOEK', personId))).toBe('NOT_FOUND');
    const kept = await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', CASE, { id: household.id });
    expect(kept.case.subjects.map((s: { subject: { id: string } }) => s.subject.id)).not.toContain(personId);
    expect(kept.case.subjects).toHaveLength(1);
    const mine = await okAs(api.url, 'wijkteam.anna', 'SIGNALERING', `query { mySignalsPage(first: 200) { items { id } } }`);
    expect(mine.mySignalsPage.items.map((s: { id: string }) => s.id)).not.toContain(signal.id);
    expect(await leftOver(personId, [signal.id, bwt.id, own.id])).toBe(0);

    // The BSN's blind index matches nobody: a lookup, a search and a new request find no one.
    expect(await okAs(api.url, 'wmo.bram', 'SIGNALERING', `query($s: SubjectInput!) { knownElsewhere(subject: $s) { discipline } }`, { s: { person: { bsn } } })).toEqual({ knownElsewhere: [] });
    expect((await asIvo(AUDIT, { filter: { bsn } }, 'PRIVACYTOEZICHT')).data!.auditEvents.events).toEqual([]);
    expect((await asIvo(REGISTER_REQUEST, { input: { kind: 'INZAGE', receivedOn: today(), identityVerification: 'DIGID', bsn } })).data!.registerDataSubjectRequest.subjectKey).toBeNull();
    const again = await registerSignal(api.url, 'wijkteam.anna', { category: 'BRANDGEVAAR', subjects: [person] });
    expect(again.data!.registerSignal.signal.subjects[0].subject.id).not.toBe(personId);

    // The trail keeps the pseudonymous key only (append-only, not rewritten) and still verifies.
    const trail = (await asIvo(AUDIT, { filter: { subjectKey: personId } }, 'PRIVACYTOEZICHT')).data!.auditEvents.events;
    expect(trail).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'DELETE', resourceType: 'Subject', legalBasis: 'AVG art. 17 (recht op wissing)' })]));
    expect(trail.length).toBeGreaterThan(3);
    let output = '';
    expect(await auditVerify((line) => (output += line))).toBe(0);
    expect(output).toContain('audit chain of demodam: intact');

    const twice = await asIvo(ERASE, { input: { subjectId: personId, requestId: request.id, reason: 'Geen grond meer voor verwerking (art. 17 lid 1 onder a).' } });
    expect(errorCode(twice)).toBe('CONFLICT');
  });

  it('refuses, naming the law and the date, while a Jeugdwet file must be kept, and changes nothing', async () => {
    const bsn = freshBsn();
    const kase = await registerCase(api.url, { disciplines: ['JEUGD', 'BWT'], title: 'Zorgen over opvoedsituatie', subjects: [{ role: 'HOOFDBETROKKENE', subject: { person: { bsn, name: 'Tim Bewaarplicht' } } }] });
    const request = (await asIvo(REGISTER_REQUEST, { input: { kind: 'WISSING', receivedOn: today(), identityVerification: 'DIGID', bsn } })).data!.registerDataSubjectRequest;
    const refused = await asIvo(ERASE, { input: { subjectId: request.subjectKey, requestId: request.id, reason: 'Betrokkene wil niet langer geregistreerd staan.' } });
    expect(errorCode(refused)).toBe('CONFLICT');
    const nl = refused.errors![0].extensions.messageNl as string;
    expect(nl).toContain('wettelijke bewaarplicht');
    expect(nl).toContain(`casus ${kase.reference} valt onder de Jeugdwet (Jeugdwet art. 7.3.8`);
    expect(nl).toMatch(/bewaard blijven tot \d{1,2} [a-z]+ \d{4}/);
    expect(nl).toContain(String(new Date().getFullYear() + 20));
    expect(nl).toMatch(/Er is niets gewist$/);
    expect(refused.errors![0].message).toContain('Youth Act');
    expect((await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', CASE, { id: kase.id })).case.subjects).toHaveLength(1);

    const wrongKind = await asIvo(REGISTER_REQUEST, { input: { kind: 'BEPERKING', receivedOn: today(), identityVerification: 'DIGID', bsn } });
    const notErasure = await asIvo(ERASE, { input: { subjectId: request.subjectKey, requestId: wrongKind.data!.registerDataSubjectRequest.id, reason: 'Betrokkene wil niet langer geregistreerd staan.' } });
    expect(errorCode(notErasure)).toBe('CONFLICT');
    expect(notErasure.errors![0].extensions.messageNl).toContain('verzoek om wissing');
  });
});
