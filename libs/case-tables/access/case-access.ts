import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { forbidden, notFound } from '@vangrail/core';
import { DataCategory, GovernedContext } from '@vangrail/privacy';
import { canOn } from './ability-check';
import { Case } from '../cases/entities/case.entity';
import { CASE, CASE_SQL, CASE_TABLE, CASE_TABLE_SQL } from '../case-tables.policy';
import { TableRole } from '../tables/entities/case-table-member.entity';
import { CaseTable } from '../tables/entities/case-table.entity';
import { CURRENT_MEMBERSHIP_SQL } from './case-table-access';
import { CaseViewer, isCurrentCaseDirector, visibleCategoriesAtTable } from './visibility';

export interface CaseReading {
  kase: Case;
  table: CaseTable;
  viewer: CaseViewer;
  visible: Set<DataCategory>;
}

/**
 * Single and bulk access checks on cases, with the same SQL filter the list queries use. A case the
 * caller may not see is NOT_FOUND (never "forbidden"), so a refusal does not confirm it exists.
 */
@Injectable()
export class CaseAccess {
  /** The cases among `ids` the caller may read, in one query. */
  async readable(ctx: GovernedContext, ids: string[]): Promise<Case[]> {
    if (ids.length === 0) return [];
    const filter = ctx.filter(CASE, CASE_SQL);
    return ctx.manager
      .createQueryBuilder(Case, 'c')
      .where('c.tenant_id = :tenantId AND c.id = ANY(:ids)', { tenantId: ctx.tenantId, ids })
      .andWhere(filter.sql, filter.params)
      .getMany();
  }

  async requireReadable(ctx: GovernedContext, id: string): Promise<Case> {
    const [kase] = await this.readable(ctx, [id]);
    if (!kase) throw notFound('Case', 'Casus', id);
    return kase;
  }

  /** Whether the caller runs this case (chair or case director of its table). */
  leads(ctx: GovernedContext, kase: Case): boolean {
    return canOn(ctx.ability, 'update', CASE, { id: kase.id, caseTableId: kase.caseTableId, tenantId: kase.tenantId });
  }

  requireLeading(ctx: GovernedContext, kase: Case, doing: string, doen: string): void {
    if (!this.leads(ctx, kase)) {
      throw forbidden(`Only the chair or a case director of the table may ${doing}`, `Alleen de voorzitter of een casusregisseur van de tafel mag ${doen}`);
    }
  }

  /** Reads a case with everything need-to-know depends on: the table, the caller's role there, the visible categories. */
  async reading(ctx: GovernedContext, id: string): Promise<CaseReading> {
    const kase = await this.requireReadable(ctx, id);
    const table = await ctx.manager.getRepository(CaseTable).findOneByOrFail({ tenantId: ctx.tenantId, id: kase.caseTableId });
    const tableRole = await currentRole(ctx.manager, ctx.tenantId, kase.caseTableId, ctx.user.id);
    const viewer: CaseViewer = {
      userId: ctx.user.id,
      discipline: ctx.user.discipline,
      tableRole,
      isCaseDirector: isCurrentCaseDirector(kase.caseDirectorUserId, ctx.user.id, tableRole),
      purpose: ctx.purpose,
    };
    return { kase, table, viewer, visible: visibleCategoriesAtTable(table.visibility, viewer) };
  }

  /**
   * The reading of the case a child row (contribution, action item) belongs to. A child of a case
   * the caller may not read is NOT_FOUND as the child, exactly as a missing one: the answer never
   * tells that the child, or its case, exists.
   */
  async readingOfChild<T extends { caseId: string }>(ctx: GovernedContext, child: T | null, what: string, wat: string, childId: string): Promise<{ child: T; reading: CaseReading }> {
    const [kase] = child ? await this.readable(ctx, [child.caseId]) : [];
    if (!child || !kase) throw notFound(what, wat, childId);
    return { child, reading: await this.reading(ctx, kase.id) };
  }

  /**
   * As `reading`, then locks the case row (SELECT … FOR UPDATE) and refreshes its state from the locked
   * row, so a mutation that checks the state cannot race another one that changes it.
   */
  async readingForUpdate(ctx: GovernedContext, id: string): Promise<CaseReading> {
    const reading = await this.reading(ctx, id);
    // A guest reads the agenda item they are invited for; they write nothing into the case (no notes, no contributions).
    if (reading.viewer.tableRole === TableRole.GUEST) {
      throw forbidden(
        'A guest reads the agenda item they are invited for and cannot add notes, contributions or changes to the case',
        'Een gast leest alleen het agendapunt waarvoor hij of zij is uitgenodigd en kan geen notities, inbreng of wijzigingen aan de casus toevoegen',
      );
    }
    await lockCase(ctx.manager, reading.kase);
    return reading;
  }
}

/** Locks the case row until the transaction ends and refreshes the state fields of `kase` from it. */
export async function lockCase(manager: EntityManager, kase: Case): Promise<void> {
  const locked = await manager.getRepository(Case).findOneOrFail({ where: { tenantId: kase.tenantId, id: kase.id }, lock: { mode: 'pessimistic_write' } });
  Object.assign(kase, { state: locked.state, closedAt: locked.closedAt, refusalReason: locked.refusalReason, closingReason: locked.closingReason, outcome: locked.outcome, caseDirectorUserId: locked.caseDirectorUserId });
}

/** The user's current role at a table, or null. */
export async function currentRole(manager: EntityManager, tenantId: string, caseTableId: string, userId: string): Promise<TableRole | null> {
  const rows = (await manager.query(
    `SELECT m.role FROM case_table_member m WHERE m.tenant_id = $1 AND m.case_table_id = $2 AND m.user_id = $3 AND ${CURRENT_MEMBERSHIP_SQL}`,
    [tenantId, caseTableId, userId],
  )) as { role: TableRole }[];
  return rows[0]?.role ?? null;
}

/** Current roles of several users at one table. */
export async function currentRoles(manager: EntityManager, tenantId: string, caseTableId: string, userIds: string[]): Promise<Map<string, TableRole>> {
  if (userIds.length === 0) return new Map();
  const rows = (await manager.query(
    `SELECT m.user_id, m.role FROM case_table_member m
      WHERE m.tenant_id = $1 AND m.case_table_id = $2 AND m.user_id = ANY($3) AND ${CURRENT_MEMBERSHIP_SQL}`,
    [tenantId, caseTableId, userIds],
  )) as { user_id: string; role: TableRole }[];
  return new Map(rows.map((r) => [r.user_id, r.role]));
}

/** A case table the caller may see (member, or administrator under BEHEER), or NOT_FOUND. */
export async function requireReadableTable(ctx: GovernedContext, id: string): Promise<CaseTable> {
  const filter = ctx.filter(CASE_TABLE, CASE_TABLE_SQL);
  const table = await ctx.manager
    .createQueryBuilder(CaseTable, 't')
    .where('t.tenant_id = :tenantId AND t.id = :id', { tenantId: ctx.tenantId, id })
    .andWhere(filter.sql, filter.params)
    .getOne();
  if (!table) throw notFound('Case table', 'Casustafel', id);
  return table;
}
