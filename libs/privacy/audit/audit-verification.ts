import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';

/** One event (or checkpoint) that does not hold, in words a privacy officer can check. */
export interface BrokenAuditEvent {
  /** Chain position (null: the event has none yet). */
  seq: string | null;
  eventId: string | null;
  problem: string;
}

export type VerificationMode = 'FULL' | 'INCREMENTAL';

/** The outcome of one verification run over one tenant's trail. */
export interface ChainVerification {
  tenantId: string;
  mode: VerificationMode;
  intact: boolean;
  eventsChecked: number;
  /** The chain positions this run recomputed (fromSeq > toSeq: nothing new since the last run). */
  fromSeq: string;
  toSeq: string;
  /** Hash at toSeq: where the next incremental run continues. */
  toHash: string;
  unsealedOverdue: number;
  broken: BrokenAuditEvent[];
}

export interface StoredVerification extends ChainVerification {
  verifiedAt: Date;
  verifiedBy: string;
}

/** At most this many broken items are kept per run (the count of the rest is the last item). */
const KEPT = 1000;

export async function storeVerification(manager: EntityManager, result: ChainVerification, verifiedBy: string): Promise<void> {
  const broken = result.broken.length > KEPT
    ? [...result.broken.slice(0, KEPT), { seq: null, eventId: null, problem: `and ${result.broken.length - KEPT} more` }]
    : result.broken;
  await manager.query(
    `INSERT INTO audit_verification (tenant_id, id, verified_by, mode, intact, events_checked, from_seq, to_seq, to_hash, unsealed_overdue, broken)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb)`,
    [result.tenantId, randomUUID(), verifiedBy, result.mode, result.intact, result.eventsChecked, result.fromSeq, result.toSeq, result.toHash, result.unsealedOverdue, JSON.stringify(broken)],
  );
}

const COLUMNS = `tenant_id AS "tenantId", mode, intact, events_checked AS "eventsChecked", from_seq::text AS "fromSeq", to_seq::text AS "toSeq",
  to_hash AS "toHash", unsealed_overdue AS "unsealedOverdue", broken, verified_at AS "verifiedAt", verified_by AS "verifiedBy"`;

/** The tenant's latest verification, or its latest intact one (where an incremental run starts). */
export async function lastVerification(manager: EntityManager, tenantId: string, which: 'latest' | 'intact' = 'latest'): Promise<StoredVerification | null> {
  const [row] = (await manager.query(
    `SELECT ${COLUMNS} FROM audit_verification WHERE tenant_id = $1 ${which === 'intact' ? 'AND intact' : ''} ORDER BY verified_at DESC, to_seq DESC LIMIT 1`,
    [tenantId],
  )) as StoredVerification[];
  return row ?? null;
}
