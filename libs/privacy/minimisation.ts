import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DataCategory } from './data-category';

/** A stated redaction: nobody should mistake withheld data for absent data. */
@ObjectType({ description: 'Data that exists but is withheld from you, with the reason.' })
export class Withheld {
  @Field(() => DataCategory) category!: DataCategory;
  @Field(() => Int, { description: 'How many items or fields of this category are withheld' }) count!: number;
  @Field(() => [String], { description: 'Which fields, where the item is a field' }) fields!: string[];
  @Field({ description: 'Why, in words a privacy officer can check' }) reason!: string;
  @Field({ description: 'Why, in Dutch' }) reasonNl!: string;
}

export interface TaggedValue<T> {
  field: string;
  category: DataCategory;
  value: T;
}

export interface Minimised {
  values: Map<string, unknown>;
  withheld: Withheld[];
  /** The categories that were actually disclosed: what the audit event records. */
  disclosed: DataCategory[];
}

/**
 * Keeps the fields whose category is visible, withholds the rest and states why. Empty values are
 * neither disclosed nor withheld: there is nothing to hide.
 */
export function minimise(items: TaggedValue<unknown>[], visible: ReadonlySet<DataCategory>, audience: string): Minimised {
  const values = new Map<string, unknown>();
  const withheldByCategory = new Map<DataCategory, string[]>();
  const disclosed = new Set<DataCategory>();
  for (const item of items) {
    if (item.value === null || item.value === undefined) continue;
    if (visible.has(item.category)) {
      values.set(item.field, item.value);
      disclosed.add(item.category);
    } else {
      withheldByCategory.set(item.category, [...(withheldByCategory.get(item.category) ?? []), item.field]);
    }
  }
  return {
    values,
    disclosed: [...disclosed],
    withheld: [...withheldByCategory].map(([category, fields]) => withheldFor(category, fields.length, audience, fields)),
  };
}

export function withheldFor(category: DataCategory, count: number, audience: string, fields: string[] = []): Withheld {
  return Object.assign(new Withheld(), {
    category,
    count,
    fields,
    reason: `${count} ${count === 1 ? 'item' : 'items'} withheld: ${category} is not shared with ${audience}`,
    reasonNl: `${count} ${count === 1 ? 'gegeven' : 'gegevens'} afgeschermd: ${category} wordt niet gedeeld met ${audience}`,
  });
}
