import { applyDecorators } from '@nestjs/common';
import { IsDateString, Matches } from 'class-validator';
import type { FieldLabel } from './required-text';

/**
 * A calendar day written YYYY-MM-DD that exists (2026-02-30 is refused, not moved to 2 March), with
 * the field named in English and Dutch. Whether it may lie in the future is the use case's rule.
 */
export function CalendarDay(label: FieldLabel): PropertyDecorator {
  return applyDecorators(
    Matches(/^\d{4}-\d{2}-\d{2}$/, {
      message: `${label.en} is written as YYYY-MM-DD, e.g. 1984-03-15`,
      context: { messageNl: `${label.nl} schrijft u als JJJJ-MM-DD, bijvoorbeeld 1984-03-15` },
    }),
    IsDateString({ strict: true }, { message: `${label.en} is a day that does not exist`, context: { messageNl: `${label.nl} is een dag die niet bestaat` } }),
  );
}

/** The calendar day (YYYY-MM-DD) of a moment in the Netherlands. */
export function calendarDay(moment: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(moment);
}
