import { seedDemo } from '../../../tools/seed-demo';
import { RunningApi, startApi } from '../support/api';
import { callAs, okAs } from '../support/case-tables';
import { errorCode } from '../support/graphql';
import { freshAddress, registerSignal } from '../support/signals';

// Low thresholds, and a working day that never starts, so every rule can be shown in one run.
process.env.ANOMALY_SUBJECTS_PER_DAY = '2';
process.env.ANOMALY_LOOKUPS_PER_HOUR = '2';
process.env.ANOMALY_REFUSALS_PER_HOUR = '2';
process.env.WORKDAY_START_HOUR = '24';
process.env.WORKDAY_END_HOUR = '24';

const ANOMALIES = `query($filter: AccessAnomalyFilter) { accessAnomalies(filter: $filter) {
  id rule explanationNl username windowStart windowEnd count auditEventIds verdict finding } }`;
const CLOSE = `mutation($input: CloseAccessAnomalyInput!) { closeAccessAnomaly(input: $input) { id verdict finding } }`;
const CASES_ABOUT = `query($filter: CaseFilter) { cases(filter: $filter) { total } }`;
const LOOKUP = `query($s: SubjectInput!) { knownElsewhere(subject: $s) { discipline } }`;
const CASE = `query($id: ID!) { case(id: $id) { id } }`;

interface Anomaly {
  id: string;
  rule: string;
  explanationNl: string;
  username: string;
  count: number;
  auditEventIds: string[];
  verdict: string | null;
}

