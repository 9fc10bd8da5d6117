import { allow, newAbilityBuilder } from './ability';
import { abilityToSql, SqlMapping } from './sql-filter';

const MAPPING: SqlMapping = {
  alias: 's',
  columns: { id: 'id', type: 'type' },
  relations: { links: { table: 'subject_link', alias: 'l', join: 'l.subject_id = s.id', columns: { kind: 'kind', discipline: 'discipline' } } },
};

describe('List queries filter in SQL with the same rules as single reads', () => {
  it('allows nothing when no rule applies', () => {
    const ability = newAbilityBuilder().build();
    expect(abilityToSql(ability, 'read', 'Subject', MAPPING)).toEqual({ sql: 'FALSE', params: {} });
  });

  it('allows everything for a rule without conditions', () => {
    const builder = newAbilityBuilder();
    allow(builder, 'read', 'Subject', undefined);
    expect(abilityToSql(builder.build(), 'read', 'Subject', MAPPING).sql).toBe('TRUE');
  });

  it('turns link conditions into one EXISTS with $in as = ANY, and ORs the rules', () => {
    const builder = newAbilityBuilder();
    allow(builder, 'read', 'Subject', ['ADRES'], { 'links.kind': 'DELIVERY', 'links.discipline': { $in: ['BWT', 'OOV'] } });
    allow(builder, 'read', 'Subject', ['ADRES'], { type: 'ADDRESS' });
    const filter = abilityToSql(builder.build(), 'read', 'Subject', MAPPING);
    expect(filter.sql).toContain('EXISTS (SELECT 1 FROM subject_link l WHERE l.subject_id = s.id AND l.kind = :acl');
    expect(filter.sql).toContain('l.discipline = ANY(:acl');
    expect(filter.sql).toContain(' OR ');
    expect(Object.values(filter.params)).toEqual(expect.arrayContaining(['DELIVERY', ['BWT', 'OOV'], 'ADDRESS']));
  });

  it('maps the tenant condition every rule carries to the table’s tenant_id without a mapping of its own', () => {
    const builder = newAbilityBuilder();
    allow(builder, 'read', 'Subject', undefined, { id: 'x', tenantId: 't1' });
    const filter = abilityToSql(builder.build(), 'read', 'Subject', MAPPING);
    expect(filter.sql).toMatch(/s\.tenant_id = :acl\d/);
    expect(Object.values(filter.params)).toContain('t1');
  });

  it('refuses a condition on a field that has no SQL mapping instead of ignoring it', () => {
    const builder = newAbilityBuilder();
    allow(builder, 'read', 'Subject', undefined, { secretField: 1 });
    expect(() => abilityToSql(builder.build(), 'read', 'Subject', MAPPING)).toThrow(/no SQL mapping/);
  });
});
