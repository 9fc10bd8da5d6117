import { DataSource, EntityManager } from 'typeorm';
import { inTenantTransaction } from '@vangrail/persistence';
import { checkpointAnchors, CheckpointAnchors } from './audit-checkpoint-check';
import { auditHash, GENESIS_HASH, HASHED_EVENT_COLUMNS, HashedAuditFields } from './audit-hash';
import { AuditAnchors } from './audit-keys';
import { BrokenAuditEvent, ChainVerification, lastVerification, storeVerification } from './audit-verification';

export interface VerifyOptions {
  /** Recompute the whole chain; otherwise continue after the last intact verification. */
  full: boolean;
  /** Events waiting longer than this for their seal are reported. */
  sealMaxDelaySeconds: number;
}

const PAGE = 5000;

/**
 * Verifies one tenant's trail inside a transaction with the tenant set, and reports every problem,
 * not only the first: each seal is checked on its own (its event's content against its hash, its
 * link to the seal before it), so one edited event does not hide the next. The stored hashes are
 * anchored by the signed checkpoints, above all the copies outside the database: rewriting the
 * chain's head and tail together no longer matches them. Events still waiting for their seal
 * beyond the allowed delay are reported too (is the worker sealing?).
 */
export async function verifyAuditChain(
  manager: EntityManager,
  tenantId: string,
  keys: AuditAnchors,
  options: VerifyOptions,
): Promise<ChainVerification> {
  const broken: BrokenAuditEvent[] = [];
  const start = options.full ? null : await lastVerification(manager, tenantId, 'intact');
  const fromSeq = start ? BigInt(start.toSeq) + 1n : 1n;
  const startHash = start?.toHash ?? GENESIS_HASH;
  const anchors = await checkpointAnchors(manager, tenantId, keys, fromSeq, broken);
  const startAnchor = start && anchors.get(start.toSeq);
  if (startAnchor && startAnchor.lastHash !== startHash) {
    broken.push({ seq: start.toSeq, eventId: null, problem: `the last verification ended on a hash that signed checkpoint ${startAnchor.no} does not hold; verify in full (--full)` });
  }
  const walk = await walkSeals(manager, tenantId, fromSeq, startHash, anchors, broken);
  const beyond = [...anchors.entries()].filter(([seq]) => BigInt(seq) > walk.lastSeq).sort(([a], [b]) => (BigInt(a) < BigInt(b) ? -1 : 1));
  if (beyond.length > 0) {
    const [lastSeq, anchor] = beyond[beyond.length - 1];
    broken.push({
      seq: (walk.lastSeq + 1n).toString(),
      eventId: null,
      problem: `events #${walk.lastSeq + 1n} to #${lastSeq} are missing, yet signed checkpoint ${anchor.no} covers them (the end of the chain was cut off or rewritten)`,
    });
  }
  const unsealedOverdue = await unsealedEvents(manager, tenantId, options, broken);
  return {
    tenantId,
    mode: start ? 'INCREMENTAL' : 'FULL',
    intact: broken.length === 0,
    eventsChecked: walk.checked,
    fromSeq: fromSeq.toString(),
    toSeq: walk.lastSeq.toString(),
    toHash: walk.lastHash,
    unsealedOverdue,
    broken,
  };
}

/** Verifies one tenant and stores the result (auditChainStatus shows the latest), in one transaction. */
export function verifyAndRecord(dataSource: DataSource, tenantId: string, keys: AuditAnchors, options: VerifyOptions, verifiedBy: string): Promise<ChainVerification> {
  return inTenantTransaction(dataSource, tenantId, async (manager) => {
    const result = await verifyAuditChain(manager, tenantId, keys, options);
    await storeVerification(manager, result, verifiedBy);
    return result;
  });
}

interface SealRow extends Omit<HashedAuditFields, 'seq' | 'tenantId' | 'id'> {
  sealSeq: string;
  eventId: string;
  prevHash: string;
  hash: string;
  present: boolean;
}

async function walkSeals(
  manager: EntityManager,
  tenantId: string,
  fromSeq: bigint,
  startHash: string,
  anchors: CheckpointAnchors,
  broken: BrokenAuditEvent[],
): Promise<{ checked: number; lastSeq: bigint; lastHash: string }> {
  let expected = fromSeq;
  let prevHash = startHash;
  let checked = 0;
  for (;;) {
    const page = (await manager.query(
      `SELECT s.seq::text AS "sealSeq", s.event_id AS "eventId", s.prev_hash AS "prevHash", s.hash, e.id IS NOT NULL AS present, ${HASHED_EVENT_COLUMNS}
         FROM audit_seal s LEFT JOIN audit_event e ON e.tenant_id = s.tenant_id AND e.id = s.event_id
        WHERE s.tenant_id = $1 AND s.seq >= $2 ORDER BY s.seq LIMIT ${PAGE}`,
      [tenantId, expected.toString()],
    )) as SealRow[];
    for (const row of page) {
      const seq = BigInt(row.sealSeq);
      const report = (problem: string) => broken.push({ seq: row.sealSeq, eventId: row.eventId, problem });
      if (seq !== expected) broken.push({ seq: expected.toString(), eventId: null, problem: `chain positions #${expected} to #${seq - 1n} are missing` });
      if (row.prevHash !== prevHash) report('does not point at the hash of the event before it (a seal was rewritten or removed)');
      if (!row.present) report('the sealed event is missing (deleted after it was sealed)');
      else if (auditHash(row.prevHash, { ...row, tenantId, id: row.eventId, seq: row.sealSeq }) !== row.hash) report('content does not match its hash (edited after it was written)');
      const anchor = anchors.get(row.sealSeq);
      if (anchor && anchor.lastHash !== row.hash) report(`the chain up to here differs from signed checkpoint ${anchor.no} (seals rewritten)`);
      prevHash = row.hash;
      expected = seq + 1n;
      checked += 1;
    }
    if (page.length < PAGE) break;
  }
  return { checked, lastSeq: expected - 1n, lastHash: prevHash };
}

/** Overdue unsealed events; in full mode also events that are neither sealed nor queued for it. */
async function unsealedEvents(manager: EntityManager, tenantId: string, options: VerifyOptions, broken: BrokenAuditEvent[]): Promise<number> {
  const overdue = (await manager.query(
    `SELECT event_id AS "eventId", count(*) OVER ()::int AS total FROM audit_unsealed
      WHERE tenant_id = $1 AND occurred_at < now() - make_interval(secs => $2) ORDER BY occurred_at LIMIT 100`,
    [tenantId, options.sealMaxDelaySeconds],
  )) as { eventId: string; total: number }[];
  const minutes = Math.round(options.sealMaxDelaySeconds / 60);
  for (const { eventId } of overdue) broken.push({ seq: null, eventId, problem: `not sealed within ${minutes} minutes (is the worker sealing?)` });
  const total = overdue[0]?.total ?? 0;
  if (total > overdue.length) broken.push({ seq: null, eventId: null, problem: `and ${total - overdue.length} more events not sealed within ${minutes} minutes` });
  if (options.full) {
    const lost = (await manager.query(
      `SELECT e.id FROM audit_event e WHERE e.tenant_id = $1
          AND NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.tenant_id = e.tenant_id AND s.event_id = e.id)
          AND NOT EXISTS (SELECT 1 FROM audit_unsealed u WHERE u.tenant_id = e.tenant_id AND u.event_id = e.id) LIMIT 100`,
      [tenantId],
    )) as { id: string }[];
    for (const { id } of lost) broken.push({ seq: null, eventId: id, problem: 'neither sealed nor waiting for its seal (removed from the queue)' });
  }
  return total;
}