describe('Privacy office: unusual access by stated rules, each with its audit events, closed with a finding', () => {
  let api: RunningApi;
  const reporterSubjectKeys: string[] = [];
  const anomalies = async (filter: Record<string, unknown> = {}): Promise<Anomaly[]> => (await okAs(api.url, 'privacy.ivo', 'PRIVACYTOEZICHT', ANOMALIES, { filter })).accessAnomalies;
  /** Ids of the audit events matching `filter` about any of `subjectKeys`. */
  const auditEventIds = async (filter: Record<string, unknown>, subjectKeys: string[]): Promise<string[]> => {
    const ids: string[] = [];
    for (const subjectKey of subjectKeys) {
      const page = await okAs(api.url, 'privacy.ivo', 'PRIVACYTOEZICHT', `query($filter: AuditEventFilter) { auditEvents(filter: $filter) { events { id } } }`, { filter: { ...filter, subjectKey } });
      ids.push(...page.auditEvents.events.map((e: { id: string }) => e.id));
    }
    return ids;
  };
  const mine = (list: Anomaly[], rule: string, username: string) => list.find((a) => a.rule === rule && a.username === username);

  beforeAll(async () => {
    await seedDemo();
    api = await startApi('access-anomalies');
    // The chair looks up three addresses that are in none of her table's cases: nothing explains it.
    for (let i = 0; i < 3; i += 1) {
      const subject = freshAddress();
      const registered = await registerSignal(api.url, 'wijkteam.anna', { category: 'BRANDGEVAAR', subjects: [subject] });
      reporterSubjectKeys.push(registered.data!.registerSignal.signal.subjects[0].subject.id);
      const { postcode, houseNumber, houseNumberAddition } = subject.address as Record<string, unknown>;
      await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', CASES_ABOUT, { filter: { about: { address: { postcode, houseNumber, houseNumberAddition } } } });
    }
    // The reporter reads back her own signals: her own work explains these reads.
    await okAs(api.url, 'wijkteam.anna', 'SIGNALERING', `query { mySignalsPage(first: 10) { items { id subjects { subject { id } } } } }`);
    for (let i = 0; i < 3; i += 1) await okAs(api.url, 'pw.dewi', 'SIGNALERING', LOOKUP, { s: { address: { postcode: '9992YY', houseNumber: 8000 + i } } });
    for (let i = 0; i < 3; i += 1) expect(errorCode(await callAs(api.url, 'oov.gijs', 'CASUSOVERLEG', CASE, { id: '00000000-0000-4000-8000-00000000000' + i }))).toBe('NOT_FOUND');
  });
  afterAll(() => api.close());

  it('flags many unexplained persons or addresses a day, bursts of lookups and of refusals, and access outside working hours, in plain Dutch', async () => {
    // All, closed included: CI runs this file twice on one database, and the second run finds the first's findings.
    const list = await anomalies({ includeClosed: true });
    const many = mine(list, 'MANY_SUBJECTS', 'voorzitter.hanna');
    expect(many?.count).toBeGreaterThanOrEqual(3);
    expect(many?.explanationNl).toMatch(/verschillende personen of adressen ingezien op één dag .* \(drempel: 2\)/);
    expect(mine(list, 'LOOKUP_BURST', 'pw.dewi')?.count).toBeGreaterThanOrEqual(3);
    expect(mine(list, 'REFUSAL_BURST', 'oov.gijs')?.count).toBeGreaterThanOrEqual(3);
    expect(mine(list, 'OUTSIDE_WORKING_HOURS', 'voorzitter.hanna')?.explanationNl).toContain('buiten werktijd');
    // The reporter's own signals explain her reads of them: none of those reads is counted against her
    // (other test files share this database and may give her unexplained reads of their own).
    const ownReads = await auditEventIds({ username: 'wijkteam.anna', action: 'READ' }, reporterSubjectKeys);
    expect(ownReads.length).toBeGreaterThan(0);
    const counted = mine(list, 'MANY_SUBJECTS', 'wijkteam.anna')?.auditEventIds ?? [];
    expect(ownReads.filter((id) => counted.includes(id))).toEqual([]);
    for (const anomaly of list) expect(anomaly.auditEventIds.length).toBeGreaterThan(0);
  });

  it('links each anomaly to its audit events, which the officer can open in the audit trail', async () => {
    const burst = mine(await anomalies({ includeClosed: true }), 'REFUSAL_BURST', 'oov.gijs')!;
    const events = (await okAs(api.url, 'privacy.ivo', 'PRIVACYTOEZICHT', `query($filter: AuditEventFilter) { auditEvents(filter: $filter) { events { id username outcome } } }`, { filter: { outcome: 'DENIED' } })).auditEvents.events as { id: string; username: string; outcome: string }[];
    const linked = events.filter((e) => burst.auditEventIds.includes(e.id));
    expect(linked.length).toBeGreaterThan(0);
    expect(new Set(linked.map((e) => `${e.username} ${e.outcome}`))).toEqual(new Set(['oov.gijs DENIED']));
  });

  it('closes an anomaly with a finding: it leaves the open list, stays in the full one, and cannot be closed twice', async () => {
    const open = await anomalies();
    expect(open.every((a) => a.verdict === null)).toBe(true);
    const burst = open.find((a) => a.username === 'pw.dewi') ?? open[0];
    const finding = 'Navraag gedaan: de medewerker controleerde een lijst adressen voor een handhavingsactie.';
    expect((await okAs(api.url, 'privacy.ivo', 'PRIVACYTOEZICHT', CLOSE, { input: { anomalyId: burst.id, verdict: 'GERECHTVAARDIGD', finding } })).closeAccessAnomaly).toEqual({ id: burst.id, verdict: 'GERECHTVAARDIGD', finding });
    expect((await anomalies()).some((a) => a.id === burst.id)).toBe(false);
    expect((await anomalies({ includeClosed: true })).find((a) => a.id === burst.id)).toMatchObject({ verdict: 'GERECHTVAARDIGD' });
    const again = await callAs(api.url, 'privacy.ivo', 'PRIVACYTOEZICHT', CLOSE, { input: { anomalyId: burst.id, verdict: 'SCHENDING', finding } });
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
  });

  it('is for the privacy officer under PRIVACYTOEZICHT only', async () => {
    expect(errorCode(await callAs(api.url, 'voorzitter.hanna', 'PRIVACYTOEZICHT', ANOMALIES, {}))).toMatch(/PURPOSE_NOT_PERMITTED|FORBIDDEN/);
    expect(errorCode(await callAs(api.url, 'privacy.ivo', 'INZAGEVERZOEK', ANOMALIES, {}))).toBe('PURPOSE_NOT_PERMITTED');
  });
});
