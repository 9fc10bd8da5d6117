import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { badInput } from '../errors';

/** Relay-style page facts: whether more follows and the cursor to ask for it with `after`. */
@ObjectType({ description: 'Whether more items follow, and the cursor to pass as `after` to get them' })
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true, description: 'Opaque; pass it back as `after`' }) endCursor!: string | null;
}

/** `first` / `after` on every list that can grow. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'How many items (1–200, default 50)' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'ask for at least 1 item', context: { messageNl: 'vraag minstens 1 item op' } })
  @Max(200, { message: 'at most 200 items per page', context: { messageNl: 'hoogstens 200 items per pagina' } })
  first?: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string;
}

export const DEFAULT_PAGE_SIZE = 50;

/** A keyset position: the sort values of the last item, in sort order, then its id. */
export type KeysetPosition = (string | number | boolean | null)[];

/** Opaque cursor: base64url of the keyset position. Opaque so clients never build or parse one. */
export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

/**
 * Reads a cursor back, checking it has the shape this list writes (`arity` values, last a uuid);
 * anything else is bad input in the user's words, never a database error.
 */
export function decodeCursor(cursor: string, arity: number): KeysetPosition {
  let position: unknown;
  try {
    position = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    position = null;
  }
  const valid =
    Array.isArray(position) &&
    position.length === arity &&
    position.every((value) => value === null || ['string', 'number', 'boolean'].includes(typeof value)) &&
    typeof position[arity - 1] === 'string' &&
    /^[0-9a-f-]{36}$/i.test(position[arity - 1] as string);
  if (!valid) {
    throw badInput(
      'after',
      'after: this is not a cursor from this list; pass the endCursor of the previous page',
      'after: dit is geen cursor van deze lijst; geef de endCursor van de vorige pagina door',
    );
  }
  return position as KeysetPosition;
}

/**
 * Turns the `first + 1` rows a keyset query fetched into a page: the extra row only says that more
 * follows. `position` gives the keyset values of a row (the same ones the query sorts on).
 */
export function pageOf<T>(rows: T[], first: number, position: (row: T) => KeysetPosition): { rows: T[]; pageInfo: PageInfo } {
  const hasNextPage = rows.length > first;
  const page = hasNextPage ? rows.slice(0, first) : rows;
  const last = page[page.length - 1];
  return { rows: page, pageInfo: { hasNextPage, endCursor: last ? encodeCursor(position(last)) : null } };
}

export function pageSize(args: { first?: number | null }): number {
  return args.first ?? DEFAULT_PAGE_SIZE;
}
