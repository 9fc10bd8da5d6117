import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { storableText } from '@vangrail/core';
import { currentTrace } from '@vangrail/observability';
import { AuditAction, AuditEvent, AuditOutcome } from './audit-event.entity';
import { auditHash, GENESIS_HASH, HashedAuditFields } from './audit-hash';

/** What a caller states about one processing; the trail adds time, sequence and hashes. */
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
 * Appends events to a tenant's hash chain inside the caller's transaction. The chain head row is
 * locked FOR UPDATE, which serialises appends per tenant (not across tenants) until commit; the
 * governed path appends as its last step so that lock is held as briefly as possible.
 */
export async function appendAuditEvents(manager: EntityManager, tenantId: string, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await manager.query(
    `INSERT INTO audit_chain_head (tenant_id, last_seq, last_hash) VALUES ($1, 0, $2) ON CONFLICT (tenant_id) DO NOTHING`,
    [tenantId, GENESIS_HASH],
  );
  const [head] = (await manager.query(
    `SELECT last_seq, last_hash FROM audit_chain_head WHERE tenant_id = $1 FOR UPDATE`,
    [tenantId],
  )) as { last_seq: string; last_hash: string }[];
  let seq = BigInt(head.last_seq);
  let prevHash = head.last_hash;
  const rows: AuditEvent[] = [];
  for (const entry of entries) {
    seq += 1n;
    const fields: HashedAuditFields = {
      tenantId,
      seq: seq.toString(),
      id: randomUUID(),
      occurredAt: new Date(),
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
    const hash = auditHash(prevHash, fields);
    rows.push(Object.assign(new AuditEvent(), fields, { action: entry.action, outcome: entry.outcome, prevHash, hash }));
    prevHash = hash;
  }
  await manager.insert(AuditEvent, rows);
  await manager.query(`UPDATE audit_chain_head SET last_seq = $2, last_hash = $3 WHERE tenant_id = $1`, [
    tenantId,
    seq.toString(),
    prevHash,
  ]);
}

/**
 * Text as PostgreSQL will keep it (valid Unicode, no NUL, NFC), before it is hashed: a reason that
 * quotes odd input must not make the stored row differ from its hash.
 */
function storable(fields: HashedAuditFields): void {
  const record = fields as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    if (typeof value === 'string') record[key] = storableText(value);
    else if (Array.isArray(value)) record[key] = value.map((item) => (typeof item === 'string' ? storableText(item) : item));
  }
}
