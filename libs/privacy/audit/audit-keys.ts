import { AppConfig } from '@vangrail/config';
import { CheckpointSigner } from './audit-checkpoint';
import { CheckpointFileStore } from './audit-checkpoint-store';

/** The signing key and the store outside the database that anchor the audit chain. */
export interface AuditAnchors {
  signer: CheckpointSigner;
  store: CheckpointFileStore;
}

export function auditAnchors(config: AppConfig): AuditAnchors {
  return { signer: new CheckpointSigner(config.audit.signingKeySeed), store: new CheckpointFileStore(config.audit.checkpointDir) };
}
