import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@vangrail/config';

/**
 * Personal data at rest: AES-256-GCM with a key id (so keys can rotate) and a keyed blind index
 * (HMAC-SHA256, per tenant) so a BSN can be matched without storing or querying it in clear.
 * Stored form: `<keyId>:<iv>:<tag>:<ciphertext>`, base64 parts.
 */
@Injectable()
export class PiiCrypto {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  encrypt(plaintext: string): string {
    const keyId = this.config.pii.activeKeyId;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key(keyId), iv);
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [keyId, iv.toString('base64'), cipher.getAuthTag().toString('base64'), ciphertext.toString('base64')].join(':');
  }

  decrypt(stored: string): string {
    const [keyId, iv, tag, ciphertext] = stored.split(':');
    const decipher = createDecipheriv('aes-256-gcm', this.key(keyId), Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64')), decipher.final()]).toString('utf8');
  }

  /** Same tenant + kind + value gives the same index; across tenants the indexes differ. */
  blindIndex(tenantId: string, kind: string, normalisedValue: string): string {
    return createHmac('sha256', this.config.pii.blindIndexKey).update(`${tenantId}\u0000${kind}\u0000${normalisedValue}`).digest('hex');
  }

  private key(keyId: string): Buffer {
    const key = this.config.pii.encryptionKeys.get(keyId);
    if (!key) throw new Error(`No PII encryption key with id ${keyId} is configured`);
    return key;
  }
}
