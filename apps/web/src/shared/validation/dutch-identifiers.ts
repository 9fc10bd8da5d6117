/**
 * The same checks the API makes (libs/subjects/value-objects.ts), run as the user types so mistakes
 * show at the field before anything is sent. The API stays the authority.
 */

/** The 11-proef: 9 digits, sum of digit × (9..2) minus the last digit divisible by 11. */
export function bsnProblem(raw: string): string | undefined {
  const value = raw.replace(/\s/g, '');
  if (!value) return undefined;
  if (!/^\d+$/.test(value)) return 'Een BSN bestaat alleen uit cijfers.';
  if (value.length !== 9) return `Een BSN heeft 9 cijfers; dit zijn er ${value.length}.`;
  const digits = [...value].map(Number);
  const sum = digits.slice(0, 8).reduce((total, digit, index) => total + digit * (9 - index), 0) - digits[8];
  if (sum % 11 !== 0 || value === '000000000') return 'Dit BSN bestaat niet: het voldoet niet aan de 11-proef. Controleer de cijfers.';
  return undefined;
}

export function normalisePostcode(raw: string): string {
  return raw.replace(/\s/g, '').toUpperCase();
}

export function postcodeProblem(raw: string): string | undefined {
  const value = normalisePostcode(raw);
  if (!value) return undefined;
  if (!/^[1-9]\d{3}[A-Z]{2}$/.test(value)) return 'Een postcode is 4 cijfers en 2 letters, zoals 1234 AB.';
  if (/^\d{4}(SA|SD|SS)$/.test(value)) return 'Deze lettercombinatie komt in postcodes niet voor.';
  return undefined;
}

export function houseNumberProblem(raw: string): string | undefined {
  if (!raw) return undefined;
  return /^[1-9]\d{0,4}$/.test(raw.trim()) ? undefined : 'Een huisnummer is een heel getal, zonder letters (die horen bij de toevoeging).';
}

export function kvkProblem(raw: string): string | undefined {
  const value = raw.replace(/\s/g, '');
  if (!value) return undefined;
  return /^\d{8}$/.test(value) ? undefined : 'Een KvK-nummer heeft 8 cijfers.';
}
