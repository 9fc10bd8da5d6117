import type { DataSource } from 'typeorm';
import { APP_DATA_SOURCE } from '@vangrail/persistence';
import { seedDemo } from '../../../tools/seed-demo';
import { startApi, RunningApi } from '../support/api';
import { auditEventsFor, connect, DEMODAM, demoSubjectId, TWEESTAD } from '../support/database';
import { callAs } from '../support/case-tables';
import { errorCode } from '../support/graphql';
import { dropTenantCondition, LayerSwitch, switchOffCasl } from '../support/layers';

const SUBJECT = `query($id: ID!) { subject(id: $id) { id person { name } } }`;

/**
 * Layer test (issue 9): row-level security is off in this build (the API connects as a superuser,
 * which RLS never restricts), so only the CASL rules, each confined to the caller's tenant, stand
 * between a Tweestad user and Demodam's records. Removing CASL too (or only its tenant condition)
 * makes the same call leak: the refusal below is CASL's, and the RLS layer test's probe can fail.
 */
describe('With row-level security off, CASL alone keeps another tenant’s records out of reach', () => {
  const appUrl = process.env.DATABASE_APP_URL;
  let api: RunningApi;
  let karin: string;
  let linkId: string;
  let layer: LayerSwitch | undefined;

  beforeAll(async () => {
    // Before anything reads the configuration (it is loaded once per test file).
    process.env.DATABASE_APP_URL = process.env.DATABASE_SUPERUSER_URL;
    await seedDemo();
    api = await startApi('tenant-isolation-casl');
    karin = await demoSubjectId(DEMODAM, { name: 'Karin Jansen' });
    // Karin's case was accepted by Demodam's Wmo inspectors: a rule without its tenant would let Tweestad's Wmo read her.
    const owner = await connect('owner');
    try {
      await owner.query('BEGIN');
      await owner.query(`SELECT set_config('app.tenant_id', $1, true)`, [DEMODAM]);
      const { rows } = await owner.query<{ id: string }>(
        `INSERT INTO subject_link (tenant_id, id, subject_id, kind, context_id, discipline)
         VALUES ($1, gen_random_uuid(), $2, 'ACCEPTED_DELIVERY', gen_random_uuid(), 'WMO') RETURNING id`,
        [DEMODAM, karin],
      );
      linkId = rows[0].id;
      await owner.query('COMMIT');
    } finally {
      await owner.end();
    }
  });
  afterEach(() => layer?.restore());
  afterAll(async () => {
    const owner = await connect('owner');
    try {
      await owner.query('BEGIN');
      await owner.query(`SELECT set_config('app.tenant_id', $1, true)`, [DEMODAM]);
      await owner.query(`DELETE FROM subject_link WHERE tenant_id = $1 AND id = $2`, [DEMODAM, linkId]);
      await owner.query('COMMIT');
    } finally {
      await owner.end();
    }
    await api.close();
    process.env.DATABASE_APP_URL = appUrl;
  });

  it('really has RLS off: the API’s connection sees every tenant’s rows without a tenant set', async () => {
    const dataSource = api.app.get<DataSource>(APP_DATA_SOURCE);
    const rows = (await dataSource.query(`SELECT DISTINCT tenant_id FROM subject`)) as { tenant_id: string }[];
    expect(rows.map((row) => row.tenant_id)).toEqual(expect.arrayContaining([DEMODAM, TWEESTAD]));
  });

  it('refuses a Demodam person to a Tweestad Wmo inspector as NOT_FOUND, and records the refusal in Tweestad’s trail', async () => {
    const result = await callAs(api.url, 'wmo.lotte', 'HANDHAVING', SUBJECT, { id: karin });
    expect(errorCode(result)).toBe('NOT_FOUND');
    expect(await auditEventsFor(result.requestId, TWEESTAD)).toEqual([expect.objectContaining({ outcome: 'DENIED', resource_id: karin })]);
  });

  it('leaks that person when CASL loses only its tenant condition (the refusal above is the tenant rule’s)', async () => {
    layer = dropTenantCondition(api.app);
    const result = await callAs(api.url, 'wmo.lotte', 'HANDHAVING', SUBJECT, { id: karin });
    expect(result.errors).toBeUndefined();
    expect(result.data?.subject.person.name).toBe('Karin Jansen');
  });

  it('leaks that person when CASL is switched off as well (so the RLS layer test can fail)', async () => {
    layer = switchOffCasl(api.app);
    const result = await callAs(api.url, 'wmo.lotte', 'HANDHAVING', SUBJECT, { id: karin });
    expect(result.errors).toBeUndefined();
    expect(result.data?.subject.person.name).toBe('Karin Jansen');
  });
});
