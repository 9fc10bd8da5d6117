import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { badInput, conflict, Discipline, forbidden } from '@vangrail/core';
import { AuditAction, GovernedContext, PiiCrypto } from '@vangrail/privacy';
import { CaseAccess, CaseReading, currentRole } from '../access/case-access';
import { actionItemOwnerRefusal } from '../access/visibility';
import { CASE_STATE_LABEL, OPEN_STATES } from '../cases/case-state-machine';
import { CaseEventKind } from '../cases/entities/case-event.entity';
import { CaseSubject } from '../cases/entities/case-links.entity';
import { scheduleActionItemReminders } from '../jobs/action-item-reminders';
import { Meeting, MeetingState } from '../meetings/entities/meeting.entity';
import { appendCaseEvents } from '../shared/case-events';
import { CaseContent } from './case-content';
import { AddActionItemInput, CompleteActionItemInput, RecordDecisionInput } from './dto/content.inputs';
import { ActionItemView, DecisionView } from './dto/content.types';
import { ActionItem, ActionItemStatus } from './entities/action-item.entity';
import { ACTION_ITEM } from './action-item-audit';
import { alreadyFinished } from './action-item-status';
import { Decision } from './entities/decision.entity';

export const DECISION = 'Decision';
export { ACTION_ITEM };

/** Decisions and action items hang off a case; the chair and case directors record them. */
@Injectable()
export class DecisionsAndActionItems {
  constructor(
    private readonly access: CaseAccess,
    private readonly content: CaseContent,
    private readonly crypto: PiiCrypto,
  ) {}

  async recordDecision(ctx: GovernedContext, input: RecordDecisionInput): Promise<DecisionView> {
    const reading = await this.openCaseRunBy(ctx, input.caseId, 'record a decision', 'een besluit vastleggen');
    if (input.meetingId) {
      const meeting = await ctx.manager.findOneBy(Meeting, { tenantId: ctx.tenantId, id: input.meetingId, caseTableId: reading.kase.caseTableId });
      if (!meeting) throw badInput('input.meetingId', 'This is not a meeting of the case’s table', 'Dit is geen overleg van de tafel van deze casus');
      if (meeting.state === MeetingState.GESLOTEN) {
        throw conflict('The minutes of this meeting are locked; record the decision without the meeting', 'Het verslag van dit overleg ligt vast; leg het besluit vast zonder overleg');
      }
    }
    const decision = Object.assign(new Decision(), {
      tenantId: ctx.tenantId,
      id: randomUUID(),
      caseId: reading.kase.id,
      meetingId: input.meetingId ?? null,
      category: input.category,
      textEncrypted: this.crypto.encrypt(input.text),
      decidedByUserId: ctx.user.id,
    });
    await ctx.manager.insert(Decision, decision);
    await appendCaseEvents(ctx.manager, ctx.tenantId, [{ caseId: reading.kase.id, kind: CaseEventKind.DECISION_RECORDED, actorUserId: ctx.user.id, refId: decision.id }]);
    await this.record(ctx, reading, AuditAction.CREATE, DECISION, decision.id, decision.category);
    return (await this.content.load(ctx, reading)).shown.get(decision.id) as DecisionView;
  }

  async addActionItem(ctx: GovernedContext, input: AddActionItemInput): Promise<ActionItemView> {
    const reading = await this.openCaseRunBy(ctx, input.caseId, 'add an action item', 'een actiepunt toevoegen');
    const [ownerUser] = (await ctx.manager.query(`SELECT discipline FROM app_user WHERE tenant_id = $1 AND id = $2`, [ctx.tenantId, input.ownerUserId])) as { discipline: Discipline | null }[];
    const participants = (await ctx.manager.query(`SELECT discipline FROM case_participant WHERE tenant_id = $1 AND case_id = $2`, [ctx.tenantId, reading.kase.id])) as { discipline: string }[];
    const refusal = actionItemOwnerRefusal(
      { userId: input.ownerUserId, discipline: ownerUser?.discipline ?? null, tableRole: ownerUser ? await currentRole(ctx.manager, ctx.tenantId, reading.kase.caseTableId, input.ownerUserId) : null },
      { caseDirectorUserId: reading.kase.caseDirectorUserId, participatingDisciplines: participants.map((p) => p.discipline) },
      reading.table.visibility,
      input.category,
    );
    if (refusal) throw badInput('input.ownerUserId', refusal.message, refusal.messageNl);
    if (input.dueAt.getTime() <= Date.now()) throw badInput('input.dueAt', 'The due moment must lie in the future', 'De termijn moet in de toekomst liggen');
    if (input.decisionId && !(await ctx.manager.existsBy(Decision, { tenantId: ctx.tenantId, id: input.decisionId, caseId: reading.kase.id }))) {
      throw badInput('input.decisionId', 'This is not a decision of this case', 'Dit is geen besluit van deze casus');
    }
    const item = Object.assign(new ActionItem(), {
      tenantId: ctx.tenantId,
      id: randomUUID(),
      caseId: reading.kase.id,
      decisionId: input.decisionId ?? null,
      category: input.category,
      descriptionEncrypted: this.crypto.encrypt(input.description),
      ownerUserId: input.ownerUserId,
      dueAt: input.dueAt,
      status: ActionItemStatus.OPEN,
      completedAt: null,
      completedByUserId: null,
      remindedAt: null,
      overdueAt: null,
      createdByUserId: ctx.user.id,
    });
    await ctx.manager.insert(ActionItem, item);
    await scheduleActionItemReminders(ctx.manager, ctx.tenantId, item.id, item.dueAt);
    await appendCaseEvents(ctx.manager, ctx.tenantId, [
      { caseId: reading.kase.id, kind: CaseEventKind.ACTION_ITEM_ADDED, actorUserId: ctx.user.id, refId: item.id, details: { ownerUserId: item.ownerUserId } },
    ]);
    await this.record(ctx, reading, AuditAction.CREATE, ACTION_ITEM, item.id, item.category);
    return (await this.content.load(ctx, reading)).shown.get(item.id) as ActionItemView;
  }

