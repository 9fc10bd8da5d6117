import { AuditAction, GovernedContext } from '@vangrail/privacy';
import type { CaseReading } from '../access/case-access';
import { CaseSubject } from '../cases/entities/case-links.entity';
import type { ActionItem } from './entities/action-item.entity';

/** Audit resource of action items. */
export const ACTION_ITEM = 'ActionItem';

/** Records a change to action items of one case, about the case's subjects and the items' categories. */
export async function recordActionItemChange(ctx: GovernedContext, reading: CaseReading, items: ActionItem[], reason: string): Promise<void> {
  const subjects = await ctx.manager.find(CaseSubject, { where: { tenantId: ctx.tenantId, caseId: reading.kase.id } });
  for (const item of items) {
    ctx.record({
      action: AuditAction.UPDATE,
      resourceType: ACTION_ITEM,
      resourceId: item.id,
      subjectKeys: subjects.map((s) => s.subjectId),
      dataCategories: [item.category],
      reason,
      legalBasis: reading.table.legalBasis,
    });
  }
}
