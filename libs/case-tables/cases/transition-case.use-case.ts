import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { conflict } from '@vangrail/core';
import { AuditAction, GovernedContext } from '@vangrail/privacy';
import { CaseAccess } from '../access/case-access';
import { ActionItem, ActionItemStatus } from '../content/entities/action-item.entity';
import { appendCaseEvents } from '../shared/case-events';
import { TableRole } from '../tables/entities/case-table-member.entity';
import { caseSummaries } from './case-summaries';
import { CaseRegistrar } from './case-registrar';
import { OPEN_STATES, OpenActionItemRef, planTransition } from './case-state-machine';
import { TransitionCaseInput } from './dto/case.inputs';
import { CaseSummary } from './dto/case.types';
import { CaseClosing } from './entities/case-closing.entity';
import { CaseEventKind } from './entities/case-event.entity';
import { Case, CaseState } from './entities/case.entity';

/** Moves a case through its states (DOMAIN.md §6); the chair and case directors run the table. */
@Injectable()
export class TransitionCase {
  constructor(
    private readonly access: CaseAccess,
    private readonly registrar: CaseRegistrar,
  ) {}

  async execute(ctx: GovernedContext, input: TransitionCaseInput): Promise<CaseSummary> {
    // The case row stays locked until the transaction ends: the state checked below is the state changed.
    const reading = await this.access.readingForUpdate(ctx, input.caseId);
    const { kase, table, viewer } = reading;
    this.access.requireLeading(ctx, kase, 'change the state of a case', 'de status van een casus wijzigen');
    const patch = planTransition({
      from: kase.state,
      to: input.to,
      reason: input.reason,
      closingReason: input.closingReason,
      outcome: input.outcome,
      closingOutcome: input.closingOutcome,
      actorIsChair: viewer.tableRole === TableRole.CHAIR,
      openActionItems: input.to === CaseState.AFGESLOTEN ? await this.openActionItems(ctx, kase) : [],
      closedAt: kase.closedAt,
      retentionMonths: table.retentionMonths,
      now: new Date(),
    });
    const from = kase.state;
    const updated = await ctx.manager.update(Case, { tenantId: kase.tenantId, id: kase.id, state: from }, patch);
    if (updated.affected !== 1) {
      throw conflict(`Case ${kase.reference} changed state meanwhile; reload it and try again`, `Casus ${kase.reference} is intussen van status veranderd; laad hem opnieuw en probeer het nog eens`);
    }
    Object.assign(kase, patch);
    await this.keepClosingHistory(ctx, kase, from);
    const wasOpen = OPEN_STATES.includes(from);
    const isOpen = OPEN_STATES.includes(kase.state);
    if (wasOpen !== isOpen) await this.registrar.setLinksActive(ctx.manager, kase, isOpen);
    await appendCaseEvents(ctx.manager, ctx.tenantId, [
      {
        caseId: kase.id,
        kind: CaseEventKind.STATE_CHANGED,
        actorUserId: ctx.user.id,
        // Reasons and outcomes stay on the case row; the timeline only says that one was given.
        details: { from, to: kase.state, reasonGiven: Boolean(patch.refusalReason), closingReasonGiven: Boolean(patch.closingReason), outcomeGiven: Boolean(patch.outcome) },
      },
    ]);
    ctx.record({ action: AuditAction.UPDATE, resourceId: kase.id, reason: `state ${from} → ${kase.state}`, legalBasis: table.legalBasis });
    const [summary] = await caseSummaries(ctx.manager, ctx.tenantId, [kase]);
    return summary;
  }

  /** Each closing is kept; reopening marks the last one reopened instead of erasing it. */
  private async keepClosingHistory(ctx: GovernedContext, kase: Case, from: CaseState): Promise<void> {
    if (kase.state === CaseState.AFGESLOTEN) {
      await ctx.manager.insert(CaseClosing, {
        tenantId: kase.tenantId,
        id: randomUUID(),
        caseId: kase.id,
        closingReason: kase.closingReason!,
        outcome: kase.outcome!,
        closingOutcome: kase.closingOutcome,
        closedAt: kase.closedAt!,
        closedByUserId: ctx.user.id,
        reopenedAt: null,
        reopenedByUserId: null,
      });
    } else if (from === CaseState.AFGESLOTEN) {
      await ctx.manager.update(CaseClosing, { tenantId: kase.tenantId, caseId: kase.id, reopenedAt: IsNull() }, { reopenedAt: new Date(), reopenedByUserId: ctx.user.id });
    }
  }

  /** Open items, by id and due date only: no description or owner leaves in an error unaudited. */
  private async openActionItems(ctx: GovernedContext, kase: Case): Promise<OpenActionItemRef[]> {
    const items = await ctx.manager.find(ActionItem, {
      where: { tenantId: kase.tenantId, caseId: kase.id, status: ActionItemStatus.OPEN },
      order: { dueAt: 'ASC' },
    });
    return items.map((item) => ({ id: item.id, dueAt: item.dueAt }));
  }
}
