/**
 * AVG art. 12(3): answer within one month of receipt, extendable by two further months with a
 * stated reason given within the first month. Months are counted as EU Regulation 1182/71 art. 3
 * does: the period ends on the same date of the later month, or on its last day when that date
 * does not exist (31 January → 28/29 February). The move to the next working day of art. 3(4) is
 * not applied: the deadline shown is never later than the legal one.
 */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

export const legalDeadline = (receivedOn: string): string => addMonths(receivedOn, 1);

export const extendedDeadline = (deadline: string): string => addMonths(deadline, 2);

/** Today's date in the Netherlands (the deadline is a Dutch calendar day). */
export function dutchToday(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
}

/** Days left until the deadline in force (negative when overdue). */
export function daysLeft(deadlineInForce: string, today: string): number {
  return Math.round((Date.parse(deadlineInForce) - Date.parse(today)) / 86_400_000);
}
