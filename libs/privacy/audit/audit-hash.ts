import { createHash } from 'node:crypto';

/** The fields that are hashed, in a fixed order, so the chain can be recomputed from the tables alone. */
export interface HashedAuditFields {
  tenantId: string;
  /** The event's place in its tenant's chain (audit_seal.seq), not its insert number. */
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

/** The hashed columns of audit_event `e` as HashedAuditFields (without seq), for the sealer and the verifier. */
export const HASHED_EVENT_COLUMNS = `e.tenant_id AS "tenantId", e.id, e.occurred_at AS "occurredAt", e.user_id AS "userId", e.username,
  e.discipline, e.role, e.on_behalf_of AS "onBehalfOf", e.action, e.outcome, e.resource_type AS "resourceType",
  e.resource_id AS "resourceId", e.subject_keys AS "subjectKeys", e.data_categories AS "dataCategories", e.purpose,
  e.legal_basis AS "legalBasis", e.processing_activity AS "processingActivity", e.emergency_access AS "emergencyAccess",
  e.reason, e.request_id AS "requestId", e.trace_id AS "traceId", e.source_address AS "sourceAddress"`;

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
