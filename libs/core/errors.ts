import { GraphQLError } from 'graphql';

/** API.md: the stable error codes. Clients switch on these, never on messages. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'PURPOSE_REQUIRED'
  | 'PURPOSE_NOT_PERMITTED'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RESTRICTED'
  | 'RATE_LIMITED'
  | 'INTERNAL';

/**
 * An error meant for the user: a stable code, a plain English message and its Dutch translation,
 * and for bad input the offending field. Nothing internal goes in here.
 */
export class VangrailError extends GraphQLError {
  /**
   * What a refusal was about, for the audit trail only: never sent to the client (error-format copies
   * the message and extensions, nothing else), so a refusal cannot confirm that a record exists.
   */
  auditKeys?: RefusalKeys;

  constructor(
    readonly code: ErrorCode,
    message: string,
    messageNl: string,
    extra: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, messageNl, ...extra } });
  }

  /** Notes the resource and subjects this refusal was about (audit trail only). */
  about(keys: RefusalKeys): this {
    this.auditKeys = { ...this.auditKeys, ...keys };
    return this;
  }
}

export interface RefusalKeys {
  resourceId?: string | null;
  subjectKeys?: string[];
}

export const unauthenticated = (why: string): VangrailError =>
  new VangrailError('UNAUTHENTICATED', `Not signed in: ${why}`, `Niet aangemeld: ${why}`);

export const badInput = (field: string, message: string, messageNl: string): VangrailError =>
  new VangrailError('BAD_USER_INPUT', message, messageNl, { field });

/**
 * Hidden and absent look the same to the caller, so a refusal never confirms that a record exists:
 * the resource id goes to the audit trail only, never into the answer.
 */
export const notFound = (what: string, wat: string, resourceId?: string): VangrailError =>
  new VangrailError('NOT_FOUND', `${what} was not found or is not available to you`, `${wat} is niet gevonden of niet voor u beschikbaar`).about({
    resourceId: resourceId ?? null,
  });

export const forbidden = (why: string, waarom: string): VangrailError =>
  new VangrailError('FORBIDDEN', why, waarom);

export const conflict = (why: string, waarom: string): VangrailError => new VangrailError('CONFLICT', why, waarom);
