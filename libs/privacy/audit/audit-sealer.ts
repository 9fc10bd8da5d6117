import { DataSource, EntityManager } from 'typeorm';
import { inTenantTransaction } from '@vangrail/persistence';
import { AuditCheckpoint } from './audit-checkpoint';
import { readCheckpoints, storeCheckpoint } from './audit-checkpoint-rows';
import { auditHash, GENESIS_HASH, HASHED_EVENT_COLUMNS, HashedAuditFields } from './audit-hash';
import { AuditAnchors } from './audit-keys';

const BATCH = 2000;

/**
 * Chains committed, unsealed audit events per tenant, away from the request path. One batch is one
 * transaction under the tenant's advisory lock (a second sealer skips the tenant instead of
 * waiting): events in (occurred_at, insert number) order get the next chain positions in
 * audit_seal, and one signed checkpoint covers them. After the commit the checkpoint is appended
 * to the file store outside the database, with any earlier one the file missed.
 */
export class AuditSealer {
  constructor(
    private readonly dataSource: DataSource,
    private readonly anchors: AuditAnchors,
  ) {}

  /** Seals everything committed so far for the tenant; returns how many events it sealed. */
  async sealTenant(tenantId: string): Promise<number> {
    let sealed = 0;
    for (;;) {
      const batch = await inTenantTransaction(this.dataSource, tenantId, (manager) => this.sealBatch(manager, tenantId));
      await this.copyToStore(tenantId);
      if (batch === null) return sealed;
      sealed += batch;
      if (batch < BATCH) return sealed;
    }
  }

  /** Seals one batch; null when another sealer holds the tenant. */
  private async sealBatch(manager: EntityManager, tenantId: string): Promise<number | null> {
    const [{ locked }] = (await manager.query(`SELECT pg_try_advisory_xact_lock(hashtext('audit_seal'), hashtext($1)) AS locked`, [tenantId])) as { locked: boolean }[];
    if (!locked) return null;
    const [head] = (await manager.query(`SELECT seq, hash FROM audit_seal WHERE tenant_id = $1 ORDER BY seq DESC LIMIT 1`, [tenantId])) as { seq: string; hash: string }[];
    const events = (await manager.query(
      `SELECT ${HASHED_EVENT_COLUMNS} FROM audit_unsealed u JOIN audit_event e ON e.tenant_id = u.tenant_id AND e.id = u.event_id
        WHERE u.tenant_id = $1 ORDER BY u.occurred_at, u.event_seq LIMIT ${BATCH}`,
      [tenantId],
    )) as Omit<HashedAuditFields, 'seq'>[];
    let seq = BigInt(head?.seq ?? 0);
    let prevHash = head?.hash ?? GENESIS_HASH;
    const seals = { seqs: [] as string[], ids: [] as string[], prevHashes: [] as string[], hashes: [] as string[] };
    for (const event of events) {
      seq += 1n;
      const hash = auditHash(prevHash, { ...event, seq: seq.toString() });
      seals.seqs.push(seq.toString());
      seals.ids.push(event.id);
      seals.prevHashes.push(prevHash);
      seals.hashes.push(hash);
      prevHash = hash;
    }
    if (events.length > 0) {
      await manager.query(
        `INSERT INTO audit_seal (tenant_id, seq, event_id, prev_hash, hash) SELECT $1, * FROM unnest($2::bigint[], $3::uuid[], $4::text[], $5::text[])`,
        [tenantId, seals.seqs, seals.ids, seals.prevHashes, seals.hashes],
      );
      await manager.query(`DELETE FROM audit_unsealed WHERE tenant_id = $1 AND event_id = ANY($2::uuid[])`, [tenantId, seals.ids]);
    }
    await this.checkpoint(manager, tenantId, seq.toString(), prevHash);
    return events.length;
  }

  /** A signed checkpoint for the seals after the last one (also those a migration carried over). */
  private async checkpoint(manager: EntityManager, tenantId: string, lastSeq: string, lastHash: string): Promise<void> {
    const [previous] = await readCheckpoints(manager, tenantId, { last: true });
    const firstSeq = BigInt(previous?.lastSeq ?? 0) + 1n;
    if (firstSeq > BigInt(lastSeq)) return;
    const checkpoint = this.anchors.signer.sign({
      tenantId,
      no: (previous?.no ?? 0) + 1,
      firstSeq: firstSeq.toString(),
      lastSeq,
      count: Number(BigInt(lastSeq) - firstSeq + 1n),
      lastHash,
      prevCheckpointHash: previous?.checkpointHash ?? GENESIS_HASH,
      sealedAt: new Date().toISOString(),
    });
    await storeCheckpoint(manager, checkpoint);
  }

  /** Appends to the file what the database holds beyond it; only checkpoints our key signed. */
  private async copyToStore(tenantId: string): Promise<void> {
    const after = await this.anchors.store.lastNo(tenantId);
    const missing: AuditCheckpoint[] = await inTenantTransaction(this.dataSource, tenantId, (manager) => readCheckpoints(manager, tenantId, { after }));
    const run: AuditCheckpoint[] = [];
    for (const checkpoint of missing) {
      if (checkpoint.no !== after + run.length + 1 || this.anchors.signer.problem(checkpoint) !== null) break;
      run.push(checkpoint);
    }
    await this.anchors.store.append(run);
  }
}
