import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { Discipline } from '@vangrail/core';
import { DataCategory, GovernedContext, PiiCrypto, Withheld } from '@vangrail/privacy';
import type { CaseReading } from '../access/case-access';
import { Redaction, redactActionItem, redactContribution, redactDecision, summariseRedactions } from '../access/visibility';
import { Meeting, MeetingState } from '../meetings/entities/meeting.entity';
import { actorOrUnknown, actorsOf, CaseActor } from '../shared/case-actor';
import { ActionItemView, ContributionView, DecisionView } from './dto/content.types';
import { ACTION_ITEM_STATUS_LABEL, ActionItem, ActionItemPostponement, ActionItemStatus } from './entities/action-item.entity';
import { Contribution } from './entities/contribution.entity';
import { Decision } from './entities/decision.entity';

/** Everything written on a case, minimised for one reader. */
export interface MinimisedCaseContent {
  contributions: ContributionView[];
  contributionsWithheld: Withheld[];
  decisions: DecisionView[];
  decisionsWithheld: Withheld[];
  actionItems: ActionItemView[];
  actionItemsWithheld: Withheld[];
  /** Categories actually shown: what the audit event records. */
  disclosed: Set<DataCategory>;
  /** Per item id, for the timeline: the view when shown, the redaction when withheld. */
  shown: Map<string, ContributionView | DecisionView | ActionItemView>;
  redactions: Map<string, Redaction>;
}

/**
 * Loads a case's contributions, decisions and action items and applies need-to-know: only what the
 * reader may see is decrypted; the rest is counted per category with the reason.
 */
@Injectable()
export class CaseContent {
  constructor(private readonly crypto: PiiCrypto) {}

  async load(ctx: GovernedContext, reading: CaseReading): Promise<MinimisedCaseContent> {
    const { kase, viewer, visible } = reading;
    const where = { tenantId: kase.tenantId, caseId: kase.id };
    const contributions = await ctx.manager.find(Contribution, { where, order: { createdAt: 'ASC' } });
    const decisions = await ctx.manager.find(Decision, { where, order: { createdAt: 'ASC' } });
    const actionItems = await ctx.manager.find(ActionItem, { where, order: { dueAt: 'ASC' } });
    const postponements = await ctx.manager.find(ActionItemPostponement, { where, order: { postponedAt: 'ASC' } });
    const meetingIds = [...new Set(contributions.map((c) => c.meetingId).filter((id): id is string => !!id))];
    const closed = new Set(
      meetingIds.length
        ? (await ctx.manager.find(Meeting, { where: { tenantId: kase.tenantId, id: In(meetingIds), state: MeetingState.GESLOTEN } })).map((m) => m.id)
        : [],
    );
    const actors = await actorsOf(ctx.manager, ctx.tenantId, [
      ...contributions.map((c) => c.authorUserId),
      ...decisions.map((d) => d.decidedByUserId),
      ...actionItems.flatMap((a) => [a.ownerUserId, a.completedByUserId]),
      ...postponements.map((p) => p.postponedByUserId),
    ]);
    const result: MinimisedCaseContent = {
      contributions: [],
      contributionsWithheld: [],
      decisions: [],
      decisionsWithheld: [],
      actionItems: [],
      actionItemsWithheld: [],
      disclosed: new Set(),
      shown: new Map(),
      redactions: new Map(),
    };
    const withheld = { contributions: [] as Redaction[], decisions: [] as Redaction[], actionItems: [] as Redaction[] };
    const decide = (id: string, category: DataCategory, redaction: Redaction | null, bucket: Redaction[]): boolean => {
      if (redaction) {
        result.redactions.set(id, redaction);
        bucket.push(redaction);
        return false;
      }
      result.disclosed.add(category);
      return true;
    };

    for (const c of contributions) {
      if (!decide(c.id, c.category, redactContribution(c, viewer, visible), withheld.contributions)) continue;
      const view = this.contributionView(c, actors, closed.has(c.meetingId ?? ''));
      result.shown.set(c.id, view);
      const parent = c.amendsContributionId ? (result.shown.get(c.amendsContributionId) as ContributionView | undefined) : undefined;
      // An addendum sits next to its original; if the original is withheld, it stands on its own.
      if (parent) parent.addenda.push(view);
      else result.contributions.push(view);
    }
    for (const d of decisions) {
      if (!decide(d.id, d.category, redactDecision({ authorUserId: d.decidedByUserId, category: d.category }, visible, viewer), withheld.decisions)) continue;
      const view: DecisionView = {
        id: d.id,
        caseId: d.caseId,
        meetingId: d.meetingId,
        category: d.category,
        text: this.crypto.decrypt(d.textEncrypted),
        decidedBy: actorOrUnknown(actors, d.decidedByUserId)!,
        createdAt: d.createdAt,
      };
      result.shown.set(d.id, view);
      result.decisions.push(view);
    }
    for (const a of actionItems) {
      const redaction = redactActionItem({ authorUserId: a.createdByUserId, ownerUserId: a.ownerUserId, category: a.category }, visible, viewer);
      if (!decide(a.id, a.category, redaction, withheld.actionItems)) continue;
      const view = this.actionItemView(a, actors, postponements.filter((p) => p.actionItemId === a.id));
      result.shown.set(a.id, view);
      result.actionItems.push(view);
    }
    result.contributionsWithheld = summariseRedactions(withheld.contributions, viewer);
    result.decisionsWithheld = summariseRedactions(withheld.decisions, viewer);
    result.actionItemsWithheld = summariseRedactions(withheld.actionItems, viewer);
    return result;
  }

  private contributionView(c: Contribution, actors: Map<string, CaseActor>, locked: boolean): ContributionView {
    return {
      id: c.id,
      caseId: c.caseId,
      meetingId: c.meetingId,
      amendsContributionId: c.amendsContributionId,
      author: actorOrUnknown(actors, c.authorUserId)!,
      discipline: c.discipline as Discipline | null,
      category: c.category,
      visibility: c.visibility,
      text: this.crypto.decrypt(c.textEncrypted),
      locked,
      addenda: [],
      createdAt: c.createdAt,
    };
  }

  private actionItemView(a: ActionItem, actors: Map<string, CaseActor>, postponements: ActionItemPostponement[]): ActionItemView {
    return {
      id: a.id,
      caseId: a.caseId,
      decisionId: a.decisionId,
      category: a.category,
      description: this.crypto.decrypt(a.descriptionEncrypted),
      owner: actorOrUnknown(actors, a.ownerUserId)!,
      dueAt: a.dueAt,
      status: a.status,
      statusLabel: ACTION_ITEM_STATUS_LABEL[a.status].nl,
      result: a.resultEncrypted ? this.crypto.decrypt(a.resultEncrypted) : null,
      postponements: postponements.map((p) => ({
        fromDueAt: p.fromDueAt,
        toDueAt: p.toDueAt,
        reason: p.reason,
        postponedBy: actorOrUnknown(actors, p.postponedByUserId)!,
        postponedAt: p.postponedAt,
      })),
      completedAt: a.completedAt,
      completedBy: actorOrUnknown(actors, a.completedByUserId),
      remindedAt: a.remindedAt,
      overdue: a.status === ActionItemStatus.OPEN && a.dueAt.getTime() <= Date.now(),
      createdAt: a.createdAt,
    };
  }
}
