import { findBsnInText, refuseBsnInFreeText } from './bsn-in-text';

describe('a BSN in free text is found wherever it is written', () => {
  it.each([
    ['Kamer 8 123456782', '123456782'],
    ['bewoner 123456782 belde', '123456782'],
    ['BSN: 123 456 782', '123456782'],
    ['nummer 12.34.56.782 genoemd', '123456782'],
    ['dossier 1234.56.782', '123456782'],
    ['zie123456782.', '123456782'],
  ])('finds the BSN in %p', (text, bsn) => {
    expect(findBsnInText(text)).toBe(bsn);
  });

  it.each([
    'Kamer 8, tweede verdieping',
    'bel 0612345678',
    'nummer 123456789 voldoet niet aan de 11-proef',
    'zaak 2026-000123',
    'postcode 1234 AB huisnummer 12',
  ])('leaves %p alone', (text) => {
    expect(findBsnInText(text)).toBeNull();
  });

  it('refuses it at the field, in English and Dutch, and skips the BSN field and ids', () => {
    const input = { caseId: '6f1c2a7e-1234-4abc-9def-123456789012', subjects: [{ person: { bsn: '123456782' } }], title: 'Kamer 8 123456782' };
    expect(() => refuseBsnInFreeText(input, 'input')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.title', messageNl: expect.stringContaining('BSN') }) }),
    );
    expect(() => refuseBsnInFreeText({ subjects: [{ person: { bsn: '123456782', name: 'A. Jansen' } }] }, 'input')).not.toThrow();
  });
});
