import { badInput } from './errors';

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

/**
 * Text is stored, hashed and compared as valid Unicode in NFC. A lone UTF-16 surrogate cannot be
 * stored (PostgreSQL would keep U+FFFD, so the stored text would differ from what was hashed) and a
 * NUL byte cannot be stored at all: both are refused at the field, in the user's terms.
 */
export function canonicalText(value: string, field: string): string {
  if (LONE_SURROGATE.test(value)) {
    throw badInput(
      field,
      `${field} contains a broken character (half of an emoji or special sign); remove it and send the text again`,
      `${field} bevat een beschadigd teken (de helft van een emoji of speciaal teken); verwijder het en verstuur de tekst opnieuw`,
    );
  }
  if (value.includes('\u0000')) {
    throw badInput(field, `${field} contains an invisible control character (NUL); remove it and send the text again`, `${field} bevat een onzichtbaar stuurteken (NUL); verwijder het en verstuur de tekst opnieuw`);
  }
  return value.normalize('NFC');
}

/** Every string in an argument (objects and lists walked, field paths named as `input.subjects.0.name`). */
export function canonicalInput<T>(value: T, field: string): T {
  if (typeof value === 'string') return canonicalText(value, field) as T;
  if (Array.isArray(value)) return value.map((item, index) => canonicalInput(item, `${field}.${index}`)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const result: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      result[key] = canonicalInput(inner, `${field}.${key}`);
    }
    return result as T;
  }
  return value;
}

/**
 * For text the platform itself writes (an error message quoting input, a reason): never refused,
 * made storable instead, so what is hashed is exactly what the database keeps.
 */
export function storableText(value: string): string {
  return value.replace(LONE_SURROGATES, '\uFFFD').replaceAll('\u0000', '\uFFFD').normalize('NFC');
}
