import { PrivacyClock } from '@vangrail/privacy-office';
import { seedDemo } from '../../../tools/seed-demo';
import { startApi, RunningApi } from '../support/api';
import { demoUserId, registerCase } from '../support/case-tables';
import { asTenant, auditEventsFor, connect, DEMODAM } from '../support/database';
import { errorCode, graphql } from '../support/graphql';
import { tokenFor } from '../support/tokens';

const REQUEST = `mutation($input: RequestEmergencyAccessInput!) { requestEmergencyAccess(input: $input) { id username discipline resourceType resourceId grantedAt expiresAt active reviewState notified } }`;
const READ_CASE = `query($id: ID!) { case(id: $id) { id reference title subjects { subject { id } } } }`;
const REVIEWS = `query($filter: EmergencyAccessReviewFilter) { emergencyAccessReviews(filter: $filter) { id username resourceId active accesses reviewState reviewFinding notified } }`;
const REVIEW = `mutation($input: ReviewEmergencyAccessInput!) { reviewEmergencyAccess(input: $input) { id reviewState reviewFinding reviewedAt } }`;
const JUSTIFICATION = 'Melding van acuut gevaar: bewoner dreigt de woning in brand te steken, politie ter plaatse.';

async function notifiedUsers(caseId: string): Promise<string[]> {
  const client = await connect('owner');
  try {
    return await asTenant(client, DEMODAM, async () => {
      const { rows } = await client.query<{ recipient_user_id: string }>(
        `SELECT recipient_user_id FROM notification WHERE tenant_id = $1 AND case_id = $2 AND kind = 'EMERGENCY_ACCESS'`,
        [DEMODAM, caseId],
      );
      return rows.map((r) => r.recipient_user_id);
    });
  } finally {
    await client.end();
  }
}

