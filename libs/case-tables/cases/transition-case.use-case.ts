import { Injectable } from '@nestjs/common';
import { AuditAction, GovernedContext, PiiCrypto } from '@vangrail/privacy';
import { CaseAccess } from '../access/case-access';
import { ActionItem, ActionItemStatus } from '../content/entities/action-item.entity';
import { actorOrUnknown, actorsOf } from '../shared/case-actor';
import { appendCaseEvents } from '../shared/case-events';
import { isoDate } from '../shared/text';
import { TableRole } from '../tables/entities/case-table-member.entity';
import { caseSummaries } from './case-summaries';
import { CaseRegistrar } from './case-registrar';
import { OPEN_STATES, planTransition } from './case-state-machine';
import { TransitionCaseInput } from './dto/case.inputs';
import { CaseSummary } from './dto/case.types';
import { CaseEventKind } from './entities/case-event.entity';
import { Case, CaseState } from './entities/case.entity';

/** Moves a case through its states (DOMAIN.md §6); the chair and case directors run the table. */
@Injectable()
export class TransitionCase {
  constructor(
    private readonly access: CaseAccess,
    private readonly registrar: CaseRegistrar,
    private readonly crypto: PiiCrypto,
  ) {}

  async execute(ctx: GovernedContext, input: TransitionCaseInput): Promise<CaseSummary> {
    const reading = await this.access.reading(ctx, input.caseId);
    const { kase, table, viewer } = reading;
    this.access.requireLeading(ctx, kase, 'change the state of a case', 'de status van een casus wijzigen');
    const patch = planTransition({
      from: kase.state,
      to: input.to,
      reason: input.reason,
      closingReason: input.closingReason,
      outcome: input.outcome,
      actorIsChair: viewer.tableRole === TableRole.CHAIR,
      openActionItems: input.to === CaseState.AFGESLOTEN ? await this.openActionItems(ctx, kase, reading.visible) : [],
      closedAt: kase.closedAt,
      retentionMonths: table.retentionMonths,
      now: new Date(),
    });
    await ctx.manager.update(Case, { tenantId: kase.tenantId, id: kase.id }, patch);
    const from = kase.state;
    Object.assign(kase, patch);
    const wasOpen = OPEN_STATES.includes(from);
    const isOpen = OPEN_STATES.includes(kase.state);
    if (wasOpen !== isOpen) await this.registrar.setLinksActive(ctx.manager, kase, isOpen);
    await appendCaseEvents(ctx.manager, ctx.tenantId, [
      {
        caseId: kase.id,
        kind: CaseEventKind.STATE_CHANGED,
        actorUserId: ctx.user.id,
        details: { from, to: kase.state, reason: input.reason ?? null, closingReason: input.closingReason ?? null, outcome: input.outcome ?? null },
      },
    ]);
    ctx.record({ action: AuditAction.UPDATE, resourceId: kase.id, reason: `state ${from} → ${kase.state}`, legalBasis: table.legalBasis });
    const [summary] = await caseSummaries(ctx.manager, ctx.tenantId, [kase]);
    return summary;
  }

  /** Open items, named by their description where the caller may see it, else by owner and due date. */
  private async openActionItems(ctx: GovernedContext, kase: Case, visible: ReadonlySet<string>): Promise<{ id: string; label: string }[]> {
    const items = await ctx.manager.find(ActionItem, {
      where: { tenantId: kase.tenantId, caseId: kase.id, status: ActionItemStatus.OPEN },
      order: { dueAt: 'ASC' },
    });
    const owners = await actorsOf(ctx.manager, ctx.tenantId, items.map((i) => i.ownerUserId));
    return items.map((item) => {
      const owner = actorOrUnknown(owners, item.ownerUserId)!.displayName;
      const what = visible.has(item.category) ? `"${this.crypto.decrypt(item.descriptionEncrypted)}"` : 'action item';
      return { id: item.id, label: `${what} (owner ${owner}, due ${isoDate(item.dueAt)})` };
    });
  }
}
