import { seedDemo } from '../../../tools/seed-demo';
import { RunningApi, startApi } from '../support/api';
import { callAs, demoUserId, okAs, registerCase } from '../support/case-tables';
import { errorCode } from '../support/graphql';

const READ = `query($caseId: ID!) { caseLegalBasis(caseId: $caseId) {
  current { version ground groundNl provision personInformed informedOn informedBy { displayName } notInformedReason notInformedReasonNl consentGivenOn consentScope }
  history { version ground recordedBy { displayName } } } }`;
const RECORD = `mutation($input: RecordCaseLegalBasisInput!) { recordCaseLegalBasis(input: $input) { current { version } history { version } } }`;

const WEIGHING = {
  proportionality: 'Alleen woon- en zorggegevens die nodig zijn om de woonsituatie veilig te maken',
  subsidiarity: 'Een gesprek door het wijkteam alleen heeft in drie maanden geen verbetering gebracht',
};

describe('Legal basis of a case: the chair records on what ground the table works, and every version stays', () => {
  let api: RunningApi;

  beforeAll(async () => {
    await seedDemo();
    api = await startApi('legal-basis');
  });
  afterAll(() => api.close());

  it('shows members the ground, the article and why the person was not informed, in Dutch words', async () => {
    const kase = await registerCase(api.url, { disciplines: ['WMO'] });
    expect((await okAs(api.url, 'wmo.bram', 'CASUSOVERLEG', READ, { caseId: kase.id })).caseLegalBasis).toEqual({ current: null, history: [] });
    await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', RECORD, {
      input: { caseId: kase.id, ground: 'CONVENANT', provision: 'Convenant Integrale casustafel Demodam, art. 5', ...WEIGHING, personInformed: false, notInformedReason: 'LOPEND_ONDERZOEK' },
    });
    const seen = (await okAs(api.url, 'wmo.bram', 'CASUSOVERLEG', READ, { caseId: kase.id })).caseLegalBasis;
    expect(seen.current).toMatchObject({
      version: 1,
      ground: 'CONVENANT',
      groundNl: 'artikel van het convenant',
      provision: 'Convenant Integrale casustafel Demodam, art. 5',
      personInformed: false,
      informedBy: null,
      notInformedReason: 'LOPEND_ONDERZOEK',
      notInformedReasonNl: 'een lopend onderzoek',
    });
  });

  it('keeps the earlier version when consent is recorded later, with who informed the person and when', async () => {
    const kase = await registerCase(api.url, { disciplines: ['WMO'] });
    await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', RECORD, {
      input: { caseId: kase.id, ground: 'SECTORWET', provision: 'Wmo 2015, art. 2.3.2', ...WEIGHING, personInformed: false, notInformedReason: 'VEILIGHEID' },
    });
    const second = await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', RECORD, {
      input: { caseId: kase.id, ground: 'TOESTEMMING', consentGivenOn: '2026-11-20', consentScope: 'Delen met Wmo en wijkteam voor een plan van aanpak', ...WEIGHING, personInformed: true, informedOn: '2026-11-20', informedByUserId: demoUserId('wmo.bram') },
    });
    expect(second.recordCaseLegalBasis.history.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const seen = (await okAs(api.url, 'wmo.bram', 'CASUSOVERLEG', READ, { caseId: kase.id })).caseLegalBasis;
    expect(seen.current).toMatchObject({ version: 2, ground: 'TOESTEMMING', consentGivenOn: '2026-11-20', informedOn: '2026-11-20', informedBy: { displayName: expect.stringContaining('Bram') }, notInformedReason: null });
    expect(seen.history).toEqual([
      { version: 2, ground: 'TOESTEMMING', recordedBy: { displayName: 'Hanna Voorzitter' } },
      { version: 1, ground: 'SECTORWET', recordedBy: { displayName: 'Hanna Voorzitter' } },
    ]);
  });

  it('refuses an incomplete basis at its field, in Dutch, and stores nothing of it', async () => {
    const kase = await registerCase(api.url, { disciplines: ['WMO'] });
    const attempt = (input: Record<string, unknown>) => callAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', RECORD, { input: { caseId: kase.id, ...WEIGHING, ...input } });
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ ground: 'TOESTEMMING', consentScope: 'Delen met Wmo', personInformed: true, informedOn: '2026-11-02' }, 'input.consentGivenOn', /dag waarop de betrokkene toestemming gaf/],
      [{ ground: 'TOESTEMMING', consentGivenOn: '2026-02-30', consentScope: 'Delen met Wmo', personInformed: true, informedOn: '2026-11-02' }, 'input.consentGivenOn', /dag die niet bestaat/],
      [{ ground: 'CONVENANT', personInformed: false, notInformedReason: 'VEILIGHEID' }, 'input.provision', /artikel/],
      [{ ground: 'CONVENANT', provision: 'Convenant, art. 5', personInformed: false }, 'input.notInformedReason', /waarom de betrokkene niet is geïnformeerd/],
      [{ ground: 'CONVENANT', provision: 'Convenant, art. 5', personInformed: true }, 'input.informedOn', /dag waarop de betrokkene is geïnformeerd/],
      [{ ground: 'CONVENANT', provision: 'Convenant, art. 5', personInformed: true, informedOn: '2999-01-01' }, 'input.informedOn', /toekomst/],
      [{ ground: 'CONVENANT', provision: 'Kamer 8 123456782', personInformed: false, notInformedReason: 'VEILIGHEID' }, 'input.provision', /BSN/],
    ];
    for (const [input, field, messageNl] of cases) {
      const result = await attempt(input);
      expect({ field, code: errorCode(result) }).toEqual({ field: result.errors![0].extensions?.field, code: 'BAD_USER_INPUT' });
      expect(result.errors![0].extensions?.messageNl).toMatch(messageNl);
    }
    expect((await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', READ, { caseId: kase.id })).caseLegalBasis.history).toEqual([]);
  });

  it('lets only the chair or case director record it, and hides it from who may not see the case', async () => {
    const kase = await registerCase(api.url, { disciplines: ['WMO'] });
    const byMember = await callAs(api.url, 'wmo.bram', 'CASUSOVERLEG', RECORD, {
      input: { caseId: kase.id, ground: 'CONVENANT', provision: 'Convenant, art. 5', ...WEIGHING, personInformed: false, notInformedReason: 'VEILIGHEID' },
    });
    expect(errorCode(byMember)).toBe('FORBIDDEN');
    const outsider = await callAs(api.url, 'oov.gijs', 'CASUSOVERLEG', READ, { caseId: kase.id });
    expect(errorCode(outsider)).toBe('NOT_FOUND');
  });
});
