import { Injectable, PipeTransform } from '@nestjs/common';
import { badInput } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isId = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/** Ids are UUIDs; anything else is refused before it reaches the database (or a log line). */
@Injectable()
export class ParseIdPipe implements PipeTransform<unknown, string> {
  constructor(private readonly field = 'id') {}

  transform(value: unknown): string {
    if (!isId(value)) {
      throw badInput(this.field, `${this.field} is not a valid id`, `${this.field} is geen geldige id`);
    }
    return value.toLowerCase();
  }
}
