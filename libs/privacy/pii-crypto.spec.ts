import { randomBytes } from 'node:crypto';
import type { AppConfig } from '@vangrail/config';
import { PiiCrypto } from './pii-crypto';

function configWith(keys: Record<string, Buffer>, active: string): AppConfig {
  return { pii: { encryptionKeys: new Map(Object.entries(keys)), activeKeyId: active, blindIndexKey: randomBytes(32) } } as AppConfig;
}

describe('Personal data at rest', () => {
  const k1 = randomBytes(32);
  const crypto = new PiiCrypto(configWith({ k1 }, 'k1'));

  it('encrypts a BSN so the stored form does not contain it, and decrypts it back', () => {
    const stored = crypto.encrypt('999990019');
    expect(stored).not.toContain('999990019');
    expect(stored.startsWith('k1:')).toBe(true);
    expect(crypto.decrypt(stored)).toBe('999990019');
    expect(crypto.encrypt('999990019')).not.toBe(stored);
  });

  it('still reads data written with an older key after rotation', () => {
    const stored = crypto.encrypt('999990020');
    const rotated = new PiiCrypto(configWith({ k1, k2: randomBytes(32) }, 'k2'));
    expect(rotated.decrypt(stored)).toBe('999990020');
    expect(rotated.encrypt('x').startsWith('k2:')).toBe(true);
  });

  it('refuses a tampered ciphertext', () => {
    const [id, iv, tag, data] = crypto.encrypt('999990019').split(':');
    const flipped = Buffer.from(data, 'base64');
    flipped[0] ^= 1;
    expect(() => crypto.decrypt([id, iv, tag, flipped.toString('base64')].join(':'))).toThrow();
  });

  it('matches the same BSN within a tenant by blind index, but not across tenants', () => {
    expect(crypto.blindIndex('t1', 'BSN', '999990019')).toBe(crypto.blindIndex('t1', 'BSN', '999990019'));
    expect(crypto.blindIndex('t1', 'BSN', '999990019')).not.toBe(crypto.blindIndex('t2', 'BSN', '999990019'));
    expect(crypto.blindIndex('t1', 'BSN', '999990019')).not.toContain('999990019');
  });
});
