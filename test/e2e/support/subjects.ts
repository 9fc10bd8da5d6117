import { graphql, GraphQLResult } from './graphql';
import { tokenFor } from './tokens';

/** `subject(id)` as a user under a declared purpose: the most common governed read in the tests. */
export async function readSubject(baseUrl: string, username: string, purpose: string, id: string): Promise<GraphQLResult<Record<string, any>>> {
  return graphql(baseUrl, { query: `query($id: ID!) { subject(id: $id) { id } }`, variables: { id }, token: await tokenFor(username), purpose });
}
