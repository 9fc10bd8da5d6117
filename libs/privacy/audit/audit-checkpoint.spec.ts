import { randomBytes } from 'node:crypto';
import { CheckpointSigner } from './audit-checkpoint';
import { GENESIS_HASH } from './audit-hash';

const fields = {
  tenantId: '00000000-0000-4000-8000-000000000001',
  no: 3,
  firstSeq: '101',
  lastSeq: '150',
  count: 50,
  lastHash: 'a'.repeat(64),
  prevCheckpointHash: GENESIS_HASH,
  sealedAt: '2026-12-03T12:00:00.000Z',
};

describe('Signed audit checkpoints', () => {
  const signer = new CheckpointSigner(randomBytes(32));

  it('accepts a checkpoint it signed', () => {
    expect(signer.problem(signer.sign(fields))).toBeNull();
  });

  it('refuses a checkpoint whose chain hash was changed, even with its hash recomputed', () => {
    const signed = signer.sign(fields);
    expect(signer.problem({ ...signed, lastHash: 'b'.repeat(64) })).toBe('its fields do not match its hash');
    const forged = signer.sign({ ...fields, lastHash: 'b'.repeat(64) });
    expect(signer.problem({ ...forged, signature: signed.signature })).toBe('its signature is not valid');
  });

  it('refuses a checkpoint signed by another key', () => {
    const other = new CheckpointSigner(randomBytes(32)).sign(fields);
    expect(signer.problem(other)).toMatch(/signed by another key/);
  });
});
