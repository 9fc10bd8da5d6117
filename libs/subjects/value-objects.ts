import { badInput } from '@vangrail/core';

/**
 * Domain value objects: validated once at the edge, trusted afterwards. Each `parse` throws a
 * BAD_USER_INPUT naming the field, in the user's words.
 */
export class Bsn {
  private constructor(readonly value: string) {}

  /** 9 digits passing the 11-proef: Σ digit×(9..2) − last digit must be divisible by 11. */
  static isValid(value: string): boolean {
    if (!/^\d{9}$/.test(value) || value === '000000000') return false;
    const digits = [...value].map(Number);
    const sum = digits.slice(0, 8).reduce((acc, digit, i) => acc + digit * (9 - i), 0) - digits[8];
    return sum % 11 === 0;
  }

  static parse(raw: string, field = 'bsn'): Bsn {
    const value = raw.replace(/[\s.-]/g, '');
    if (!Bsn.isValid(value)) {
      throw badInput(field, 'This is not a valid BSN (9 digits that pass the 11-proef)', 'Dit is geen geldig BSN (9 cijfers die aan de elfproef voldoen)');
    }
    return new Bsn(value);
  }
}

export class Postcode {
  private constructor(readonly value: string) {}

  static parse(raw: string, field = 'postcode'): Postcode {
    const value = raw.replace(/\s/g, '').toUpperCase();
    if (!/^[1-9]\d{3}[A-Z]{2}$/.test(value) || /^\d{4}(SA|SD|SS)$/.test(value)) {
      throw badInput(field, 'A postcode is four digits and two letters, e.g. 1234AB', 'Een postcode bestaat uit vier cijfers en twee letters, bijv. 1234AB');
    }
    return new Postcode(value);
  }
}

export class KvkNumber {
  private constructor(readonly value: string) {}

  static parse(raw: string, field = 'kvkNumber'): KvkNumber {
    const value = raw.replace(/\s/g, '');
    if (!/^\d{8}$/.test(value)) {
      throw badInput(field, 'A KvK number has exactly 8 digits', 'Een KvK-nummer bestaat uit precies 8 cijfers');
    }
    return new KvkNumber(value);
  }
}

/** Normalised address key: the same dwelling always gives the same key, whatever the spelling. */
export function addressKey(postcode: Postcode, houseNumber: number, addition?: string | null): string {
  const normalisedAddition = (addition ?? '').replace(/[\s-]/g, '').toUpperCase();
  return `${postcode.value}|${houseNumber}|${normalisedAddition}`;
}
