import { createHash, createPrivateKey, createPublicKey, KeyObject, sign, verify } from 'node:crypto';

/** What a checkpoint states: events firstSeq..lastSeq of a tenant's chain end in lastHash. */
export interface CheckpointFields {
  tenantId: string;
  no: number;
  firstSeq: string;
  lastSeq: string;
  count: number;
  lastHash: string;
  /** checkpointHash of checkpoint no - 1 (GENESIS_HASH for the first): checkpoints form a chain too. */
  prevCheckpointHash: string;
  sealedAt: string;
}

/** One checkpoint as stored in audit_checkpoint and, one JSON line each, in the file outside the database. */
export interface AuditCheckpoint extends CheckpointFields {
  checkpointHash: string;
  keyId: string;
  /** Ed25519 over checkpointHash, base64. */
  signature: string;
}

export function checkpointHash(fields: CheckpointFields): string {
  const canonical = JSON.stringify([fields.tenantId, fields.no, fields.firstSeq, fields.lastSeq, fields.count, fields.lastHash, fields.prevCheckpointHash, fields.sealedAt]);
  return createHash('sha256').update(canonical).digest('hex');
}

// An Ed25519 private key in PKCS#8 DER is this fixed prefix followed by the 32-byte seed.
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/** Signs checkpoints with the configured Ed25519 key and checks them against its public half. */
export class CheckpointSigner {
  private readonly privateKey: KeyObject;
  private readonly publicKey: KeyObject;
  readonly keyId: string;

  constructor(seed: Buffer) {
    this.privateKey = createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
    this.publicKey = createPublicKey(this.privateKey);
    this.keyId = createHash('sha256').update(this.publicKey.export({ format: 'der', type: 'spki' })).digest('hex').slice(0, 16);
  }

  sign(fields: CheckpointFields): AuditCheckpoint {
    const hash = checkpointHash(fields);
    return { ...fields, checkpointHash: hash, keyId: this.keyId, signature: sign(null, Buffer.from(hash), this.privateKey).toString('base64') };
  }

  /** Why the checkpoint cannot be trusted, or null when its fields hash to what the key signed. */
  problem(checkpoint: AuditCheckpoint): string | null {
    if (checkpointHash(checkpoint) !== checkpoint.checkpointHash) return 'its fields do not match its hash';
    if (checkpoint.keyId !== this.keyId) return `it is signed by another key (${checkpoint.keyId})`;
    const valid = verify(null, Buffer.from(checkpoint.checkpointHash), this.publicKey, Buffer.from(checkpoint.signature, 'base64'));
    return valid ? null : 'its signature is not valid';
  }
}
