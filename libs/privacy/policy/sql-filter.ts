import { rulesToCondition } from '@casl/ability/extra';
import { TENANT_FIELD, type Action, type AppAbility } from './ability';

/**
 * How one resource type's CASL condition fields map to SQL: own columns, and related tables
 * (`links.kind` → EXISTS over a link table). Only equality and `$in` are used in our rules.
 */
export interface SqlMapping {
  alias: string;
  columns: Record<string, string>;
  relations?: Record<string, { table: string; alias: string; join: string; columns: Record<string, string> }>;
}

export interface SqlFilter {
  /** `FALSE` when nothing is allowed; `TRUE` when everything is. Named parameters (TypeORM style). */
  sql: string;
  params: Record<string, unknown>;
}

type Condition = Record<string, unknown>;

/**
 * Turns the ability's rules for (action, type) into one WHERE clause, so list queries filter in
 * SQL with exactly the rules that single reads are checked against. Parameters are named
 * `<prefix><n>` so the clause can join any query builder.
 */
export function abilityToSql(ability: AppAbility, action: Action, type: string, mapping: SqlMapping, prefix = 'acl'): SqlFilter {
  const params: Record<string, unknown> = {};
  let counter = 0;
  const bind = (value: unknown): string => {
    const name = `${prefix}${counter++}`;
    params[name] = value;
    return `:${name}`;
  };
  const compare = (column: string, value: unknown): string => {
    if (value !== null && typeof value === 'object' && '$in' in (value as Condition)) {
      return `${column} = ANY(${bind((value as { $in: unknown[] }).$in)})`;
    }
    if (value === null) return `${column} IS NULL`;
    return `${column} = ${bind(value)}`;
  };
  const convert = (conditions: Condition | undefined): string => {
    if (!conditions || Object.keys(conditions).length === 0) return 'TRUE';
    const own: string[] = [];
    const related = new Map<string, string[]>();
    for (const [field, value] of Object.entries(conditions)) {
      const [head, tail] = field.split('.', 2);
      const relation = tail ? mapping.relations?.[head] : undefined;
      if (relation) {
        const column = relation.columns[tail];
        if (!column) throw new Error(`abilityToSql: ${type}.${field} has no SQL mapping`);
        related.set(head, [...(related.get(head) ?? []), compare(`${relation.alias}.${column}`, value)]);
      } else {
        // Every tenant-scoped table has tenant_id; the tenant condition needs no mapping of its own.
        const column = field === TENANT_FIELD ? 'tenant_id' : mapping.columns[field];
        if (!column) throw new Error(`abilityToSql: ${type}.${field} has no SQL mapping`);
        own.push(compare(`${mapping.alias}.${column}`, value));
      }
    }
    for (const [name, clauses] of related) {
      const relation = mapping.relations![name];
      own.push(`EXISTS (SELECT 1 FROM ${relation.table} ${relation.alias} WHERE ${relation.join} AND ${clauses.join(' AND ')})`);
    }
    return `(${own.join(' AND ')})`;
  };
  const rules = ability.rulesFor(action, type);
  if (rules.some((rule) => rule.inverted)) throw new Error(`abilityToSql: ${type} has a 'cannot' rule; express it as a narrower 'can'`);
  const sql = rulesToCondition(rules, (rule) => convert(rule.conditions as Condition | undefined), {
    and: (parts: string[]) => `(${parts.join(' AND ')})`,
    or: (parts: string[]) => `(${parts.join(' OR ')})`,
    empty: () => 'TRUE',
  });
  return { sql: sql ?? 'FALSE', params };
}