describe('Emergency access (NOODTOEGANG): time-limited, flagged, notified and reviewed', () => {
  let api: RunningApi;
  let clock: PrivacyClock;

  beforeAll(async () => {
    await seedDemo();
    api = await startApi('privacy-emergency-access');
    clock = api.app.get(PrivacyClock);
  });
  afterEach(() => clock.setOffset(0));
  afterAll(() => api.close());

  it('lets oov.gijs read a case outside his discipline while the grant runs, then not; the officer sees it pending and closes it', async () => {
    const kase = await registerCase(api.url, { disciplines: ['WMO'] });
    const gijs = await tokenFor('oov.gijs');
    const read = (purpose: string) => graphql(api.url, { query: READ_CASE, variables: { id: kase.id }, token: gijs, purpose });
    expect(errorCode(await read('CASUSOVERLEG'))).toBe('NOT_FOUND');
    expect(errorCode(await read('NOODTOEGANG'))).toBe('NOT_FOUND');

    const requested = await graphql(api.url, { query: REQUEST, variables: { input: { resourceType: 'CASE', resourceId: kase.id, justification: JUSTIFICATION } }, token: gijs, purpose: 'NOODTOEGANG' });
    expect(requested.errors).toBeUndefined();
    const grant = requested.data!.requestEmergencyAccess;
    expect(grant).toMatchObject({ username: 'oov.gijs', discipline: 'OOV', resourceType: 'CASE', resourceId: kase.id, active: true, reviewState: 'TE_BEOORDELEN', notified: 2 });
    expect(new Date(grant.expiresAt).getTime() - new Date(grant.grantedAt).getTime()).toBe(3600_000);
    expect((await notifiedUsers(kase.id)).sort()).toEqual([demoUserId('privacy.ivo'), demoUserId('voorzitter.hanna')].sort());

    const during = await read('NOODTOEGANG');
    expect(during.errors).toBeUndefined();
    expect(during.data!.case).toMatchObject({ id: kase.id, reference: kase.reference });
    const [event] = (await auditEventsFor(during.requestId)).filter((e) => e.resource_type === 'Case');
    expect(event).toMatchObject({ action: 'READ', outcome: 'ALLOWED', purpose: 'NOODTOEGANG', emergency_access: true, reason: expect.stringContaining(`emergency access grant ${grant.id}`) });
    expect(event.legal_basis).toContain('AVG art. 6 lid 1 sub d');
    expect(errorCode(await read('CASUSOVERLEG'))).toBe('NOT_FOUND');

    clock.setOffset(61 * 60_000);
    const after = await read('NOODTOEGANG');
    expect(errorCode(after)).toBe('NOT_FOUND');

    const ivo = await tokenFor('privacy.ivo');
    const pending = await graphql(api.url, { query: REVIEWS, variables: { filter: { state: 'TE_BEOORDELEN' } }, token: ivo, purpose: 'PRIVACYTOEZICHT' });
    expect(pending.data!.emergencyAccessReviews).toEqual(expect.arrayContaining([expect.objectContaining({ id: grant.id, username: 'oov.gijs', active: false, accesses: 1, reviewState: 'TE_BEOORDELEN', notified: 2 })]));
    const flagged = await graphql(api.url, {
      query: `query($filter: AuditEventFilter) { auditEvents(filter: $filter) { events { requestId emergencyAccess } } }`,
      variables: { filter: { caseId: kase.id, emergencyAccess: true } },
      token: ivo,
      purpose: 'PRIVACYTOEZICHT',
    });
    expect(flagged.data!.auditEvents.events.map((e: { requestId: string }) => e.requestId)).toContain(during.requestId);

    const closed = await graphql(api.url, { query: REVIEW, variables: { input: { grantId: grant.id, verdict: 'GERECHTVAARDIGD', finding: 'Acuut gevaar bevestigd door de politie; inzage beperkt tot de casus.' } }, token: ivo, purpose: 'PRIVACYTOEZICHT' });
    expect(closed.data!.reviewEmergencyAccess).toMatchObject({ id: grant.id, reviewState: 'GERECHTVAARDIGD' });
    const again = await graphql(api.url, { query: REVIEW, variables: { input: { grantId: grant.id, verdict: 'SCHENDING', finding: 'Toch een schending, bij nader inzien.' } }, token: ivo, purpose: 'PRIVACYTOEZICHT' });
    expect(errorCode(again)).toBe('CONFLICT');
    const stillPending = await graphql(api.url, { query: REVIEWS, variables: { filter: { state: 'TE_BEOORDELEN' } }, token: ivo, purpose: 'PRIVACYTOEZICHT' });
    expect(stillPending.data!.emergencyAccessReviews.map((g: { id: string }) => g.id)).not.toContain(grant.id);
  });

  it('refuses a grant longer than 24 hours, without a real justification, or on something that does not exist', async () => {
    const kase = await registerCase(api.url, { disciplines: ['WMO'] });
    const gijs = await tokenFor('oov.gijs');
    const ask = (input: Record<string, unknown>) => graphql(api.url, { query: REQUEST, variables: { input: { resourceType: 'CASE', resourceId: kase.id, justification: JUSTIFICATION, ...input } }, token: gijs, purpose: 'NOODTOEGANG' });
    expect((await ask({ minutes: 1441 })).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await ask({ justification: 'even kijken' })).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(errorCode(await ask({ resourceId: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
    const day = await ask({ minutes: 1440 });
    expect(new Date(day.data!.requestEmergencyAccess.expiresAt).getTime() - new Date(day.data!.requestEmergencyAccess.grantedAt).getTime()).toBe(24 * 3600_000);
    const officer = await graphql(api.url, { query: REQUEST, variables: { input: { resourceType: 'CASE', resourceId: kase.id, justification: JUSTIFICATION } }, token: await tokenFor('privacy.ivo'), purpose: 'NOODTOEGANG' });
    expect(errorCode(officer)).toBe('PURPOSE_NOT_PERMITTED');
    const review = await graphql(api.url, { query: REVIEWS, token: gijs, purpose: 'PRIVACYTOEZICHT' });
    expect(errorCode(review)).toBe('PURPOSE_NOT_PERMITTED');
  });
});
