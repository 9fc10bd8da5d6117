import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { APP_DATA_SOURCE } from '@vangrail/persistence';
import { seedDemo } from '../../../tools/seed-demo';
import { startApi, RunningApi } from '../support/api';
import { asTenant, auditEventsFor, connect, DEMODAM, demoSubjectId } from '../support/database';
import { ADD_CONTRIBUTION, callAs, demoUserId, okAs, registerCase } from '../support/case-tables';
import { errorCode, graphql } from '../support/graphql';
import { tokenFor } from '../support/tokens';

const ADD_ACTION_ITEM = `mutation($input: AddActionItemInput!) { addActionItem(input: $input) { id } }`;
const ADD_ADDENDUM = `mutation($input: AddAddendumInput!) { addAddendum(input: $input) { id } }`;
const COMPLETE = `mutation($input: CompleteActionItemInput!) { completeActionItem(input: $input) { status } }`;

/** Pool connections checked out at the same time, at most, while `work` runs. */
async function peakConnections(pool: Pool, work: () => Promise<unknown>): Promise<number> {
  let out = 0;
  let peak = 0;
  const acquired = (): void => {
    out += 1;
    peak = Math.max(peak, out);
  };
  const released = (): void => {
    out -= 1;
  };
  pool.on('acquire', acquired);
  pool.on('release', released);
  try {
    await work();
  } finally {
    pool.off('acquire', acquired);
    pool.off('release', released);
  }
  return peak;
}

