import { EntityManager } from 'typeorm';
import { AuditCheckpoint } from './audit-checkpoint';

const COLUMNS = `tenant_id AS "tenantId", no::int AS no, first_seq::text AS "firstSeq", last_seq::text AS "lastSeq", event_count AS count,
  last_hash AS "lastHash", prev_checkpoint_hash AS "prevCheckpointHash", sealed_at AS "sealedAt", checkpoint_hash AS "checkpointHash",
  key_id AS "keyId", signature`;

/** The tenant's checkpoints in audit_checkpoint, in order: all, after a number, or only the last. */
export async function readCheckpoints(manager: EntityManager, tenantId: string, which: { last?: boolean; after?: number } = {}): Promise<AuditCheckpoint[]> {
  const rows = (await manager.query(
    which.last
      ? `SELECT ${COLUMNS} FROM audit_checkpoint WHERE tenant_id = $1 ORDER BY no DESC LIMIT 1`
      : `SELECT ${COLUMNS} FROM audit_checkpoint WHERE tenant_id = $1 AND no > $2 ORDER BY no`,
    which.last ? [tenantId] : [tenantId, which.after ?? 0],
  )) as (Omit<AuditCheckpoint, 'sealedAt'> & { sealedAt: Date })[];
  return rows.map((row) => ({ ...row, sealedAt: row.sealedAt.toISOString() }));
}

export async function storeCheckpoint(manager: EntityManager, c: AuditCheckpoint): Promise<void> {
  await manager.query(
    `INSERT INTO audit_checkpoint (tenant_id, no, first_seq, last_seq, event_count, last_hash, prev_checkpoint_hash, sealed_at, checkpoint_hash, key_id, signature)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [c.tenantId, c.no, c.firstSeq, c.lastSeq, c.count, c.lastHash, c.prevCheckpointHash, c.sealedAt, c.checkpointHash, c.keyId, c.signature],
  );
}
