import { badInput } from '../errors';
import { isId } from '../parse-id.pipe';

/** The 11-proef of a BSN: Σ digit×(9..2) − last digit divisible by 11 (DOMAIN.md §4). */
export function passesElfproef(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || digits === '000000000') return false;
  const sum = [...digits.slice(0, 8)].reduce((acc, digit, i) => acc + Number(digit) * (9 - i), 0) - Number(digits[8]);
  return sum % 11 === 0;
}

/** Digit groups joined by spaces or dots ("123 456 782", "123.45.67.82", "Kamer 8 123456782"). */
const DIGIT_CHAIN = /\d+(?:[ .\u00A0]+\d+)*/g;

/**
 * The first BSN-like number in a text: any run of consecutive digit groups (separated by spaces or
 * dots) holding exactly 9 digits that pass the 11-proef. "Kamer 8 123456782" is caught (the run
 * "123456782"), a telephone number of 10 digits is not (no run of its groups holds exactly 9).
 */
export function findBsnInText(text: string): string | null {
  for (const chain of text.match(DIGIT_CHAIN) ?? []) {
    const groups = chain.split(/[ .\u00A0]+/);
    for (let start = 0; start < groups.length; start++) {
      let digits = '';
      for (let end = start; end < groups.length && digits.length < 9; end++) {
        digits += groups[end];
        if (digits.length === 9 && passesElfproef(digits)) return digits;
      }
    }
  }
  return null;
}

/** Free text is personal data: a BSN in it would travel past every category rule, so it is refused at the field. */
export function refuseBsnInText(text: string, field: string): void {
  if (findBsnInText(text) === null) return;
  throw badInput(
    field,
    `${field} contains a number that is a BSN; leave it out (a BSN is entered only in the BSN field of a person, where it is encrypted and shown only to who may see it)`,
    `${field} bevat een nummer dat een BSN is; laat het weg (een BSN vult u alleen in bij het BSN-veld van een persoon, waar het versleuteld wordt en alleen zichtbaar is voor wie het mag zien)`,
  );
}

/** Fields that hold a BSN or an opaque key by design, not free text. */
const NOT_FREE_TEXT = new Set(['bsn', 'clientKey']);

/**
 * Every free-text string of a request argument (objects and lists walked, field paths named as
 * `input.subjects.0.person.name`): one check for every input, so no new field can forget it.
 * Ids and the fields that carry a BSN by design are skipped.
 */
export function refuseBsnInFreeText(value: unknown, field: string, key = '', depth = 0): void {
  if (depth > 12) return;
  if (typeof value === 'string') {
    if (!NOT_FREE_TEXT.has(key) && !isId(value)) refuseBsnInText(value, field);
    return;
  }
  if (Array.isArray(value)) return value.forEach((item, index) => refuseBsnInFreeText(item, `${field}.${index}`, key, depth + 1));
  if (value !== null && typeof value === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(value))) {
    for (const [name, inner] of Object.entries(value as Record<string, unknown>)) refuseBsnInFreeText(inner, `${field}.${name}`, name, depth + 1);
  }
}
