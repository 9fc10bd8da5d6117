import { parseStrictDateTime } from './strict-date-time';

describe('Strict DateTime input', () => {
  it('takes real dates and date-times with a time zone', () => {
    expect(parseStrictDateTime('2026-02-28').toISOString()).toBe('2026-02-28T00:00:00.000Z');
    expect(parseStrictDateTime('2028-02-29T10:00:00Z').toISOString()).toBe('2028-02-29T10:00:00.000Z');
    expect(parseStrictDateTime('2026-03-01T10:00:00.123+01:00').toISOString()).toBe('2026-03-01T09:00:00.123Z');
  });

  it.each(['2026-02-30', '2026-02-30T10:00:00Z', '2027-02-29', '2026-13-01', '2026-04-31T00:00:00Z'])('refuses %s, a day that does not exist, instead of shifting it', (value) => {
    expect(() => parseStrictDateTime(value)).toThrow('does not exist');
  });

  it.each(['gisteren', '2026-02-28T10:00:00', '28-02-2026', '2026-02-28T25:00:00Z'])('refuses %s with an example of what works', (value) => {
    expect(() => parseStrictDateTime(value)).toThrow(/2026-02-28|does not exist/);
  });
});
