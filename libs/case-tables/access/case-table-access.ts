import type { EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '@vangrail/core';
import { DataCategory, Purpose } from '@vangrail/privacy';
import { LEADING_ROLES, TableRole } from '../tables/entities/case-table-member.entity';
import type { VisibilityMatrix } from '../tables/entities/case-table.entity';

/** A guest sees the case of their agenda item until the meeting is closed, at most this long after its date. */
export const GUEST_ACCESS_AFTER_MEETING = '1 day';
/**
 * How many days before the meeting day a guest may open their agenda item (GUEST_ACCESS_DAYS_BEFORE_MEETING,
 * default 0: the meeting day itself, from midnight Dutch time). Need-to-know: an invitation alone opens nothing.
 */
export interface GuestWindow {
  daysBeforeMeeting: number;
}

/** SQL for "this membership is valid now" over case_table_member aliased `m`. */
export const CURRENT_MEMBERSHIP_SQL = `m.removed_at IS NULL AND m.valid_from <= now() AND (m.valid_until IS NULL OR m.valid_until > now())`;

export interface Membership {
  caseTableId: string;
  role: TableRole;
  visibility: VisibilityMatrix;
}

export interface CaseAccessFact {
  caseId: string;
  caseTableId: string;
  meetingId?: string;
  subjectIds: string[];
}

/** What the ability needs to know about the caller's place at case tables, loaded once per request. */
export interface CaseTableAccessFacts {
  memberships: Membership[];
  /** Cases the caller is invited to as a guest, inside the invitation window. */
  guestCases: CaseAccessFact[];
  /** Cases in which the caller owns an open action item (PLANUITVOERING). */
  ownedCases: CaseAccessFact[];
}

export const tableIdsWith = (facts: CaseTableAccessFacts, roles: readonly TableRole[]): string[] =>
  facts.memberships.filter((m) => roles.includes(m.role)).map((m) => m.caseTableId);

export const isLeading = (role: TableRole): boolean => LEADING_ROLES.includes(role);

/** A few small queries over indexed columns; only for the purposes that concern case tables. */
export async function loadCaseTableAccess(manager: EntityManager, user: AuthenticatedUser, purpose: Purpose, guestWindow: GuestWindow): Promise<CaseTableAccessFacts> {
  const memberships = (
    (await manager.query(
      `SELECT m.case_table_id, m.role, t.visibility
         FROM case_table_member m
         JOIN case_table t ON t.tenant_id = m.tenant_id AND t.id = m.case_table_id
        WHERE m.tenant_id = $1 AND m.user_id = $2 AND ${CURRENT_MEMBERSHIP_SQL} AND $3 = ANY(t.purposes)`,
      [user.tenantId, user.id, purpose],
    )) as { case_table_id: string; role: TableRole; visibility: VisibilityMatrix }[]
  ).map((row) => ({ caseTableId: row.case_table_id, role: row.role, visibility: row.visibility }));
  const facts: CaseTableAccessFacts = { memberships, guestCases: [], ownedCases: [] };
  if (memberships.length === 0) return facts;

  const guestTables = memberships.filter((m) => m.role === TableRole.GUEST).map((m) => m.caseTableId);
  if (guestTables.length && purpose === Purpose.CASUSOVERLEG) {
    const rows = (await manager.query(
      `SELECT g.case_id, g.meeting_id, mt.case_table_id
         FROM agenda_guest g
         JOIN meeting mt ON mt.tenant_id = g.tenant_id AND mt.id = g.meeting_id
        WHERE g.tenant_id = $1 AND g.user_id = $2 AND mt.case_table_id = ANY($3)
          AND mt.state = 'GEPLAND'
          AND now() >= (date_trunc('day', mt.scheduled_at AT TIME ZONE 'Europe/Amsterdam') - make_interval(days => $4)) AT TIME ZONE 'Europe/Amsterdam'
          AND now() <= mt.scheduled_at + interval '${GUEST_ACCESS_AFTER_MEETING}'`,
      [user.tenantId, user.id, guestTables, guestWindow.daysBeforeMeeting],
    )) as { case_id: string; meeting_id: string; case_table_id: string }[];
    facts.guestCases = rows.map((r) => ({ caseId: r.case_id, caseTableId: r.case_table_id, meetingId: r.meeting_id, subjectIds: [] }));
  }
  if (purpose === Purpose.PLANUITVOERING) {
    const rows = (await manager.query(
      `SELECT DISTINCT a.case_id, c.case_table_id
         FROM action_item a
         JOIN case_file c ON c.tenant_id = a.tenant_id AND c.id = a.case_id
        WHERE a.tenant_id = $1 AND a.owner_user_id = $2 AND a.status = 'OPEN' AND c.case_table_id = ANY($3)`,
      [user.tenantId, user.id, memberships.map((m) => m.caseTableId)],
    )) as { case_id: string; case_table_id: string }[];
    facts.ownedCases = rows.map((r) => ({ caseId: r.case_id, caseTableId: r.case_table_id, subjectIds: [] }));
  }
  const reached = [...facts.guestCases, ...facts.ownedCases];
  if (reached.length) {
    const subjects = (await manager.query(`SELECT case_id, subject_id FROM case_subject WHERE tenant_id = $1 AND case_id = ANY($2)`, [
      user.tenantId,
      reached.map((c) => c.caseId),
    ])) as { case_id: string; subject_id: string }[];
    for (const fact of reached) fact.subjectIds = subjects.filter((s) => s.case_id === fact.caseId).map((s) => s.subject_id);
  }
  return facts;
}

/** Groups table ids by the categories visible there, so one CASL rule covers each distinct set. */
export function groupByCategories(entries: { caseTableId: string; categories: DataCategory[] }[]): { categories: DataCategory[]; caseTableIds: string[] }[] {
  const groups = new Map<string, { categories: DataCategory[]; caseTableIds: string[] }>();
  for (const entry of entries) {
    const categories = [...new Set(entry.categories)].sort();
    const key = categories.join(',');
    const group = groups.get(key) ?? { categories, caseTableIds: [] };
    group.caseTableIds.push(entry.caseTableId);
    groups.set(key, group);
  }
  return [...groups.values()];
}
