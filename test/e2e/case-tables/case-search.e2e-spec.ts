import { seedDemo } from '../../../tools/seed-demo';
import { RunningApi, startApi } from '../support/api';
import { callAs, freshAddress, freshBsn, okAs, registerCase } from '../support/case-tables';
import { errorCode } from '../support/graphql';

const CASES = `query($filter: CaseFilter) { cases(filter: $filter) { total items { id reference } } }`;
const AUDIT = `query($filter: AuditEventFilter) { auditEvents(filter: $filter) { events { username action purpose } } }`;

describe('Case search by person, address or organisation: the same need-to-know as the case view, and audited', () => {
  let api: RunningApi;
  const bsn = freshBsn();
  const address = freshAddress('Zoekstraat');
  const kvkNumber = String(10_000_000 + Math.floor(Math.random() * 89_999_999));
  let caseId: string;

  beforeAll(async () => {
    await seedDemo();
    api = await startApi('case-search');
    caseId = (
      await registerCase(api.url, {
        disciplines: ['WMO'],
        subjects: [
          { role: 'HOOFDBETROKKENE', subject: { person: { bsn, name: 'Sanne Zoekmans', dateOfBirth: '1979-08-02', address } } },
          { role: 'ADRES', subject: { address } },
          { role: 'VERHUURDER', subject: { organisation: { kvkNumber, name: 'Zoekverhuur BV' } } },
        ],
      })
    ).id;
  });
  afterAll(() => api.close());

  const searchAs = async (username: string, about: Record<string, unknown>) => (await okAs(api.url, username, 'CASUSOVERLEG', CASES, { filter: { about } })).cases;

  it('finds the case by the person’s BSN, by the address and by the organisation’s KvK number', async () => {
    for (const about of [{ person: { bsn } }, { address: { postcode: address.postcode, houseNumber: address.houseNumber } }, { organisation: { kvkNumber } }]) {
      const found = await searchAs('voorzitter.hanna', about);
      expect(found.items.map((c: { id: string }) => c.id)).toEqual([caseId]);
      expect(found.total).toBe(1);
    }
  });

  it('finds nothing for a person no case is about, and nothing for a member who may not see the case', async () => {
    expect((await searchAs('voorzitter.hanna', { person: { bsn: freshBsn() } })).total).toBe(0);
    expect((await searchAs('oov.gijs', { person: { bsn } })).total).toBe(0);
  });

  it('refuses a search by name only, an invalid BSN, or two kinds at once, at the field', async () => {
    const refused = async (about: Record<string, unknown>) => {
      const result = await callAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', CASES, { filter: { about } });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      return result.errors![0].extensions as { field: string; messageNl: string };
    };
    expect(await refused({ person: { name: 'Sanne Zoekmans' } })).toMatchObject({ field: 'filter.about.person.bsn', messageNl: 'Zoek een persoon op BSN' });
    expect((await refused({ person: { bsn: '123456789' } })).field).toBe('filter.about.person.bsn');
    expect((await refused({ person: { bsn }, organisation: { kvkNumber } })).field).toBe('filter.about');
  });

  it('shows the privacy officer who searched for this person, with the purpose', async () => {
    await searchAs('voorzitter.hanna', { person: { bsn } });
    const events = (await okAs(api.url, 'privacy.ivo', 'PRIVACYTOEZICHT', AUDIT, { filter: { bsn, action: 'SEARCH' } })).auditEvents.events;
    expect(events).toEqual(expect.arrayContaining([{ username: 'voorzitter.hanna', action: 'SEARCH', purpose: 'CASUSOVERLEG' }]));
  });
});