describe('One governed scope per GraphQL operation, and an audit trail that never lies', () => {
  let api: RunningApi;
  let karin: string;

  beforeAll(async () => {
    await seedDemo();
    api = await startApi('governed-operation');
    karin = await demoSubjectId(DEMODAM, { name: 'Karin Jansen' });
  });
  afterAll(() => api.close());

  it('answers 15 aliased subject reads in one request from one pooled connection and one transaction, one audit event each', async () => {
    const aliases = Array.from({ length: 15 }, (_, i) => `s${i}: subject(id: $id) { id person { name } }`).join('\n');
    const token = await tokenFor('privacy.ivo');
    const pool = (api.app.get<DataSource>(APP_DATA_SOURCE).driver as unknown as { master: Pool }).master;
    let result: Awaited<ReturnType<typeof graphql>> | undefined;
    const peak = await peakConnections(pool, async () => {
      result = await graphql(api.url, { query: `query($id: ID!) { ${aliases} }`, variables: { id: karin }, token, purpose: 'INZAGEVERZOEK' });
    });
    expect(result!.errors).toBeUndefined();
    expect(Object.keys(result!.data!)).toHaveLength(15);
    expect(peak).toBe(1);
    const events = await auditEventsFor(result!.requestId);
    expect(events).toHaveLength(15);
    expect(events.every((event) => event.outcome === 'ALLOWED' && event.resource_id === karin)).toBe(true);
    // Rows written by one transaction share its id (xmin).
    const owner = await connect('owner');
    try {
      const { rows } = await asTenant(owner, DEMODAM, () =>
        owner.query(`SELECT count(DISTINCT xmin::text)::int AS transactions FROM audit_event WHERE request_id = $1`, [result!.requestId]),
      );
      expect(rows[0].transactions).toBe(1);
    } finally {
      await owner.end();
    }
  });

  it('returns no data when one field of the operation fails, records that field as DENIED and the read of the other as ERROR', async () => {
    const missing = randomUUID();
    const result = await graphql(api.url, {
      query: `query($a: ID!, $b: ID!) { found: subject(id: $a) { id person { name } } gone: subject(id: $b) { id } }`,
      variables: { a: karin, b: missing },
      token: await tokenFor('privacy.ivo'),
      purpose: 'INZAGEVERZOEK',
    });
    expect(errorCode(result)).toBe('NOT_FOUND');
    expect(result.data).toBeUndefined();
    const events = await auditEventsFor(result.requestId);
    expect(events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ outcome: 'DENIED', resource_id: missing }),
        expect.objectContaining({ outcome: 'ERROR', resource_id: karin, subject_keys: [karin] }),
      ]),
    );
    expect(events).toHaveLength(2);
    expect(events.find((event) => event.outcome === 'ERROR')!.reason).toContain('not returned');
  });

  it('records the subject a wrong-purpose refusal was about, without telling the caller', async () => {
    const result = await graphql(api.url, {
      query: `query($id: ID!) { subject(id: $id) { id } }`,
      variables: { id: karin },
      token: await tokenFor('wijkteam.anna'),
      purpose: 'HANDHAVING',
    });
    expect(errorCode(result)).toBe('PURPOSE_NOT_PERMITTED');
    expect(JSON.stringify(result.errors)).not.toContain(karin);
    expect(await auditEventsFor(result.requestId)).toEqual([expect.objectContaining({ outcome: 'DENIED', purpose: 'HANDHAVING', resource_id: karin })]);
  });

  it('answers NOT_FOUND identically for a missing and a hidden subject, with no id in the answer', async () => {
    const token = await tokenFor('oov.gijs');
    const ask = (id: string) => graphql(api.url, { query: `query($id: ID!) { subject(id: $id) { id } }`, variables: { id }, token, purpose: 'HANDHAVING' });
    const hidden = await ask(karin);
    const missing = await ask(randomUUID());
    expect(errorCode(hidden)).toBe('NOT_FOUND');
    expect(hidden.errors).toEqual(missing.errors);
    expect(hidden.errors![0].extensions).not.toHaveProperty('resourceId');
    expect(await auditEventsFor(hidden.requestId)).toEqual([expect.objectContaining({ outcome: 'DENIED', resource_id: karin })]);
  });

  it('does not reveal through addAddendum or completeActionItem that a contribution or action item of a hidden case exists', async () => {
    const kase = await registerCase(api.url, { disciplines: ['WMO', 'BWT'] });
    const contribution = (
      await okAs(api.url, 'wmo.bram', 'CASUSOVERLEG', ADD_CONTRIBUTION, { input: { caseId: kase.id, category: 'GEZONDHEID', text: 'Mist afspraken bij de huisarts.' } })
    ).addContribution;
    const item = (
      await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', ADD_ACTION_ITEM, {
        input: { caseId: kase.id, description: 'Woningcontrole', category: 'WONEN', ownerUserId: demoUserId('bwt.fleur'), dueAt: new Date(Date.now() + 7 * 86_400_000).toISOString() },
      })
    ).addActionItem;
    // OOV does not take part in this case: the case itself is hidden from it.
    const caseHidden = await callAs(api.url, 'oov.gijs', 'CASUSOVERLEG', `query($id: ID!) { case(id: $id) { id } }`, { id: kase.id });
    const caseMissing = await callAs(api.url, 'oov.gijs', 'CASUSOVERLEG', `query($id: ID!) { case(id: $id) { id } }`, { id: randomUUID() });
    expect(errorCode(caseHidden)).toBe('NOT_FOUND');
    expect(caseHidden.errors).toEqual(caseMissing.errors);
    expect(JSON.stringify(caseHidden.errors)).not.toContain(kase.id);
    expect(await auditEventsFor(caseHidden.requestId)).toEqual([expect.objectContaining({ outcome: 'DENIED', resource_id: kase.id })]);

    const addendumHidden = await callAs(api.url, 'oov.gijs', 'CASUSOVERLEG', ADD_ADDENDUM, { input: { contributionId: contribution.id, text: 'Aanvulling' } });
    const addendumMissing = await callAs(api.url, 'oov.gijs', 'CASUSOVERLEG', ADD_ADDENDUM, { input: { contributionId: randomUUID(), text: 'Aanvulling' } });
    expect(errorCode(addendumHidden)).toBe('NOT_FOUND');
    expect(addendumHidden.errors).toEqual(addendumMissing.errors);
    expect(JSON.stringify(addendumHidden.errors)).not.toContain(kase.id);

    const completeHidden = await callAs(api.url, 'oov.gijs', 'PLANUITVOERING', COMPLETE, { input: { actionItemId: item.id } });
    const completeMissing = await callAs(api.url, 'oov.gijs', 'PLANUITVOERING', COMPLETE, { input: { actionItemId: randomUUID() } });
    expect(completeHidden.errors).toEqual(completeMissing.errors);
    expect(JSON.stringify(completeHidden.errors)).not.toContain(kase.id);
    expect(await auditEventsFor(completeHidden.requestId)).toEqual([expect.objectContaining({ outcome: 'DENIED', resource_id: item.id })]);
  });
});
