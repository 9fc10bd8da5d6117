import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { storableText } from '@vangrail/core';
import { currentTrace } from '@vangrail/observability';
import { AuditAction, AuditEvent, AuditOutcome } from './audit-event.entity';
import { HashedAuditFields } from './audit-hash';

/** What a caller states about one processing; the trail adds id and time, the sealer the chain. */
export interface AuditEntry {
  userId: string | null;
  username: string | null;
  discipline: string | null;
  role: string | null;
  onBehalfOf?: string | null;
  action: AuditAction;
  outcome: AuditOutcome;
  resourceType: string;
  resourceId?: string | null;
  subjectKeys?: string[];
  dataCategories?: string[];
  purpose: string | null;
  legalBasis?: string | null;
  processingActivity?: string | null;
  emergencyAccess?: boolean;
  reason?: string | null;
  requestId: string;
  traceId?: string | null;
  sourceAddress?: string | null;
}

/**
 * Writes events inside the caller's transaction, so a processing and its record commit or fail
 * together (fail closed). Only an INSERT: no per-tenant row is locked and no hash is computed here;
 * the sealer chains committed events afterwards (audit-sealer.ts), and a trigger queues each one
 * for it (audit_unsealed).
 */
export async function appendAuditEvents(manager: EntityManager, tenantId: string, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const occurredAt = new Date();
  const rows = entries.map((entry) => {
    const fields: Omit<HashedAuditFields, 'seq'> = {
      tenantId,
      id: randomUUID(),
      occurredAt,
      userId: entry.userId,
      username: entry.username,
      discipline: entry.discipline,
      role: entry.role,
      onBehalfOf: entry.onBehalfOf ?? null,
      action: entry.action,
      outcome: entry.outcome,
      resourceType: entry.resourceType,
      resourceId: entry.resourceId ?? null,
      subjectKeys: entry.subjectKeys ?? [],
      dataCategories: [...new Set(entry.dataCategories ?? [])].sort(),
      purpose: entry.purpose,
      legalBasis: entry.legalBasis ?? null,
      processingActivity: entry.processingActivity ?? null,
      emergencyAccess: entry.emergencyAccess ?? false,
      reason: entry.reason ?? null,
      requestId: entry.requestId,
      traceId: entry.traceId ?? currentTrace()?.traceId ?? null,
      sourceAddress: entry.sourceAddress ?? null,
    };
    storable(fields);
    return Object.assign(new AuditEvent(), fields, { action: entry.action, outcome: entry.outcome });
  });
  await manager.insert(AuditEvent, rows);
}

/**
 * Text as PostgreSQL will keep it (valid Unicode, no NUL, NFC): a reason that quotes odd input is
 * stored, not refused, and the sealer hashes exactly what is stored.
 */
function storable(fields: Omit<HashedAuditFields, 'seq'>): void {
  const record = fields as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    if (typeof value === 'string') record[key] = storableText(value);
    else if (Array.isArray(value)) record[key] = value.map((item) => (typeof item === 'string' ? storableText(item) : item));
  }
}
