import { addMonths, daysLeft, dutchToday, extendedDeadline, legalDeadline } from './request-deadline';

describe('The legal deadline of a data-subject request (AVG art. 12(3))', () => {
  it('is the same date one month after receipt', () => {
    expect(legalDeadline('2026-11-20')).toBe('2026-12-20');
    expect(legalDeadline('2026-12-15')).toBe('2027-01-15');
  });

  it('falls on the last day of a shorter month', () => {
    expect(legalDeadline('2027-01-31')).toBe('2027-02-28');
    expect(legalDeadline('2028-01-31')).toBe('2028-02-29');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
  });

  it('moves two further months when extended', () => {
    expect(extendedDeadline('2026-12-20')).toBe('2027-02-20');
    expect(extendedDeadline('2026-12-31')).toBe('2027-02-28');
  });

  it('counts Dutch calendar days, also just after midnight in Amsterdam', () => {
    expect(dutchToday(new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-02');
    expect(daysLeft('2026-12-20', '2026-12-02')).toBe(18);
    expect(daysLeft('2026-12-20', '2026-12-22')).toBe(-2);
  });
});
