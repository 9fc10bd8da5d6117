import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLFormattedError } from 'graphql';
import { Logger } from '@nestjs/common';
import { ErrorCode, VangrailError } from '@vangrail/core';
import { graphqlErrors } from '@vangrail/observability';

const logger = new Logger('GraphQLErrors');

/** Errors about the shape of the request itself: the client's to fix, and safe to explain. */
const REQUEST_SHAPE_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST']);

/**
 * Every error leaves with a stable code from API.md. Our own errors pass as they are; query-shape
 * errors become BAD_USER_INPUT; anything else is INTERNAL with no internals, logged by request id.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  let result: GraphQLFormattedError;
  const refusedValue = refusedVariableValue(error);
  if (refusedValue) {
    result = { message: refusedValue.error.message, extensions: { ...refusedValue.error.extensions, field: refusedValue.field } };
  } else if (original instanceof VangrailError) {
    result = { message: original.message, path: formatted.path, extensions: { ...original.extensions } };
  } else if (isRetryableDatabaseConflict(original)) {
    result = {
      message: 'Someone else changed the same data at the same moment; nothing was saved. Please try again.',
      path: formatted.path,
      extensions: { code: 'CONFLICT' satisfies ErrorCode, messageNl: 'Iemand anders wijzigde tegelijk dezelfde gegevens; er is niets opgeslagen. Probeer het opnieuw.' },
    };
  } else if (REQUEST_SHAPE_CODES.has(String(formatted.extensions?.code))) {
    result = { message: formatted.message, locations: formatted.locations, extensions: { code: 'BAD_USER_INPUT' satisfies ErrorCode } };
  } else if (formatted.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND' || formatted.extensions?.code === 'OPERATION_RESOLUTION_FAILURE') {
    result = { message: formatted.message, extensions: { code: 'BAD_USER_INPUT' satisfies ErrorCode } };
  } else {
    logger.error({ err: describeSafely(original), path: formatted.path }, 'unexpected error');
    result = {
      message: 'Something went wrong on our side; nothing was changed. Quote the X-Request-Id when you report it.',
      path: formatted.path,
      extensions: { code: 'INTERNAL' satisfies ErrorCode, messageNl: 'Er ging iets mis aan onze kant; er is niets gewijzigd. Vermeld de X-Request-Id als u dit meldt.' },
    };
  }
  graphqlErrors.inc({ code: String(result.extensions?.code) });
  return result;
}

/**
 * A variable our own scalar refused (a day that does not exist): GraphQL wraps the scalar's error in
 * "Variable "$input" got invalid value … at "input.observedAt"; …". The user gets the scalar's own
 * words in both languages, and the field from where GraphQL met the value.
 */
function refusedVariableValue(error: unknown): { error: VangrailError; field: string } | undefined {
  const wrapped = error as { message?: unknown; originalError?: unknown } | null;
  if (!(wrapped?.originalError instanceof VangrailError) || typeof wrapped.message !== 'string') return undefined;
  const at = /^Variable "\$[^"]+" got invalid value .*? at "([^"]+)"; /s.exec(wrapped.message);
  const variable = /^Variable "\$([^"]+)" got invalid value/.exec(wrapped.message);
  if (!variable) return undefined;
  return { error: wrapped.originalError, field: at?.[1] ?? variable[1] };
}

export function validationError(field: string, constraint: string, constraintNl?: string): VangrailError {
  return new VangrailError('BAD_USER_INPUT', `${field}: ${constraint}`, `${field}: ${constraintNl ?? constraint}`, { field, constraint });
}

/**
 * What of an unexpected error may be logged. Database errors quote the offending values in their
 * message (and TypeORM adds the query parameters), so for those only the SQLSTATE, the constraint
 * and table names and the stack frames are kept; message, detail, query and parameters are dropped.
 */
function describeSafely(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const frames = (error.stack ?? '').split('\n').slice(1).join('\n');
  const sqlState = (error as { code?: unknown }).code;
  const fromDatabase = error.name === 'QueryFailedError' || typeof (error as { severity?: unknown }).severity === 'string';
  if (!fromDatabase) return { type: error.name, message: error.message, stack: frames };
  // The driver error names the constraint and table; its message and detail quote the values.
  const driver = ((error as { driverError?: Record<string, unknown> }).driverError ?? error) as Record<string, unknown>;
  return { type: error.name, sqlState: driver.code ?? sqlState, constraint: driver.constraint, table: driver.table, stack: frames };
}

/** Deadlock, serialisation failure or a unique key taken by a concurrent request (SQLSTATE). */
function isRetryableDatabaseConflict(error: unknown): boolean {
  const code = (error as { driverError?: { code?: string }; code?: string } | null)?.driverError?.code ?? (error as { code?: string } | null)?.code;
  return code === '40P01' || code === '40001' || code === '23505';
}
