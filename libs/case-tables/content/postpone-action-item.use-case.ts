import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { badInput, momentText } from '@vangrail/core';
import { GovernedContext } from '@vangrail/privacy';
import { CaseAccess, lockCase } from '../access/case-access';
import { CaseEventKind } from '../cases/entities/case-event.entity';
import { scheduleActionItemReminders } from '../jobs/action-item-reminders';
import { appendCaseEvents } from '../shared/case-events';
import { assertNeutralText } from '../shared/text';
import { alreadyFinished } from './action-item-status';
import { CaseContent } from './case-content';
import { PostponeActionItemInput } from './dto/content.inputs';
import { ActionItemView } from './dto/content.types';
import { ActionItem, ActionItemPostponement, ActionItemStatus } from './entities/action-item.entity';
import { recordActionItemChange } from './action-item-audit';

/**
 * The chair or a case director moves an open action item's due moment, with a reason. Every move is
 * kept (ActionItem.postponements); the owner is reminded again before the new moment and the
 * reminder jobs of the old one find nothing to do.
 */
@Injectable()
export class PostponeActionItem {
  constructor(
    private readonly access: CaseAccess,
    private readonly content: CaseContent,
  ) {}

  async execute(ctx: GovernedContext, input: PostponeActionItemInput): Promise<ActionItemView> {
    const found = await ctx.manager.findOneBy(ActionItem, { tenantId: ctx.tenantId, id: input.actionItemId });
    const { child, reading } = await this.access.readingOfChild(ctx, found, 'Action item', 'Actiepunt', input.actionItemId);
    this.access.requireLeading(ctx, reading.kase, 'postpone an action item', 'een actiepunt uitstellen');
    assertNeutralText(input.reason, 'input.reason');
    await lockCase(ctx.manager, reading.kase);
    const item = await ctx.manager.findOneOrFail(ActionItem, { where: { tenantId: ctx.tenantId, id: child.id }, lock: { mode: 'pessimistic_write' } });
    if (item.status !== ActionItemStatus.OPEN) throw alreadyFinished(item.status);
    if (input.dueAt.getTime() <= Date.now()) throw badInput('input.dueAt', 'The new due moment must lie in the future', 'De nieuwe termijn moet in de toekomst liggen');
    if (input.dueAt.getTime() <= item.dueAt.getTime()) {
      const current = momentText(item.dueAt);
      throw badInput('input.dueAt', `Postponing moves the due moment later than now (${current.en})`, `Uitstellen verschuift de termijn naar later dan nu (${current.nl})`);
    }
    const postponement = {
      tenantId: ctx.tenantId,
      id: randomUUID(),
      actionItemId: item.id,
      caseId: item.caseId,
      fromDueAt: item.dueAt,
      toDueAt: input.dueAt,
      reason: input.reason,
      postponedByUserId: ctx.user.id,
      postponedAt: new Date(),
    };
    await ctx.manager.insert(ActionItemPostponement, postponement);
    const postponements = item.postponements + 1;
    await ctx.manager.update(ActionItem, { tenantId: ctx.tenantId, id: item.id }, { dueAt: input.dueAt, postponements, remindedAt: null, overdueAt: null });
    await scheduleActionItemReminders(ctx.manager, ctx.tenantId, item.id, input.dueAt, postponements);
    await appendCaseEvents(ctx.manager, ctx.tenantId, [
      {
        caseId: item.caseId,
        kind: CaseEventKind.ACTION_ITEM_POSTPONED,
        actorUserId: ctx.user.id,
        refId: item.id,
        details: { fromDueAt: item.dueAt.toISOString(), toDueAt: input.dueAt.toISOString(), reason: input.reason },
      },
    ]);
    await recordActionItemChange(ctx, reading, [item], `action item postponed: ${input.reason}`);
    return (await this.content.load(ctx, reading)).shown.get(item.id) as ActionItemView;
  }
}
