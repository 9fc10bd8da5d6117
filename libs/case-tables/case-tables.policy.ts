import { AuthenticatedUser, PlatformRole } from '@vangrail/core';
import { AbilityInput, allow, AppAbilityBuilder, DataCategory, PolicyRules, Purpose, SqlMapping } from '@vangrail/privacy';
import { SUBJECT, SubjectLinkKind } from '@vangrail/subjects';
import {
  CaseAccessFact,
  CaseTableAccessFacts,
  groupByCategories,
  GuestWindow,
  isLeading,
  loadCaseTableAccess,
  Membership,
  tableIdsWith,
} from './access/case-table-access';
import { LEADING_ROLES, TableRole } from './tables/entities/case-table-member.entity';

export const CASE_TABLE = 'CaseTable';
export const CASE = 'Case';
export const MEETING = 'Meeting';
/** Audit resource of membership changes. */
export const CASE_TABLE_MEMBER = 'CaseTableMember';

export const CASE_TABLE_SQL: SqlMapping = { alias: 't', columns: { id: 'id' } };

export const CASE_SQL: SqlMapping = {
  alias: 'c',
  columns: { id: 'id', caseTableId: 'case_table_id' },
  relations: {
    participants: {
      table: 'case_participant',
      alias: 'cp',
      join: 'cp.tenant_id = c.tenant_id AND cp.case_id = c.id',
      columns: { discipline: 'discipline' },
    },
    actionItems: {
      table: 'action_item',
      alias: 'ai',
      join: 'ai.tenant_id = c.tenant_id AND ai.case_id = c.id',
      columns: { ownerUserId: 'owner_user_id', status: 'status' },
    },
  },
};

export const MEETING_SQL: SqlMapping = { alias: 'mt', columns: { id: 'id', caseTableId: 'case_table_id' } };

const NON_GUEST_ROLES = [TableRole.CHAIR, TableRole.CASE_DIRECTOR, TableRole.MEMBER];

/** Categories a membership sees at its table: the discipline's row, or for chair and case director the union. */
function categoriesOf(membership: Membership, user: AuthenticatedUser): DataCategory[] {
  if (isLeading(membership.role)) return Object.values(membership.visibility).flatMap((c) => c ?? []);
  return user.discipline ? [...(membership.visibility[user.discipline] ?? [])] : [];
}

/**
 * Need-to-know at case tables (DOMAIN.md §6–7), as few rules with `$in` over table and case ids:
 * - BEHEER: the functional administrator manages tables and members, and nothing else;
 * - CASUSOVERLEG: chair and case director see every case of their tables, members the cases in
 *   which their discipline takes part, guests the case of the agenda item they are invited to;
 * - PLANUITVOERING: action-item owners see the cases in which they own an open item.
 * Subjects of those cases are readable with the categories the table allows the caller.
 */
export class CaseTableRules implements PolicyRules {
  constructor(private readonly guestWindow: GuestWindow) {}

  async contribute(builder: AppAbilityBuilder, { user, purpose, manager }: AbilityInput): Promise<void> {
    if (purpose === Purpose.BEHEER) {
      if (user.roles.includes(PlatformRole.FUNCTIONAL_ADMINISTRATOR)) allow(builder, 'manage', CASE_TABLE, undefined);
      return;
    }
    if (purpose !== Purpose.CASUSOVERLEG && purpose !== Purpose.PLANUITVOERING) return;
    const facts = await loadCaseTableAccess(manager, user, purpose, this.guestWindow);
    if (facts.memberships.length === 0) return;
    allowIn(builder, 'read', CASE_TABLE, 'id', facts.memberships.map((m) => m.caseTableId));
    if (purpose === Purpose.CASUSOVERLEG) this.consultation(builder, user, facts);
    else this.planExecution(builder, user, facts);
  }

