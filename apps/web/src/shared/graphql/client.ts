import type { TypedDocumentString } from '../../gql/graphql';
import { ApiError, apiErrorFrom, networkError } from './api-error';
import type { Purpose } from '../purpose/purposes';

export interface RequestOptions {
  accessToken: string;
  /** The declared purpose (doelbinding), sent as X-Purpose; required by the API for personal data. */
  purpose?: Purpose;
  signal?: AbortSignal;
}

/**
 * Runs one typed GraphQL document against /graphql. Any error in the answer throws an ApiError
 * (never partial data silently used); its Dutch message and field come from the API.
 */
export async function execute<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  options: RequestOptions,
): Promise<Result> {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    Authorization: `Bearer ${options.accessToken}`,
  };
  if (options.purpose) headers['X-Purpose'] = options.purpose;
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw networkError();
  }
  const requestId = response.headers.get('X-Request-Id') ?? undefined;
  let body: { data?: Result | null; errors?: Array<{ message: string; extensions?: Record<string, string> }> };
  try {
    body = await response.json();
  } catch {
    throw new ApiError(response.status === 429 ? 'RATE_LIMITED' : 'INTERNAL', response.status === 429 ? 'Te veel verzoeken; wacht even.' : 'Er ging iets mis aan onze kant; er is niets gewijzigd.', undefined, requestId);
  }
  if (body.errors?.length) throw apiErrorFrom(body.errors[0], requestId);
  if (!body.data) throw new ApiError('INTERNAL', 'De server gaf geen antwoord.', undefined, requestId);
  return body.data;
}
