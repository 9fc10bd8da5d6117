import { ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';

/**
 * Nest logs every exception a resolver throws, whole: for a database error that is the SQL with
 * every bound parameter (dates of birth, addresses, free text). GraphQL errors are handed to
 * Apollo untouched instead, and `formatError` logs them once, safely (code and constraint only).
 */
@Catch()
export class GraphQLExceptionFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') return exception;
    return super.catch(exception, host);
  }
}
