import { INestApplicationContext } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import { auditVerify } from '../../../tools/audit-verify';
import { seedDemo } from '../../../tools/seed-demo';
import { startApi, RunningApi } from '../support/api';
import { registerCase } from '../support/case-tables';
import { auditEventsFor, DEMODAM, demoSubjectId } from '../support/database';
import { errorCode, graphql } from '../support/graphql';
import { deliveriesOf, registerSignal, signalRouted } from '../support/signals';
import { readSubject } from '../support/subjects';
import { tokenFor } from '../support/tokens';
import { eventually, startWorker } from '../support/worker';

const SEARCH = `query($filter: AuditEventFilter, $page: AuditPageInput) { auditEvents(filter: $filter, page: $page) {
  nextCursor events { seq occurredAt username organisation discipline action outcome purpose resourceType resourceId subjectKeys dataCategories requestId emergencyAccess } } }`;

describe('Privacy office: who saw this person’s data, why, and on what basis, in one query', () => {
  let api: RunningApi;
  let worker: INestApplicationContext;
  let ivo: string;
  const search = (filter: Record<string, unknown>, page?: Record<string, unknown>) =>
    graphql(api.url, { query: SEARCH, variables: { filter, page }, token: ivo, purpose: 'PRIVACYTOEZICHT' });

  beforeAll(async () => {
    await seedDemo();
    api = await startApi('privacy-audit-search');
    worker = await startWorker();
    ivo = await tokenFor('privacy.ivo');
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  it('finds by BSN that bwt.fleur read Ahmed El Idrissi for SIGNAALBEOORDELING today, and records the search without the BSN', async () => {
    const ahmed = await demoSubjectId(DEMODAM, { name: 'Ahmed El Idrissi' });
    const signal = await registerSignal(api.url, 'wijkteam.anna', {
      category: 'BRANDGEVAAR',
      subjects: [{ person: { bsn: '999990020', name: 'Ahmed El Idrissi' } }],
      description: 'Rookmelder ontbreekt, vluchtweg geblokkeerd.',
    });
    const signalId = signal.data!.registerSignal.signal.id;
    await eventually('routed', () => signalRouted(signalId));
    const delivery = (await deliveriesOf(signalId)).find((d) => d.discipline === 'BWT')!;
    const read = await graphql(api.url, {
      query: `query($id: ID!) { delivery(id: $id) { id subjects { subject { id } } } }`,
      variables: { id: delivery.id },
      token: await tokenFor('bwt.fleur'),
      purpose: 'SIGNAALBEOORDELING',
    });
    expect(read.errors).toBeUndefined();

    const today = new Date().toISOString().slice(0, 10);
    const found = await search({ bsn: '999990020', from: `${today}T00:00:00Z` });
    expect(found.errors).toBeUndefined();
    const events = found.data!.auditEvents.events;
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e: { subjectKeys: string[] }) => e.subjectKeys.includes(ahmed))).toBe(true);
    const fleur = events.find((e: { requestId: string }) => e.requestId === read.requestId);
    expect(fleur).toMatchObject({ username: 'bwt.fleur', organisation: 'Gemeente Demodam', discipline: 'BWT', action: 'READ', outcome: 'ALLOWED', purpose: 'SIGNAALBEOORDELING' });
    expect(fleur.occurredAt.slice(0, 10)).toBe(today);
    // The reporter's registration is in the same answer.
    expect(events.some((e: { username: string; action: string }) => e.username === 'wijkteam.anna' && e.action === 'CREATE')).toBe(true);

    const [recorded] = await auditEventsFor(found.requestId);
    expect(recorded).toMatchObject({ action: 'SEARCH', purpose: 'PRIVACYTOEZICHT', subject_keys: [ahmed], outcome: 'ALLOWED' });
    expect(recorded.reason).toContain('bsn=<blind index>');
    expect(recorded.reason).not.toContain('999990020');
  });

  it('narrows by user, discipline, purpose, action and outcome together', async () => {
    const refused = await readSubject(api.url, 'oov.gijs', 'HANDHAVING', await demoSubjectId(DEMODAM, { name: 'Karin Jansen' }));
    expect(errorCode(refused)).toBe('NOT_FOUND');
    const found = await search({ username: 'oov.gijs', discipline: 'OOV', purpose: 'HANDHAVING', action: 'READ', outcome: 'DENIED' });
    const events = found.data!.auditEvents.events;
    expect(events.some((e: { requestId: string }) => e.requestId === refused.requestId)).toBe(true);
    expect(events.every((e: { username: string; outcome: string }) => e.username === 'oov.gijs' && e.outcome === 'DENIED')).toBe(true);
    const none = await search({ organisation: 'Gemeente Elders' });
    expect(none.data!.auditEvents.events).toEqual([]);
    const emergency = await search({ emergencyAccess: true, username: 'oov.gijs' });
    expect(emergency.data!.auditEvents.events.every((e: { emergencyAccess: boolean }) => e.emergencyAccess)).toBe(true);
  });

  it('pages newest first with a cursor that never repeats or skips an event', async () => {
    const first = await search({ username: 'privacy.ivo' }, { first: 2 });
    const second = await search({ username: 'privacy.ivo' }, { first: 2, after: first.data!.auditEvents.nextCursor });
    const seqs = (page: typeof first) => page.data!.auditEvents.events.map((e: { seq: string }) => e.seq);
    const both = await search({ username: 'privacy.ivo' }, { first: 4, after: String(BigInt(seqs(first)[0]) + 1n) });
    expect(first.data!.auditEvents.nextCursor).toBe(seqs(first)[1]);
    expect([...seqs(first), ...seqs(second)]).toEqual(seqs(both));
    expect(BigInt(seqs(first)[0])).toBeGreaterThan(BigInt(seqs(first)[1]));
    const bad = await search({}, { after: 'abc' });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
  });

  it('finds what happened on one case, and exports a search as CSV that is itself recorded', async () => {
    const kase = await registerCase(api.url, { disciplines: ['WMO', 'BWT'] });
    const exported = await graphql(api.url, {
      query: `query($filter: AuditEventFilter) { auditEventsExport(filter: $filter) { filename contentType rows truncated csv } }`,
      variables: { filter: { caseId: kase.id } },
      token: ivo,
      purpose: 'PRIVACYTOEZICHT',
    });
    expect(exported.errors).toBeUndefined();
    const file = exported.data!.auditEventsExport;
    expect(file).toMatchObject({ contentType: 'text/csv; charset=utf-8', truncated: false });
    expect(file.filename).toMatch(/^logboek-demodam-\d{14}\.csv$/);
    const rows = parse(file.csv, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(file.rows);
    expect(rows).toEqual(expect.arrayContaining([expect.objectContaining({ username: 'voorzitter.hanna', action: 'CREATE', resourceType: 'Case', resourceId: kase.id, purpose: 'CASUSOVERLEG' })]));
    expect(file.csv).not.toContain(kase.bsn);
    expect(await auditEventsFor(exported.requestId)).toEqual([expect.objectContaining({ action: 'EXPORT', purpose: 'PRIVACYTOEZICHT' })]);
  });

  it('gives the privacy officer no case content under PRIVACYTOEZICHT, and the trail to nobody else', async () => {
    const kase = await registerCase(api.url, { disciplines: ['WMO'] });
    const content = await graphql(api.url, { query: `query($id: ID!) { case(id: $id) { id title } }`, variables: { id: kase.id }, token: ivo, purpose: 'PRIVACYTOEZICHT' });
    expect(errorCode(content)).toBe('PURPOSE_NOT_PERMITTED');
    const subject = await readSubject(api.url, 'privacy.ivo', 'PRIVACYTOEZICHT', await demoSubjectId(DEMODAM, { name: 'Karin Jansen' }));
    expect(errorCode(subject)).toBe('PURPOSE_NOT_PERMITTED');
    const other = await graphql(api.url, { query: SEARCH, token: await tokenFor('wmo.bram'), purpose: 'PRIVACYTOEZICHT' });
    expect(errorCode(other)).toBe('PURPOSE_NOT_PERMITTED');
    // The status is the last stored verification, not recomputed in the request.
    let output = '';
    expect(await auditVerify((line) => (output += line), { seal: true })).toBe(0);
    const chain = await graphql(api.url, { query: `{ auditChainStatus { intact verifiedAt verifiedBy eventsChecked broken { seq problem } firstBrokenSeq } }`, token: ivo, purpose: 'PRIVACYTOEZICHT' });
    expect(chain.data!.auditChainStatus).toMatchObject({ intact: true, verifiedBy: expect.stringContaining('npm run audit:verify'), broken: [], firstBrokenSeq: null });
    expect(Date.now() - new Date(chain.data!.auditChainStatus.verifiedAt).getTime()).toBeLessThan(60_000);
  });
});