  /** The owner marks their item done; the chair or a case director may also cancel it. */
  async completeActionItem(ctx: GovernedContext, input: CompleteActionItemInput): Promise<ActionItemView> {
    const found = await ctx.manager.findOneBy(ActionItem, { tenantId: ctx.tenantId, id: input.actionItemId });
    const { child: item, reading } = await this.access.readingOfChild(ctx, found, 'Action item', 'Actiepunt', input.actionItemId);
    const isOwner = item.ownerUserId === ctx.user.id;
    const leads = this.access.leads(ctx, reading.kase);
    if (input.status === ActionItemStatus.CANCELLED ? !leads : !isOwner && !leads) {
      throw forbidden(
        input.status === ActionItemStatus.CANCELLED
          ? 'Only the chair or a case director may cancel an action item'
          : 'Only the owner, the chair or a case director may complete an action item',
        input.status === ActionItemStatus.CANCELLED
          ? 'Alleen de voorzitter of een casusregisseur mag een actiepunt intrekken'
          : 'Alleen de eigenaar, de voorzitter of een casusregisseur mag een actiepunt afronden',
      );
    }
    if (item.status !== ActionItemStatus.OPEN) throw alreadyFinished(item.status);
    const completedAt = new Date();
    const resultEncrypted = input.result ? this.crypto.encrypt(input.result) : null;
    // Only an item that is still OPEN changes: a concurrent completion or cancellation wins once.
    const updated = await ctx.manager.update(
      ActionItem,
      { tenantId: ctx.tenantId, id: item.id, status: ActionItemStatus.OPEN },
      { status: input.status, completedAt, completedByUserId: ctx.user.id, resultEncrypted },
    );
    if (updated.affected !== 1) throw conflict('This action item was completed or cancelled meanwhile', 'Dit actiepunt is intussen afgerond of ingetrokken');
    await appendCaseEvents(ctx.manager, ctx.tenantId, [
      { caseId: item.caseId, kind: CaseEventKind.ACTION_ITEM_COMPLETED, actorUserId: ctx.user.id, refId: item.id, details: { status: input.status, resultGiven: Boolean(input.result) } },
    ]);
    await this.record(ctx, reading, AuditAction.UPDATE, ACTION_ITEM, item.id, item.category);
    return (await this.content.load(ctx, reading)).shown.get(item.id) as ActionItemView;
  }

  private async openCaseRunBy(ctx: GovernedContext, caseId: string, doing: string, doen: string): Promise<CaseReading> {
    // Locked until the transaction ends, so the case cannot close between this check and the insert.
    const reading = await this.access.readingForUpdate(ctx, caseId);
    this.access.requireLeading(ctx, reading.kase, doing, doen);
    if (!OPEN_STATES.includes(reading.kase.state)) {
      const state = CASE_STATE_LABEL[reading.kase.state];
      throw conflict(`Case ${reading.kase.reference} is ${state.en}; reopen it first`, `Casus ${reading.kase.reference} is ${state.nl}; heropen hem eerst`);
    }
    return reading;
  }

  private async record(ctx: GovernedContext, reading: CaseReading, action: AuditAction, resourceType: string, resourceId: string, category: ActionItem['category']): Promise<void> {
    const subjects = await ctx.manager.find(CaseSubject, { where: { tenantId: ctx.tenantId, caseId: reading.kase.id } });
    ctx.record({ action, resourceType, resourceId, subjectKeys: subjects.map((s) => s.subjectId), dataCategories: [category], legalBasis: reading.table.legalBasis });
  }
}
