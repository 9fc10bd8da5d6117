import { Client } from 'pg';
import { seedDemo } from '../../../tools/seed-demo';
import { startApi, RunningApi } from '../support/api';
import { asTenant, auditEventsFor, connect, DEMODAM, demoSubjectId, TWEESTAD } from '../support/database';
import { errorCode, graphql } from '../support/graphql';
import { tokenFor } from '../support/tokens';

const SUBJECT_QUERY = `query($id: ID!) {
  subject(id: $id) {
    id type
    person { name dateOfBirth bsn address { postcode houseNumber street town } }
    withheld { category count fields reason }
  }
}`;

describe('The governed path: purpose, tenant, minimisation and audit for every subject read', () => {
  let api: RunningApi;
  let karin: string;
  let owner: Client;

  beforeAll(async () => {
    await seedDemo();
    api = await startApi('governed-path');
    karin = await demoSubjectId(DEMODAM, { name: 'Karin Jansen' });
    owner = await connect('owner');
  });
  afterAll(async () => {
    await owner.end();
    await api.close();
  });

  it('refuses a personal-data query without X-Purpose with PURPOSE_REQUIRED, and records the attempt', async () => {
    const result = await graphql(api.url, { query: SUBJECT_QUERY, variables: { id: karin }, token: await tokenFor('privacy.ivo') });
    expect(errorCode(result)).toBe('PURPOSE_REQUIRED');
    expect(result.errors![0].extensions.allowedPurposes).toContain('INZAGEVERZOEK');
    const events = await auditEventsFor(result.requestId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ outcome: 'DENIED', resource_type: 'Subject', purpose: null, username: 'privacy.ivo' });
    expect(events[0].reason).toContain('PURPOSE_REQUIRED');
  });

  it('refuses a purpose the role may not use with PURPOSE_NOT_PERMITTED, and records the attempt', async () => {
    const result = await graphql(api.url, { query: SUBJECT_QUERY, variables: { id: karin }, token: await tokenFor('wijkteam.anna'), purpose: 'HANDHAVING' });
    expect(errorCode(result)).toBe('PURPOSE_NOT_PERMITTED');
    expect(result.errors![0].message).toContain('your role (professional) may not process data for enforcement (handhaving)');
    const events = await auditEventsFor(result.requestId);
    expect(events).toEqual([expect.objectContaining({ outcome: 'DENIED', purpose: 'HANDHAVING', username: 'wijkteam.anna' })]);
  });

  it('refuses an unknown purpose in plain words', async () => {
    const result = await graphql(api.url, { query: SUBJECT_QUERY, variables: { id: karin }, token: await tokenFor('privacy.ivo'), purpose: 'NIEUWSGIERIGHEID' });
    expect(errorCode(result)).toBe('PURPOSE_NOT_PERMITTED');
    expect(result.errors![0].message).toContain('"NIEUWSGIERIGHEID" is not a known purpose');
  });

  it('lets the privacy officer read a subject for a data-subject request, with exactly one audit event', async () => {
    const result = await graphql(api.url, { query: SUBJECT_QUERY, variables: { id: karin }, token: await tokenFor('privacy.ivo'), purpose: 'INZAGEVERZOEK' });
    expect(result.errors).toBeUndefined();
    expect(result.data?.subject).toMatchObject({
      id: karin,
      type: 'PERSON',
      person: { name: 'Karin Jansen', bsn: '999990019', address: { postcode: '9991AB', houseNumber: 12 } },
      withheld: [],
    });
    const events = await auditEventsFor(result.requestId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      outcome: 'ALLOWED',
      action: 'READ',
      purpose: 'INZAGEVERZOEK',
      resource_id: karin,
      subject_keys: [karin],
      data_categories: ['ADRES', 'BSN', 'IDENTIFICATIE'],
    });
  });

  it('shows building inspection the person and address but withholds the BSN, saying why', async () => {
    const deliveryId = '11111111-1111-4111-8111-111111111111';
    await asTenantCommit(owner, DEMODAM, () =>
      owner.query(
        `INSERT INTO subject_link (tenant_id, id, subject_id, kind, context_id, discipline)
         VALUES ($1, gen_random_uuid(), $2, 'ACCEPTED_DELIVERY', $3, 'BWT') ON CONFLICT DO NOTHING`,
        [DEMODAM, karin, deliveryId],
      ),
    );
    const result = await graphql(api.url, { query: SUBJECT_QUERY, variables: { id: karin }, token: await tokenFor('bwt.fleur'), purpose: 'HANDHAVING' });
    expect(result.errors).toBeUndefined();
    const subject = result.data?.subject;
    expect(subject.person.name).toBe('Karin Jansen');
    expect(subject.person.address.street).toBe('Lindelaan');
    expect(subject.person.bsn).toBeNull();
    expect(subject.withheld).toEqual([
      { category: 'BSN', count: 1, fields: ['bsn'], reason: '1 item withheld: BSN is not shared with BWT' },
    ]);
    const [event] = await auditEventsFor(result.requestId);
    expect(event.data_categories).toEqual(['ADRES', 'IDENTIFICATIE']);
  });

  it('answers NOT_FOUND for a subject outside the caller’s context, and records the refusal', async () => {
    const result = await graphql(api.url, { query: SUBJECT_QUERY, variables: { id: karin }, token: await tokenFor('oov.gijs'), purpose: 'HANDHAVING' });
    expect(errorCode(result)).toBe('NOT_FOUND');
    expect(await auditEventsFor(result.requestId)).toEqual([expect.objectContaining({ outcome: 'DENIED', resource_id: karin })]);
  });

  it('never shows one tenant’s subject to another tenant', async () => {
    const result = await graphql(api.url, { query: SUBJECT_QUERY, variables: { id: karin }, token: await tokenFor('wmo.lotte'), purpose: 'SIGNALERING' });
    expect(errorCode(result)).toBe('NOT_FOUND');
  });

  it('has row-level security enabled and forced on every table that holds tenant data', async () => {
    const { rows } = await owner.query<{ table: string; enabled: boolean; forced: boolean; policies: number }>(
      `SELECT c.relname AS table, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
              (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid) AS policies
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r'
          AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)`,
    );
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.filter((r) => !r.enabled || !r.forced || r.policies === 0).map((r) => r.table)).toEqual([]);
  });

  it('lets the database itself refuse cross-tenant reads and writes for the application role', async () => {
    const app = await connect('app');
    try {
      const asTweestad = await asTenant(app, TWEESTAD, () => app.query('SELECT id FROM subject WHERE id = $1', [karin]));
      expect(asTweestad.rows).toEqual([]);
      const withoutTenant = await app.query('SELECT count(*)::int AS n FROM subject');
      expect(withoutTenant.rows[0].n).toBe(0);
      const asDemodam = await asTenant(app, DEMODAM, () => app.query('SELECT id FROM subject WHERE id = $1', [karin]));
      expect(asDemodam.rows).toHaveLength(1);
      await expect(
        asTenant(app, TWEESTAD, () =>
          app.query(`INSERT INTO subject (tenant_id, id, type, name) VALUES ($1, gen_random_uuid(), 'PERSON', 'x')`, [DEMODAM]),
        ),
      ).rejects.toThrow(/row-level security/);
      const role = await app.query(`SELECT rolbypassrls, rolsuper FROM pg_roles WHERE rolname = current_user`);
      expect(role.rows[0]).toEqual({ rolbypassrls: false, rolsuper: false });
    } finally {
      await app.end();
    }
  });
});

async function asTenantCommit(client: Client, tenantId: string, work: () => Promise<unknown>): Promise<void> {
  await client.query('BEGIN');
  await client.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
  await work();
  await client.query('COMMIT');
}
