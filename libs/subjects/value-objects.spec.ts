import { VangrailError } from '@vangrail/core';
import { addressKey, Bsn, KvkNumber, Postcode } from './value-objects';

describe('BSN, postcode and KvK number are validated once, in the user’s terms', () => {
  it.each(['999990019', '111222333', '123456782', '9999 900 19'])('accepts %s (passes the 11-proef)', (bsn) => {
    expect(Bsn.parse(bsn).value).toMatch(/^\d{9}$/);
  });

  it.each(['999990018', '12345678', '1234567890', 'abcdefghi', '000000000'])('refuses %s naming the field', (bsn) => {
    expect(() => Bsn.parse(bsn, 'subjects.0.person.bsn')).toThrow(VangrailError);
    try {
      Bsn.parse(bsn, 'subjects.0.person.bsn');
    } catch (error) {
      expect((error as VangrailError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'subjects.0.person.bsn' });
    }
  });

  it('normalises postcodes and refuses malformed ones', () => {
    expect(Postcode.parse(' 1234 ab ').value).toBe('1234AB');
    expect(() => Postcode.parse('0123AB')).toThrow(/four digits and two letters/);
    expect(() => Postcode.parse('1234SS')).toThrow(VangrailError);
  });

  it('accepts 8-digit KvK numbers only', () => {
    expect(KvkNumber.parse('90000001').value).toBe('90000001');
    expect(() => KvkNumber.parse('9000001')).toThrow(/8 digits/);
  });

  it('gives one address key for every spelling of the same dwelling', () => {
    expect(addressKey(Postcode.parse('9991ab'), 4, ' a ')).toBe(addressKey(Postcode.parse('9991 AB'), 4, 'A'));
    expect(addressKey(Postcode.parse('9991AB'), 4, null)).not.toBe(addressKey(Postcode.parse('9991AB'), 4, 'A'));
  });
});
