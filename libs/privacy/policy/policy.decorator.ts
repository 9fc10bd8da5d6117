import { SetMetadata } from '@nestjs/common';
import type { AuditAction } from '../audit/audit-event.entity';
import type { Purpose } from '../purpose';

export const POLICY_METADATA = 'vangrail:policy';

/** A governed operation: it touches personal data, so it runs the whole governed path. */
export interface GovernedPolicy {
  kind: 'governed';
  /** Resource type as named in CASL rules and the audit trail, e.g. 'Subject'. */
  resource: string;
  action: AuditAction;
  /** Purposes under which this operation may run at all; the ability decides per record. */
  purposes: readonly Purpose[];
}

export type Policy =
  | GovernedPolicy
  | { kind: 'public'; reason: string }
  | { kind: 'signed-in'; reason: string };

/** Runs the governed path: purpose check, tenant transaction, ability, audit in the same transaction. */
export const Governed = (policy: Omit<GovernedPolicy, 'kind'>): MethodDecorator & ClassDecorator =>
  SetMetadata(POLICY_METADATA, { kind: 'governed', ...policy } satisfies Policy);

/** No sign-in needed; the reason says why that is safe. */
export const Public = (reason: string): MethodDecorator & ClassDecorator =>
  SetMetadata(POLICY_METADATA, { kind: 'public', reason } satisfies Policy);

/** Sign-in needed but no personal data of others is touched (e.g. `me`); the reason says so. */
export const SignedIn = (reason: string): MethodDecorator & ClassDecorator =>
  SetMetadata(POLICY_METADATA, { kind: 'signed-in', reason } satisfies Policy);
