import { readFileSync } from 'node:fs';
import { seedDemo } from '../../../tools/seed-demo';
import { DEMO_BSNS } from '../../../tools/demo-data';
import { startApi, RunningApi } from '../support/api';
import { DEMODAM, demoSubjectId } from '../support/database';
import { graphql } from '../support/graphql';
import { tokenFor } from '../support/tokens';

describe('Logs carry no personal data', () => {
  let api: RunningApi;
  beforeAll(async () => {
    await seedDemo();
    api = await startApi('logs');
  });
  afterAll(() => api.close());

  it('logs requests, refusals and errors at debug level without any BSN or name', async () => {
    const karin = await demoSubjectId(DEMODAM, { name: 'Karin Jansen' });
    const token = await tokenFor('privacy.ivo');
    const query = `query($id: ID!) { subject(id: $id) { person { name bsn } } }`;
    const ok = await graphql(api.url, { query, variables: { id: karin }, token, purpose: 'INZAGEVERZOEK' });
    expect(ok.data?.subject.person.bsn).toBe('999990019');
    await graphql(api.url, { query, variables: { id: karin }, token });
    await graphql(api.url, { query: `query { subject(id: "999990019") { id } }`, token, purpose: 'INZAGEVERZOEK' });
    const log = readFileSync(api.logFile, 'utf8');
    expect(log.length).toBeGreaterThan(0);
    expect(log).toContain(ok.requestId);
    for (const bsn of DEMO_BSNS) expect(log).not.toContain(bsn);
    expect(log).not.toContain('Karin Jansen');
  });
});