  private consultation(builder: AppAbilityBuilder, user: AuthenticatedUser, facts: CaseTableAccessFacts): void {
    const leading = tableIdsWith(facts, LEADING_ROLES);
    const seated = tableIdsWith(facts, NON_GUEST_ROLES);
    const chaired = tableIdsWith(facts, [TableRole.CHAIR]);
    // The chair invites guests (GUEST memberships) to the table's agenda items.
    allowIn(builder, 'update', CASE_TABLE, 'id', chaired);

    allowIn(builder, 'read', CASE, 'caseTableId', leading);
    if (user.discipline && seated.length) {
      allow(builder, 'read', CASE, undefined, { caseTableId: { $in: seated }, 'participants.discipline': user.discipline });
    }
    allowIn(builder, 'read', CASE, 'id', facts.guestCases.map((c) => c.caseId));
    allowIn(builder, 'create', CASE, 'caseTableId', seated);
    allowIn(builder, 'update', CASE, 'caseTableId', leading);

    allowIn(builder, 'read', MEETING, 'caseTableId', seated);
    allowIn(builder, 'read', MEETING, 'id', [...new Set(facts.guestCases.map((c) => c.meetingId!))]);
    allowIn(builder, 'update', MEETING, 'caseTableId', leading);

    // Subjects through the CASE links written per participating discipline (libs/subjects).
    const lead = facts.memberships.filter((m) => isLeading(m.role));
    for (const group of groupByCategories(lead.map((m) => ({ caseTableId: m.caseTableId, categories: categoriesOf(m, user) })))) {
      allow(builder, 'read', SUBJECT, group.categories, { 'links.kind': SubjectLinkKind.CASE, 'links.caseTableId': { $in: group.caseTableIds } });
    }
    if (user.discipline) {
      const members = facts.memberships.filter((m) => m.role === TableRole.MEMBER);
      for (const group of groupByCategories(members.map((m) => ({ caseTableId: m.caseTableId, categories: categoriesOf(m, user) })))) {
        allow(builder, 'read', SUBJECT, group.categories, {
          'links.kind': SubjectLinkKind.CASE,
          'links.caseTableId': { $in: group.caseTableIds },
          'links.discipline': user.discipline,
        });
      }
    }
    this.subjectsOfCases(builder, user, facts, facts.guestCases);
  }

  private planExecution(builder: AppAbilityBuilder, user: AuthenticatedUser, facts: CaseTableAccessFacts): void {
    const tables = facts.memberships.map((m) => m.caseTableId);
    allow(builder, 'read', CASE, undefined, { caseTableId: { $in: tables }, 'actionItems.ownerUserId': user.id, 'actionItems.status': 'OPEN' });
    this.subjectsOfCases(builder, user, facts, facts.ownedCases);
  }

  /** Subjects of individually reached cases (guest invitations, owned action items), by subject id. */
  private subjectsOfCases(builder: AppAbilityBuilder, user: AuthenticatedUser, facts: CaseTableAccessFacts, cases: CaseAccessFact[]): void {
    const byTable = new Map<string, string[]>();
    for (const fact of cases) byTable.set(fact.caseTableId, [...(byTable.get(fact.caseTableId) ?? []), ...fact.subjectIds]);
    for (const [caseTableId, subjectIds] of byTable) {
      const membership = facts.memberships.find((m) => m.caseTableId === caseTableId)!;
      const categories = user.discipline ? (membership.visibility[user.discipline] ?? []) : [];
      if (categories.length) allowIn(builder, 'read', SUBJECT, 'id', [...new Set(subjectIds)], categories);
    }
  }
}

/** One rule `{ field: { $in: ids } }`, skipped when there are no ids (so no rule means no access). */
function allowIn(
  builder: AppAbilityBuilder,
  action: 'read' | 'create' | 'update',
  resource: string,
  field: string,
  ids: string[],
  categories?: readonly DataCategory[],
): void {
  if (ids.length) allow(builder, action, resource, categories, { [field]: { $in: ids } });
}
