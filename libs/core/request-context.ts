import { randomUUID } from 'node:crypto';
import type { Discipline, PlatformRole } from './discipline';

export interface AuthenticatedUser {
  id: string;
  tenantId: string;
  tenantSlug: string;
  username: string;
  displayName: string;
  discipline: Discipline | null;
  roles: PlatformRole[];
}

export interface RequestContextInit {
  requestId?: string;
  declaredPurpose?: string;
  sourceAddress?: string;
  traceId?: string;
  headers?: Record<string, string | string[] | undefined>;
}

/**
 * Everything a request carries into a service: who (user and tenant), why (the declared purpose)
 * and the request id the audit trail ties together. Jobs carry a serialised copy.
 */
export class RequestContext {
  readonly requestId: string;
  readonly declaredPurpose?: string;
  readonly sourceAddress?: string;
  readonly traceId?: string;
  readonly headers: Record<string, string | string[] | undefined>;
  user?: AuthenticatedUser;
  /** One authentication per request, shared by the parallel resolvers of that request. */
  authentication?: Promise<AuthenticatedUser>;

  constructor(init: RequestContextInit = {}) {
    this.requestId = init.requestId ?? randomUUID();
    this.declaredPurpose = init.declaredPurpose || undefined;
    this.sourceAddress = init.sourceAddress;
    this.traceId = init.traceId;
    this.headers = init.headers ?? {};
  }

  get signedIn(): AuthenticatedUser {
    if (!this.user) throw new Error('RequestContext.signedIn used before authentication');
    return this.user;
  }

  toJSON(): SerialisedContext {
    return { requestId: this.requestId, purpose: this.declaredPurpose, traceId: this.traceId, user: this.user };
  }

  static fromJSON(data: SerialisedContext): RequestContext {
    const ctx = new RequestContext({ requestId: data.requestId, declaredPurpose: data.purpose, traceId: data.traceId, sourceAddress: 'worker' });
    ctx.user = data.user;
    return ctx;
  }
}

export interface SerialisedContext {
  requestId: string;
  purpose?: string;
  traceId?: string;
  user?: AuthenticatedUser;
}
