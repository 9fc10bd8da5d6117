import { EntityManager } from 'typeorm';
import { AuditCheckpoint } from './audit-checkpoint';
import { readCheckpoints } from './audit-checkpoint-rows';
import { AuditAnchors } from './audit-keys';
import { BrokenAuditEvent } from './audit-verification';

/** Chain position → the hash a trusted checkpoint says the chain has there. */
export type CheckpointAnchors = Map<string, { no: number; lastHash: string }>;

/**
 * Compares the checkpoints in the file outside the database with those in audit_checkpoint (from
 * the one ending just before `fromSeq`) and returns the trusted ones as anchors: signed copies
 * from the file first, then validly signed database rows the sealer has not copied out yet.
 */
export async function checkpointAnchors(
  manager: EntityManager,
  tenantId: string,
  keys: AuditAnchors,
  fromSeq: bigint,
  broken: BrokenAuditEvent[],
): Promise<CheckpointAnchors> {
  const external = await keys.store.read(tenantId);
  for (const problem of external.problems) broken.push({ seq: null, eventId: null, problem });
  const stored = new Map((await readCheckpoints(manager, tenantId)).map((checkpoint) => [checkpoint.no, checkpoint]));
  const relevant = (checkpoint: AuditCheckpoint) => BigInt(checkpoint.lastSeq) >= fromSeq - 1n;
  const report = (c: AuditCheckpoint, problem: string) =>
    broken.push({ seq: c.lastSeq, eventId: null, problem: `checkpoint ${c.no} (events #${c.firstSeq} to #${c.lastSeq}) ${problem}` });
  const anchors: CheckpointAnchors = new Map();
  let previous: AuditCheckpoint | undefined;
  for (const checkpoint of [...external.checkpoints.values()].sort((a, b) => a.no - b.no)) {
    const follows = !previous || (checkpoint.no === previous.no + 1 && checkpoint.prevCheckpointHash === previous.checkpointHash);
    previous = checkpoint;
    if (!relevant(checkpoint)) continue;
    const problem = keys.signer.problem(checkpoint);
    if (problem) {
      report(checkpoint, `in the checkpoint file cannot be trusted: ${problem}`);
      continue;
    }
    if (!follows) report(checkpoint, 'in the checkpoint file does not follow the one before it');
    anchors.set(checkpoint.lastSeq, { no: checkpoint.no, lastHash: checkpoint.lastHash });
    const copy = stored.get(checkpoint.no);
    if (!copy) report(checkpoint, 'is signed outside the database but missing from it');
    else if (copy.checkpointHash !== checkpoint.checkpointHash || copy.signature !== checkpoint.signature) report(checkpoint, 'in the database differs from its signed copy outside the database');
  }
  for (const checkpoint of stored.values()) {
    if (!relevant(checkpoint) || external.checkpoints.has(checkpoint.no)) continue;
    const problem = keys.signer.problem(checkpoint);
    if (problem) report(checkpoint, `in the database cannot be trusted: ${problem}`);
    else anchors.set(checkpoint.lastSeq, { no: checkpoint.no, lastHash: checkpoint.lastHash });
  }
  return anchors;
}
