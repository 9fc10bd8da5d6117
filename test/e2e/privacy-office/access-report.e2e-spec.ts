import { execFile } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { INestApplicationContext } from '@nestjs/common';
import { seedDemo } from '../../../tools/seed-demo';
import { startApi, RunningApi } from '../support/api';
import { freshBsn, registerCase } from '../support/case-tables';
import { auditEventsFor } from '../support/database';
import { errorCode, graphql } from '../support/graphql';
import { deliveriesOf, freshAddress, registerSignal, signalRouted } from '../support/signals';
import { tokenFor } from '../support/tokens';
import { eventually, startWorker } from '../support/worker';

const ARTIFACTS = path.resolve(__dirname, '..', '..', '..', '.vangrail', 'artifacts');
const REPORT = `query($subject: SubjectAccessReportInput!) { subjectAccessReport(subject: $subject) {
  requestReference controller staffIdentitiesRevealed person { name bsn }
  signals { id category description source purpose legalBasis retention recipients { discipline organisation rule state } }
  cases { reference title caseTable role legalBasis recipients retention }
  consultations { at action purpose processingActivity by organisation emergencyAccess outcome }
  logOverview { authorisationProtocol consentProfile emergencyAccessUsed logRetention }
  html pdfBase64 } }`;

describe('Privacy office: the access report (AVG art. 15) lists everything held about one person', () => {
  let api: RunningApi;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    await seedDemo();
    api = await startApi('privacy-access-report');
    worker = await startWorker();
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  it('gives a person in a case and two signals all of them, the receiving disciplines and the consultations by role, as JSON, HTML and PDF', async () => {
    const bsn = freshBsn();
    const person = { person: { bsn, name: 'Ria Inzage', dateOfBirth: '1970-02-03' } };
    const signalIds: string[] = [];
    for (const [category, description] of [['BRANDGEVAAR', 'Rookmelder ontbreekt in de gang.'], ['ZORGMIJDING', 'Mevrouw weigert al weken de thuiszorg.']]) {
      const result = await registerSignal(api.url, 'wijkteam.anna', { category, subjects: [person, freshAddress()], description });
      expect(result.errors).toBeUndefined();
      signalIds.push(result.data!.registerSignal.signal.id);
    }
    for (const id of signalIds) await eventually('routed', () => signalRouted(id));
    const bwt = (await deliveriesOf(signalIds[0])).find((d) => d.discipline === 'BWT')!;
    const read = await graphql(api.url, { query: `query($id: ID!) { delivery(id: $id) { id } }`, variables: { id: bwt.id }, token: await tokenFor('bwt.fleur'), purpose: 'SIGNAALBEOORDELING' });
    expect(read.errors).toBeUndefined();
    const kase = await registerCase(api.url, { disciplines: ['WMO', 'BWT'], subjects: [{ role: 'HOOFDBETROKKENE', subject: person }] });

    const ivo = await tokenFor('privacy.ivo');
    const registered = await graphql(api.url, {
      query: `mutation($input: RegisterDataSubjectRequestInput!) { registerDataSubjectRequest(input: $input) { id reference } }`,
      variables: { input: { kind: 'INZAGE', receivedOn: new Date().toISOString().slice(0, 10), identityVerification: 'DIGID', bsn } },
      token: ivo,
      purpose: 'INZAGEVERZOEK',
    });
    const request = registered.data!.registerDataSubjectRequest;
    const answer = await graphql(api.url, { query: REPORT, variables: { subject: { requestId: request.id } }, token: ivo, purpose: 'INZAGEVERZOEK' });
    expect(answer.errors).toBeUndefined();
    const report = answer.data!.subjectAccessReport;

    expect(report).toMatchObject({ requestReference: request.reference, controller: 'Gemeente Demodam', staffIdentitiesRevealed: false, person: { name: 'Ria Inzage', bsn } });
    expect(report.signals.map((s: { id: string }) => s.id).sort()).toEqual([...signalIds].sort());
    const fire = report.signals.find((s: { id: string }) => s.id === signalIds[0]);
    expect(fire).toMatchObject({ category: 'BRANDGEVAAR', description: 'Rookmelder ontbreekt in de gang.', source: 'Wijkteam', purpose: 'SIGNALERING' });
    expect(fire.recipients).toEqual(expect.arrayContaining([expect.objectContaining({ discipline: 'BWT', organisation: 'Gemeente Demodam', rule: expect.stringMatching(/\(versie \d+\)$/) })]));
    for (const signal of report.signals) expect(signal.recipients.length).toBeGreaterThan(0);
    expect(report.cases).toEqual([expect.objectContaining({ reference: kase.reference, role: 'HOOFDBETROKKENE', recipients: ['BWT', 'WMO'], retention: '24 maanden na afsluiting van de zaak' })]);

    const fleurRead = report.consultations.find((c: { purpose: string; action: string }) => c.purpose === 'SIGNAALBEOORDELING' && c.action === 'READ');
    expect(fleurRead).toMatchObject({ by: 'Toezichthouder Bouw- en woningtoezicht, Gemeente Demodam', organisation: 'Gemeente Demodam', emergencyAccess: false, outcome: 'ALLOWED' });
    expect(new Date(fleurRead.at).getTime()).toBeGreaterThan(Date.now() - 3600_000);
    expect(report.consultations.some((c: { purpose: string }) => c.purpose === 'CASUSOVERLEG')).toBe(true);
    expect(JSON.stringify(report)).not.toContain('bwt.fleur');
    expect(report.logOverview.emergencyAccessUsed).toBe(false);

    expect(report.html).toContain('<html lang="nl">');
    expect(report.html).toContain('Overzicht van uw gegevens');
    expect(report.html).toContain(kase.reference);
    expect(report.html).toContain('Toezichthouder Bouw- en woningtoezicht');
    expect(report.html).toContain('C-579/21');
    const pdf = Buffer.from(report.pdfBase64, 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    // Kept as test artifacts: the HTML, the PDF and a screenshot of the HTML as Chromium prints it.
    mkdirSync(ARTIFACTS, { recursive: true });
    const htmlFile = path.join(ARTIFACTS, 'access-report.html');
    const pngFile = path.join(ARTIFACTS, 'access-report.png');
    writeFileSync(htmlFile, report.html);
    writeFileSync(path.join(ARTIFACTS, 'access-report.pdf'), pdf);
    await promisify(execFile)(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      `--screenshot=${pngFile}`, '--window-size=1000,2400', `file://${htmlFile}`,
    ], { timeout: 60_000 });
    expect(statSync(pngFile).size).toBeGreaterThan(20_000);

    const [event] = (await auditEventsFor(answer.requestId)).filter((e) => e.resource_type === 'SubjectAccessReport');
    expect(event).toMatchObject({ action: 'EXPORT', purpose: 'INZAGEVERZOEK', legal_basis: 'AVG art. 15 (recht op inzage)', reason: `data-subject request ${request.reference}` });

    const noReason = await graphql(api.url, { query: REPORT, variables: { subject: { requestId: request.id, revealStaffIdentities: true } }, token: ivo, purpose: 'INZAGEVERZOEK' });
    expect(noReason.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.revealReason' });
    const named = await graphql(api.url, {
      query: `query($subject: SubjectAccessReportInput!) { subjectAccessReport(subject: $subject) { staffIdentitiesRevealed consultations { by purpose } } }`,
      variables: { subject: { requestId: request.id, revealStaffIdentities: true, revealReason: 'Betrokkene vermoedt misbruik door een medewerker.' } },
      token: ivo,
      purpose: 'INZAGEVERZOEK',
    });
    expect(named.data!.subjectAccessReport.consultations).toEqual(expect.arrayContaining([expect.objectContaining({ by: expect.stringContaining('bwt.fleur'), purpose: 'SIGNAALBEOORDELING' })]));
  });

  it('refuses the report outside an open INZAGE request, and under PRIVACYTOEZICHT', async () => {
    const ivo = await tokenFor('privacy.ivo');
    const erasure = await graphql(api.url, {
      query: `mutation($input: RegisterDataSubjectRequestInput!) { registerDataSubjectRequest(input: $input) { id } }`,
      variables: { input: { kind: 'WISSING', receivedOn: new Date().toISOString().slice(0, 10), identityVerification: 'DIGID', bsn: freshBsn() } },
      token: ivo,
      purpose: 'INZAGEVERZOEK',
    });
    const wrongKind = await graphql(api.url, { query: REPORT, variables: { subject: { requestId: erasure.data!.registerDataSubjectRequest.id } }, token: ivo, purpose: 'INZAGEVERZOEK' });
    expect(errorCode(wrongKind)).toBe('CONFLICT');
    const supervision = await graphql(api.url, { query: REPORT, variables: { subject: { requestId: erasure.data!.registerDataSubjectRequest.id } }, token: ivo, purpose: 'PRIVACYTOEZICHT' });
    expect(errorCode(supervision)).toBe('PURPOSE_NOT_PERMITTED');
  });
});
