import { EntityManager } from 'typeorm';
import { AuditEvent } from './audit-event.entity';
import { auditHash, GENESIS_HASH } from './audit-hash';

export interface ChainStatus {
  intact: boolean;
  eventsChecked: number;
  firstBroken?: { seq: string; id: string; problem: string };
}

/**
 * Recomputes one tenant's chain in seq order, in pages, and reports the first event whose stored
 * hash, predecessor or sequence does not match. Runs inside a transaction with the tenant set.
 */
export async function verifyAuditChain(manager: EntityManager, tenantId: string, pageSize = 5000): Promise<ChainStatus> {
  // The head first: events appended while we verify lie beyond it and are left for the next run.
  const [head] = (await manager.query(`SELECT last_seq, last_hash FROM audit_chain_head WHERE tenant_id = $1`, [tenantId])) as {
    last_seq: string;
    last_hash: string;
  }[];
  const lastSeq = head ? BigInt(head.last_seq) : 0n;
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1n;
  let checked = 0;
  for (;;) {
    const page = await manager
      .createQueryBuilder(AuditEvent, 'e')
      .where('e.tenant_id = :tenantId AND e.seq >= :from AND e.seq <= :to', { tenantId, from: expectedSeq.toString(), to: lastSeq.toString() })
      .orderBy('e.seq', 'ASC')
      .limit(pageSize)
      .getMany();
    for (const event of page) {
      const broken = (problem: string): ChainStatus => ({
        intact: false,
        eventsChecked: checked,
        firstBroken: { seq: String(event.seq), id: event.id, problem },
      });
      if (BigInt(event.seq) !== expectedSeq) return broken(`sequence gap: expected ${expectedSeq}, found ${event.seq}`);
      if (event.prevHash !== prevHash) return broken('does not point at the hash of the event before it');
      if (auditHash(prevHash, event) !== event.hash) return broken('content does not match its hash (edited after it was written)');
      prevHash = event.hash;
      expectedSeq += 1n;
      checked += 1;
    }
    if (page.length < pageSize) break;
  }
  if (!head) {
    const [{ count }] = (await manager.query(`SELECT count(*)::int AS count FROM audit_event WHERE tenant_id = $1`, [tenantId])) as { count: number }[];
    return count === 0 ? { intact: true, eventsChecked: 0 } : { intact: false, eventsChecked: 0, firstBroken: { seq: '1', id: '-', problem: 'events exist but the chain head is missing' } };
  }
  if (lastSeq !== expectedSeq - 1n || head.last_hash !== prevHash) {
    return {
      intact: false,
      eventsChecked: checked,
      firstBroken: { seq: head.last_seq, id: '-', problem: `events after #${expectedSeq - 1n} are missing (chain head says #${head.last_seq})` },
    };
  }
  return { intact: true, eventsChecked: checked };
}
