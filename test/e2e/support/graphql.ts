import { randomUUID } from 'node:crypto';
import { errorsUnfitForUsers } from './message-hygiene';

export interface GraphQLCall {
  query: string;
  variables?: Record<string, unknown>;
  token?: string;
  purpose?: string;
  requestId?: string;
}

export interface GraphQLError {
  message: string;
  extensions: { code: string; field?: string; messageNl?: string; [key: string]: unknown };
}

export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  requestId: string;
  data?: T;
  errors?: GraphQLError[];
}

/** POSTs one GraphQL operation as a user would: bearer token, declared purpose, request id. */
export async function graphql<T = Record<string, any>>(baseUrl: string, call: GraphQLCall): Promise<GraphQLResult<T>> {
  const requestId = call.requestId ?? `test-${randomUUID()}`;
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-request-id': requestId };
  if (call.token) headers.authorization = `Bearer ${call.token}`;
  if (call.purpose) headers['x-purpose'] = call.purpose;
  const response = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query: call.query, variables: call.variables }) });
  const body = (await response.json()) as { data?: T; errors?: GraphQLError[] };
  // Every error any e2e test provokes is checked as a user would read it (issue: plain words, no codes).
  const unfit = errorsUnfitForUsers(body.errors ?? []);
  if (unfit.length) throw new Error(`error messages a user could not read:\n${unfit.join('\n')}`);
  return { status: response.status, requestId: response.headers.get('x-request-id') ?? requestId, data: body.data ?? undefined, errors: body.errors };
}

/** The one error code of a failed call (fails loudly if the call did not fail). */
export function errorCode(result: GraphQLResult<unknown>): string {
  if (!result.errors?.length) throw new Error(`expected an error, got data ${JSON.stringify(result.data)}`);
  return result.errors[0].extensions.code;
}
