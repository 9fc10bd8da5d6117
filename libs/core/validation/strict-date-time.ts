import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { VangrailError } from '../errors';

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2}))?$/;

const HOW_EN = 'write year-month-day, such as 2026-02-28, and for a moment add the time with its time zone (ISO 8601)';
const HOW_NL = 'schrijf jaar-maand-dag, zoals 2026-02-28, en voor een tijdstip de tijd met tijdzone erachter (ISO 8601)';

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parses an ISO 8601 date (`2026-02-28`, read as midnight UTC) or date-time with a time zone
 * (`2026-02-28T10:00:00Z`, `…+01:00`). A date that does not exist (`2026-02-30`) is refused:
 * JavaScript's Date would silently store it as 2 March.
 */
export function parseStrictDateTime(value: unknown): Date {
  // The API's error format names the field from where GraphQL met this value (input.observedAt).
  const refuse = (en: string, nl: string) => new VangrailError('BAD_USER_INPUT', en, nl);
  if (typeof value !== 'string') throw refuse(`A date is written as text: ${HOW_EN}`, `Een datum schrijft u als tekst: ${HOW_NL}`);
  const match = DATE_TIME.exec(value.trim());
  if (!match) {
    throw refuse(
      `"${value.slice(0, 40)}" is not a date; ${HOW_EN}`,
      `"${value.slice(0, 40)}" is geen datum; ${HOW_NL}`,
    );
  }
  const [, y, mo, d, h, mi, s, , zone] = match;
  const [year, month, day] = [Number(y), Number(mo), Number(d)];
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) {
    throw refuse(`${value.slice(0, 10)} is a day that does not exist`, `${value.slice(0, 10)} is een dag die niet bestaat`);
  }
  if (h !== undefined && (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59)) {
    throw refuse(`${value} is a time that does not exist`, `${value} is een tijdstip dat niet bestaat`);
  }
  if (zone && zone !== 'Z' && (Number(zone.slice(1, 3)) > 14 || Number(zone.slice(4)) > 59)) {
    throw refuse(`${zone} is not a time zone`, `${zone} is geen tijdzone`);
  }
  return new Date(h === undefined ? `${value.trim()}T00:00:00Z` : value.trim());
}

/**
 * The `DateTime` scalar (same name and output as Nest's), with strict input: impossible dates and
 * times are a clear error instead of a silently shifted day.
 */
export const StrictDateTime = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'A date-time string at UTC, such as 2026-02-28T10:00:00.000Z; input also takes 2026-02-28 (midnight UTC)',
  serialize(value) {
    const date = value instanceof Date ? value : new Date(value as string);
    if (Number.isNaN(date.getTime())) throw new GraphQLError('Not a valid date');
    return date.toISOString();
  },
  parseValue: parseStrictDateTime,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new VangrailError('BAD_USER_INPUT', `A date is written as text: ${HOW_EN}`, `Een datum schrijft u als tekst: ${HOW_NL}`);
    return parseStrictDateTime(ast.value);
  },
});
