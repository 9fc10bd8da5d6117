import { seedDemo } from '../../../tools/seed-demo';
import { startApi, RunningApi } from '../support/api';
import { auditEventsFor, DEMODAM, demoSubjectId, TWEESTAD } from '../support/database';
import { callAs } from '../support/case-tables';
import { errorCode } from '../support/graphql';
import { LayerSwitch, switchOffCasl } from '../support/layers';

const SUBJECT = `query($id: ID!) { subject(id: $id) { id person { name } } }`;

/**
 * Layer test (issue 9): CASL is switched off in this build (every ability allows everything), so
 * only row-level security stands between a Tweestad user and Demodam's records. The companion
 * test tenant-isolation-casl.e2e-spec.ts switches RLS off too and shows the same calls then leak.
 */
describe('With CASL switched off, row-level security alone keeps another tenant’s records out of reach', () => {
  let api: RunningApi;
  let karin: string;
  let pieter: string;
  let caslOff: LayerSwitch | undefined;

  beforeAll(async () => {
    await seedDemo();
    api = await startApi('tenant-isolation-rls');
    karin = await demoSubjectId(DEMODAM, { name: 'Karin Jansen' });
    pieter = await demoSubjectId(TWEESTAD, { name: 'Pieter Bakker' });
  });
  afterEach(() => caslOff?.restore());
  afterAll(() => api.close());

  it('really has CASL off: a Tweestad inspector then reads a Tweestad person her rules do not give her', async () => {
    expect(errorCode(await callAs(api.url, 'wmo.lotte', 'HANDHAVING', SUBJECT, { id: pieter }))).toBe('NOT_FOUND');
    caslOff = switchOffCasl(api.app);
    const result = await callAs(api.url, 'wmo.lotte', 'HANDHAVING', SUBJECT, { id: pieter });
    expect(result.errors).toBeUndefined();
    expect(result.data?.subject.person.name).toBe('Pieter Bakker');
  });

  it('refuses a Demodam person to a Tweestad user as NOT_FOUND, and records the refusal in Tweestad’s trail', async () => {
    caslOff = switchOffCasl(api.app);
    const result = await callAs(api.url, 'wmo.lotte', 'HANDHAVING', SUBJECT, { id: karin });
    expect(errorCode(result)).toBe('NOT_FOUND');
    expect(JSON.stringify(result.errors)).not.toContain('Karin');
    expect(await auditEventsFor(result.requestId, TWEESTAD)).toEqual([expect.objectContaining({ outcome: 'DENIED', resource_id: karin })]);
    expect(await auditEventsFor(result.requestId, DEMODAM)).toEqual([]);
  });
});
