import { createHash } from 'node:crypto';

/** The fields that are hashed, in a fixed order, so the chain can be recomputed from the table alone. */
export interface HashedAuditFields {
  tenantId: string;
  seq: string;
  id: string;
  occurredAt: Date;
  userId: string | null;
  username: string | null;
  discipline: string | null;
  role: string | null;
  onBehalfOf: string | null;
  action: string;
  outcome: string;
  resourceType: string;
  resourceId: string | null;
  subjectKeys: string[];
  dataCategories: string[];
  purpose: string | null;
  legalBasis: string | null;
  processingActivity: string | null;
  emergencyAccess: boolean;
  reason: string | null;
  requestId: string;
  traceId: string | null;
  sourceAddress: string | null;
}

export const GENESIS_HASH = '0'.repeat(64);

export function auditHash(prevHash: string, event: HashedAuditFields): string {
  const canonical = JSON.stringify([
    event.tenantId,
    String(event.seq),
    event.id,
    event.occurredAt.toISOString(),
    event.userId,
    event.username,
    event.discipline,
    event.role,
    event.onBehalfOf,
    event.action,
    event.outcome,
    event.resourceType,
    event.resourceId,
    event.subjectKeys,
    event.dataCategories,
    event.purpose,
    event.legalBasis,
    event.processingActivity,
    event.emergencyAccess,
    event.reason,
    event.requestId,
    event.traceId,
    event.sourceAddress,
  ]);
  return createHash('sha256').update(prevHash).update(canonical).digest('hex');
}
