import { keepPreviousData, useMutation, useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import type { TypedDocumentString } from '../../gql/graphql';
import { useSession, type Session } from '../auth/session';
import type { Purpose } from '../purpose/purposes';
import { ApiError } from './api-error';
import { execute } from './client';

interface QueryOptions {
  /** The purpose declared for this read; required for anything with personal data. */
  purpose?: Purpose;
  /** False holds the request back (for example until the user has chosen a purpose). */
  enabled?: boolean;
  /** Keeps showing the previous answer while new variables load (search, paging): nothing jumps. */
  keepPreviousData?: boolean;
}

/** One request with the session's token; an UNAUTHENTICATED answer renews the session once and retries. */
async function withSession<Result, Variables>(
  session: Session,
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  purpose: Purpose | undefined,
  signal?: AbortSignal,
): Promise<Result> {
  const run = async () => execute(document, variables, { accessToken: await session.accessToken(), purpose, signal });
  try {
    return await run();
  } catch (error) {
    if (error instanceof ApiError && error.code === 'UNAUTHENTICATED' && (await session.renewAfterRefusal(error.reason))) return run();
    throw error;
  }
}

/** Runs a typed query with the signed-in user's token and the declared purpose. */
export function useApiQuery<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  options: QueryOptions = {},
): UseQueryResult<Result, ApiError> {
  const session = useSession();
  return useQuery<Result, ApiError>({
    queryKey: [document.toString(), variables, options.purpose, session.userKey],
    enabled: options.enabled ?? true,
    placeholderData: options.keepPreviousData ? keepPreviousData : undefined,
    queryFn: ({ signal }) => withSession(session, document, variables, options.purpose, signal),
  });
}

/** Runs a typed mutation; on success every query is refreshed (lists, counts and detail pages stay true). */
export function useApiMutation<Result, Variables>(document: TypedDocumentString<Result, Variables>, options: { purpose?: Purpose } = {}) {
  const session = useSession();
  const queries = useQueryClient();
  return useMutation<Result, ApiError, Variables>({
    mutationFn: (variables) => withSession(session, document, variables, options.purpose),
    onSuccess: () => queries.invalidateQueries(),
  });
}
