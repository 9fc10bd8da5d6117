import { readFileSync } from 'node:fs';
import { buildSchemaSdl, SCHEMA_FILE } from '../../apps/api/graphql/schema-sdl';

describe('the checked-in GraphQL schema (apps/api/schema.graphql)', () => {
  it('matches the API’s resolvers, so the web app is typed against the API as it is (run `npm run schema:emit` when this fails)', async () => {
    const current = await buildSchemaSdl();
    const checkedIn = readFileSync(SCHEMA_FILE, 'utf8');
    if (current !== checkedIn) {
      throw new Error('apps/api/schema.graphql is stale: run `npm run schema:emit` and commit the file (the web app’s types are generated from it)');
    }
    expect(current).toContain('type Query');
  });
});
