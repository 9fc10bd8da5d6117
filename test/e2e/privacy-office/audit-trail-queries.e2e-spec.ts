import { seedDemo } from '../../../tools/seed-demo';
import { startApi, RunningApi } from '../support/api';
import { DEMODAM, demoSubjectId } from '../support/database';
import { errorCode, graphql } from '../support/graphql';
import { readSubject } from '../support/subjects';
import { tokenFor } from '../support/tokens';

const AUDIT_QUERY = `query($filter: AuditEventFilter) { auditEvents(filter: $filter) { username action outcome purpose resourceType subjectKeys dataCategories requestId } }`;

describe('Privacy office: the audit trail answers who accessed whom, why', () => {
  let api: RunningApi;
  beforeAll(async () => {
    await seedDemo();
    api = await startApi('privacy-office');
  });
  afterAll(() => api.close());

  it('lets the privacy officer find every access to one subject, with purpose and categories, and verify the chain', async () => {
    const karin = await demoSubjectId(DEMODAM, { name: 'Karin Jansen' });
    const read = await readSubject(api.url, 'privacy.ivo', 'INZAGEVERZOEK', karin);
    const refused = await readSubject(api.url, 'oov.gijs', 'HANDHAVING', karin);
    expect(errorCode(refused)).toBe('NOT_FOUND');

    const ivo = await tokenFor('privacy.ivo');
    const trail = await graphql(api.url, { query: AUDIT_QUERY, variables: { filter: { subjectKey: karin } }, token: ivo, purpose: 'PRIVACYTOEZICHT' });
    expect(trail.errors).toBeUndefined();
    const events = trail.data!.auditEvents;
    expect(events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ requestId: read.requestId, username: 'privacy.ivo', action: 'READ', outcome: 'ALLOWED', purpose: 'INZAGEVERZOEK', subjectKeys: [karin] }),
      ]),
    );
    const denied = await graphql(api.url, { query: AUDIT_QUERY, variables: { filter: { username: 'oov.gijs', outcome: 'DENIED' } }, token: ivo, purpose: 'PRIVACYTOEZICHT' });
    expect(denied.data!.auditEvents.some((e: { requestId: string }) => e.requestId === refused.requestId)).toBe(true);

    const chain = await graphql(api.url, { query: `{ auditChainStatus { intact eventsChecked firstBrokenSeq } }`, token: ivo, purpose: 'PRIVACYTOEZICHT' });
    expect(chain.data!.auditChainStatus).toMatchObject({ intact: true, firstBrokenSeq: null });
    expect(chain.data!.auditChainStatus.eventsChecked).toBeGreaterThan(0);
  });

  it('refuses the audit trail to anyone but the privacy officer', async () => {
    const result = await graphql(api.url, { query: AUDIT_QUERY, token: await tokenFor('wmo.bram'), purpose: 'PRIVACYTOEZICHT' });
    expect(errorCode(result)).toBe('PURPOSE_NOT_PERMITTED');
  });
});
