import { badInput } from '@vangrail/core';
import { Bsn } from '@vangrail/subjects';

/**
 * Titles and other case-level texts are shown to everyone at the case, so they must be neutral:
 * a number that is a valid BSN is refused (it would travel past every category rule).
 */
export function assertNeutralText(value: string, field: string): void {
  for (const candidate of value.match(/\d[\d .-]{7,12}\d/g) ?? []) {
    const digits = candidate.replace(/[\s.-]/g, '');
    if (digits.length === 9 && Bsn.isValid(digits)) {
      throw badInput(field, 'This text is shown to everyone at the case; leave out the BSN', 'Deze tekst ziet iedereen bij de casus; laat het BSN weg');
    }
  }
}

export function isoDate(value: Date): string {
  return value.toISOString().slice(0, 10);
}
