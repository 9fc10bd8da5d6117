import type { EntityManager } from 'typeorm';
import { permittedFieldsOf } from '@casl/ability/extra';
import { AuthenticatedUser, Discipline, PlatformRole } from '@vangrail/core';
import { abilityToSql, DATA_CATEGORIES, newAbilityBuilder, Purpose } from '@vangrail/privacy';
import { SUBJECT, SUBJECT_SQL } from '@vangrail/subjects';
import { defaultVisibilityMatrix } from './access/visibility';
import { CASE, CASE_SQL, CASE_TABLE, CASE_TABLE_SQL, CaseTableRules } from './case-tables.policy';

const TABLE = 'table-1';

function user(discipline: Discipline | null, roles = [PlatformRole.PROFESSIONAL]): AuthenticatedUser {
  return { id: 'user-1', tenantId: 't', tenantSlug: 'demodam', username: 'u', displayName: 'U', discipline, roles };
}

/** A transaction that answers the access-fact queries: memberships first, then guest invitations. */
function manager(role: string, guestCases: { case_id: string; meeting_id: string; case_table_id: string }[] = []): EntityManager {
  return {
    query: async (sql: string) => {
      if (sql.includes('FROM case_table_member')) return [{ case_table_id: TABLE, role, visibility: defaultVisibilityMatrix() }];
      if (sql.includes('FROM agenda_guest')) return guestCases;
      if (sql.includes('FROM case_subject')) return guestCases.map((g) => ({ case_id: g.case_id, subject_id: `subject-of-${g.case_id}` }));
      return [];
    },
  } as unknown as EntityManager;
}

async function abilityFor(who: AuthenticatedUser, purpose: Purpose, tx: EntityManager) {
  const builder = newAbilityBuilder();
  await new CaseTableRules({ daysBeforeMeeting: 0 }).contribute(builder, { user: who, purpose, manager: tx });
  return builder.build();
}

describe('Case-table rules: need-to-know by construction', () => {
  it('lets a member read only the cases of their table in which their discipline takes part', async () => {
    const ability = await abilityFor(user(Discipline.BWT), Purpose.CASUSOVERLEG, manager('MEMBER'));
    const filter = abilityToSql(ability, 'read', CASE, CASE_SQL);
    expect(filter.sql).toContain('c.case_table_id = ANY(');
    expect(filter.sql).toContain('EXISTS (SELECT 1 FROM case_participant cp WHERE cp.tenant_id = c.tenant_id AND cp.case_id = c.id AND cp.discipline = ');
    expect(Object.values(filter.params)).toEqual(expect.arrayContaining([[TABLE], Discipline.BWT]));
    expect(abilityToSql(ability, 'update', CASE, CASE_SQL).sql).toBe('FALSE');
  });

  it('lets a member read the case subjects through CASE links of their discipline, with their categories only', async () => {
    const ability = await abilityFor(user(Discipline.BWT), Purpose.CASUSOVERLEG, manager('MEMBER'));
    const filter = abilityToSql(ability, 'read', SUBJECT, SUBJECT_SQL);
    expect(filter.sql).toContain('l.kind = ');
    expect(Object.values(filter.params)).toEqual(expect.arrayContaining(['CASE', [TABLE], Discipline.BWT]));
    const fields = permittedFieldsOf(ability, 'read', SUBJECT, { fieldsFrom: (rule) => rule.fields ?? DATA_CATEGORIES });
    expect([...fields].sort()).toEqual(['ADRES', 'IDENTIFICATIE', 'WONEN']);
  });

  it('lets the chair read and run every case of the table', async () => {
    const ability = await abilityFor(user(null), Purpose.CASUSOVERLEG, manager('CHAIR'));
    expect(abilityToSql(ability, 'read', CASE, CASE_SQL).sql).not.toContain('case_participant');
    expect(abilityToSql(ability, 'update', CASE, CASE_SQL).sql).toContain('c.case_table_id = ANY(');
  });

  it('lets a guest read only the cases they are invited to', async () => {
    const ability = await abilityFor(user(Discipline.WIJKTEAM), Purpose.CASUSOVERLEG, manager('GUEST', [{ case_id: 'case-9', meeting_id: 'm', case_table_id: TABLE }]));
    const filter = abilityToSql(ability, 'read', CASE, CASE_SQL);
    expect(filter.sql).toMatch(/^\(\(c\.id = ANY\(:acl\d+\)\)\)$/);
    expect(Object.values(filter.params)).toEqual([['case-9']]);
    expect(abilityToSql(ability, 'create', CASE, CASE_SQL).sql).toBe('FALSE');
    expect(Object.values(abilityToSql(ability, 'read', SUBJECT, SUBJECT_SQL).params)).toEqual([['subject-of-case-9']]);
  });

  it('gives the functional administrator the tables under BEHEER and no case at all', async () => {
    const ability = await abilityFor(user(null, [PlatformRole.FUNCTIONAL_ADMINISTRATOR]), Purpose.BEHEER, manager('MEMBER'));
    expect(abilityToSql(ability, 'read', CASE_TABLE, CASE_TABLE_SQL).sql).toBe('TRUE');
    expect(abilityToSql(ability, 'read', CASE, CASE_SQL).sql).toBe('FALSE');
    expect(abilityToSql(ability, 'read', SUBJECT, SUBJECT_SQL).sql).toBe('FALSE');
  });

  it('gives no case-table access under other purposes', async () => {
    const ability = await abilityFor(user(Discipline.BWT), Purpose.HANDHAVING, manager('MEMBER'));
    expect(abilityToSql(ability, 'read', CASE, CASE_SQL).sql).toBe('FALSE');
    expect(abilityToSql(ability, 'read', CASE_TABLE, CASE_TABLE_SQL).sql).toBe('FALSE');
  });
});
